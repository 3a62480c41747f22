import { describe, expect, it } from 'vitest';
import {
  EMPTY_DASHBOARD_FILTER,
  filterOptions,
  isFilterEmpty,
  matchesFilter,
  type DashboardFilter,
} from './filter';
import { initiative, OTHER_OWNER, OWNER } from './testFixtures';

const claims = initiative({ businessUnit: 'Claims', ownerId: OWNER, tier: 'minimal-risk' });
const health = initiative({ businessUnit: 'Health', ownerId: OTHER_OWNER, tier: 'high-risk' });
const unclassified = initiative({ businessUnit: 'Claims', ownerId: OTHER_OWNER, tier: null });
const all = [claims, health, unclassified];

function kept(patch: Partial<DashboardFilter>) {
  return all.filter((i) => matchesFilter(i, { ...EMPTY_DASHBOARD_FILTER, ...patch }));
}

describe('matchesFilter', () => {
  it('keeps everything when no filter is set', () => {
    expect(kept({})).toEqual(all);
    expect(isFilterEmpty(EMPTY_DASHBOARD_FILTER)).toBe(true);
  });

  it('narrows by business unit, owner and tier', () => {
    expect(kept({ businessUnit: 'Claims' })).toEqual([claims, unclassified]);
    expect(kept({ ownerId: OTHER_OWNER })).toEqual([health, unclassified]);
    expect(kept({ tier: 'high-risk' })).toEqual([health]);
    expect(isFilterEmpty({ ...EMPTY_DASHBOARD_FILTER, tier: 'high-risk' })).toBe(false);
  });

  it('finds initiatives not yet classified', () => {
    expect(kept({ tier: 'unclassified' })).toEqual([unclassified]);
  });

  it('combines filters: every one must match', () => {
    expect(kept({ businessUnit: 'Claims', ownerId: OTHER_OWNER })).toEqual([unclassified]);
    expect(kept({ businessUnit: 'Claims', tier: 'unclassified', ownerId: OWNER })).toEqual([]);
    expect(kept({ businessUnit: 'Nowhere' })).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('offers the business units and owners in use, sorted, with names', () => {
    const names = new Map([
      [OWNER, 'Zoe Owner'],
      [OTHER_OWNER, 'Adam Other'],
    ]);
    expect(filterOptions(all, (id) => names.get(id) ?? '?')).toEqual({
      businessUnits: ['Claims', 'Health'],
      owners: [
        { id: OTHER_OWNER, name: 'Adam Other' },
        { id: OWNER, name: 'Zoe Owner' },
      ],
    });
    expect(filterOptions([], () => '')).toEqual({ businessUnits: [], owners: [] });
  });
});
