import { z } from 'zod';
import {
  CERTIFICATION_RECORD_KIND,
  certificationContentHash,
} from '../../../shared/auth/certification';
import { electronicSignatureSchema, verifySignature } from '../../../shared/auth/signature';
import type { Member } from '../../../shared/domain/member';
import { CommandError } from './commandError';
import { defineCommand } from './defineCommand';

export const certifySignatureInput = z.strictObject({ signature: electronicSignatureSchema });

/** Stores a member's signed certification, after checking it really is theirs and about this. */
export const certifySignature = defineCommand({
  name: 'member.certifySignature',
  label: 'record your certification',
  input: certifySignatureInput,
  permission: 'account.self',
  tables: (db) => [db.workspace],
  async run({ db, input, actor, audit }) {
    const workspace = await db.workspace.toCollection().first();
    if (!workspace) throw new CommandError('not-found', 'This workspace has no settings row.');
    const check = verifySignature(input.signature, actor.keys, {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: actor.id,
      contentHash: certificationContentHash(actor.id, workspace.id),
      signerId: actor.id,
    });
    if (!check.ok)
      throw new CommandError('invalid', `The certification was not recorded: ${check.message}`);
    if (check.key.retiredAt !== null) {
      throw new CommandError('invalid', 'The certification was signed with a retired key.');
    }
    if (
      input.signature.meaning !== 'responsibility' ||
      input.signature.printedName !== actor.name
    ) {
      throw new CommandError(
        'invalid',
        'A certification is signed with the meaning “Responsibility” in your own name.',
      );
    }
    const after: Member = { ...actor, certification: input.signature };
    await db.members.put(after);
    await audit.append({
      action: 'member.certifySignature',
      entity: 'member',
      entityId: actor.id,
      before: actor,
      after,
    });
    return after;
  },
});
