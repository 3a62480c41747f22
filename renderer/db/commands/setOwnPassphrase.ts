import { z } from 'zod';
import { credentialEnvelopeSchema } from '../../../shared/auth/credential';
import type { Member } from '../../../shared/domain/member';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';
import { keyFromEnvelope, retireCurrentKey } from './memberKeys';

export const setOwnPassphraseInput = z.strictObject({
  memberId: z.uuid(),
  credential: credentialEnvelopeSchema,
});

/**
 * A member replaces a temporary passphrase with their own. This is when their
 * signing key pair is created: no one else ever knew the passphrase sealing it.
 */
export const setOwnPassphrase = defineCommand({
  name: 'member.setPassphrase',
  label: 'set your passphrase',
  input: setOwnPassphraseInput,
  permission: 'account.self',
  tables: (db) => [db.credentials],
  async run({ db, input, actor, at, audit }) {
    if (actor.id !== input.memberId) {
      throw new CommandError('forbidden', 'Members can only set their own passphrase.');
    }
    const existing = await db.credentials.get(actor.id);
    if (existing?.kind === 'signing-key') {
      throw new CommandError(
        'conflict',
        'Your passphrase is already set. Ask an administrator to reset it.',
      );
    }
    const after: Member = {
      ...actor,
      keys: [
        ...retireCurrentKey(actor.keys, at, 'Replaced'),
        keyFromEnvelope(input.credential, at),
      ],
    };
    await db.members.put(after);
    await db.credentials.put({
      memberId: actor.id,
      kind: 'signing-key',
      envelope: input.credential,
      setAt: at,
    });
    await audit.append({
      action: 'member.setPassphrase',
      entity: 'member',
      entityId: actor.id,
      before: actor,
      after,
      reason: 'Member chose their own passphrase; new signing key created',
    });
    return after;
  },
});
