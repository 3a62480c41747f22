import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifySignature } from '../auth/signature';
import { canonicalJson } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/sha256';
import type { Member } from '../domain/member';
import { evidencePath } from './entryNames';
import { BundleExportError } from './exportError';
import {
  MANIFEST_PATH,
  MANIFEST_RECORD_KIND,
  MANIFEST_SIGNATURE_PATH,
  bundleManifestSchema,
  recordPath,
} from './format';
import { writeBundleBytes } from './testing/bundleBytes';
import {
  FIXTURE_BUNDLE_ID,
  bundleFixture,
  chunked,
  fixtureContent,
  fixtureSigner,
} from './testing/fixture';
import { verifyBundle } from './verifyBundle';
import { writeBundle, type BundleProgress } from './writeBundle';

describe('writeBundle', () => {
  it('writes every file the format lists, with a canonical manifest the exporter signed', async () => {
    const fixture = bundleFixture();
    const stranger: Member = { ...fixture.members[3]!, id: '00000000-0000-4000-8000-0000000000ff' };
    const { bytes, written } = await writeBundleBytes(
      { ...fixtureContent(fixture), members: [...fixture.members, stranger] },
      { sign: fixtureSigner(fixture) },
    );
    const files = unzipSync(bytes);
    const [dpia, planV1, planV2, withdrawn] = fixture.evidence;
    expect(Object.keys(files).sort()).toEqual(
      [
        MANIFEST_PATH,
        MANIFEST_SIGNATURE_PATH,
        'audit/events.json',
        'pack/claims-triage-assistant-pack-v1-2026-01-05.docx',
        `evidence/${dpia!.id}/DPIA (final).pdf`,
        `evidence/${planV1!.id}/Test plan.md`,
        `evidence/${planV2!.id}/Test plan.md`,
        `evidence/${withdrawn!.id}/Old contract.txt`,
        ...['initiative', 'gates', 'signoffs', 'risks', 'evidence', 'members'].map(
          (f) => `records/${f}.json`,
        ),
      ].sort(),
    );

    const manifestBytes = files[MANIFEST_PATH]!;
    const manifest = bundleManifestSchema.parse(JSON.parse(strFromU8(manifestBytes)));
    expect(strFromU8(manifestBytes)).toBe(canonicalJson(manifest));
    expect(manifest).toEqual(written.manifest);
    expect(written.manifestSha256).toBe(sha256Hex(manifestBytes));
    expect(written.bytes).toBe(bytes.byteLength);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== MANIFEST_PATH && p !== MANIFEST_SIGNATURE_PATH)
        .sort(),
    );
    for (const file of manifest.files) {
      expect(file.sha256, file.path).toBe(sha256Hex(files[file.path]!));
    }
    expect(files[evidencePath(dpia!)]).toEqual(fixture.files.get(dpia!.id));

    const signature: unknown = JSON.parse(strFromU8(files[MANIFEST_SIGNATURE_PATH]!));
    expect(
      verifySignature(signature, fixture.exporter.keys, {
        recordKind: MANIFEST_RECORD_KIND,
        recordId: FIXTURE_BUNDLE_ID,
        contentHash: sha256Hex(manifestBytes),
        signerId: fixture.exporter.id,
      }).ok,
    ).toBe(true);

    // Members: those the records name, without e-mail addresses; never the stranger.
    const members = JSON.parse(strFromU8(files[recordPath('members')]!)) as Record<
      string,
      unknown
    >[];
    expect(members.map((m) => m['name'])).toEqual([
      'Ada Admin',
      'Lee Legal',
      'Cam Compliance',
      'Pat Programme',
    ]);
    expect(Object.keys(members[0]!).sort()).toEqual(
      ['certification', 'id', 'keys', 'name', 'roles', 'status'].sort(),
    );
    expect(manifest.signatures).toHaveLength(7);
    expect(manifest.signatures.every((s) => s.publicKey !== null)).toBe(true);
  });

  it('streams evidence: zip output reaches the sink before the file has been read to its end', async () => {
    const fixture = bundleFixture();
    const content = fixtureContent(fixture);
    let sunk = 0;
    let sunkBeforeLastChunk = -1;
    const dpia = fixture.evidence[0]!;
    const bytes = fixture.files.get(dpia.id)!;
    const evidenceFiles = content.evidenceFiles.map((file) =>
      file.evidence.id !== dpia.id
        ? file
        : {
            evidence: dpia,
            read: async function* () {
              const chunks = [...chunkList(bytes, 16 * 1024)];
              for (const [index, chunk] of chunks.entries()) {
                if (index === chunks.length - 1) sunkBeforeLastChunk = sunk;
                await Promise.resolve();
                yield chunk;
              }
            },
          },
    );
    await writeBundle(
      { ...content, evidenceFiles },
      { sign: fixtureSigner(fixture), onChunk: (c) => void (sunk += c.byteLength) },
    );
    expect(bytes.byteLength).toBeGreaterThan(150_000);
    // Everything but the last chunk (and the zip's framing) was already handed on.
    expect(sunkBeforeLastChunk).toBeGreaterThan(bytes.byteLength - 16 * 1024);
  });

  it('reports progress through each stage in order', async () => {
    const fixture = bundleFixture();
    const seen: BundleProgress[] = [];
    await writeBundleBytes(fixtureContent(fixture), {
      sign: fixtureSigner(fixture),
      onProgress: (p) => seen.push(p),
    });
    const stages = seen.map((p) => p.stage).filter((s, i, all) => all[i - 1] !== s);
    expect(stages).toEqual(['pack', 'evidence', 'events', 'records', 'signing']);
    const evidence = seen.filter((p) => p.stage === 'evidence');
    const total = fixture.evidence.reduce((sum, e) => sum + e.bytes, 0);
    expect(evidence.at(-1)).toEqual({ stage: 'evidence', done: total, total, unit: 'bytes' });
    expect(seen.at(-1)).toEqual({ stage: 'signing', done: 1, total: 1, unit: 'steps' });
  });

  it('stops when cancelled mid-stream: rejects with an AbortError and writes nothing more', async () => {
    const fixture = bundleFixture();
    const content = fixtureContent(fixture);
    const controller = new AbortController();
    let chunksAfterCancel = 0;
    let closed = false;
    let signed = false;
    const dpia = fixture.evidence[0]!;
    const evidenceFiles = content.evidenceFiles.map((file) =>
      file.evidence.id !== dpia.id
        ? file
        : {
            evidence: dpia,
            read: async function* () {
              try {
                yield* chunked(fixture.files.get(dpia.id)!, 16 * 1024);
              } finally {
                closed = true;
              }
            },
          },
    );
    const writing = writeBundle(
      { ...content, evidenceFiles },
      {
        sign: (hash) => {
          signed = true;
          return fixtureSigner(fixture)(hash);
        },
        signal: controller.signal,
        onChunk: () => {
          if (controller.signal.aborted) chunksAfterCancel += 1;
        },
        onProgress: (p) => {
          if (p.stage === 'evidence' && p.done > 50_000) controller.abort();
        },
      },
    );
    await expect(writing).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The export of the audit bundle was cancelled. Discard the part already written.',
    });
    expect(chunksAfterCancel).toBe(0);
    expect(closed).toBe(true);
    expect(signed).toBe(false);
  });

  it('refuses a stored evidence file that no longer matches its record, naming it', async () => {
    const fixture = bundleFixture();
    const dpia = fixture.evidence[0]!;
    const changed = fixture.files.get(dpia.id)!.slice();
    changed[10] = 0x21;
    fixture.files.set(dpia.id, changed);
    let signed = false;
    const writing = writeBundleBytes(fixtureContent(fixture), {
      sign: (hash) => {
        signed = true;
        return fixtureSigner(fixture)(hash);
      },
    });
    await expect(writing).rejects.toThrow(BundleExportError);
    await expect(writing).rejects.toThrow(
      `The stored copy of the evidence file “DPIA (final).pdf” (${dpia.id}) no longer matches the file that was added`,
    );
    expect(signed).toBe(false);

    fixture.files.set(dpia.id, strToU8('%PDF-1.7 short'));
    await expect(
      writeBundleBytes(fixtureContent(fixture), { sign: fixtureSigner(fixture) }),
    ).rejects.toThrow(/“DPIA \(final\)\.pdf” .* is smaller than the file that was added/);
  });

  it('refuses records and events of another initiative, and evidence without its file', async () => {
    const fixture = bundleFixture();
    const content = fixtureContent(fixture);
    const sign = fixtureSigner(fixture);
    const risk = { ...fixture.risks[0]!, initiativeId: fixture.otherInitiative.id };
    await expect(
      writeBundleBytes({ ...content, records: { ...content.records, risks: [risk] } }, { sign }),
    ).rejects.toThrow(
      `The risk ${risk.id} belongs to another initiative, so it cannot go in the bundle of “Claims triage assistant”.`,
    );
    await expect(
      writeBundleBytes({ ...content, events: fixture.events }, { sign }),
    ).rejects.toThrow(/Audit event #1 is not about “Claims triage assistant”/);
    await expect(
      writeBundleBytes({ ...content, evidenceFiles: content.evidenceFiles.slice(1) }, { sign }),
    ).rejects.toThrow(/The evidence file “DPIA \(final\)\.pdf” .* is not in the evidence store/);
    const whole = fixtureContent(fixture, 'workspace');
    await expect(
      writeBundleBytes({ ...whole, events: fixture.events.filter((e) => e.seq !== 4) }, { sign }),
    ).rejects.toThrow('Audit events #4 to #4 are missing');
  });

  it('refuses a manifest signature that would not verify', async () => {
    const fixture = bundleFixture();
    const content = fixtureContent(fixture);
    await expect(
      writeBundleBytes(content, {
        sign: (hash) =>
          fixtureSigner(fixture)(hash.replace(/^./, hash.startsWith('0') ? '1' : '0')),
      }),
    ).rejects.toThrow(/The signature over the bundle’s manifest does not verify/);
  });

  it('keeps hostile evidence names inside their folder; the verifier refuses the record', async () => {
    const fixture = bundleFixture();
    const dpia = fixture.evidence[0]!;
    dpia.name = '../..\\C:\\evil\u0000name?.pdf';
    const { bytes } = await writeBundleBytes(fixtureContent(fixture), {
      sign: fixtureSigner(fixture),
    });
    const names = Object.keys(unzipSync(bytes));
    expect(names).toContain(`evidence/${dpia.id}/_.._C__evil_name_.pdf`);
    // Countersign never stores such a name, so the verifier refuses the record.
    const failed = verifyBundle(bytes).checks.filter((c) => c.status === 'fail');
    expect(failed[0]?.detail).toMatch(
      /records\/evidence\.json is not valid in record 1 .*Not a file name Countersign would have stored/,
    );
  });
});

function* chunkList(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.slice(at, at + size);
}
