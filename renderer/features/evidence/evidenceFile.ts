import { sha256Hex } from '../../../shared/crypto/sha256';
import type { Evidence } from '../../../shared/evidence/record';
import type { CountersignDb } from '../../db/database';

export type StoredFile = { ok: true; data: Uint8Array } | { ok: false; message: string };

/**
 * Reads an evidence file's bytes and checks them against the SHA-256 recorded
 * when it was added, so nothing is shown or saved that is not the file that
 * was attached (and signed, where a sign-off cites it).
 */
export async function readEvidenceFile(db: CountersignDb, evidence: Evidence): Promise<StoredFile> {
  const stored = await db.evidenceFiles.get(evidence.id);
  if (!stored) {
    return { ok: false, message: `The file of “${evidence.name}” is missing from this workspace.` };
  }
  if (sha256Hex(stored.data) !== evidence.sha256) {
    return {
      ok: false,
      message: `The stored file of “${evidence.name}” no longer matches the SHA-256 recorded when it was added: it was changed outside Countersign. Restore the workspace from a backup.`,
    };
  }
  return { ok: true, data: stored.data };
}
