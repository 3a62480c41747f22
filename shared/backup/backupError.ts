export type BackupProblem =
  | 'not-a-backup'
  | 'damaged'
  | 'too-large'
  | 'newer-format'
  | 'unsupported-schema'
  | 'hash-mismatch'
  | 'unsafe-key'
  | 'invalid-record'
  | 'duplicate-id'
  | 'inconsistent'
  | 'chain-broken'
  | 'bad-signature';

/** Why a file was refused, in words a person can act on. Nothing was restored. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
  }
}

/** `256 MB`, `1.5 KB`, `100 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${String(Math.round(value * 10) / 10)} ${unit}`;
}
