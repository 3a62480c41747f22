import type { QueueReason } from '../../../shared/gates/reviewQueue';
import { formatDuration } from '../initiatives/timeInStage';

/** "80%", or an en dash when there is no rate. */
export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : `${String(Math.round(rate * 100))}%`;
}

/** A median in days the way a person says it ("5 weeks"), or an en dash when there is none. */
export function formatDays(days: number | null): string {
  return days === null ? '–' : formatDuration(Math.floor(days));
}

/** "3 reviews", "1 review". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** An amount in the initiative's own currency, whole units: "EUR 2,520". */
export function formatMoney(amount: number | null, currency: string): string {
  if (amount === null) return '–';
  return `${currency} ${Math.round(amount).toLocaleString('en-GB')}`;
}

/** "71.5×", or an en dash when the POC cost is unknown. */
export function formatMultiple(ratio: number | null): string {
  if (ratio === null) return '–';
  return `${ratio.toLocaleString('en-GB', { maximumFractionDigits: 1 })}×`;
}

/** Why a review waits, from the portfolio's side (the queue's labels speak to the reviewer). */
export const PENDING_REASON_LABELS: Record<QueueReason, string> = {
  awaiting: 'Awaiting review',
  stale: 'Changed since signed',
  expired: 'Approval expired',
};
