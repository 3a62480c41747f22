import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MANIFEST_PATH } from '../../../../shared/backup/format';
import { sha256Hex } from '../../../../shared/crypto/sha256';
import { makeTestWorkspace } from '../../../test/testWorkspace';
import { pdfFile } from '../../../test/evidenceFiles';
import { addEvidence } from '../../commands/addEvidence';
import { addRisk } from '../../commands/addRisk';
import { certifySignature } from '../../commands/certifySignature';
import { createInitiative } from '../../commands/createInitiative';
import { execute } from '../../commands/defineCommand';
import { signCertification } from '../../../test/signCertification';
import { createBackup } from '../createBackup';

/**
 * A workspace with members, an initiative, a risk, a signed certification and
 * an evidence file, and its backup.
 */
export async function makeBackedUpWorkspace() {
  const made = await makeTestWorkspace();
  const { db, administrator, workspace } = made;
  const initiative = await execute(
    db,
    createInitiative,
    {
      title: 'Claims triage assistant',
      businessUnit: 'Claims',
      ownerId: administrator.id,
      aiSystemType: 'generative-llm',
    },
    { memberId: administrator.id },
  );
  await execute(
    db,
    addRisk,
    {
      initiativeId: initiative.id,
      title: 'Hallucinated policy terms',
      category: 'safety',
      ownerId: administrator.id,
      inherent: { likelihood: 4, impact: 4 },
      residual: { likelihood: 2, impact: 3 },
      treatment: 'mitigate',
    },
    { memberId: administrator.id },
  );
  await execute(
    db,
    certifySignature,
    { signature: await signCertification(db, administrator.id, workspace.id) },
    { memberId: administrator.id },
  );
  const evidence = await execute(
    db,
    addEvidence,
    {
      initiativeId: initiative.id,
      target: { kind: 'initiative' },
      file: pdfFile(),
      description: '',
    },
    { memberId: administrator.id },
  );
  const backup = await createBackup(db, '1.2.3');
  return { ...made, initiative, evidence, backup };
}

type Files = Record<string, Uint8Array>;

/**
 * Rewrites a backup's zip. With `rehash`, the manifest's hashes are updated
 * too, as someone covering their tracks would, so the deeper checks are hit.
 */
export function editBackup(
  bytes: Uint8Array,
  edit: (files: Files) => void,
  { rehash = true } = {},
): Uint8Array {
  const files: Files = unzipSync(bytes);
  edit(files);
  const manifestBytes = files[MANIFEST_PATH];
  if (rehash && manifestBytes) {
    const manifest = JSON.parse(strFromU8(manifestBytes)) as {
      entries: { path: string; sha256: string; bytes: number }[];
      files: { path: string; sha256: string; bytes: number }[];
    };
    for (const entry of [...manifest.entries, ...manifest.files]) {
      const data = files[entry.path];
      if (!data) continue;
      entry.sha256 = sha256Hex(data);
      entry.bytes = data.byteLength;
    }
    files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(files);
}

/** Edits one entry's JSON in place. */
export function editJson(files: Files, path: string, edit: (value: unknown) => unknown): void {
  const data = files[path];
  if (!data) throw new Error(`${path} is not in the backup`);
  files[path] = strToU8(JSON.stringify(edit(JSON.parse(strFromU8(data)))));
}

/** Replaces one entry with raw text (for JSON that JSON.stringify would not produce). */
export function setText(files: Files, path: string, text: string): void {
  files[path] = strToU8(text);
}
