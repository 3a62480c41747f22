import { describe, expect, it } from 'vitest';
import { suggestMapping } from './mapping';
import { parseCsvText } from './parseCsv';
import { validateRows, type ImportMember } from './validateRows';

const ADA = '00000000-0000-4000-8000-000000000001';
const BEN = '00000000-0000-4000-8000-000000000002';
const GONE = '00000000-0000-4000-8000-000000000003';
const TWIN_A = '00000000-0000-4000-8000-000000000004';
const TWIN_B = '00000000-0000-4000-8000-000000000005';
const MEMBERS: ImportMember[] = [
  { id: ADA, name: 'Ada Admin', email: 'ada@example.test', status: 'active' },
  { id: BEN, name: 'Ben Builder', email: 'ben@example.test', status: 'active' },
  { id: GONE, name: 'Gus Gone', email: 'gus@example.test', status: 'deactivated' },
  { id: TWIN_A, name: 'Sam Lee', email: 'sam.a@example.test', status: 'active' },
  { id: TWIN_B, name: 'Sam Lee', email: 'sam.b@example.test', status: 'active' },
];

const HEADER = 'Title,Business unit,Owner,AI system type,Stage,Tags,Model,Provider,Version,Sponsor';

function preview(lines: string[], options: Partial<Parameters<typeof validateRows>[2]> = {}) {
  const table = parseCsvText([HEADER, ...lines].join('\n'));
  return validateRows(table, suggestMapping(table.headers), { members: MEMBERS, ...options });
}

describe('validateRows', () => {
  it('turns a good row into the create input, accepting labels or values in any case', () => {
    const result = preview([
      'Ticket triage,Support,ADA@example.test,Generative / LLM,proof of concept,"nlp; support, nlp",GPT-4o,OpenAI,2024-08,Chief Ops',
      'Fraud model,Finance,ben builder,classical-ml,,,,,,',
    ]);
    expect(result.invalidCount).toBe(0);
    expect(result.valid).toEqual([
      {
        title: 'Ticket triage',
        summary: '',
        purpose: '',
        businessUnit: 'Support',
        ownerId: ADA,
        sponsor: 'Chief Ops',
        aiSystemType: 'generative-llm',
        stage: 'proof-of-concept',
        tags: ['nlp', 'support'],
        aiSystem: { model: 'GPT-4o', provider: 'OpenAI', version: '2024-08', hosting: null },
        dataCategories: [],
        peopleAffected: '',
        humanOversight: null,
        integrationPoints: [],
      },
      expect.objectContaining({ ownerId: BEN, aiSystemType: 'classical-ml', stage: 'idea' }),
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('lists every problem of a row, naming the row and column', () => {
    const result = preview([
      ',Support,ada@example.test,Quantum,Scaling,,,,,',
      'Good,Ops,ada@example.test,Other,Pilot,,,,,',
    ]);
    expect(result.invalidCount).toBe(1);
    expect(result.valid).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ rowNumber: 2, input: null });
    expect(result.rows[0]?.errors).toEqual([
      'Row 2, column AI system type: “Quantum” is not an AI system type. Use Generative / LLM, Classical ML, Computer vision, Speech, Rules + ML or Other.',
      'Row 2, column Stage: “Scaling” is not a lifecycle stage. Use Idea, Proof of concept, Pilot, Production or Retired.',
      'Row 2, column Title: Title is required.',
    ]);
  });

  it('refuses unknown, deactivated and ambiguous owners', () => {
    const result = preview([
      'A,Ops,zoe@example.test,Other,,,,,,',
      'B,Ops,Gus Gone,Other,,,,,,',
      'C,Ops,Sam Lee,Other,,,,,,',
      'D,Ops,sam.b@example.test,Other,,,,,,',
      'E,Ops,,Other,,,,,,',
    ]);
    expect(result.rows.map((r) => r.errors)).toEqual([
      [
        'Row 2, column Owner: no member of this workspace has the email or name “zoe@example.test”. Add them as a member first, or change the owner.',
      ],
      ['Row 3, column Owner: Gus Gone is deactivated and cannot be the owner.'],
      ['Row 4, column Owner: 2 members are named “Sam Lee”. Use the owner’s email instead.'],
      [],
      ['Row 6, column Owner: Owner is required.'],
    ]);
    expect(result.valid.map((v) => v.ownerId)).toEqual([TWIN_B]);
  });

  it('uses the default owner for rows without one', () => {
    const result = preview(['E,Ops,,Other,,,,,,'], { defaultOwnerId: BEN });
    expect(result.valid[0]?.ownerId).toBe(BEN);
  });

  it('flags titles repeated in the file or already registered', () => {
    const result = preview(
      [
        'Triage,Ops,ada@example.test,Other,,,,,,',
        'triage ,Ops,ada@example.test,Other,,,,,,',
        'Unique,Ops,ada@example.test,Other,,,,,,',
        'Existing bot,Ops,ada@example.test,Other,,,,,,',
      ],
      { existingTitles: ['EXISTING BOT'] },
    );
    expect(result.rows.map((r) => r.errors)).toEqual([
      [
        'Row 2, column Title: “Triage” is also the title on row 3. Each initiative needs its own title.',
      ],
      [
        'Row 3, column Title: “triage” is also the title on row 2. Each initiative needs its own title.',
      ],
      [],
      [
        'Row 5, column Title: an initiative titled “Existing bot” is already registered in this workspace.',
      ],
    ]);
    expect(result.valid.map((v) => v.title)).toEqual(['Unique']);
  });

  it('refuses formula cells in mapped columns only', () => {
    const table = parseCsvText(
      [
        'Title,Business unit,Owner,AI system type,Notes',
        'A,Ops,=cmd(),Other,=1+A1',
        'B,Ops,ada@example.test,Other,@x',
      ].join('\n'),
    );
    const result = validateRows(table, suggestMapping(table.headers), { members: MEMBERS });
    expect(result.rows.map((r) => r.errors)).toEqual([
      ['Row 2, column Owner: formulas are not imported'],
      [],
    ]);
  });

  it('refuses over-long values and too many tags with clear messages', () => {
    const result = preview([
      `${'T'.repeat(161)},Ops,ada@example.test,Other,,,,,,`,
      `B,Ops,ada@example.test,Other,,${'x'.repeat(41)},,,,`,
      `C,Ops,ada@example.test,Other,,"${Array.from({ length: 21 }, (_, i) => `t${i}`).join(',')}",,,,`,
    ]);
    expect(result.rows.map((r) => r.errors)).toEqual([
      ['Row 2, column Title: Title must be at most 160 characters.'],
      [`Row 3, column Tags: the tag “${'x'.repeat(41)}” is longer than 40 characters.`],
      ['Row 4, column Tags: at most 20 tags are allowed.'],
    ]);
  });
});
