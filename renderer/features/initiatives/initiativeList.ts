import { STAGES, type Initiative } from '../../../shared/domain/initiative';
import { GAPS } from '../../../shared/domain/readiness';
import { daysInStage, isStalled } from '../../../shared/domain/stalled';
import { RISK_TIERS } from '../../../shared/euAiAct/tier';
import type { InitiativeFilter, InitiativeSort } from '../../state/uiStore';

export interface ListContext {
  now: Date;
  stalledAfterDays: number;
  ownerName: ReadonlyMap<string, string>;
  riskCount: ReadonlyMap<string, number>;
}

/** Applies the registry's search and filters; pure, so it is tested without a browser. */
export function filterInitiatives(
  all: readonly Initiative[],
  filter: InitiativeFilter,
  ctx: ListContext,
): Initiative[] {
  const needle = filter.search.trim().toLowerCase();
  const only = filter.only ? new Set(filter.only.ids) : null;
  return all.filter((i) => {
    if (only && !only.has(i.id)) return false;
    if (filter.stage && i.stage !== filter.stage) return false;
    if (
      filter.tier === 'unclassified'
        ? i.classification !== null
        : filter.tier && i.classification?.tier !== filter.tier
    )
      return false;
    if (filter.businessUnit && i.businessUnit !== filter.businessUnit) return false;
    if (filter.ownerId && i.ownerId !== filter.ownerId) return false;
    if (filter.stalledOnly && !isStalled(i, ctx.now, ctx.stalledAfterDays)) return false;
    if (filter.readiness === 'all-ready' && !GAPS.every((g) => i.readiness[g].status === 'ready'))
      return false;
    if (
      filter.readiness === 'any-not-started' &&
      !GAPS.some((g) => i.readiness[g].status === 'not-started')
    )
      return false;
    if (!needle) return true;
    return [i.title, i.summary, i.businessUnit, ctx.ownerName.get(i.ownerId) ?? '', ...i.tags].some(
      (text) => text.toLowerCase().includes(needle),
    );
  });
}

const stageRank = (i: Initiative) => STAGES.indexOf(i.stage);
const tierRank = (i: Initiative) =>
  i.classification ? RISK_TIERS.indexOf(i.classification.tier) : RISK_TIERS.length;

/** Sorts a copy; ties fall back to the title so the order is stable. */
export function sortInitiatives(
  list: readonly Initiative[],
  sort: InitiativeSort,
  ctx: ListContext,
): Initiative[] {
  const key = (i: Initiative): string | number => {
    switch (sort.key) {
      case 'title':
        return i.title.toLowerCase();
      case 'stage':
        return stageRank(i);
      case 'tier':
        return tierRank(i);
      case 'businessUnit':
        return i.businessUnit.toLowerCase();
      case 'owner':
        return (ctx.ownerName.get(i.ownerId) ?? '').toLowerCase();
      case 'timeInStage':
        return daysInStage(i.stageEnteredAt, ctx.now);
      case 'risks':
        return ctx.riskCount.get(i.id) ?? 0;
      case 'updatedAt':
        return i.updatedAt;
    }
  };
  const direction = sort.direction === 'asc' ? 1 : -1;
  // Keys are computed once per row, not once per comparison: at 10,000 rows
  // that is the difference between ~10^4 and ~2·10^5 date parses and lower-casings.
  const keyed = list.map((initiative) => ({
    initiative,
    key: key(initiative),
    title: initiative.title,
  }));
  keyed.sort((a, b) => {
    if (a.key < b.key) return -direction;
    if (a.key > b.key) return direction;
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
  return keyed.map((k) => k.initiative);
}
