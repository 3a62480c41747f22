import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { PACK_PROPERTY_PREFIX } from './docx/properties';
import { PACK_FORMAT, packSpecSchema } from './spec';

const packPropertySchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int().positive(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  chainHead: z
    .strictObject({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
    .nullable(),
  spec: packSpecSchema,
});
export type ReadPackProperty = z.infer<typeof packPropertySchema>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi,
    (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    },
  );
}

/**
 * What a Countersign pack (.docx) says about itself: its spec, chain head and
 * content hash, from its custom properties. Throws with a plain message when
 * the file is not a pack.
 */
export function readPackProperty(docx: Uint8Array): ReadPackProperty {
  let custom: Uint8Array | undefined;
  try {
    custom = unzipSync(docx, { filter: (file) => file.name === 'docProps/custom.xml' })[
      'docProps/custom.xml'
    ];
  } catch {
    throw new Error('it is not a Word document (.docx)');
  }
  if (!custom)
    throw new Error(
      'it has no Countersign pack properties: it is not a pack, or was saved again by another program',
    );
  const xml = strFromU8(custom);
  const pieces = [
    ...xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g),
  ]
    .map((m) => ({ name: unescapeXml(m[1] ?? ''), value: unescapeXml(m[2] ?? '') }))
    .filter((p) => p.name.startsWith(PACK_PROPERTY_PREFIX))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (pieces.length === 0)
    throw new Error('it has no Countersign pack properties: it is not a pack');
  let raw: unknown;
  try {
    raw = JSON.parse(pieces.map((p) => p.value).join(''));
  } catch {
    throw new Error('its Countersign pack properties are damaged');
  }
  const parsed = packPropertySchema.safeParse(raw);
  if (!parsed.success) throw new Error('its Countersign pack properties are not valid');
  return parsed.data;
}
