import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/crypto/canonicalJson';
import { DEFAULT_GATE_TEMPLATES, defaultTemplate } from '../../../shared/gates/defaultTemplates';
import { gateTemplateSchema } from '../../../shared/gates/template';
import { saveGateTemplateInput } from '../../db/commands/saveGateTemplate';
import {
  draftProblems,
  draftToTemplate,
  emptyFunctionDraft,
  emptyItemDraft,
  formatRefs,
  itemCount,
  locateProblem,
  locateProblems,
  parseQuorum,
  parseRefs,
  problemKey,
  problemSummary,
  quorumLabel,
  slugify,
  templateToDraft,
  transitionLabel,
  uniqueSlug,
  type TemplateDraft,
} from './templateForm';

const enterPilot = defaultTemplate('enter-pilot')!;

function fnDraft(draft: TemplateDraft, fn: string) {
  const found = draft.functions.find((f) => f.function === fn);
  if (!found) throw new Error(`no ${fn}`);
  return found;
}

describe('slugify', () => {
  it('makes a lower-case identifier the template schema accepts', () => {
    expect(slugify('Review the vendor’s SOC 2 report')).toBe('review-the-vendor-s-soc-2-report');
    expect(slugify('  Données à caractère personnel  ')).toBe('donnees-a-caractere-personnel');
    expect(slugify('2FA for admins')).toBe('item-2fa-for-admins');
    expect(slugify('')).toBe('item');
    expect(slugify('!!!')).toBe('item');
    expect(slugify('x')).toBe('item-x');
  });

  it('cuts long text at a word and never ends on a hyphen', () => {
    const slug = slugify(
      'Produce a threat model for the pilot covering prompt injection and data exfiltration',
    );
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug).toBe('produce-a-threat-model-for-the-pilot-covering');
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(48));
  });

  it('always satisfies the schema pattern', () => {
    for (const text of ['x', '9', 'é', 'A b', '-- hi --', 'Ω', 'a'.repeat(200), '1 '.repeat(50)]) {
      expect(slugify(text)).toMatch(/^[a-z][a-z0-9-]{1,60}$/);
    }
  });
});

describe('uniqueSlug', () => {
  it('numbers a slug already taken within the function', () => {
    const taken = new Set(['log-access', 'log-access-2']);
    expect(uniqueSlug('Log access', taken)).toBe('log-access-3');
    expect(uniqueSlug('Log changes', taken)).toBe('log-changes');
  });
});

describe('references', () => {
  it('parses comma-separated text and drops blanks', () => {
    expect(parseRefs(' Art. 10 , Annex IV(2),, ')).toEqual(['Art. 10', 'Annex IV(2)']);
    expect(parseRefs('')).toEqual([]);
    expect(parseRefs(' , ')).toEqual([]);
  });

  it('formats a list the way it parses back', () => {
    const refs = ['MAP 1.1', 'MEASURE 2.9'];
    expect(formatRefs(refs)).toBe('MAP 1.1, MEASURE 2.9');
    expect(parseRefs(formatRefs(refs))).toEqual(refs);
    expect(formatRefs([])).toBe('');
  });
});

describe('parseQuorum', () => {
  it('leaves anything but a number for the schema to refuse', () => {
    expect(parseQuorum(' 2 ')).toBe(2);
    expect(parseQuorum('')).toBeNaN();
    expect(parseQuorum('two')).toBeNaN();
    expect(parseQuorum('1.5')).toBe(1.5);
  });
});

describe('template ↔ draft', () => {
  it('gives back every default template unchanged when nothing is edited', () => {
    for (const template of DEFAULT_GATE_TEMPLATES) {
      const back = draftToTemplate(templateToDraft(template));
      expect(back).toEqual(template);
      // The command compares canonical JSON to refuse a save that changes nothing.
      expect(canonicalJson(back)).toBe(canonicalJson(template));
    }
  });

  it('carries the edits the form makes into a valid template', () => {
    const draft = templateToDraft(enterPilot);
    const security = fnDraft(draft, 'security');
    security.quorum = '2';
    security.highRiskQuorum = '';
    const added = emptyItemDraft();
    added.text = 'Rotate the pilot’s API keys monthly';
    added.refs.nistAiRmf = 'MANAGE 2.4,  MEASURE 2.7';
    added.tiersMode = 'specific';
    added.tiers = ['high-risk'];
    security.items.push(added);
    draft.allowOneSignerForSeveralFunctions = true;

    const template = draftToTemplate(draft);
    const req = template.functions.find((f) => f.function === 'security')!;
    expect(req.quorum).toBe(2);
    expect(req.quorumByTier).toEqual({});
    expect(req.items.at(-1)).toEqual({
      id: 'rotate-the-pilot-s-api-keys-monthly',
      text: 'Rotate the pilot’s API keys monthly',
      guidance: '',
      evidenceRequired: false,
      refs: { euAiAct: [], nistAiRmf: ['MANAGE 2.4', 'MEASURE 2.7'], iso42001: [] },
      tiers: ['high-risk'],
    });
    expect(template.allowOneSignerForSeveralFunctions).toBe(true);
    expect(gateTemplateSchema.safeParse(template).success).toBe(true);
  });

  it('gives new items ids unique within their function, never reusing a removed one', () => {
    const draft = templateToDraft(enterPilot);
    const security = fnDraft(draft, 'security');
    const removed = security.items.shift()!;
    const again = emptyItemDraft();
    again.text = removed.id!.replace(/-/g, ' ');
    const twin = emptyItemDraft();
    twin.text = again.text;
    security.items.push(again, twin);
    const ids = draftToTemplate(draft)
      .functions.find((f) => f.function === 'security')!
      .items.map((item) => item.id);
    expect(ids.slice(-2)).toEqual([`${removed.id!}-2`, `${removed.id!}-3`]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps stricter quorums for tiers the form does not show', () => {
    const template = gateTemplateSchema.parse({
      ...enterPilot,
      functions: [{ ...enterPilot.functions[0]!, quorumByTier: { 'limited-risk': 3 } }],
    });
    const draft = templateToDraft(template);
    fnDraft(draft, 'legal').highRiskQuorum = '4';
    expect(draftToTemplate(draft).functions[0]!.quorumByTier).toEqual({
      'limited-risk': 3,
      'high-risk': 4,
    });
  });

  it('starts an added function with a quorum of one and no items', () => {
    expect(draftToTemplate({ ...templateToDraft(enterPilot), functions: [] }).functions).toEqual(
      [],
    );
    const fn = emptyFunctionDraft('operations');
    expect(fn.quorum).toBe('1');
    expect(fn.items).toEqual([]);
  });
});

describe('locating the command’s errors', () => {
  it('names the function, item and field of an invalid item', () => {
    const draft = templateToDraft(enterPilot);
    const security = fnDraft(draft, 'security');
    security.items[2]!.text = '   ';
    const input = { template: draftToTemplate(draft), basedOnVersion: 1, reason: '' };
    const parsed = saveGateTemplateInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    const problem = locateProblem(issue.path.map(String).join('.'), issue.message, draft);
    expect(problem).toEqual({
      key: problemKey.item(security.items[2]!.key, 'text'),
      functionKey: security.key,
      where: 'Security item 3 text',
      message: 'Checklist item is required',
    });
    expect(problemSummary([problem])).toBe('Security item 3 text: Checklist item is required.');
  });

  it('maps quorums, references, the reason and template fields', () => {
    const draft = templateToDraft(enterPilot);
    const legal = fnDraft(draft, 'legal');
    const security = fnDraft(draft, 'security');
    const problems = locateProblems(
      {
        'template.functions.2.quorumByTier.high-risk': 'Quorum must be at most 5',
        'template.functions.2.quorum': 'Quorum must be at least 1',
        'template.functions.0.items.1.refs.euAiAct.0': 'Too long',
        'template.functions.0.items': 'At most 60 items per function',
        'template.name': 'Gate name is required',
        'template.toStage': 'A gate leads to a different stage',
        reason: 'Reason must be at most 1000 characters',
      },
      draft,
    );
    expect(problems.map((p) => [p.key, p.where])).toEqual([
      [problemKey.fn(security.key, 'highRiskQuorum'), 'Security high-risk quorum'],
      [problemKey.fn(security.key, 'quorum'), 'Security quorum'],
      [problemKey.item(legal.items[1]!.key, 'euAiAct'), 'Legal item 2 EU AI Act references'],
      [problemKey.fn(legal.key, 'items'), 'Legal checklist'],
      ['name', 'Name'],
      ['functions', 'Template'],
      ['reason', 'Reason'],
    ]);
    expect(problemSummary(problems)).toBe(
      'Security high-risk quorum: Quorum must be at most 5. 6 more problems are marked in the form.',
    );
    expect(problemSummary(problems.slice(0, 2))).toMatch(/1 more problem is marked/);
    expect(problemSummary([])).toBeNull();
  });

  it('stays with the item even after items before it are removed', () => {
    const draft = templateToDraft(enterPilot);
    const legal = fnDraft(draft, 'legal');
    const target = legal.items[3]!;
    const problem = locateProblem('template.functions.0.items.3.guidance', 'Too long', draft);
    legal.items.splice(0, 2);
    expect(problem.key).toBe(problemKey.item(target.key, 'guidance'));
  });
});

describe('draftProblems', () => {
  it('refuses an item limited to specific tiers with none ticked', () => {
    const draft = templateToDraft(enterPilot);
    const compliance = fnDraft(draft, 'compliance');
    compliance.items[0]!.tiersMode = 'specific';
    compliance.items[0]!.tiers = [];
    expect(draftProblems(draft)).toEqual([
      {
        key: problemKey.item(compliance.items[0]!.key, 'tiers'),
        functionKey: compliance.key,
        where: 'Compliance item 1 tiers',
        message: 'Tick at least one tier, or choose “All tiers”',
      },
    ]);
    expect(draftProblems(templateToDraft(enterPilot))).toEqual([]);
  });
});

describe('describing a template', () => {
  it('says the stage change, the quorums and the item count', () => {
    expect(transitionLabel(enterPilot)).toBe('Proof of concept → Pilot');
    expect(transitionLabel(defaultTemplate('retire')!)).toBe('Pilot or Production → Retired');
    const security = enterPilot.functions.find((f) => f.function === 'security')!;
    expect(quorumLabel(security)).toBe('Security: 1, 2 when high risk');
    expect(quorumLabel({ ...security, quorum: 2 })).toBe('Security: 2');
    const goLive = defaultTemplate('go-live')!;
    const privacy = goLive.functions.find((f) => f.function === 'data-privacy')!;
    expect(quorumLabel(privacy)).toBe('Data/privacy: 1, only when high risk');
    expect(itemCount(enterPilot)).toBe(
      enterPilot.functions.reduce((n, f) => n + f.items.length, 0),
    );
  });
});
