import { ed25519 } from '@noble/curves/ed25519.js';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeEventHash, type AuditEvent } from '../audit/auditEvent';
import { toHex } from '../auth/hex';
import { signPayload } from '../auth/signature';
import { sha256Hex } from '../crypto/sha256';
import type { Signoff } from '../gates/signoff';
import type { Risk } from '../risk/record';
import { evidencePath } from './entryNames';
import { EVENTS_PATH, MANIFEST_PATH, recordPath } from './format';
import type { BundleReport } from './verifyBundle';
import { verifyBundle } from './verifyBundle';
import {
  editManifest,
  fixtureBundle,
  readJson,
  tamper,
  writeBundleBytes,
  writeJson,
} from './testing/bundleBytes';
import { bundleFixture, fixtureContent, fixtureSigner } from './testing/fixture';

const fixture = bundleFixture();
const [dpia, , planV2] = fixture.evidence;
const [signoff] = fixture.signoffs;
let clean: Uint8Array;
let wholeChain: Uint8Array;

beforeAll(async () => {
  clean = await fixtureBundle('initiative', fixture);
  wholeChain = await fixtureBundle('workspace', fixture);
});

function failures(report: BundleReport) {
  return report.checks.filter((check) => check.status === 'fail');
}

function failedIds(report: BundleReport): string[] {
  return failures(report).map((check) => check.id);
}

function detailOf(report: BundleReport, id: string): string {
  const check = report.checks.find((c) => c.id === id);
  if (!check)
    throw new Error(`No check ${id}; the checks are ${report.checks.map((c) => c.id).join(', ')}`);
  return check.detail;
}

const events = (files: Record<string, Uint8Array>) => readJson(files, EVENTS_PATH) as AuditEvent[];

describe('verifyBundle: a clean bundle', () => {
  it('verifies with the initiative’s own events, and says what that scope cannot show', () => {
    const report = verifyBundle(clean);
    expect(failures(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.refused).toBe(false);
    expect(report.bundle).toMatchObject({
      initiative: { id: fixture.initiative.id, title: 'Claims triage assistant' },
      exportedBy: { name: 'Ada Admin' },
      auditScope: 'initiative',
    });
    expect(report.checks.map((c) => c.id)).toEqual([
      'archive',
      'manifest',
      'manifest-signature',
      'signer-key',
      'files',
      'unlisted',
      'records',
      'evidence',
      'events',
      'listed-events',
      'head',
      'scope',
      'signatures',
      'listed-signatures',
      'citations',
    ]);
    expect(detailOf(report, 'scope')).toMatch(
      /links through other initiatives’ events in between are covered only by the chain head the exporter signed \(#18/,
    );
    expect(detailOf(report, 'signatures')).toBe(
      '1 sign-off, 1 gate override, 1 risk acceptance and 4 member certifications: every signature verifies against the signer’s keys in records/members.json.',
    );
    expect(report.counts).toEqual({ total: 15, passed: 13, failed: 0, notes: 2 });
  });

  it('verifies the whole workspace chain from #1 to the head in a workspace-wide bundle', () => {
    const report = verifyBundle(wholeChain);
    expect(failures(report)).toEqual([]);
    expect(detailOf(report, 'chain')).toBe(
      'The whole workspace chain verifies, from event #1 to the head #18 the manifest records.',
    );
    expect(report.checks.some((c) => c.id === 'scope')).toBe(false);
  });
});

describe('verifyBundle: tampering is detected and named', () => {
  const dpiaPath = evidencePath(dpia!);

  it('a changed evidence byte', () => {
    const report = verifyBundle(
      tamper(clean, (files) => {
        files[dpiaPath]![100]! ^= 1;
      }),
    );
    expect(failedIds(report)).toEqual([`file:${dpiaPath}`, `evidence:${dpia!.id}`]);
    expect(detailOf(report, `file:${dpiaPath}`)).toBe(
      `${dpiaPath} does not match the SHA-256 the manifest records: it was changed after export.`,
    );
    expect(detailOf(report, `evidence:${dpia!.id}`)).toContain(
      `but the evidence “DPIA (final).pdf” (${dpia!.id}) records ${dpia!.sha256}`,
    );
  });

  it('a changed evidence byte with the manifest re-hashed: its signature no longer verifies', () => {
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          files[dpiaPath]![100]! ^= 1;
        },
        { rehash: true },
      ),
    );
    expect(failedIds(report)).toEqual(['manifest-signature', `evidence:${dpia!.id}`]);
    expect(detailOf(report, 'manifest-signature')).toMatch(
      /^The signature of Ada Admin over the manifest does not verify: .* The manifest was changed after it was signed\.$/,
    );
  });

  it('a removed file', () => {
    const path = evidencePath(planV2!);
    const report = verifyBundle(
      tamper(clean, (files) => {
        Reflect.deleteProperty(files, path);
      }),
    );
    expect(failedIds(report)).toEqual([`file:${path}`]);
    expect(detailOf(report, `file:${path}`)).toBe(
      `${path} is listed in the manifest but missing from the bundle.`,
    );
  });

  it('an added file the manifest does not list', () => {
    const report = verifyBundle(
      tamper(clean, (files) => {
        files['evidence/extra.pdf'] = strToU8('%PDF-1.7 planted');
      }),
    );
    expect(failedIds(report)).toEqual(['unlisted:evidence/extra.pdf']);
    expect(detailOf(report, 'unlisted:evidence/extra.pdf')).toBe(
      'The bundle holds evidence/extra.pdf, which the manifest does not list: it was added after export.',
    );
  });

  it('an edited audit event, even with the manifest re-hashed and signed again', () => {
    let edited = 0;
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          const list = events(files);
          const event = list[3]!;
          edited = event.seq;
          event.reason = 'Quietly rewritten';
          writeJson(files, EVENTS_PATH, list);
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual([`event:${String(edited)}`]);
    expect(detailOf(report, `event:${String(edited)}`)).toMatch(
      new RegExp(`^Event #${String(edited)} \\(.*\\) was changed after it was recorded`),
    );
  });

  it('an edited event whose hash was recomputed no longer links, nor matches the signed list', () => {
    const report = verifyBundle(
      tamper(
        wholeChain,
        (files) => {
          const list = events(files);
          const event = list[5]!;
          event.reason = 'Quietly rewritten';
          event.hash = computeEventHash(event);
          writeJson(files, EVENTS_PATH, list);
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual(['event:7', 'listed-event:6', 'chain']);
    expect(detailOf(report, 'event:7')).toMatch(/^Event #7 does not link to event #6 before it/);
    expect(detailOf(report, 'listed-event:6')).toBe(
      'Event #6 in audit/events.json is not the event the signed manifest lists: its hash differs.',
    );
  });

  it('a re-ordered event', () => {
    const report = verifyBundle(
      tamper(
        wholeChain,
        (files) => {
          const list = events(files);
          [list[7], list[8]] = [list[8]!, list[7]!];
          writeJson(files, EVENTS_PATH, list);
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual(['event:8', 'chain']);
    expect(detailOf(report, 'event:8')).toBe(
      'Event #8 comes after event #9 in audit/events.json: the events were reordered or repeated.',
    );
    expect(detailOf(report, 'chain')).toMatch(/at event #9: Event #9 appears before event #8/);
  });

  it('an event removed from a workspace-wide chain, with the manifest forged to match', () => {
    const report = verifyBundle(
      tamper(
        wholeChain,
        (files) => {
          writeJson(
            files,
            EVENTS_PATH,
            events(files).filter((e) => e.seq !== 10),
          );
          editManifest(files, (manifest) => {
            manifest.events = manifest.events.filter((e) => e.seq !== 10);
          });
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual(['chain']);
    expect(detailOf(report, 'chain')).toMatch(/Events #10 to #10 are missing before event #11/);
  });

  it('a forged sign-off signature', () => {
    const forger = new Uint8Array(32).fill(99);
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          const signoffs = readJson(files, recordPath('signoffs')) as Signoff[];
          const first = signoffs[0]!;
          const { algorithm: _a, signature: _s, ...payload } = first.signature;
          first.signature = signPayload(forger, payload);
          writeJson(files, recordPath('signoffs'), signoffs);
        },
        { rehash: true, resign: fixture },
      ),
    );
    const id = `signature:gate-signoff:${signoff!.id}`;
    expect(failedIds(report)).toEqual([id]);
    expect(detailOf(report, id)).toBe(
      `gate-signoff ${signoff!.id}: The sign-off by Lee Legal does not verify. The signature does not match the signed content.`,
    );
  });

  it('a sign-off whose decision was edited', () => {
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          const signoffs = readJson(files, recordPath('signoffs')) as Signoff[];
          signoffs[0]!.comment = 'Approved without reading anything.';
          writeJson(files, recordPath('signoffs'), signoffs);
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual([`signature:gate-signoff:${signoff!.id}`]);
    expect(detailOf(report, `signature:gate-signoff:${signoff!.id}`)).toContain(
      'The signature was made for a different record, or a different version of this record.',
    );
  });

  it('a member key swapped for a forger’s: every signature by that member fails', () => {
    const forger = toHex(ed25519.getPublicKey(new Uint8Array(32).fill(98)));
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          const members = readJson(files, recordPath('members')) as {
            name: string;
            keys: { publicKey: string }[];
          }[];
          members.find((m) => m.name === 'Cam Compliance')!.keys[0]!.publicKey = forger;
          writeJson(files, recordPath('members'), members);
        },
        { rehash: true, resign: fixture },
      ),
    );
    const compliance = fixture.members.find((m) => m.name === 'Cam Compliance')!;
    expect(failedIds(report)).toEqual([
      `signature:risk-acceptance:${fixture.risks[0]!.id}`,
      `signature:member-certification:${compliance.id}`,
      `listed-signature:risk-acceptance:${fixture.risks[0]!.id}`,
      `listed-signature:member-certification:${compliance.id}`,
    ]);
  });

  it('a manifest edited after signing', () => {
    const report = verifyBundle(
      tamper(clean, (files) => {
        editManifest(files, (manifest) => {
          manifest.marking = 'Public';
        });
      }),
    );
    expect(failedIds(report)).toEqual(['manifest-signature']);
    expect(detailOf(report, 'manifest-signature')).toContain(
      'The manifest was changed after it was signed.',
    );
  });

  it('a missing manifest signature', () => {
    const report = verifyBundle(
      tamper(clean, (files) => {
        Reflect.deleteProperty(files, 'manifest.signature.json');
      }),
    );
    expect(failedIds(report)).toEqual(['manifest-signature']);
    expect(detailOf(report, 'manifest-signature')).toBe(
      'manifest.signature.json is missing: nothing vouches for the manifest.',
    );
  });

  it('a swapped evidence file a sign-off cites, even when the bundle is rebuilt and signed around it', async () => {
    const swapped = bundleFixture();
    const row = swapped.evidence[0]!;
    const other = strToU8('%PDF-1.7 a different assessment');
    swapped.files.set(row.id, other);
    row.sha256 = sha256Hex(other);
    row.bytes = other.byteLength;
    const { bytes } = await writeBundleBytes(fixtureContent(swapped), {
      sign: fixtureSigner(swapped),
    });
    const report = verifyBundle(bytes);
    const id = `citation:${signoff!.id}:${row.id}`;
    expect(failedIds(report)).toEqual([id]);
    expect(detailOf(report, id)).toBe(
      `The sign-off ${signoff!.id} by Lee Legal cites “DPIA (final).pdf” (${row.id}) with SHA-256 ${dpia!.sha256}, but the bundle holds a file with SHA-256 ${row.sha256}: the file was replaced after it was signed.`,
    );
  });

  it('a record of another initiative', () => {
    const risk = fixture.risks[0]!;
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          const risks = readJson(files, recordPath('risks')) as Risk[];
          risks[0]!.initiativeId = fixture.otherInitiative.id;
          writeJson(files, recordPath('risks'), risks);
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual([`record:${risk.id}`]);
    expect(detailOf(report, `record:${risk.id}`)).toBe(
      `records/risks.json holds the risk ${risk.id} of another initiative (${fixture.otherInitiative.id}).`,
    );
  });

  it('an event of another initiative in an initiative’s bundle', () => {
    const planted = fixture.events.find(
      (e) => e.entityId === fixture.otherInitiative.id && e.action === 'initiative.update',
    )!;
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          writeJson(
            files,
            EVENTS_PATH,
            [...events(files), planted].sort((a, b) => a.seq - b.seq),
          );
          editManifest(files, (manifest) => {
            manifest.events = [...manifest.events, { seq: planted.seq, hash: planted.hash }].sort(
              (a, b) => a.seq - b.seq,
            );
          });
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual([`scope:${String(planted.seq)}`]);
  });

  it('an unreadable records file stops the record checks and says so', () => {
    const report = verifyBundle(
      tamper(
        clean,
        (files) => {
          files[recordPath('gates')] = strToU8('[{"id": "not a gate"}]');
        },
        { rehash: true, resign: fixture },
      ),
    );
    expect(failedIds(report)).toEqual(['records:gates', 'records-unread']);
    expect(detailOf(report, 'records:gates')).toMatch(
      /^records\/gates\.json is not valid in record 1 \(id not a gate\)/,
    );
  });
});

describe('verifyBundle: files that are not bundles', () => {
  it('a zip without a manifest', () => {
    const report = verifyBundle(zipSync({ 'notes.txt': strToU8('hello') }));
    expect(report.refused).toBe(false);
    expect(failedIds(report)).toEqual(['manifest']);
    expect(detailOf(report, 'manifest')).toMatch(
      /has no manifest\.json, so it is not a Countersign/,
    );
  });

  it('a workspace backup', () => {
    const report = verifyBundle(
      zipSync({
        [MANIFEST_PATH]: strToU8(
          JSON.stringify({ format: 'countersign-backup', formatVersion: 1 }),
        ),
      }),
    );
    expect(detailOf(report, 'manifest')).toMatch(
      /^This is a Countersign workspace backup, not an audit bundle/,
    );
  });

  it('a bundle from a newer version', () => {
    const report = verifyBundle(
      tamper(clean, (files) => {
        editManifest(files, (manifest) => {
          (manifest as { formatVersion: number }).formatVersion = 2;
        });
      }),
    );
    expect(failedIds(report)).toEqual(['manifest']);
    expect(detailOf(report, 'manifest')).toMatch(/format version 2, written by a newer version/);
  });
});
