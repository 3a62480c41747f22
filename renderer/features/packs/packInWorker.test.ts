import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../../shared/backup/readBackup';
import { buildPackModel } from '../../../shared/pack/buildModel';
import { packSourceFromRows } from '../../../shared/pack/fromBackup';
import { createBackup } from '../../db/backup/createBackup';
import type { CountersignDb } from '../../db/database';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema/versions';
import { exportPack } from './packInWorker';
import { initiativeSpec, portfolioSpec, sampleWorkspaceDb } from './testing/samplePack';

let db: CountersignDb;
beforeAll(async () => {
  db = await sampleWorkspaceDb();
}, 60_000);
afterAll(async () => {
  await db.delete();
});

describe('the pack worker’s work', () => {
  it('reports progress in order and gives the same pack as the command line reading a backup', async () => {
    const contract = (await db.initiatives.toArray()).find(
      (i) => i.title === 'Contract review assistant',
    )!;
    const spec = initiativeSpec(contract.id);
    const progress: number[] = [];
    const labels: string[] = [];
    const exported = await exportPack(db, spec, {
      onProgress: (fraction, label) => {
        progress.push(fraction);
        labels.push(label);
      },
    });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeGreaterThanOrEqual(0.6);
    expect(labels[0]).toMatch(/^Verifying the audit chain/);
    expect(labels.slice(-3)).toEqual([
      'Assembling the pack',
      'Laying out the document',
      'Writing the Word file',
    ]);
    expect(exported.fileName).toMatch(
      /^contract-review-assistant-pack-v\d+-\d{4}-\d{2}-\d{2}\.docx$/,
    );

    // The command line reads a backup, which holds every event: the same model, the same hash.
    const backup = await createBackup(db, '0.0.0-test');
    const { rows } = readBackup(backup.bytes, { schemaVersion: CURRENT_SCHEMA_VERSION });
    const fromBackup = buildPackModel(packSourceFromRows(rows), spec);
    expect(fromBackup.contentHash).toBe(exported.built.contentHash);

    const portfolio = await exportPack(db, portfolioSpec(), { onProgress: () => undefined });
    expect(buildPackModel(packSourceFromRows(rows), portfolioSpec()).contentHash).toBe(
      portfolio.built.contentHash,
    );
  });

  it('stops when cancelled before the chain is read', async () => {
    const contract = (await db.initiatives.toArray())[0]!;
    const { readPackSource } = await import('./readPackSource');
    const controller = new AbortController();
    controller.abort();
    await expect(
      readPackSource(db, { initiativeId: contract.id, signal: controller.signal }),
    ).rejects.toThrow(/cancelled/);
  });
});
