import type { Evidence } from '../../../shared/evidence/record';
import type { CountersignDb } from '../../db/database';
import type { Host } from '../../host/host';
import { readEvidenceFile } from './evidenceFile';

/** Saves the file through the host under its own name, after checking its hash. Returns an error message or null. */
export async function saveEvidenceCopy(
  db: CountersignDb,
  host: Host,
  evidence: Evidence,
): Promise<string | null> {
  const file = await readEvidenceFile(db, evidence);
  if (!file.ok) return file.message;
  const saved = await host.saveFile({
    suggestedName: evidence.name,
    data: new Uint8Array(file.data),
    mediaType: evidence.mediaType,
  });
  return saved.ok ? null : saved.error;
}
