/** "3 days", "5 weeks", "8 months": how long, in the unit a person would use. */
export function formatDuration(days: number): string {
  if (days < 1) return 'today';
  if (days < 14) return `${String(days)} day${days === 1 ? '' : 's'}`;
  if (days < 60) return `${String(Math.floor(days / 7))} weeks`;
  if (days < 730) return `${String(Math.floor(days / 30.4))} months`;
  return `${(days / 365).toFixed(1)} years`;
}
