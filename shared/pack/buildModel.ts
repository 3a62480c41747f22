import { packContentHash } from './contentHash';
import { buildInitiativePackModel } from './initiativeModel';
import type { InitiativePackModel, PortfolioPackModel } from './model';
import { buildPortfolioPackModel } from './portfolioModel';
import type { PackSource } from './source';
import type { PackSpec } from './spec';

export type BuiltPackModel =
  | { kind: 'initiative'; model: InitiativePackModel; contentHash: string }
  | { kind: 'portfolio'; model: PortfolioPackModel; contentHash: string };

/** The model of the pack a spec asks for, with its content hash. */
export function buildPackModel(source: PackSource, spec: PackSpec): BuiltPackModel {
  if (spec.request.kind === 'initiative') {
    const model = buildInitiativePackModel(source, spec);
    return { kind: 'initiative', model, contentHash: packContentHash(model) };
  }
  const model = buildPortfolioPackModel(source, spec);
  return { kind: 'portfolio', model, contentHash: packContentHash(model) };
}
