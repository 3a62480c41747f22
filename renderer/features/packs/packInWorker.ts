import { PACK_STEP_LABELS, generatePack, type PackStep } from '../../../shared/pack/generatePack';
import type { PackSpec } from '../../../shared/pack/spec';
import type { CountersignDb } from '../../db/database';
import { readPackSource } from './readPackSource';

/** How far along each step starts, of the whole export (reading the chain takes the first part). */
const STEP_START: Record<PackStep, number> = { model: 0.4, document: 0.5, file: 0.6 };

/**
 * Everything the worker does, as a function of the database, so it can be
 * tested without a worker: read and verify, then build the pack.
 */
export async function exportPack(
  db: CountersignDb,
  spec: PackSpec,
  options: {
    onProgress: (fraction: number, label: string) => void;
    hashBatch?: (texts: string[]) => Promise<string[]>;
  },
) {
  const source = await readPackSource(db, {
    initiativeId: spec.request.kind === 'initiative' ? spec.request.initiativeId : null,
    onProgress: ({ checked, total }) =>
      options.onProgress(
        total === 0 ? 0.4 : (checked / total) * 0.4,
        `Verifying the audit chain: ${checked.toLocaleString()} of ${total.toLocaleString()} events`,
      ),
    ...(options.hashBatch ? { hashBatch: options.hashBatch } : {}),
  });
  return generatePack(source, spec, {
    onStep: (step) => options.onProgress(STEP_START[step], PACK_STEP_LABELS[step]),
  });
}
