import type { z } from 'zod';

/** `512 MB`, `1.5 KB`: sizes in the binary units the contract's messages use. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit] ?? 'bytes'}`;
}

/** `filters[0].extensions[1]` from a zod issue path. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Turns the first validation issue into one sentence a person can act on,
 * e.g. `The save request was rejected (suggestedName): A file name is required.`
 */
export function describeIssue(action: string, issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? ` (${formatPath(issue.path)})` : '';
  let detail: string;
  switch (issue.code) {
    case 'unrecognized_keys':
      detail = `unexpected field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
      break;
    case 'invalid_type':
      detail = issue.message.replace(/^Invalid input: /, '');
      break;
    default:
      detail = issue.message;
  }
  return sentence(`The ${action} request was rejected${where}: ${detail}`);
}

const FS_ERROR_TEXT: Readonly<Record<string, string>> = {
  EACCES: 'permission was denied',
  EPERM: 'the operating system did not allow it',
  ENOENT: 'the file or its folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'that is a folder, not a file',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the path is too long',
  EEXIST: 'a file with that name appeared while saving',
};

/** `Could not save the file: the disk is full.` from a Node file-system error. */
export function describeFileError(action: string, error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : undefined;
  const text = code === undefined ? undefined : FS_ERROR_TEXT[code];
  if (text !== undefined) return sentence(`Could not ${action}: ${text}`);
  const reason = code ?? (error instanceof Error ? error.message : 'unknown error');
  return sentence(`Could not ${action}: an unexpected error occurred (${reason})`);
}
