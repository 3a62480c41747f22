import type { Evidence } from '../evidence/record';
import type { Signoff } from '../gates/signoff';
import type { FileHashes } from './checkFiles';
import { evidenceIdOfPath, type BundleManifest } from './format';
import { count, type CheckList } from './report';

/**
 * Each evidence file's real SHA-256 and size equal its evidence record's;
 * every evidence record that is not withdrawn has its file; every evidence
 * file belongs to a record.
 */
export function checkEvidenceFiles(
  manifest: BundleManifest,
  evidence: readonly Evidence[],
  hashes: FileHashes,
  checks: CheckList,
): void {
  const label = 'Evidence files';
  const paths = new Map<string, string>();
  for (const file of manifest.files) {
    const id = file.kind === 'evidence' ? evidenceIdOfPath(file.path) : null;
    if (id !== null) paths.set(id, file.path);
  }
  const rows = new Set(evidence.map((row) => row.id));
  const failuresBefore = checks.failureCount;
  let matched = 0;
  let withdrawnWithoutFile = 0;
  const fail = (id: string, detail: string) => {
    checks.fail(`evidence:${id}`, label, detail, 'evidence');
  };
  for (const row of evidence) {
    const path = paths.get(row.id);
    const which = `the evidence “${row.name}” (${row.id})`;
    if (path === undefined) {
      if (row.withdrawal !== null) withdrawnWithoutFile += 1;
      else fail(row.id, `The bundle holds no file for ${which}, which is not withdrawn.`);
      continue;
    }
    const found = hashes.get(path);
    // A missing or damaged file has already failed the files check.
    if (!found) continue;
    if (found.sha256 !== row.sha256 || found.bytes !== row.bytes) {
      fail(
        row.id,
        `${path} has SHA-256 ${found.sha256}, but ${which} records ${row.sha256}: the file is not the one that was added.`,
      );
    } else {
      matched += 1;
    }
  }
  for (const [id, path] of paths) {
    if (!rows.has(id)) {
      fail(id, `${path} belongs to no evidence record in records/evidence.json.`);
    }
  }
  if (checks.failureCount === failuresBefore) {
    const withdrawn =
      withdrawnWithoutFile > 0
        ? `; ${count(withdrawnWithoutFile, 'withdrawn evidence record is', 'withdrawn evidence records are')} listed without a file`
        : '';
    checks.pass(
      'evidence',
      label,
      `${count(matched, 'evidence file has', 'evidence files have')} the SHA-256 and size its record holds${withdrawn}.`,
    );
  }
}

/**
 * Every evidence file a sign-off cites is in the bundle with the SHA-256 the
 * reviewer signed: a file swapped afterwards (even with its record and the
 * manifest rewritten to match) shows here.
 */
export function checkCitations(
  signoffs: readonly Signoff[],
  evidence: readonly Evidence[],
  name: (memberId: string) => string,
  checks: CheckList,
): void {
  const label = 'Cited evidence';
  const rows = new Map(evidence.map((row) => [row.id, row]));
  const failuresBefore = checks.failureCount;
  let cited = 0;
  for (const signoff of signoffs) {
    for (const citation of signoff.evidence) {
      cited += 1;
      const row = rows.get(citation.id);
      const who = `The sign-off ${signoff.id} by ${name(signoff.reviewerId)}`;
      if (!row) {
        checks.fail(
          `citation:${signoff.id}:${citation.id}`,
          label,
          `${who} cites the evidence ${citation.id}, which is not in the bundle.`,
          'citation',
        );
      } else if (row.sha256 !== citation.sha256) {
        checks.fail(
          `citation:${signoff.id}:${citation.id}`,
          label,
          `${who} cites “${row.name}” (${row.id}) with SHA-256 ${citation.sha256}, but the bundle holds a file with SHA-256 ${row.sha256}: the file was replaced after it was signed.`,
          'citation',
        );
      }
    }
  }
  if (checks.failureCount === failuresBefore) {
    checks.pass(
      'citations',
      label,
      cited === 0
        ? 'No sign-off cites an evidence file.'
        : `Every evidence file a sign-off cites (${count(cited, 'citation')}) is in the bundle with the SHA-256 the reviewer signed.`,
    );
  }
}
