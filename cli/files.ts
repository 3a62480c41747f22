import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatSize } from '../shared/backup/backupError';
import { CliError } from './args';

/** Reads a whole input file; with `maxBytes`, a larger file is refused before it is read. */
export function readInputFile(path: string, what: string, maxBytes?: number): Uint8Array {
  const full = resolve(path);
  if (!existsSync(full)) throw new CliError(`The ${what} ${path} does not exist.`);
  const stat = statSync(full);
  if (!stat.isFile()) throw new CliError(`The ${what} ${path} is not a file.`);
  if (maxBytes !== undefined && stat.size > maxBytes) {
    throw new CliError(
      `The ${what} ${path} is ${formatSize(stat.size)}, larger than the ${formatSize(maxBytes)} it may be.`,
    );
  }
  try {
    return new Uint8Array(readFileSync(full));
  } catch (error) {
    throw new CliError(
      `The ${what} ${path} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function writeOutputFile(path: string, bytes: Uint8Array): string {
  const full = resolve(path);
  const folder = dirname(full);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  try {
    writeFileSync(full, bytes);
  } catch (error) {
    throw new CliError(
      `${path} could not be written: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return full;
}
