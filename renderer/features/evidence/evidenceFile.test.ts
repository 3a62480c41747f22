import { afterEach, describe, expect, it } from 'vitest';
import { pdfFile } from '../../test/evidenceFiles';
import { makeTestWorkspace } from '../../test/testWorkspace';
import { addEvidence } from '../../db/commands/addEvidence';
import { createInitiative } from '../../db/commands/createInitiative';
import { execute } from '../../db/commands/defineCommand';
import type { CountersignDb } from '../../db/database';
import { readEvidenceFile } from './evidenceFile';

let db: CountersignDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('readEvidenceFile', () => {
  it('returns the bytes when they match the recorded hash, and refuses them when changed behind the app', async () => {
    const ws = await makeTestWorkspace();
    db = ws.db;
    const pm = ws.byRole['program-manager'];
    const initiative = await execute(
      ws.db,
      createInitiative,
      { title: 'T', businessUnit: 'B', ownerId: pm, aiSystemType: 'other' },
      { memberId: pm },
    );
    const file = pdfFile();
    const evidence = await execute(
      ws.db,
      addEvidence,
      { initiativeId: initiative.id, target: { kind: 'initiative' }, file, description: '' },
      { memberId: pm },
    );
    expect(await readEvidenceFile(ws.db, evidence)).toEqual({ ok: true, data: file.data });

    const tampered = file.data.slice();
    tampered[3] = 0x41;
    await ws.db.evidenceFiles.put({ id: evidence.id, data: tampered });
    expect(await readEvidenceFile(ws.db, evidence)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer matches the SHA-256/) as unknown,
    });
    await ws.db.evidenceFiles.delete(evidence.id);
    expect(await readEvidenceFile(ws.db, evidence)).toMatchObject({ ok: false });
  });
});
