import { describe, expect, it } from 'vitest';
import { EMPTY_BUSINESS_CASE } from './businessCase';
import type { Initiative } from './initiative';
import { MATERIAL_FIELDS, materialChanges } from './materialFields';
import { EMPTY_READINESS } from './readiness';

const base: Initiative = {
  id: '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a10',
  title: 'Ticket triage',
  summary: '',
  purpose: 'Route support tickets',
  businessUnit: 'Support',
  ownerId: '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a11',
  sponsor: '',
  aiSystemType: 'generative-llm',
  tags: [],
  aiSystem: { model: 'gpt', provider: 'Vendor', version: '1', hosting: 'vendor-api' },
  dataCategories: ['personal', 'confidential-business'],
  peopleAffected: 'Customers',
  humanOversight: 'human-in-the-loop',
  integrationPoints: [
    { system: 'CRM', direction: 'reads' },
    { system: 'Ticketing', direction: 'reads-writes' },
  ],
  stage: 'pilot',
  stageEnteredAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  classification: null,
  businessCase: EMPTY_BUSINESS_CASE,
  readiness: EMPTY_READINESS,
};

describe('material fields', () => {
  it('ignores changes to fields that are not material', () => {
    expect(
      materialChanges(base, { ...base, title: 'Renamed', summary: 'New summary', tags: ['x'] }),
    ).toEqual([]);
  });

  it('ignores reordering of sets', () => {
    expect(
      materialChanges(base, {
        ...base,
        dataCategories: ['confidential-business', 'personal'],
        integrationPoints: [...base.integrationPoints].reverse(),
      }),
    ).toEqual([]);
  });

  it('names each changed material field with old and new values', () => {
    const changes = materialChanges(base, {
      ...base,
      purpose: 'Route and answer support tickets',
      aiSystem: { ...base.aiSystem, version: '2' },
      humanOversight: 'none',
    });
    expect(changes).toEqual([
      {
        field: 'purpose',
        label: 'Intended purpose',
        before: 'Route support tickets',
        after: 'Route and answer support tickets',
      },
      { field: 'aiSystem.version', label: 'Version', before: '1', after: '2' },
      {
        field: 'humanOversight',
        label: 'Human oversight',
        before: 'human-in-the-loop',
        after: 'none',
      },
    ]);
  });

  it('treats the risk tier as material', () => {
    expect(MATERIAL_FIELDS).toContain('classification.tier');
  });
});
