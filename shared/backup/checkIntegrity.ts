import { verifyChain } from '../audit/verifyChain';
import { CERTIFICATION_RECORD_KIND, certificationContentHash } from '../auth/certification';
import { verifySignature } from '../auth/signature';
import type { Workspace } from '../domain/workspace';
import { verifyGateSignatures } from '../gates/verifyGateSignatures';
import { BackupError } from './backupError';
import { BACKUP_TABLES, tablePath, type BackupManifest } from './format';
import type { BackupRows } from './validateTables';

export interface IntegrityReport {
  workspace: Workspace;
  /** Events in the verified chain. */
  chainLength: number;
  /** Member certifications whose signatures verified. */
  certificationsVerified: number;
  /** Gate sign-offs and overrides whose signatures verified. */
  gateSignaturesVerified: number;
}

/**
 * What makes a set of valid rows one trustworthy workspace: a single
 * workspace row matching the manifest, row counts matching the manifest,
 * an audit chain that verifies and ends at the manifest's head, member
 * certifications, sign-offs and overrides whose signatures verify, and credentials that belong to
 * their member's current key.
 */
export function checkIntegrity(
  manifest: BackupManifest,
  rows: BackupRows,
  evidenceFiles: ReadonlyMap<string, Uint8Array>,
): IntegrityReport {
  const [workspace, ...extra] = rows.workspace;
  if (!workspace || extra.length > 0) {
    throw inconsistent(`it holds ${String(rows.workspace.length)} workspace rows instead of one`);
  }
  if (workspace.id !== manifest.workspace.id) {
    throw inconsistent('its workspace row is not the workspace its manifest names');
  }
  for (const table of BACKUP_TABLES) {
    const listed = manifest.entries.find((entry) => entry.path === tablePath(table));
    if (listed?.records !== rows[table].length) {
      throw inconsistent(`${table} does not have the number of rows its manifest lists`);
    }
  }

  const verdict = verifyChain(rows.auditEvents);
  if (!verdict.ok) {
    throw new BackupError(
      'chain-broken',
      `This backup was refused: its audit trail does not verify at event #${String(verdict.seq)}. ${verdict.message}`,
    );
  }
  const head = verdict.head;
  if (head?.seq !== manifest.auditHead?.seq || head?.hash !== manifest.auditHead?.hash) {
    throw new BackupError(
      'chain-broken',
      'This backup was refused: its audit trail does not end at the chain head its manifest records (events were added or removed).',
    );
  }

  let certificationsVerified = 0;
  for (const member of rows.members) {
    if (member.certification === null) continue;
    const check = verifySignature(member.certification, member.keys, {
      recordKind: CERTIFICATION_RECORD_KIND,
      recordId: member.id,
      contentHash: certificationContentHash(member.id, workspace.id),
      signerId: member.id,
    });
    if (!check.ok) {
      throw new BackupError(
        'bad-signature',
        `This backup was refused: the signed certification of ${member.name} does not verify. ${check.message}`,
      );
    }
    certificationsVerified += 1;
  }

  const gateSignatures = verifyGateSignatures(rows.gates, rows.signoffs, rows.members);
  const [failure] = gateSignatures.failures;
  if (failure)
    throw new BackupError('bad-signature', `This backup was refused: ${failure.message}`);

  checkEvidence(manifest, rows, evidenceFiles);

  const members = new Map(rows.members.map((member) => [member.id, member]));
  for (const credential of rows.credentials) {
    const member = members.get(credential.memberId);
    if (!member)
      throw inconsistent('it holds a sign-in credential for someone who is not a member');
    if (
      credential.kind === 'signing-key' &&
      !member.keys.some((key) => key.publicKey === credential.envelope.publicKey)
    ) {
      throw inconsistent(`the signing key stored for ${member.name} is not one of their keys`);
    }
  }

  return {
    workspace,
    chainLength: verdict.count,
    certificationsVerified,
    gateSignaturesVerified: gateSignatures.verified,
  };
}

/**
 * Every evidence row has its file, with the hash the row records (the file's
 * bytes were already checked against the manifest), every file has its row,
 * and every sign-off cites evidence by the hash it has.
 */
function checkEvidence(
  manifest: BackupManifest,
  rows: BackupRows,
  evidenceFiles: ReadonlyMap<string, Uint8Array>,
): void {
  const fileHash = new Map(
    manifest.files.map((file) => [file.path.slice(file.path.indexOf('/') + 1), file.sha256]),
  );
  const evidence = new Map(rows.evidence.map((row) => [row.id, row]));
  for (const row of rows.evidence) {
    if (!evidenceFiles.has(row.id)) {
      throw inconsistent(`the evidence file “${row.name}” is missing`);
    }
    if (fileHash.get(row.id) !== row.sha256) {
      throw new BackupError(
        'hash-mismatch',
        `This backup was refused: the evidence file “${row.name}” is not the file its record describes (its SHA-256 differs).`,
      );
    }
  }
  for (const id of evidenceFiles.keys()) {
    if (!evidence.has(id)) throw inconsistent(`it holds an evidence file (${id}) with no record`);
  }
  const names = new Map(rows.members.map((m) => [m.id, m.name]));
  for (const signoff of rows.signoffs) {
    for (const cited of signoff.evidence) {
      const held = evidence.get(cited.id);
      if (held?.sha256 !== cited.sha256) {
        const reviewer = names.get(signoff.reviewerId) ?? 'a reviewer';
        throw new BackupError(
          'hash-mismatch',
          `This backup was refused: the sign-off ${signoff.id} by ${reviewer} cites ${held ? `the evidence file “${held.name}”, which was changed after it was signed` : `an evidence file (${cited.id}) that is missing`}.`,
        );
      }
    }
  }
}

function inconsistent(detail: string): BackupError {
  return new BackupError('inconsistent', `This backup was refused: ${detail}.`);
}
