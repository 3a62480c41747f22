import type { ElectronicSignature } from '../../../shared/auth/signature';
import {
  BUNDLE_STAGE_LABELS,
  writeBundle,
  type BundleProgress,
  type BundleStage,
  type WrittenBundle,
} from '../../../shared/bundle/writeBundle';
import type { CancelSignal } from '../../../shared/bundle/zipOutput';
import type { PackSpec } from '../../../shared/pack/spec';
import type { CountersignDb } from '../../db/database';
import { exportPack } from '../packs/packInWorker';
import { readBundleContent, type BundleIdentity } from './readBundleContent';

/** Where each stage of writing the zip starts and ends, after the pack took the first half. */
const STAGE_SPAN: Record<BundleStage, [number, number]> = {
  pack: [0.5, 0.52],
  evidence: [0.52, 0.8],
  events: [0.8, 0.95],
  records: [0.95, 0.98],
  signing: [0.98, 1],
};

export interface BundleExport {
  fileName: string;
  written: WrittenBundle;
  packContentHash: string;
}

/**
 * The whole export as a function of the database, so it runs the same in
 * the worker and in tests: the initiative pack (chain verified), then the
 * bundle written around it, signed by the exporting member at the end.
 */
export async function exportBundle(
  db: CountersignDb,
  request: { packSpec: PackSpec; identity: BundleIdentity },
  io: {
    onProgress: (fraction: number, label: string) => void;
    sign: (manifestSha256: string) => Promise<ElectronicSignature>;
    onChunk: (chunk: Uint8Array) => void;
    signal?: CancelSignal;
    hashBatch?: (texts: string[]) => Promise<string[]>;
  },
): Promise<BundleExport> {
  const { packSpec, identity } = request;
  if (packSpec.request.kind !== 'initiative') {
    throw new Error('An audit bundle is made for one initiative.');
  }
  const pack = await exportPack(db, packSpec, {
    onProgress: (fraction, label) => io.onProgress(fraction * 0.5, label),
    ...(io.hashBatch ? { hashBatch: io.hashBatch } : {}),
  });
  if (io.signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
  const content = await readBundleContent(db, packSpec.request.initiativeId, identity, {
    name: pack.fileName,
    bytes: pack.bytes,
  });
  // The pack and the records are read a moment apart: they must describe one moment.
  const packHead = pack.built.model.meta.chain.head;
  if (packHead?.seq !== content.chainHead?.seq || packHead?.hash !== content.chainHead?.hash) {
    throw new Error(
      'The workspace changed while the bundle was being made, so its pack and records would not match. Export it again.',
    );
  }
  const written = await writeBundle(content, {
    sign: io.sign,
    onChunk: io.onChunk,
    onProgress: (progress) => io.onProgress(...progressOf(progress)),
    ...(io.signal ? { signal: io.signal } : {}),
  });
  return {
    fileName: pack.fileName.replace(/\.docx$/, '') + '-audit-bundle.zip',
    written,
    packContentHash: pack.built.contentHash,
  };
}

function progressOf(progress: BundleProgress): [number, string] {
  const [start, end] = STAGE_SPAN[progress.stage];
  const part = progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
  const label =
    progress.stage === 'events'
      ? `${BUNDLE_STAGE_LABELS.events}: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`
      : BUNDLE_STAGE_LABELS[progress.stage];
  return [start + (end - start) * part, label];
}
