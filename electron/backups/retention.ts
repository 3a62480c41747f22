export interface DatedBackup {
  name: string;
  createdAt: Date;
}

/** Backups kept from today, and the number of earlier days that keep one each. */
export const KEEP_TODAY = 3;
export const KEEP_DAYS = 30;

/** Local calendar day, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear())}-${month}-${day}`;
}

/**
 * The retention rule for one workspace's automatic backups: the three newest
 * from today, and the newest of each of the 30 days before today; everything
 * else is deleted. Backups dated in the future (a clock set back) count as
 * today's, so a clock change never deletes the newest backups.
 */
export function backupsToDelete(
  backups: readonly DatedBackup[],
  now: Date,
  dayOf: (date: Date) => string = localDay,
): string[] {
  const today = dayOf(now);
  const earlierDays = new Set<string>();
  for (let i = 1; i <= KEEP_DAYS; i += 1) {
    earlierDays.add(dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i, 12)));
  }
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keptToday: string[] = [];
  const keptDays = new Set<string>();
  const remove: string[] = [];
  for (const backup of newestFirst) {
    const day = backup.createdAt > now ? today : dayOf(backup.createdAt);
    if (day === today && keptToday.length < KEEP_TODAY) keptToday.push(backup.name);
    else if (day !== today && earlierDays.has(day) && !keptDays.has(day)) keptDays.add(day);
    else remove.push(backup.name);
  }
  return remove;
}
