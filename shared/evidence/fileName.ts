/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

const MAX_NAME = 120;

/**
 * The name a file arrived with, made safe to show and to save on any system:
 * the last path segment only, no control or reserved characters, no leading
 * dots or trailing dots and spaces, at most 120 characters with the extension
 * kept. Returns '' when nothing usable is left.
 */
export function sanitiseFileName(original: string): string {
  const lastSegment = original.split(/[/\\]/).pop() ?? '';
  let name = '';
  for (const ch of lastSegment.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\t' || ch === '\n' || ch === '\r') {
      name += ' ';
      continue;
    }
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) continue;
    // Zero-width and direction marks could make a name read as another extension.
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) continue;
    if ((code >= 0x2066 && code <= 0x2069) || code === 0xfeff) continue;
    name += /[:*?"<>|]/.test(ch) ? '_' : ch;
  }
  name = name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (name === '') return '';
  if (RESERVED.test(name)) name = `_${name}`;
  if (name.length <= MAX_NAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 11 ? name.slice(dot) : '';
  return `${name.slice(0, MAX_NAME - extension.length).trimEnd()}${extension}`;
}

/** The lower-case extension of a file name, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
