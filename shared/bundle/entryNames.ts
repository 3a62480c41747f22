import type { Evidence } from '../evidence/record';

const MAX_NAME = 120;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A file name that is one safe path segment on every system: no separators,
 * control characters or characters Windows refuses, no leading or trailing
 * dots or spaces, no device names, at most 120 characters with the extension
 * kept. Letters outside ASCII are kept (zip names are UTF-8).
 */
export function safeEntryName(name: string, fallback = 'file'): string {
  let safe = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (safe.length === 0) safe = fallback;
  if (RESERVED.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_NAME) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_NAME - extension.length).replace(/[\s.]+$/, '') + extension;
  }
  return safe;
}

/** `evidence/<id>/<name>`: the id keeps two files with one name apart. */
export function evidencePath(evidence: Pick<Evidence, 'id' | 'name'>): string {
  return `evidence/${evidence.id}/${safeEntryName(evidence.name)}`;
}

/** `pack/<name>.docx`. */
export function packPath(name: string): string {
  const base = safeEntryName(name.replace(/\.docx$/i, ''), 'pack');
  return `pack/${base}.docx`;
}
