import { isUnrecorded } from './materialFields';

/** A material field's value in words, for change lists and history. */
export function describeValue(value: unknown): string {
  if (value === undefined || isUnrecorded(value)) return 'nothing recorded';
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  if (typeof value === 'object') {
    // Integration points and similar small records: their values, in order.
    return Object.values(value as Record<string, unknown>)
      .map(describeValue)
      .join(' ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
