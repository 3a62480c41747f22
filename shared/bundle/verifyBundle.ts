import type { AuditEvent } from '../audit/auditEvent';
import { initiativeRecordIds } from '../pack/source';
import { UnsafeArchiveError } from './archiveError';
import { BundleArchive } from './bundleArchive';
import { parseEvents, parseRecordFile, type ParsedRecords } from './bundleRecords';
import { checkCitations, checkEvidenceFiles } from './checkEvidence';
import { checkEvents } from './checkEvents';
import { checkFiles } from './checkFiles';
import { checkManifestSignature, readManifest } from './checkManifest';
import { checkRecordsBelong } from './checkRecords';
import { checkListedSignatures, checkRecordSignatures } from './checkSignatures';
import {
  EVENTS_PATH,
  RECORD_FILES,
  recordPath,
  type AuditScope,
  type BundleManifest,
  type RecordFile,
} from './format';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';
import { CheckList, count, countChecks, type CheckCounts, type VerificationCheck } from './report';

/** What the bundle says about itself (from its manifest), to head the report. */
export interface BundleSummary {
  bundleId: string;
  createdAt: string;
  appVersion: string;
  workspace: { id: string; name: string };
  initiative: { id: string; title: string };
  marking: string;
  exportedBy: { memberId: string; name: string };
  auditScope: AuditScope;
  chainHead: { seq: number; hash: string } | null;
}

export interface BundleReport {
  /** True when no check failed. */
  ok: boolean;
  /** The archive itself was unsafe or not a zip: nothing in it was checked. */
  refused: boolean;
  /** Null when the manifest could not be read. */
  bundle: BundleSummary | null;
  /** In order: archive, manifest, its signature, files, records, evidence, events, signatures. */
  checks: VerificationCheck[];
  counts: CheckCounts;
}

/**
 * Verifies an audit bundle held in memory; nothing is written anywhere. Bad
 * content never throws: each problem is a failed check that names the file,
 * event or signature. An unsafe archive (see readZipDirectory) is refused
 * with a single failed check before anything is decompressed.
 */
export function verifyBundle(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_BUNDLE_LIMITS,
): BundleReport {
  const checks = new CheckList();
  let bundle: BundleSummary | null = null;
  try {
    const archive = new BundleArchive(bytes, limits);
    checks.pass(
      'archive',
      'Archive',
      `A zip of ${count(archive.entries.length, 'entry', 'entries')} within the size, count and compression limits, with no unsafe or duplicate names.`,
    );
    const read = readManifest(archive, checks);
    if (read) {
      bundle = summaryOf(read.manifest);
      checkContents(archive, read.manifest, read.bytes, checks);
    }
  } catch (error) {
    if (error instanceof UnsafeArchiveError) {
      const refused = new CheckList();
      refused.fail('archive', 'Archive', error.message);
      return report(refused.checks, null, true);
    }
    checks.fail(
      'internal',
      'Verifier',
      `The verifier stopped unexpectedly, so the bundle is not verified: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return report(checks.checks, bundle, false);
}

function report(
  checks: VerificationCheck[],
  bundle: BundleSummary | null,
  refused: boolean,
): BundleReport {
  const counts = countChecks(checks);
  return { ok: counts.failed === 0, refused, bundle, checks, counts };
}

function summaryOf(manifest: BundleManifest): BundleSummary {
  const { bundleId, createdAt, appVersion, workspace, initiative, marking, exportedBy } = manifest;
  return {
    bundleId,
    createdAt,
    appVersion,
    workspace,
    initiative,
    marking,
    exportedBy,
    auditScope: manifest.auditScope,
    chainHead: manifest.chainHead,
  };
}

function checkContents(
  archive: BundleArchive,
  manifest: BundleManifest,
  manifestBytes: Uint8Array,
  checks: CheckList,
): void {
  const { records: parsed, problems } = readRecords(archive);
  checkManifestSignature(archive, manifest, manifestBytes, parsed.members ?? null, checks);
  const hashes = checkFiles(archive, manifest, checks);
  for (const [file, message] of problems) {
    checks.fail(`records:${file}`, 'Records', message, 'records');
  }
  const records = complete(parsed);
  if (records) {
    checkRecordsBelong(manifest, records, checks);
    checkEvidenceFiles(manifest, records.evidence, hashes, checks);
  }
  const events = readEvents(archive, checks);
  if (events) {
    const scope = records ? initiativeRecordIds(records, manifest.initiative.id) : null;
    checkEvents(manifest, events, scope, checks);
  }
  if (records) {
    const members = new Map(records.members.map((m) => [m.id, m.name]));
    checkRecordSignatures(manifest, records, checks);
    checkListedSignatures(manifest, records, checks);
    checkCitations(
      records.signoffs,
      records.evidence,
      (id) => members.get(id) ?? `an unknown member (${id})`,
      checks,
    );
  } else {
    checks.fail(
      'records-unread',
      'Records',
      'The record checks (evidence, signatures, citations) were not run, because a records file above could not be read.',
    );
  }
}

type PartialRecords = { -readonly [F in RecordFile]?: ParsedRecords[F] };

/** The records files that parse, and why the others do not (reported after the files check). */
function readRecords(archive: BundleArchive): {
  records: PartialRecords;
  problems: [RecordFile, string][];
} {
  const records: PartialRecords = {};
  const problems: [RecordFile, string][] = [];
  for (const file of RECORD_FILES) {
    const path = recordPath(file);
    const read = archive.json(path);
    if (!read.ok) {
      // A missing file already fails the files check; say only why it could not be read.
      if (!read.missing) problems.push([file, read.message]);
      continue;
    }
    const result = parseRecordFile(file, path, read.value);
    if (!result.ok) {
      problems.push([file, result.message]);
      continue;
    }
    // Each file's schema is chosen by its name, so the value is that file's type.
    (records as Record<RecordFile, unknown>)[file] = result.value;
  }
  return { records, problems };
}

function complete(records: PartialRecords): ParsedRecords | null {
  const { initiative, gates, signoffs, risks, evidence, members } = records;
  if (!initiative || !gates || !signoffs || !risks || !evidence || !members) return null;
  return { initiative, gates, signoffs, risks, evidence, members };
}

function readEvents(archive: BundleArchive, checks: CheckList): AuditEvent[] | null {
  const read = archive.json(EVENTS_PATH);
  if (!read.ok) {
    if (!read.missing) checks.fail('events-file', 'Audit events', read.message);
    return null;
  }
  const events = parseEvents(EVENTS_PATH, read.value);
  if (!events.ok) {
    checks.fail('events-file', 'Audit events', events.message);
    return null;
  }
  return events.value;
}
