import type { z } from 'zod';

export type CommandErrorCode =
  'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'storage-full' | 'failed';

/** A refusal a person can read. The transaction it came from changed nothing. */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    /** Per-field messages for forms, keyed by dotted path. */
    readonly fieldErrors: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export function invalidInput(error: z.ZodError): CommandError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    fieldErrors[path] ??= issue.message;
  }
  const first = error.issues[0];
  const message = first ? first.message : 'The input is not valid';
  return new CommandError('invalid', message, fieldErrors);
}

function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner;
  }
  return false;
}

/** Maps whatever a transaction threw into a CommandError with a clear message. */
export function toCommandError(error: unknown, commandLabel: string): CommandError {
  if (error instanceof CommandError) return error;
  if (isQuotaError(error)) {
    return new CommandError(
      'storage-full',
      `Could not ${commandLabel}: this computer is out of storage space. Nothing was saved. Free some disk space and try again.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CommandError('failed', `Could not ${commandLabel}. Nothing was saved. (${detail})`);
}
