import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_RECORD_KIND } from '../../../shared/bundle/format';
import { verifyBundle } from '../../../shared/bundle/verifyBundle';
import type { CountersignDb } from '../../db/database';
import { newId } from '../../db/ids';
import { signRecord } from '../../test/signRecord';
import { initiativeSpec, sampleWorkspaceDb } from '../packs/testing/samplePack';
import { exportBundle } from './exportBundle';
import type { BundleIdentity } from './readBundleContent';

let db: CountersignDb;
let initiativeId: string;
let exporter: { id: string; name: string };

beforeAll(async () => {
  db = await sampleWorkspaceDb();
  initiativeId = (await db.initiatives.toArray()).find((i) =>
    i.title.startsWith('Contract review'),
  )!.id;
  const helen = (await db.members.toArray()).find((m) => m.name === 'Helen Marsh')!;
  exporter = { id: helen.id, name: helen.name };
}, 60_000);
afterAll(async () => {
  await db.delete();
});

async function exportAs(
  auditScope: BundleIdentity['auditScope'],
  signal?: { aborted: boolean },
  onLabel: (label: string) => void = () => undefined,
) {
  const bundleId = newId();
  let signed = 0;
  const chunks: Uint8Array[] = [];
  const labels: string[] = [];
  const result = await exportBundle(
    db,
    {
      packSpec: initiativeSpec(initiativeId),
      identity: {
        bundleId,
        appVersion: '0.1.0',
        createdAt: new Date().toISOString(),
        exportedBy: { memberId: exporter.id, name: exporter.name },
        auditScope,
      },
    },
    {
      onProgress: (_fraction, label) => {
        labels.push(label);
        onLabel(label);
      },
      sign: (manifestSha256) => {
        signed += 1;
        return signRecord(db, exporter.id, {
          recordKind: MANIFEST_RECORD_KIND,
          recordId: bundleId,
          contentHash: manifestSha256,
          meaning: 'responsibility',
        });
      },
      onChunk: (chunk) => {
        chunks.push(chunk.slice());
      },
      ...(signal ? { signal } : {}),
    },
  );
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  expect(signed).toBe(1);
  return { result, bytes, labels };
}

describe('exporting an audit bundle from the workspace', () => {
  it('writes a bundle of the initiative that verifies, with its pack, evidence and events', async () => {
    const { result, bytes, labels } = await exportAs('initiative');
    expect(result.fileName).toMatch(/contract-review-assistant.*-audit-bundle\.zip$/);
    const report = verifyBundle(bytes);
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.bundle).toMatchObject({
      initiative: { id: initiativeId, title: 'Contract review assistant' },
      exportedBy: { memberId: exporter.id, name: 'Helen Marsh' },
      auditScope: 'initiative',
    });
    const paths = result.written.manifest.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('evidence/'))).toHaveLength(2);
    expect(paths.some((p) => p.startsWith('pack/') && p.endsWith('.docx'))).toBe(true);
    const last = await db.auditEvents.orderBy('seq').last();
    expect(result.written.manifest.chainHead).toEqual({ seq: last!.seq, hash: last!.hash });
    expect(labels).toContain('Signing the manifest');
  });

  it('with the whole chain, the verifier checks it from event #1 to the head', async () => {
    const { bytes, result } = await exportAs('workspace');
    const report = verifyBundle(bytes);
    expect(report.ok).toBe(true);
    expect(result.written.manifest.events).toHaveLength(await db.auditEvents.count());
  });

  it('stops when cancelled part way through the files, and nothing is signed', async () => {
    const signal = { aborted: false };
    const labels: string[] = [];
    await expect(
      exportAs('initiative', signal, (label) => {
        labels.push(label);
        // Cancel while the evidence files are being written.
        if (label === 'Adding the evidence files') signal.aborted = true;
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(labels).toContain('Adding the evidence files');
    expect(labels).not.toContain('Signing the manifest');
  });

  it('refuses to export an evidence file changed behind the app, naming it', async () => {
    const evidence = (await db.evidence.toArray())[0]!;
    const stored = (await db.evidenceFiles.get(evidence.id))!;
    const changed = stored.data.slice();
    changed[0] = 0x58;
    await db.evidenceFiles.put({ id: evidence.id, data: changed });
    try {
      await expect(exportAs('initiative')).rejects.toThrow(evidence.name);
    } finally {
      await db.evidenceFiles.put(stored);
    }
  });
});
