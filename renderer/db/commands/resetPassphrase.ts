import { z } from 'zod';
import { temporaryPassphraseSchema } from '../../../shared/auth/credential';
import { requiredText } from '../../../shared/domain/common';
import type { Member } from '../../../shared/domain/member';
import { defineCommand } from './defineCommand';
import { requireMember } from './lookups';
import { retireCurrentKey } from './memberKeys';

export const resetPassphraseInput = z.strictObject({
  memberId: z.uuid(),
  temporaryPassphrase: temporaryPassphraseSchema,
  reason: requiredText('Reason', 500),
});

/**
 * An administrator resets a forgotten passphrase. The member's signing key is
 * retired (its public half stays in the history, so their past signatures
 * still verify) and a new key pair is made when they choose a new passphrase.
 */
export const resetPassphrase = defineCommand({
  name: 'member.resetPassphrase',
  label: 'reset the passphrase',
  input: resetPassphraseInput,
  permission: 'member.manage',
  tables: (db) => [db.credentials],
  async run({ db, input, actor, at, audit }) {
    const before = await requireMember(db, input.memberId);
    const after: Member = {
      ...before,
      keys: retireCurrentKey(before.keys, at, 'Passphrase reset by an administrator'),
    };
    await db.members.put(after);
    await db.credentials.put({
      memberId: before.id,
      kind: 'temporary',
      temporary: input.temporaryPassphrase,
      setAt: at,
      setBy: actor.id,
    });
    await audit.append({
      action: 'member.resetPassphrase',
      entity: 'member',
      entityId: before.id,
      before,
      after,
      reason: input.reason,
    });
    return after;
  },
});
