import { z } from 'zod';
import { idSchema, requiredText } from '../domain/common';
import { compareIsoDates, isoDateSchema } from './dates';

export const CONTROL_STATUSES = ['planned', 'in-place', 'not-effective'] as const;
export const controlStatusSchema = z.enum(CONTROL_STATUSES, {
  message: 'Choose a status: planned, in place or not effective',
});
export type ControlStatus = z.infer<typeof controlStatusSchema>;

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  planned: 'Planned',
  'in-place': 'In place',
  'not-effective': 'Not effective',
};

/** A measure that lowers a risk. Someone must own it, or nobody will do it. */
export const controlSchema = z.strictObject({
  id: idSchema,
  description: requiredText('Control description', 1000),
  ownerId: z.uuid({ message: 'A control needs an owner' }),
  /** When it should be in place; null when there is no deadline. */
  dueDate: isoDateSchema.nullable(),
  status: controlStatusSchema,
});
export type Control = z.infer<typeof controlSchema>;

export interface ControlsSummary {
  total: number;
  byStatus: Record<ControlStatus, number>;
}

export function controlsSummary(controls: readonly Pick<Control, 'status'>[]): ControlsSummary {
  const byStatus: Record<ControlStatus, number> = { planned: 0, 'in-place': 0, 'not-effective': 0 };
  for (const control of controls) byStatus[control.status] += 1;
  return { total: controls.length, byStatus };
}

/** Still planned after its due date. `today` is `YYYY-MM-DD`. */
export function isControlOverdue(
  control: Pick<Control, 'status' | 'dueDate'>,
  today: string,
): boolean {
  return (
    control.status === 'planned' &&
    control.dueDate !== null &&
    compareIsoDates(today, control.dueDate) > 0
  );
}
