import { describe, expect, it } from 'vitest';
import {
  ANNEX_III_AREAS,
  ANNEX_III_DEROGATIONS,
  PROHIBITED_PRACTICES,
  TRANSPARENCY_TRIGGERS,
  euAiActAnswersSchema,
  type EuAiActAnswers,
} from './answers';
import { classificationRecordSchema } from './classificationRecord';
import { CITATION_ORDER, classifyEuAiAct, type AnnexIIIArea } from './classify';
import { AI_ACT_ROLES } from './tier';

function answers(overrides: Partial<EuAiActAnswers> = {}): EuAiActAnswers {
  return euAiActAnswersSchema.parse({
    role: 'provider',
    prohibitedPractices: [],
    annexIProduct: false,
    annexIIIAreas: [],
    annexIIIDerogation: 'none',
    profiling: false,
    transparency: [],
    ...overrides,
  });
}

const everythingButProhibited = {
  annexIProduct: true,
  annexIIIAreas: [...ANNEX_III_AREAS],
  annexIIIDerogation: 'narrow-procedural-task',
  profiling: true,
  transparency: [...TRANSPARENCY_TRIGGERS],
} as const satisfies Partial<EuAiActAnswers>;

const derogations = ANNEX_III_DEROGATIONS.filter((d) => d !== 'none');

describe('classifyEuAiAct: prohibited practices (Art. 5)', () => {
  it.each([
    ['subliminal-manipulation', 'Art. 5(1)(a)'],
    ['exploiting-vulnerabilities', 'Art. 5(1)(b)'],
    ['social-scoring', 'Art. 5(1)(c)'],
    ['crime-prediction-by-profiling', 'Art. 5(1)(d)'],
    ['untargeted-facial-scraping', 'Art. 5(1)(e)'],
    ['emotion-recognition-workplace-education', 'Art. 5(1)(f)'],
    ['biometric-categorisation-sensitive', 'Art. 5(1)(g)'],
    ['realtime-remote-biometric-identification', 'Art. 5(1)(h)'],
  ] as const)('%s is prohibited under %s', (practice, article) => {
    const result = classifyEuAiAct(answers({ prohibitedPractices: [practice] }));
    expect(result.tier).toBe('prohibited');
    expect(result.articles).toEqual([article]);
    expect(result.reasons.some((r) => r.includes(`(${article})`))).toBe(true);
    expect(result.reasons[0]).toMatch(/prohibits outright/);
  });

  it('covers every practice the answers allow', () => {
    expect(PROHIBITED_PRACTICES).toHaveLength(8);
  });

  it('cites several practices in the order of Art. 5(1)', () => {
    const result = classifyEuAiAct(
      answers({
        prohibitedPractices: [
          'realtime-remote-biometric-identification',
          'subliminal-manipulation',
        ],
      }),
    );
    expect(result.articles).toEqual(['Art. 5(1)(a)', 'Art. 5(1)(h)']);
  });

  it('wins over everything else', () => {
    for (const role of AI_ACT_ROLES) {
      const result = classifyEuAiAct(
        answers({
          ...everythingButProhibited,
          role,
          annexIIIDerogation: 'none',
          prohibitedPractices: ['social-scoring'],
        }),
      );
      expect(result.tier).toBe('prohibited');
      expect(result.articles).toEqual(['Art. 5(1)(c)']);
      expect(result.reasons.join(' ')).not.toMatch(/Art\. (6|16|23|24|26|27|50|95)/);
    }
  });
});

describe('classifyEuAiAct: high risk through an Annex I product (Art. 6(1))', () => {
  it('is high-risk, citing Art. 6(1) and Annex I', () => {
    const result = classifyEuAiAct(answers({ annexIProduct: true }));
    expect(result.tier).toBe('high-risk');
    expect(result.articles).toEqual(['Art. 4', 'Art. 6(1)', 'Arts. 9–15', 'Art. 16', 'Annex I']);
    expect(result.articles).not.toContain('Art. 6(2)');
    expect(result.reasons[0]).toMatch(/Annex I .*high-risk \(Art\. 6\(1\)\)/);
  });

  it('stays high-risk when an Annex III derogation applies, which covers only Annex III', () => {
    const result = classifyEuAiAct(
      answers({
        annexIProduct: true,
        annexIIIAreas: ['employment'],
        annexIIIDerogation: 'preparatory-task',
      }),
    );
    expect(result.tier).toBe('high-risk');
    expect(result.articles).toContain('Art. 6(1)');
    expect(result.articles).toContain('Art. 6(3)');
    expect(result.articles).not.toContain('Art. 6(2)');
    expect(result.reasons.join(' ')).toMatch(/remains high-risk/);
  });

  it('also cites the Annex III route when both apply', () => {
    const result = classifyEuAiAct(answers({ annexIProduct: true, annexIIIAreas: ['biometrics'] }));
    expect(result.tier).toBe('high-risk');
    expect(result.articles).toEqual(
      expect.arrayContaining(['Art. 6(1)', 'Art. 6(2)', 'Annex I', 'Annex III point 1']),
    );
  });
});

describe('classifyEuAiAct: high risk through an Annex III area (Art. 6(2))', () => {
  it.each([
    ['biometrics', 1],
    ['critical-infrastructure', 2],
    ['education', 3],
    ['employment', 4],
    ['essential-services', 5],
    ['law-enforcement', 6],
    ['migration-border', 7],
    ['justice-democracy', 8],
  ] as const)('%s is high-risk under Annex III point %i', (area, point) => {
    const result = classifyEuAiAct(answers({ annexIIIAreas: [area] }));
    expect(result.tier).toBe('high-risk');
    expect(result.articles).toEqual([
      'Art. 4',
      'Art. 6(2)',
      'Arts. 9–15',
      'Art. 16',
      `Annex III point ${point}`,
    ]);
    expect(result.reasons[0]).toContain(`Annex III point ${point}`);
    expect(result.reasons[0]).toContain('high-risk (Art. 6(2))');
  });

  it('covers every area the answers allow', () => {
    expect(ANNEX_III_AREAS).toHaveLength(8);
  });

  it('lists several areas in the order of Annex III, each once', () => {
    const result = classifyEuAiAct(
      answers({ annexIIIAreas: ['justice-democracy', 'education', 'justice-democracy'] }),
    );
    expect(result.articles.filter((a) => a.startsWith('Annex III'))).toEqual([
      'Annex III point 3',
      'Annex III point 8',
    ]);
    expect(result.articles.filter((a) => a === 'Art. 6(2)')).toHaveLength(1);
  });
});

describe('classifyEuAiAct: the Art. 6(3) derogation', () => {
  it.each(derogations)('%s without profiling: not high-risk, assessment documented', (d) => {
    const result = classifyEuAiAct(
      answers({ annexIIIAreas: ['employment'], annexIIIDerogation: d }),
    );
    expect(result.tier).toBe('minimal-risk');
    expect(result.articles).toEqual([
      'Art. 4',
      'Art. 6(3)',
      'Art. 6(4)',
      'Art. 49(2)',
      'Art. 95',
      'Annex III point 4',
    ]);
    const text = result.reasons.join(' ');
    expect(text).toMatch(/derogation applies/);
    expect(text).toMatch(/document this assessment .*\(Art\. 6\(4\)\)/);
    expect(text).toMatch(/register .*\(Art\. 49\(2\)\)/);
    expect(text).not.toMatch(/high-risk \(Art\. 6\(2\)\)/);
  });

  it.each(derogations)('%s with profiling: always high-risk', (d) => {
    const result = classifyEuAiAct(
      answers({ annexIIIAreas: ['employment'], annexIIIDerogation: d, profiling: true }),
    );
    expect(result.tier).toBe('high-risk');
    expect(result.articles).toContain('Art. 6(2)');
    expect(result.articles).toContain('Art. 6(3), final subparagraph');
    expect(result.articles).not.toContain('Art. 6(4)');
    expect(result.articles).not.toContain('Art. 49(2)');
    expect(result.reasons.join(' ')).toMatch(/profiles people.*always high-risk/);
  });

  it('tells a non-provider to ask the provider for the documented assessment', () => {
    const result = classifyEuAiAct(
      answers({
        role: 'deployer',
        annexIIIAreas: ['education'],
        annexIIIDerogation: 'narrow-procedural-task',
      }),
    );
    expect(result.reasons.join(' ')).toMatch(/The provider must document .*ask the provider/);
  });

  it('is ignored when no Annex III area was chosen', () => {
    const result = classifyEuAiAct(
      answers({ annexIIIDerogation: 'preparatory-task', profiling: true }),
    );
    expect(result.tier).toBe('minimal-risk');
    expect(result.articles).toEqual(['Art. 4', 'Art. 95']);
  });

  it('leaves transparency obligations in place: limited risk', () => {
    const result = classifyEuAiAct(
      answers({
        annexIIIAreas: ['essential-services'],
        annexIIIDerogation: 'improves-completed-human-activity',
        transparency: ['interacts-with-people'],
      }),
    );
    expect(result.tier).toBe('limited-risk');
    expect(result.articles).toEqual([
      'Art. 4',
      'Art. 6(3)',
      'Art. 6(4)',
      'Art. 49(2)',
      'Art. 50(1)',
      'Annex III point 5',
    ]);
  });
});

describe('classifyEuAiAct: transparency obligations (Art. 50)', () => {
  it.each([
    ['interacts-with-people', 'Art. 50(1)'],
    ['generates-synthetic-content', 'Art. 50(2)'],
    ['emotion-recognition-or-biometric-categorisation', 'Art. 50(3)'],
    ['deep-fake', 'Art. 50(4)'],
    ['public-interest-text', 'Art. 50(4)'],
  ] as const)('%s alone: limited risk under %s', (trigger, article) => {
    const result = classifyEuAiAct(answers({ transparency: [trigger] }));
    expect(result.tier).toBe('limited-risk');
    expect(result.articles).toEqual(['Art. 4', article]);
    expect(result.reasons[0]).toContain(`(${article})`);
  });

  it('names who carries each duty from the organisation’s point of view', () => {
    const asProvider = classifyEuAiAct(
      answers({ role: 'provider', transparency: ['interacts-with-people', 'deep-fake'] }),
    );
    expect(asProvider.reasons[0]).toMatch(/so you must/);
    expect(asProvider.reasons[1]).toMatch(/so the deployer must/);
    const asDeployer = classifyEuAiAct(
      answers({ role: 'deployer', transparency: ['interacts-with-people', 'deep-fake'] }),
    );
    expect(asDeployer.reasons[0]).toMatch(/so the provider must/);
    expect(asDeployer.reasons[1]).toMatch(/so you must/);
  });

  it('cites Art. 50(4) once for deep fakes and public-interest text together', () => {
    const result = classifyEuAiAct(
      answers({ transparency: ['public-interest-text', 'deep-fake'] }),
    );
    expect(result.articles).toEqual(['Art. 4', 'Art. 50(4)']);
    expect(result.reasons).toHaveLength(3);
  });

  it('applies on top of high risk, which stays the tier', () => {
    const result = classifyEuAiAct(
      answers({
        annexIIIAreas: ['employment'],
        transparency: ['interacts-with-people', 'generates-synthetic-content'],
      }),
    );
    expect(result.tier).toBe('high-risk');
    expect(result.articles).toEqual([
      'Art. 4',
      'Art. 6(2)',
      'Arts. 9–15',
      'Art. 16',
      'Art. 50(1)',
      'Art. 50(2)',
      'Annex III point 4',
    ]);
    const text = result.reasons.join(' ');
    expect(text).toMatch(/in addition to the high-risk requirements/);
    expect(text).toMatch(/told they are dealing with an AI system/);
    expect(text).toMatch(/machine-readable/);
  });
});

describe('classifyEuAiAct: minimal risk', () => {
  it('cites voluntary codes of conduct and AI literacy', () => {
    const result = classifyEuAiAct(answers());
    expect(result.tier).toBe('minimal-risk');
    expect(result.articles).toEqual(['Art. 4', 'Art. 95']);
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[0]).toMatch(/minimal risk.*\(Art\. 95\)/);
    expect(result.reasons[1]).toMatch(/AI literacy \(Art\. 4\)/);
  });

  it('adds no role obligations outside high risk', () => {
    for (const role of AI_ACT_ROLES) {
      const result = classifyEuAiAct(answers({ role, transparency: ['deep-fake'] }));
      expect(result.articles).toEqual(['Art. 4', 'Art. 50(4)']);
    }
  });
});

describe('classifyEuAiAct: obligations by role for high-risk systems', () => {
  const highRisk = (role: EuAiActAnswers['role'], areas: AnnexIIIArea[] = ['employment']) =>
    classifyEuAiAct(answers({ role, annexIIIAreas: areas }));

  it('provider: Art. 16 and the requirements of Arts. 9–15', () => {
    const result = highRisk('provider');
    expect(result.articles).toEqual(expect.arrayContaining(['Arts. 9–15', 'Art. 16']));
    expect(result.articles).not.toEqual(expect.arrayContaining(['Art. 23']));
    expect(result.reasons.join(' ')).toMatch(/As provider, .*Arts\. 9–15.*Art\. 16/);
  });

  it('deployer: Art. 26, and a fundamental rights impact assessment that may apply (Art. 27)', () => {
    const result = highRisk('deployer', ['essential-services']);
    expect(result.articles).toEqual([
      'Art. 4',
      'Art. 6(2)',
      'Art. 26',
      'Art. 27',
      'Annex III point 5',
    ]);
    const text = result.reasons.join(' ');
    expect(text).toMatch(/As deployer, .*\(Art\. 26\)/);
    expect(text).toMatch(/fundamental rights impact assessment may apply .*\(Art\. 27\)/);
    expect(text).toMatch(/5\(b\) and 5\(c\)/);
  });

  it('deployer: no Art. 27 for Annex I products or critical infrastructure alone', () => {
    const annexI = classifyEuAiAct(answers({ role: 'deployer', annexIProduct: true }));
    expect(annexI.articles).toContain('Art. 26');
    expect(annexI.articles).not.toContain('Art. 27');
    const infrastructure = highRisk('deployer', ['critical-infrastructure']);
    expect(infrastructure.articles).toContain('Art. 26');
    expect(infrastructure.articles).not.toContain('Art. 27');
  });

  it('importer: Art. 23', () => {
    const result = highRisk('importer');
    expect(result.articles).toEqual(['Art. 4', 'Art. 6(2)', 'Art. 23', 'Annex III point 4']);
    expect(result.reasons.join(' ')).toMatch(/As importer, .*\(Art\. 23\)/);
  });

  it('distributor: Art. 24', () => {
    const result = highRisk('distributor');
    expect(result.articles).toEqual(['Art. 4', 'Art. 6(2)', 'Art. 24', 'Annex III point 4']);
    expect(result.reasons.join(' ')).toMatch(/As distributor, .*\(Art\. 24\)/);
  });
});

describe('classifyEuAiAct: order, de-duplication and purity', () => {
  it('gives the same result whatever order the answers were ticked in', () => {
    const forward = answers({
      role: 'deployer',
      annexIProduct: true,
      annexIIIAreas: [...ANNEX_III_AREAS],
      transparency: [...TRANSPARENCY_TRIGGERS],
    });
    const backward = answers({
      ...forward,
      annexIIIAreas: [...ANNEX_III_AREAS].reverse(),
      transparency: [...TRANSPARENCY_TRIGGERS].reverse(),
    });
    expect(classifyEuAiAct(backward)).toEqual(classifyEuAiAct(forward));
  });

  it('lists articles once each, in the order of the Regulation', () => {
    for (const role of AI_ACT_ROLES) {
      for (const profiling of [true, false]) {
        const { articles } = classifyEuAiAct(
          answers({ ...everythingButProhibited, role, profiling }),
        );
        expect(new Set(articles).size).toBe(articles.length);
        const ranks = articles.map((a) => CITATION_ORDER.indexOf(a));
        expect(ranks).not.toContain(-1);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });

  it('does not change its input and returns fresh arrays', () => {
    const input = answers({ annexIIIAreas: ['employment'], transparency: ['deep-fake'] });
    const copy = structuredClone(input);
    const first = classifyEuAiAct(Object.freeze(input));
    expect(input).toEqual(copy);
    first.articles.push('tampered');
    expect(classifyEuAiAct(input).articles).not.toContain('tampered');
  });

  it('always fits the stored classification record', () => {
    const cases: EuAiActAnswers[] = [];
    for (const role of AI_ACT_ROLES) {
      for (const profiling of [true, false]) {
        cases.push(answers({ ...everythingButProhibited, role, profiling }));
        cases.push(answers({ ...everythingButProhibited, role, annexIIIDerogation: 'none' }));
      }
      cases.push(answers({ role, prohibitedPractices: [...PROHIBITED_PRACTICES] }));
    }
    for (const a of cases) {
      const result = classifyEuAiAct(a);
      const record = classificationRecordSchema.safeParse({
        answers: a,
        ...result,
        classifiedAt: '2026-01-01T00:00:00.000Z',
        classifiedBy: '6f1c2a0e-8a57-4c1e-9d0b-2b1f4f7e9a11',
        needsReview: false,
      });
      expect(record.error?.issues).toBeUndefined();
    }
  });
});
