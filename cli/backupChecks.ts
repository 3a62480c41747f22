import { verifyChain } from '../shared/audit/verifyChain';
import { CERTIFICATION_RECORD_KIND, certificationContentHash } from '../shared/auth/certification';
import { verifySignature } from '../shared/auth/signature';
import { BackupError } from '../shared/backup/backupError';
import { DEFAULT_BACKUP_LIMITS, type BackupManifest } from '../shared/backup/format';
import { readBackup, type ValidatedBackup } from '../shared/backup/readBackup';
import { upgradeBackupTables } from '../shared/backup/schemaUpgrades';
import { unpackBackup } from '../shared/backup/unpack';
import { validateTables, type BackupRows } from '../shared/backup/validateTables';
import { CheckList } from '../shared/bundle/report';
import { verifyGateSignatures } from '../shared/gates/verifyGateSignatures';
import { checkAcceptance } from '../shared/pack/acceptanceCheck';
import { CURRENT_SCHEMA_VERSION } from '../renderer/db/schema/versions';

export interface BackupVerification {
  checks: CheckList;
  /** The validated backup when it verified; null when it was refused. */
  backup: ValidatedBackup | null;
  /** Workspace and backup details for the report's heading, when the manifest could be read. */
  heading: string | null;
}

/**
 * A workspace backup checked as a restore checks it (readBackup), one line
 * per check. readBackup stops at the first problem; when its rows are valid
 * but the chain or a signature is not, the chain and every signature are
 * checked again one by one, so every failure is named, not just the first.
 */
export function verifyBackup(bytes: Uint8Array): BackupVerification {
  const checks = new CheckList();
  let backup: ValidatedBackup;
  try {
    backup = readBackup(bytes, { schemaVersion: CURRENT_SCHEMA_VERSION });
  } catch (error) {
    const message =
      error instanceof BackupError
        ? error.message
        : `This backup could not be read: ${error instanceof Error ? error.message : String(error)}`;
    const staged = validRows(bytes);
    if (!staged) {
      checks.fail('backup', 'Backup', message);
      return { checks, backup: null, heading: null };
    }
    const covered = checkEach(staged.manifest, staged.rows, checks);
    // Problems the individual checks do not cover (row counts, stored keys) are still named.
    const named = error instanceof BackupError && covered.has(error.problem) && checks.failed;
    if (!named) checks.fail('backup', 'Backup', message);
    return { checks, backup: null, heading: headingOf(staged.manifest) };
  }
  const { summary } = backup;
  checks.pass(
    'entries',
    'Backup contents',
    'Every entry matches the SHA-256 in the manifest and every row is valid.',
  );
  checks.pass(
    'chain',
    'Audit chain',
    summary.auditHead
      ? `${String(summary.chainLength)} events verified from #1 to the head #${String(summary.auditHead.seq)}, hash ${summary.auditHead.hash}.`
      : 'The chain is empty.',
  );
  checks.pass(
    'certifications',
    'Member certifications',
    `${String(summary.certificationsVerified)} signatures verified.`,
  );
  checks.pass(
    'gate-signatures',
    'Sign-offs and gate overrides',
    `${String(summary.gateSignaturesVerified)} signatures verified.`,
  );
  checkAcceptances(backup.rows, checks);
  return { checks, backup, heading: headingOf(backup.manifest) };
}

function headingOf(manifest: BackupManifest): string {
  return `Workspace ${manifest.workspace.name} (${manifest.workspace.id}), backup written ${manifest.createdAt} by Countersign ${manifest.appVersion}, data format ${String(manifest.schemaVersion)}`;
}

/** The backup's rows when its structure and every row are valid (readBackup's first stages). */
function validRows(bytes: Uint8Array): { manifest: BackupManifest; rows: BackupRows } | null {
  try {
    const limits = DEFAULT_BACKUP_LIMITS;
    const { manifest, tables } = unpackBackup(bytes, limits);
    if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) return null;
    const upgraded =
      manifest.schemaVersion < CURRENT_SCHEMA_VERSION
        ? upgradeBackupTables(tables, manifest.schemaVersion, CURRENT_SCHEMA_VERSION)
        : tables;
    if ('missing' in upgraded) return null;
    return { manifest, rows: validateTables(upgraded, limits) };
  } catch {
    return null;
  }
}

/** The chain and every signature, each named when it fails; returns the problems they cover. */
function checkEach(
  manifest: BackupManifest,
  rows: BackupRows,
  checks: CheckList,
): Set<BackupError['problem']> {
  const verdict = verifyChain(rows.auditEvents);
  const head = manifest.auditHead;
  if (!verdict.ok) {
    checks.fail(
      'chain',
      'Audit chain',
      `It does not verify at event #${String(verdict.seq)}: ${verdict.message}`,
    );
  } else if (verdict.head?.seq !== head?.seq || verdict.head?.hash !== head?.hash) {
    checks.fail(
      'chain',
      'Audit chain',
      'It does not end at the chain head the manifest records: events were added or removed.',
    );
  } else {
    checks.pass(
      'chain',
      'Audit chain',
      `${String(verdict.count)} events verified from #1 to the head${head ? ` #${String(head.seq)}` : ''}.`,
    );
  }
  let certified = 0;
  let refused = 0;
  for (const member of rows.members) {
    if (!member.certification) continue;
    const check = verifySignature(member.certification, member.keys, {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: member.id,
      contentHash: certificationContentHash(member.id, manifest.workspace.id),
      signerId: member.id,
    });
    if (check.ok) certified += 1;
    else {
      refused += 1;
      checks.fail(
        `signature:${CERTIFICATION_RECORD_KIND}:${member.id}`,
        'Member certifications',
        `${CERTIFICATION_RECORD_KIND} ${member.id}: the signed certification of ${member.name} does not verify. ${check.message}`,
        'signature',
      );
    }
  }
  if (refused === 0) {
    checks.pass(
      'certifications',
      'Member certifications',
      `${String(certified)} signatures verified.`,
    );
  }
  const gates = verifyGateSignatures(rows.gates, rows.signoffs, rows.members);
  for (const failure of gates.failures) {
    const kind = failure.kind === 'signoff' ? 'gate-signoff' : 'gate-override';
    checks.fail(
      `signature:${kind}:${failure.id}`,
      'Sign-offs and gate overrides',
      `${kind} ${failure.id}: ${failure.message}`,
      'signature',
    );
  }
  if (gates.failures.length === 0) {
    checks.pass(
      'gate-signatures',
      'Sign-offs and gate overrides',
      `${String(gates.verified)} signatures verified.`,
    );
  }
  checkAcceptances(rows, checks);
  return new Set(['chain-broken', 'bad-signature']);
}

function checkAcceptances(rows: BackupRows, checks: CheckList): void {
  const members = new Map(rows.members.map((m) => [m.id, m]));
  let verified = 0;
  let refused = 0;
  for (const risk of rows.risks) {
    if (!risk.acceptance) continue;
    const signerId = risk.acceptance.signature.signerId;
    const check = checkAcceptance(risk, members.get(signerId));
    if (check?.ok) verified += 1;
    else if (check) {
      refused += 1;
      checks.fail(
        `signature:risk-acceptance:${risk.id}`,
        'Risk acceptances',
        `risk-acceptance ${risk.id}: the acceptance of the risk “${risk.title}” by ${members.get(signerId)?.name ?? 'an unknown member'} does not verify. ${check.message}`,
        'signature',
      );
    }
  }
  if (refused === 0) {
    checks.pass('acceptances', 'Risk acceptances', `${String(verified)} signatures verified.`);
  }
}
