import { describe, expect, it } from 'vitest';
import { EMPTY_BUSINESS_CASE } from '../../../shared/domain/businessCase';
import type { Initiative } from '../../../shared/domain/initiative';
import { EMPTY_READINESS, GAPS } from '../../../shared/domain/readiness';
import { EMPTY_INITIATIVE_FILTER } from '../../state/uiStore';
import { filterInitiatives, sortInitiatives, type ListContext } from './initiativeList';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
let n = 0;
function make(patch: Partial<Initiative>): Initiative {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Initiative ${String(n)}`,
    summary: '',
    purpose: '',
    businessUnit: 'Claims',
    ownerId: 'owner-a',
    sponsor: '',
    aiSystemType: 'other',
    tags: [],
    aiSystem: { model: '', provider: '', version: '', hosting: null },
    dataCategories: [],
    peopleAffected: '',
    humanOversight: null,
    integrationPoints: [],
    stage: 'idea',
    stageEnteredAt: daysAgo(1),
    createdAt: daysAgo(1),
    updatedAt: daysAgo(1),
    classification: null,
    businessCase: EMPTY_BUSINESS_CASE,
    readiness: EMPTY_READINESS,
    ...patch,
  };
}

const allReady = Object.fromEntries(
  GAPS.map((g) => [g, { status: 'ready', notes: '', ownerId: null }]),
) as Initiative['readiness'];
const highRisk = {
  answers: {
    role: 'deployer',
    prohibitedPractices: [],
    annexIProduct: false,
    annexIIIAreas: [],
    annexIIIDerogation: 'none',
    profiling: false,
    transparency: [],
  },
  tier: 'high-risk',
  articles: [],
  reasons: [],
  classifiedAt: daysAgo(1),
  classifiedBy: '00000000-0000-4000-8000-000000000999',
  needsReview: false,
} as const satisfies Initiative['classification'];

const triage = make({
  title: 'Ticket triage',
  stage: 'pilot',
  stageEnteredAt: daysAgo(200),
  businessUnit: 'Service',
  tags: ['llm'],
  classification: highRisk,
});
const claims = make({
  title: 'Claims categoriser',
  stage: 'proof-of-concept',
  stageEnteredAt: daysAgo(245),
  ownerId: 'owner-b',
});
const contracts = make({
  title: 'Contract review',
  stage: 'production',
  stageEnteredAt: daysAgo(10),
  readiness: allReady,
  businessUnit: 'Legal',
});
const all = [triage, claims, contracts];
const ctx: ListContext = {
  now,
  stalledAfterDays: 90,
  ownerName: new Map([
    ['owner-a', 'Priya Raman'],
    ['owner-b', 'Daniel Okafor'],
  ]),
  riskCount: new Map([
    [claims.id, 4],
    [triage.id, 1],
  ]),
};
const titles = (list: Initiative[]) => list.map((i) => i.title);

describe('filterInitiatives', () => {
  it('searches title, business unit, owner name and tags', () => {
    expect(
      titles(filterInitiatives(all, { ...EMPTY_INITIATIVE_FILTER, search: 'okafor' }, ctx)),
    ).toEqual(['Claims categoriser']);
    expect(
      titles(filterInitiatives(all, { ...EMPTY_INITIATIVE_FILTER, search: 'LLM' }, ctx)),
    ).toEqual(['Ticket triage']);
    expect(
      titles(filterInitiatives(all, { ...EMPTY_INITIATIVE_FILTER, search: 'legal' }, ctx)),
    ).toEqual(['Contract review']);
  });

  it('filters by stage, tier, unit, owner, stalled and readiness', () => {
    const f = (patch: Partial<typeof EMPTY_INITIATIVE_FILTER>) =>
      titles(filterInitiatives(all, { ...EMPTY_INITIATIVE_FILTER, ...patch }, ctx));
    expect(f({ stage: 'pilot' })).toEqual(['Ticket triage']);
    expect(f({ tier: 'high-risk' })).toEqual(['Ticket triage']);
    expect(f({ tier: 'unclassified' })).toEqual(['Claims categoriser', 'Contract review']);
    expect(f({ businessUnit: 'Claims' })).toEqual(['Claims categoriser']);
    expect(f({ ownerId: 'owner-b' })).toEqual(['Claims categoriser']);
    expect(f({ stalledOnly: true })).toEqual(['Ticket triage', 'Claims categoriser']);
    expect(f({ readiness: 'all-ready' })).toEqual(['Contract review']);
    expect(f({ readiness: 'any-not-started' })).toEqual(['Ticket triage', 'Claims categoriser']);
    expect(f({ stage: 'pilot', ownerId: 'owner-b' })).toEqual([]);
  });

  it('narrows to exactly the initiatives a dashboard panel names', () => {
    const ids = all.filter((i) => i.title !== 'Ticket triage').map((i) => i.id);
    const only = { ids, label: 'Cost at scale' };
    const shown = titles(filterInitiatives(all, { ...EMPTY_INITIATIVE_FILTER, only }, ctx));
    expect(shown).toEqual(['Claims categoriser', 'Contract review']);
    expect(
      titles(
        filterInitiatives(all, { ...EMPTY_INITIATIVE_FILTER, only: { ids: [], label: 'x' } }, ctx),
      ),
    ).toEqual([]);
  });
});

describe('sortInitiatives', () => {
  it('sorts by any column in either direction', () => {
    expect(titles(sortInitiatives(all, { key: 'title', direction: 'asc' }, ctx))).toEqual([
      'Claims categoriser',
      'Contract review',
      'Ticket triage',
    ]);
    expect(titles(sortInitiatives(all, { key: 'stage', direction: 'desc' }, ctx))).toEqual([
      'Contract review',
      'Ticket triage',
      'Claims categoriser',
    ]);
    expect(titles(sortInitiatives(all, { key: 'timeInStage', direction: 'desc' }, ctx))).toEqual([
      'Claims categoriser',
      'Ticket triage',
      'Contract review',
    ]);
    expect(titles(sortInitiatives(all, { key: 'risks', direction: 'desc' }, ctx))).toEqual([
      'Claims categoriser',
      'Ticket triage',
      'Contract review',
    ]);
    expect(titles(sortInitiatives(all, { key: 'owner', direction: 'asc' }, ctx))).toEqual([
      'Claims categoriser',
      'Contract review',
      'Ticket triage',
    ]);
    expect(titles(sortInitiatives(all, { key: 'tier', direction: 'asc' }, ctx))[0]).toBe(
      'Ticket triage',
    );
  });

  it('does not reorder its input', () => {
    const copy = [...all];
    sortInitiatives(all, { key: 'title', direction: 'asc' }, ctx);
    expect(all).toEqual(copy);
  });
});
