import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx, as text. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Character data directly inside this element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m: string, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : (ENTITIES[e] ?? m),
  );

/**
 * A strict little XML parser for the read-back tests: it throws on anything
 * that is not well formed (unclosed or mismatched tags, stray `<` or `&`,
 * duplicate attributes), which is what makes Word offer to repair a file.
 */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const tag =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  let at = 0;
  for (const match of xml.matchAll(tag)) {
    const between = xml.slice(at, match.index);
    if (/[<>]/.test(between.replace(/&[a-z#0-9]+;/gi, '')))
      throw new Error(`Stray markup before offset ${String(match.index)}`);
    if (/&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/i.test(between))
      throw new Error(`Unescaped & before offset ${String(match.index)}`);
    const top = stack.at(-1);
    if (!top) throw new Error('Markup after the root element');
    top.text += decode(between);
    at = match.index + match[0].length;
    if (match[0].startsWith('<?') || match[0].startsWith('<!--')) continue;
    const [, closing, name = '', rawAttributes = '', selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of rawAttributes.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const key = a[1] ?? '';
      if (key in attributes) throw new Error(`Duplicate attribute ${key} on <${name}>`);
      attributes[key] = decode(a[2] ?? a[3] ?? '');
    }
    const node: XmlNode = { name, attributes, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (xml.slice(at).trim() !== '') throw new Error('Text after the root element');
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)?.name ?? ''}> is never closed`);
  const [element, ...more] = root.children;
  if (!element || more.length > 0) throw new Error('An XML document has exactly one root element');
  return element;
}

export function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** All the text of an element, as Word shows it (w:t), tabs and breaks as spaces. */
export function textOf(node: XmlNode): string {
  let out = '';
  for (const n of walk(node)) {
    if (n.name === 'w:t') out += n.text;
    else if (n.name === 'w:tab' || n.name === 'w:br') out += ' ';
  }
  return out;
}

export function paragraphStyle(p: XmlNode): string | null {
  const pPr = p.children.find((c) => c.name === 'w:pPr');
  const style = pPr?.children.find((c) => c.name === 'w:pStyle');
  return style?.attributes['w:val'] ?? null;
}

/** The text of each cell of each row of a table. */
export function tableRows(table: XmlNode): string[][] {
  return table.children
    .filter((c) => c.name === 'w:tr')
    .map((tr) => tr.children.filter((c) => c.name === 'w:tc').map(textOf));
}
