import { z } from 'zod';
import { defineCommand } from './defineCommand';

export const SIGN_IN_OUTCOMES = [
  'signed-in',
  'failed',
  'unlocked',
  'unlock-failed',
  'signature-failed',
] as const;

export const recordSignInInput = z.strictObject({ outcome: z.enum(SIGN_IN_OUTCOMES) });

/**
 * Sign-in attempts are part of the record: successes and failures alike, with
 * the member whose name was chosen as the actor. Lockout reads these events.
 */
export const recordSignIn = defineCommand({
  name: 'session.signIn',
  label: 'record the sign-in',
  input: recordSignInInput,
  permission: 'account.self',
  tables: () => [],
  async run({ input, actor, audit }) {
    await audit.append({
      action: `session.${input.outcome}`,
      entity: 'session',
      entityId: actor.id,
      before: null,
      after: { outcome: input.outcome },
    });
  },
});
