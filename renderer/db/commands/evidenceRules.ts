import { sha256Hex } from '../../../shared/crypto/sha256';
import { checkEvidenceFile, evidenceBudgetProblem } from '../../../shared/evidence/intake';
import type { CitedEvidence, Evidence, EvidenceTarget } from '../../../shared/evidence/record';
import type { Workspace } from '../../../shared/domain/workspace';
import type { CountersignDb } from '../database';
import { CommandError } from './commandError';

export interface CheckedFile {
  name: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

/**
 * Applies the workspace's size cap and type allow-list, and hashes the bytes.
 * The hash is computed here, synchronously inside the transaction, so what
 * is stored is exactly what was hashed, whatever the caller claimed.
 */
export function checkFile(workspace: Workspace, fileName: string, data: Uint8Array): CheckedFile {
  const checked = checkEvidenceFile(fileName, data, workspace.settings);
  if (!checked.ok) throw new CommandError('invalid', checked.message, { file: checked.message });
  return {
    name: checked.name,
    mediaType: checked.mediaType,
    bytes: data.byteLength,
    sha256: sha256Hex(data),
  };
}

/** Refuses a file that would take the workspace's evidence past what one backup can carry. */
export async function requireEvidenceBudget(db: CountersignDb, newBytes: number): Promise<void> {
  let held = 0;
  await db.evidence.each((row) => {
    held += row.bytes;
  });
  const problem = evidenceBudgetProblem(held, newBytes);
  if (problem) throw new CommandError('invalid', problem, { file: problem });
}

/** Refuses a target that is not part of the initiative (a risk, control, gate or checklist item of another). */
export async function requireTarget(
  db: CountersignDb,
  initiativeId: string,
  target: EvidenceTarget,
): Promise<void> {
  switch (target.kind) {
    case 'initiative':
      return;
    case 'risk':
    case 'control': {
      const risk = await db.risks.get(target.riskId);
      if (!risk || risk.initiativeId !== initiativeId) {
        throw new CommandError('not-found', 'That risk is not on this initiative.');
      }
      if (target.kind === 'control' && !risk.controls.some((c) => c.id === target.controlId)) {
        throw new CommandError('not-found', `That control is not on the risk “${risk.title}”.`);
      }
      return;
    }
    case 'gate':
    case 'checklist-item': {
      const gate = await db.gates.get(target.gateId);
      if (!gate || gate.initiativeId !== initiativeId) {
        throw new CommandError('not-found', 'That gate review is not on this initiative.');
      }
      if (
        target.kind === 'checklist-item' &&
        !gate.template.functions.some((f) => f.items.some((item) => item.id === target.itemId))
      ) {
        throw new CommandError(
          'not-found',
          `That checklist item is not part of ${gate.template.name}.`,
        );
      }
      return;
    }
  }
}

/**
 * A sign-off may cite only current evidence of its own initiative, with the
 * hash that is stored: the reviewer signs what they saw, and a file that was
 * replaced or withdrawn while they looked is refused rather than signed.
 */
export async function requireCitedEvidence(
  db: CountersignDb,
  initiativeId: string,
  cited: readonly CitedEvidence[],
): Promise<Evidence[]> {
  const rows = await db.evidence.bulkGet(cited.map((c) => c.id));
  cited.forEach((citation, index) => {
    const evidence = rows[index];
    if (!evidence || evidence.initiativeId !== initiativeId) {
      throw new CommandError('not-found', 'A cited evidence file is not part of this initiative.');
    }
    if (evidence.sha256 !== citation.sha256) {
      throw new CommandError(
        'conflict',
        `“${evidence.name}” is not the file you cited (its SHA-256 differs). Review it again, then sign.`,
      );
    }
    if (evidence.withdrawal || evidence.replacedBy) {
      throw new CommandError(
        'conflict',
        `“${evidence.name}” was ${evidence.withdrawal ? 'withdrawn' : 'replaced by a newer version'} while you were reviewing. Review the current file, then sign.`,
      );
    }
  });
  return rows.filter((row): row is Evidence => row !== undefined);
}
