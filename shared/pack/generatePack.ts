import { buildPackModel, type BuiltPackModel } from './buildModel';
import { packDocument, packDocx } from './docx/render';
import type { PackSource } from './source';
import { packSpecSchema, type PackSpec } from './spec';

export class PackCancelled extends Error {
  override name = 'PackCancelled';
  constructor() {
    super('The export was cancelled.');
  }
}

export type PackStep = 'model' | 'document' | 'file';

export const PACK_STEP_LABELS: Record<PackStep, string> = {
  model: 'Assembling the pack',
  document: 'Laying out the document',
  file: 'Writing the Word file',
};

export interface GeneratedPack {
  built: BuiltPackModel;
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'pack'
  );
}

/** What a filtered portfolio pack is narrowed to, for its file name: `claims high-risk`. */
function filterWords(meta: BuiltPackModel['model']['meta']): string {
  const { request } = meta.spec;
  if (request.kind !== 'portfolio' || !meta.filter?.active) return '';
  const owner = request.filter.ownerId
    ? (meta.filter.fields.find((f) => f.label === 'Owner')?.value ?? '')
    : '';
  return [request.filter.businessUnit, owner, request.filter.tier].filter((w) => w).join(' ');
}

export function packFileName(built: BuiltPackModel): string {
  const { meta } = built.model;
  const subject = meta.initiative
    ? meta.initiative.title
    : `${meta.workspace.name} portfolio ${filterWords(meta)}`;
  return `${slug(subject)}-pack-v${meta.documentVersion}-${meta.generatedAt.slice(0, 10)}.docx`;
}

/**
 * Builds a pack: the model, its Word document, the file. The same code runs in
 * the app's worker and on the command line. `onStep` is called before each
 * step; `signal` is checked between them (the file step itself runs to its end).
 */
export async function generatePack(
  source: PackSource,
  rawSpec: PackSpec,
  options: { onStep?: (step: PackStep) => void; signal?: AbortSignal } = {},
): Promise<GeneratedPack> {
  const spec = packSpecSchema.parse(rawSpec);
  const check = () => {
    if (options.signal?.aborted) throw new PackCancelled();
  };
  check();
  options.onStep?.('model');
  const built = buildPackModel(source, spec);
  check();
  options.onStep?.('document');
  const document = packDocument(built);
  check();
  options.onStep?.('file');
  const bytes = await packDocx(document);
  check();
  return { built, bytes, fileName: packFileName(built) };
}
