import {
  acceptedExtensions,
  checkEvidenceFile,
  maxEvidenceBytes,
  type EvidencePolicy,
} from '../../../shared/evidence/intake';
import type { Host } from '../../host/host';

export type PickedFile =
  { ok: true; file: { name: string; data: Uint8Array } } | { ok: false; message: string } | null;

/**
 * Asks the host for a file the workspace accepts as evidence and checks it
 * at once, so a refused file is explained before anything is attached (the
 * command checks again: this check is only for the person's benefit).
 */
export async function pickEvidenceFile(host: Host, policy: EvidencePolicy): Promise<PickedFile> {
  const opened = await host.openFile({
    filters: [{ name: 'Evidence files', extensions: acceptedExtensions(policy) }],
    maxBytes: maxEvidenceBytes(policy),
  });
  if (!opened.ok) return { ok: false, message: opened.error };
  if (!opened.value) return null;
  const checked = checkEvidenceFile(opened.value.name, opened.value.data, policy);
  if (!checked.ok) return { ok: false, message: checked.message };
  return { ok: true, file: opened.value };
}
