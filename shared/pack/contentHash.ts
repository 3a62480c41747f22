import { hashCanonical } from '../crypto/sha256';
import type { PackModel } from './model';

/**
 * The pack's content hash: SHA-256 of the canonical JSON of its model (see
 * shared/crypto/canonicalJson.ts). The document prints it and states this
 * definition; `countersign verify --pack` recomputes it.
 */
export function packContentHash(model: PackModel): string {
  return hashCanonical(model);
}
