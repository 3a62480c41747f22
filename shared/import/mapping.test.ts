import { describe, expect, it } from 'vitest';
import { EMPTY_MAPPING, mappingProblems, suggestMapping } from './mapping';

describe('suggestMapping', () => {
  it('matches the usual headings, whatever their case and punctuation', () => {
    expect(
      suggestMapping([
        'Initiative',
        'Description',
        'Intended purpose',
        'Business Unit',
        'Owner (email)',
        'Executive sponsor',
        'AI system type',
        'Lifecycle stage',
        'Tags',
        'Model',
        'Vendor',
        'Model version',
        'Budget',
      ]),
    ).toEqual({
      title: 0,
      summary: 1,
      purpose: 2,
      businessUnit: 3,
      owner: 4,
      sponsor: 5,
      aiSystemType: 6,
      stage: 7,
      tags: 8,
      model: 9,
      provider: 10,
      version: 11,
    });
  });

  it('prefers exact headings and uses each column once', () => {
    // "Owner name" would start-match "owner", but the exact "Owner" wins.
    const mapping = suggestMapping(['Owner name', 'Owner', 'Title', 'Name']);
    expect(mapping.owner).toBe(1);
    expect(mapping.title).toBe(2);
    expect(mapping.businessUnit).toBeNull();
  });

  it('leaves unknown headings unmapped', () => {
    expect(suggestMapping(['Foo', 'Bar'])).toEqual(EMPTY_MAPPING);
  });
});

describe('mappingProblems', () => {
  it('asks for each required field and accepts a default owner instead of an owner column', () => {
    expect(mappingProblems({ ...EMPTY_MAPPING, title: 0 }, 3)).toEqual([
      'Choose a column for Business unit.',
      'Choose a column for Owner.',
      'Choose a column for AI system type.',
    ]);
    expect(
      mappingProblems({ ...EMPTY_MAPPING, title: 0, businessUnit: 1, aiSystemType: 2 }, 3, {
        hasDefaultOwner: true,
      }),
    ).toEqual([]);
  });

  it('refuses a column that does not exist', () => {
    expect(
      mappingProblems(
        { ...EMPTY_MAPPING, title: 0, businessUnit: 1, owner: 2, aiSystemType: 7 },
        3,
      ),
    ).toEqual(['The column chosen for AI system type does not exist.']);
  });
});
