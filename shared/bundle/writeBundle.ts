import { strToU8 } from 'fflate';
import type { AuditEvent } from '../audit/auditEvent';
import { formatSize } from '../backup/backupError';
import type { ChainHead } from '../backup/format';
import { verifySignature, type ElectronicSignature } from '../auth/signature';
import { canonicalJson } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/sha256';
import type { Member } from '../domain/member';
import type { Evidence } from '../evidence/record';
import { initiativeRecordIds, isInitiativeEvent } from '../pack/source';
import {
  referencedMemberIds,
  toBundleMember,
  type BundleMember,
  type BundleRecords,
} from './bundleMembers';
import { manifestSignatureOf, recordSignatures } from './bundleSignatures';
import { evidencePath, packPath } from './entryNames';
import { eventsJsonChunks } from './eventsJson';
import { BundleExportError } from './exportError';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  EVENTS_PATH,
  MANIFEST_PATH,
  MANIFEST_RECORD_KIND,
  MANIFEST_SIGNATURE_PATH,
  bundleManifestSchema,
  recordPath,
  type AuditScope,
  type BundleManifest,
  type FileKind,
  type ManifestFile,
  type RecordFile,
} from './format';
import { ZipOutput, type CancelSignal, type ChunkSource } from './zipOutput';

/** One evidence file to export: its row, and its stored bytes as a stream of chunks. */
export interface EvidenceFileSource {
  evidence: Evidence;
  /**
   * Called once; chunks are hashed and zipped as they arrive, never gathered.
   * A stored file's chunks reach onChunk as they are, so each must be a fresh array.
   */
  read(): ChunkSource;
}

export interface BundleContent {
  /** A fresh UUID for this bundle (the signature binds it). */
  bundleId: string;
  appVersion: string;
  /** ISO 8601 UTC. */
  createdAt: string;
  workspace: { id: string; name: string };
  marking: string;
  exportedBy: { memberId: string; name: string };
  /** The workspace chain's last event at export. */
  chainHead: ChainHead | null;
  /**
   * 'initiative': `events` are the initiative's own (see isInitiativeEvent in
   * shared/pack/source.ts); 'workspace': the whole chain from #1 to chainHead.
   */
  auditScope: AuditScope;
  records: BundleRecords;
  /** The workspace's members (or a superset of those the records name); only those named are written. */
  members: readonly Member[];
  /** In ascending seq; streamed, so a generator over database batches suits. */
  events: Iterable<AuditEvent> | AsyncIterable<AuditEvent>;
  /** How many events `events` yields: used for progress only. */
  eventCount: number;
  pack: { name: string; bytes: Uint8Array };
  /** A file for every evidence row that is not withdrawn; withdrawn rows' files are optional. */
  evidenceFiles: readonly EvidenceFileSource[];
}

export type BundleStage = 'pack' | 'evidence' | 'events' | 'records' | 'signing';

export const BUNDLE_STAGE_LABELS: Record<BundleStage, string> = {
  pack: 'Adding the pack',
  evidence: 'Adding the evidence files',
  events: 'Adding the audit events',
  records: 'Adding the records',
  signing: 'Signing the manifest',
};

/** Progress within a stage: bytes for files, events for the audit trail, one step for signing. */
export interface BundleProgress {
  stage: BundleStage;
  done: number;
  total: number;
  unit: 'bytes' | 'events' | 'steps';
}

export interface WriteBundleOptions {
  /**
   * Signs the SHA-256 of the exact manifest.json bytes as the exporting
   * member (recordKind 'audit-bundle-manifest', recordId = bundleId, meaning
   * 'responsibility'). Called once, after every other file is written, so
   * the secret key never reaches this code.
   */
  sign: (manifestSha256: string) => Promise<ElectronicSignature>;
  /** Receives the zip in order; a returned promise is awaited before more is read. */
  onChunk: (chunk: Uint8Array) => void | Promise<void>;
  onProgress?: (progress: BundleProgress) => void;
  /** Cancels: the writer rejects with a BundleCancelledError (name 'AbortError') and writes nothing more. */
  signal?: CancelSignal;
}

export interface WrittenBundle {
  manifest: BundleManifest;
  manifestSha256: string;
  signature: ElectronicSignature;
  /** Size of the zip handed to onChunk. */
  bytes: number;
}

const PACK_SLICE = 1024 * 1024;

/**
 * Writes an audit bundle (format in shared/bundle/README.md) as a stream of
 * zip chunks. Runs in a Web Worker or in Node. Evidence is streamed from its
 * source and checked against the SHA-256 its row records: a stored file that
 * changed is refused by name rather than exported. On any rejection, what
 * reached `onChunk` is incomplete and must be discarded.
 */
export async function writeBundle(
  content: BundleContent,
  options: WriteBundleOptions,
): Promise<WrittenBundle> {
  checkContent(content);
  let size = 0;
  const out = new ZipOutput(
    async (chunk) => {
      size += chunk.byteLength;
      await options.onChunk(chunk);
    },
    options.signal,
    new Date(content.createdAt),
  );
  const progress = options.onProgress ?? (() => undefined);
  const files: ManifestFile[] = [];
  const add = async (
    path: string,
    kind: FileKind,
    source: ChunkSource,
    extra: Parameters<ZipOutput['entry']>[2],
  ) => {
    const written = await out.entry(path, source, extra);
    files.push({ path, kind, sha256: written.sha256, bytes: written.bytes });
  };
  try {
    const { records } = content;
    const packBytes = content.pack.bytes;
    progress({ stage: 'pack', done: 0, total: packBytes.byteLength, unit: 'bytes' });
    await add(packPath(content.pack.name), 'pack', slices(packBytes), {
      compress: false,
      onData: (done) =>
        progress({ stage: 'pack', done, total: packBytes.byteLength, unit: 'bytes' }),
    });

    const evidenceTotal = content.evidenceFiles.reduce((sum, f) => sum + f.evidence.bytes, 0);
    let evidenceDone = 0;
    progress({ stage: 'evidence', done: 0, total: evidenceTotal, unit: 'bytes' });
    for (const file of content.evidenceFiles) {
      const row = file.evidence;
      const before = evidenceDone;
      // Stored, not deflated: most evidence is already compressed, and a
      // stored file can never look like a zip bomb to the verifier.
      await add(evidencePath(row), 'evidence', file.read(), {
        compress: false,
        onData: (bytes) => {
          if (bytes > row.bytes) throw changedEvidence(row, 'is larger than');
          evidenceDone = before + bytes;
          progress({ stage: 'evidence', done: evidenceDone, total: evidenceTotal, unit: 'bytes' });
        },
        beforeEnd: (written) => {
          if (written.bytes !== row.bytes) throw changedEvidence(row, 'is smaller than');
          if (written.sha256 !== row.sha256) throw changedEvidence(row, 'no longer matches');
        },
      });
    }

    const events = eventCollector(content, progress);
    await add(
      EVENTS_PATH,
      'audit',
      eventsJsonChunks(content.events, (event) => {
        events.accept(event);
      }),
      {
        compress: true,
      },
    );
    events.finish();

    const members = bundleMembers(content, events.actors);
    const recordFiles: Record<RecordFile, unknown> = {
      initiative: records.initiative,
      gates: records.gates,
      signoffs: records.signoffs,
      risks: records.risks,
      evidence: records.evidence,
      members,
    };
    const json = Object.entries(recordFiles).map(
      ([file, value]) => [file as RecordFile, strToU8(canonicalJson(value))] as const,
    );
    const recordsTotal = json.reduce((sum, [, bytes]) => sum + bytes.byteLength, 0);
    let recordsDone = 0;
    for (const [file, bytes] of json) {
      progress({ stage: 'records', done: recordsDone, total: recordsTotal, unit: 'bytes' });
      await add(recordPath(file), 'records', [bytes], { compress: true });
      recordsDone += bytes.byteLength;
    }
    progress({ stage: 'records', done: recordsTotal, total: recordsTotal, unit: 'bytes' });

    const byId = new Map(members.map((m) => [m.id, m]));
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      bundleId: content.bundleId,
      appVersion: content.appVersion,
      createdAt: content.createdAt,
      workspace: { id: content.workspace.id, name: content.workspace.name },
      initiative: { id: records.initiative.id, title: records.initiative.title },
      marking: content.marking,
      exportedBy: { memberId: content.exportedBy.memberId, name: content.exportedBy.name },
      chainHead: content.chainHead,
      auditScope: content.auditScope,
      events: events.listed,
      files,
      signatures: recordSignatures(records, members).map((s) => manifestSignatureOf(s, byId)),
    };
    const parsed = bundleManifestSchema.safeParse(manifest);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BundleExportError(
        `The bundle’s manifest could not be made (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not valid'}).`,
      );
    }
    const manifestBytes = strToU8(canonicalJson(manifest));
    const manifestSha256 = sha256Hex(manifestBytes);
    progress({ stage: 'signing', done: 0, total: 1, unit: 'steps' });
    out.checkCancelled();
    const signature = await options.sign(manifestSha256);
    out.checkCancelled();
    checkManifestSignature(
      content,
      signature,
      manifestSha256,
      byId.get(content.exportedBy.memberId),
    );
    await out.entry(MANIFEST_PATH, [manifestBytes], { compress: true });
    await out.entry(MANIFEST_SIGNATURE_PATH, [strToU8(canonicalJson(signature))], {
      compress: true,
    });
    await out.finish();
    progress({ stage: 'signing', done: 1, total: 1, unit: 'steps' });
    return { manifest, manifestSha256, signature, bytes: size };
  } catch (error) {
    out.abort();
    throw error;
  }
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += PACK_SLICE) {
    yield bytes.subarray(at, at + PACK_SLICE);
  }
  if (bytes.byteLength === 0) yield bytes;
}

function changedEvidence(row: Evidence, how: string): BundleExportError {
  return new BundleExportError(
    `The stored copy of the evidence file “${row.name}” (${row.id}) ${how} the file that was added (${formatSize(row.bytes)}, SHA-256 ${row.sha256}): it has changed since. The bundle was not finished; discard what was written, check the workspace, and add the file again as a new version.`,
  );
}

/** Refuses input the app should never pass: records of another initiative, evidence without its file. */
function checkContent(content: BundleContent): void {
  const { records } = content;
  const initiativeId = records.initiative.id;
  const tables = [
    ['gate', records.gates],
    ['sign-off', records.signoffs],
    ['risk', records.risks],
    ['evidence', records.evidence],
  ] as const;
  for (const [kind, rows] of tables) {
    const stray = rows.find((row) => row.initiativeId !== initiativeId);
    if (stray) {
      throw new BundleExportError(
        `The ${kind} ${stray.id} belongs to another initiative, so it cannot go in the bundle of “${records.initiative.title}”.`,
      );
    }
  }
  const rows = new Map(records.evidence.map((row) => [row.id, row]));
  const withFile = new Set<string>();
  for (const { evidence } of content.evidenceFiles) {
    const row = rows.get(evidence.id);
    if (!row || row.sha256 !== evidence.sha256 || row.bytes !== evidence.bytes) {
      throw new BundleExportError(
        `The evidence file “${evidence.name}” (${evidence.id}) is not one of the initiative’s evidence records as given.`,
      );
    }
    if (withFile.has(evidence.id)) {
      throw new BundleExportError(`The evidence file “${evidence.name}” is given twice.`);
    }
    withFile.add(evidence.id);
  }
  const missing = records.evidence.find((row) => row.withdrawal === null && !withFile.has(row.id));
  if (missing) {
    throw new BundleExportError(
      `The evidence file “${missing.name}” (${missing.id}) is not in the evidence store, so the bundle cannot include it. Check the workspace before exporting.`,
    );
  }
  const exporter = content.members.find((m) => m.id === content.exportedBy.memberId);
  if (!exporter || exporter.keys.length === 0) {
    throw new BundleExportError(
      `${content.exportedBy.name} has no signing key in this workspace, so cannot sign the bundle.`,
    );
  }
}

/**
 * Checks events as they stream: ascending, about the initiative when the
 * scope is the initiative, the whole chain to the head when it is the
 * workspace. Keeps the manifest's event list and the actors to name.
 */
function eventCollector(content: BundleContent, progress: (p: BundleProgress) => void) {
  const listed: { seq: number; hash: string }[] = [];
  const actors = new Set<string>();
  const scope =
    content.auditScope === 'initiative'
      ? initiativeRecordIds(content.records, content.records.initiative.id)
      : null;
  const head = content.chainHead;
  let last = 0;
  progress({ stage: 'events', done: 0, total: content.eventCount, unit: 'events' });
  return {
    listed,
    actors,
    accept(event: AuditEvent): void {
      if (event.seq <= last) {
        throw new BundleExportError(
          `Audit event #${String(event.seq)} came after #${String(last)}: events must be given in ascending order.`,
        );
      }
      if (scope === null && event.seq !== last + 1) {
        throw new BundleExportError(
          `Audit events #${String(last + 1)} to #${String(event.seq - 1)} are missing: a workspace-wide bundle holds the whole chain.`,
        );
      }
      if (head === null || event.seq > head.seq) {
        throw new BundleExportError(
          `Audit event #${String(event.seq)} is past the chain head the bundle records (#${String(head?.seq ?? 0)}).`,
        );
      }
      if (scope !== null && !isInitiativeEvent(event, scope)) {
        throw new BundleExportError(
          `Audit event #${String(event.seq)} is not about “${content.records.initiative.title}”, so it does not belong in its bundle.`,
        );
      }
      last = event.seq;
      listed.push({ seq: event.seq, hash: event.hash });
      actors.add(event.actor);
      if (listed.length % 1000 === 0) {
        progress({
          stage: 'events',
          done: listed.length,
          total: content.eventCount,
          unit: 'events',
        });
      }
    },
    finish(): void {
      if (scope === null && head !== null && last !== head.seq) {
        throw new BundleExportError(
          `The audit events end at #${String(last)}, not at the chain head #${String(head.seq)}: a workspace-wide bundle holds the whole chain.`,
        );
      }
      progress({ stage: 'events', done: listed.length, total: content.eventCount, unit: 'events' });
    },
  };
}

/** The members the records and events name, plus the exporter, as the bundle carries them. */
function bundleMembers(content: BundleContent, actors: ReadonlySet<string>): BundleMember[] {
  const named = referencedMemberIds(content.records);
  named.add(content.exportedBy.memberId);
  for (const actor of actors) named.add(actor);
  return content.members.filter((m) => named.has(m.id)).map(toBundleMember);
}

/** A signature that would not verify is the caller's mistake: refuse rather than write it. */
function checkManifestSignature(
  content: BundleContent,
  signature: ElectronicSignature,
  manifestSha256: string,
  exporter: BundleMember | undefined,
): void {
  const check = verifySignature(signature, exporter?.keys ?? [], {
    recordKind: MANIFEST_RECORD_KIND,
    recordId: content.bundleId,
    contentHash: manifestSha256,
    signerId: content.exportedBy.memberId,
  });
  if (!check.ok || signature.meaning !== 'responsibility') {
    throw new BundleExportError(
      `The signature over the bundle’s manifest does not verify${check.ok ? ' (it must be signed with the meaning “Responsibility”)' : `: ${check.message}`}`,
    );
  }
  if (signature.printedName !== content.exportedBy.name) {
    throw new BundleExportError(
      `The manifest names ${content.exportedBy.name} as the exporter, but the signature is printed ${signature.printedName}.`,
    );
  }
}
