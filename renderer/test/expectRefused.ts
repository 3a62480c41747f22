import { expect } from 'vitest';
import { CommandError } from '../db/commands/commandError';
import type { CountersignDb } from '../db/database';
import { snapshot } from './testWorkspace';

/**
 * Runs something that must be refused: a CommandError whose message matches
 * (and whose code matches, when given), with every table left exactly as it was.
 */
export async function expectRefused(
  db: CountersignDb,
  run: () => Promise<unknown>,
  message: RegExp,
  code?: CommandError['code'],
): Promise<void> {
  const before = await snapshot(db);
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).message).toMatch(message);
  if (code) expect((error as CommandError).code).toBe(code);
  expect(await snapshot(db)).toBe(before);
}
