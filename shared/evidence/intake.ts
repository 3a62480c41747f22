import { formatSize } from '../backup/backupError';
import { extensionOf, sanitiseFileName } from './fileName';
import { EVIDENCE_FILE_TYPES, type EvidenceFileType, type EvidenceFileTypeId } from './fileTypes';

/** The workspace settings that decide what evidence is accepted. */
export interface EvidencePolicy {
  evidenceMaxMegabytes: number;
  evidenceTypes: readonly EvidenceFileTypeId[];
}

export type IntakeResult =
  | { ok: true; name: string; mediaType: string; typeId: EvidenceFileTypeId }
  | { ok: false; message: string };

const MEBIBYTE = 1024 * 1024;

export function maxEvidenceBytes(policy: EvidencePolicy): number {
  return policy.evidenceMaxMegabytes * MEBIBYTE;
}

/**
 * Decides whether a file may become evidence, and what it is. The type comes
 * from the extension and is confirmed by the file's first bytes where the
 * format has a signature; what the browser or the file claims is not trusted.
 */
export function checkEvidenceFile(
  originalName: string,
  data: Uint8Array,
  policy: EvidencePolicy,
): IntakeResult {
  const name = sanitiseFileName(originalName);
  if (name === '') return { ok: false, message: 'The file has no usable name.' };
  if (data.byteLength === 0) return { ok: false, message: `“${name}” is empty.` };
  if (data.byteLength > maxEvidenceBytes(policy)) {
    return {
      ok: false,
      message: `“${name}” is ${formatSize(data.byteLength)}; this workspace accepts evidence files of up to ${String(policy.evidenceMaxMegabytes)} MB.`,
    };
  }
  const extension = extensionOf(name);
  const found = (
    Object.entries(EVIDENCE_FILE_TYPES) as [EvidenceFileTypeId, EvidenceFileType][]
  ).find(([, type]) => type.extensions.includes(extension));
  if (!found || !policy.evidenceTypes.includes(found[0])) {
    return {
      ok: false,
      message: `“${name}” is not a file type this workspace accepts as evidence. Accepted: ${acceptedList(policy)}.`,
    };
  }
  const [typeId, type] = found;
  if (type.magic && !type.magic.some((magic) => startsWith(data, magic))) {
    return {
      ok: false,
      message: `“${name}” is named as a ${type.label} but its contents are not one. Nothing was attached.`,
    };
  }
  if (type.preview === 'text' && !isUtf8Text(data)) {
    return {
      ok: false,
      message: `“${name}” is named as ${type.label} but is not readable text (UTF-8). Nothing was attached.`,
    };
  }
  return { ok: true, name, mediaType: type.mediaType, typeId };
}

/** The accepted types in words, for messages and the file picker. */
export function acceptedList(policy: EvidencePolicy): string {
  return policy.evidenceTypes.map((id) => EVIDENCE_FILE_TYPES[id].label).join(', ');
}

/** Extensions of the accepted types, for the file picker's filter. */
export function acceptedExtensions(policy: EvidencePolicy): string[] {
  return policy.evidenceTypes.flatMap((id) => [...EVIDENCE_FILE_TYPES[id].extensions]);
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return data.byteLength >= magic.length && magic.every((byte, i) => data[i] === byte);
}

const decoder = new (
  globalThis as unknown as {
    TextDecoder: new (
      label: string,
      options: { fatal: boolean },
    ) => { decode(data: Uint8Array): string };
  }
).TextDecoder('utf-8', { fatal: true });

function isUtf8Text(data: Uint8Array): boolean {
  try {
    const text = decoder.decode(data);
    // NUL bytes mean a binary file with a text extension.
    return !text.includes('\u0000');
  } catch {
    return false;
  }
}

/**
 * All the evidence a workspace holds, every version and withdrawn file
 * included, must fit in one backup file (512 MB, with room for the tables)
 * and so in one audit bundle: otherwise a backup, and with it a schema
 * upgrade or a restore, would fail later, when nothing can be done.
 */
export const WORKSPACE_EVIDENCE_BUDGET_BYTES = 448 * MEBIBYTE;

export function evidenceBudgetProblem(
  heldBytes: number,
  newBytes: number,
  budget = WORKSPACE_EVIDENCE_BUDGET_BYTES,
): string | null {
  if (heldBytes + newBytes <= budget) return null;
  return `This workspace holds ${formatSize(heldBytes)} of evidence; with this file it would pass the ${formatSize(budget)} a backup can carry. Files are never removed (withdrawn files and earlier versions still count), so keep large files in your document store and cite where they are.`;
}
