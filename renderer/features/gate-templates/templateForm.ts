import { STAGE_LABELS } from '../../../shared/domain/initiative';
import { RISK_TIERS, RISK_TIER_LABELS, type RiskTier } from '../../../shared/euAiAct/tier';
import { REVIEW_FUNCTION_LABELS, type ReviewFunction } from '../../../shared/gates/functions';
import type {
  ChecklistItem,
  FunctionRequirement,
  GateTemplate,
} from '../../../shared/gates/template';

/*
 * The gate template editor's form state and the pure conversions between it
 * and a GateTemplate. Numbers and reference lists are kept as the text the
 * administrator typed, so nothing is lost or reformatted while they edit; the
 * command's schema is the one judge of what is valid.
 */

/** The frameworks an item's references are typed for, in the order the form shows them. */
export const REF_FRAMEWORKS = ['euAiAct', 'nistAiRmf', 'iso42001'] as const;
export type RefFramework = (typeof REF_FRAMEWORKS)[number];
export const REF_FRAMEWORK_LABELS: Record<RefFramework, string> = {
  euAiAct: 'EU AI Act',
  nistAiRmf: 'NIST AI RMF',
  iso42001: 'ISO/IEC 42001',
};

export interface ItemDraft {
  /** Identity while editing (React key, error location); never saved. */
  key: string;
  /** The saved identifier; null for an item added in this edit (it gets a slug on save). */
  id: string | null;
  text: string;
  guidance: string;
  evidenceRequired: boolean;
  refs: Record<RefFramework, string>;
  tiersMode: 'all' | 'specific';
  /** The tiers ticked; kept while "all tiers" is chosen so switching back loses nothing. */
  tiers: RiskTier[];
}

export interface FunctionDraft {
  key: string;
  function: ReviewFunction;
  quorum: string;
  /** Empty: high-risk initiatives need the ordinary quorum. */
  highRiskQuorum: string;
  /** Stricter quorums for tiers other than high risk, which the form does not show: kept as they were. */
  otherQuorumByTier: Partial<Record<RiskTier, number>>;
  requiredForTiers: RiskTier[] | null;
  items: ItemDraft[];
  /** Item identifiers this function had when editing began; a new item never reuses one. */
  knownIds: string[];
}

export interface TemplateDraft {
  id: string;
  version: number;
  name: string;
  description: string;
  fromStages: GateTemplate['fromStages'];
  toStage: GateTemplate['toStage'];
  allowOneSignerForSeveralFunctions: boolean;
  functions: FunctionDraft[];
}

let keyCounter = 0;
function newKey(prefix: string): string {
  keyCounter += 1;
  return `${prefix}-${String(keyCounter)}`;
}

// ---------------------------------------------------------------------------
// Identifiers and references

const SLUG_MAX = 48;

/**
 * A lower-case identifier from an item's text, as the template schema wants
 * them: starts with a letter, letters, digits and hyphens, cut at a word.
 */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = words;
  if (slug.length > SLUG_MAX) {
    slug = slug.slice(0, SLUG_MAX + 1);
    const cut = slug.lastIndexOf('-');
    slug = cut >= 12 ? slug.slice(0, cut) : slug.slice(0, SLUG_MAX);
    slug = slug.replace(/-+$/, '');
  }
  if (slug === '') return 'item';
  if (!/^[a-z]/.test(slug)) slug = `item-${slug}`.slice(0, SLUG_MAX).replace(/-+$/, '');
  return slug.length < 2 ? `item-${slug}` : slug;
}

/** A slug from the text that none of `taken` already uses: "x", then "x-2", "x-3"… */
export function uniqueSlug(text: string, taken: ReadonlySet<string>): string {
  const base = slugify(text);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${String(n)}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "Art. 10, Annex IV(2)" → ["Art. 10", "Annex IV(2)"]; blanks between commas are dropped. */
export function parseRefs(text: string): string[] {
  return text
    .split(',')
    .map((ref) => ref.trim())
    .filter((ref) => ref !== '');
}

export function formatRefs(refs: readonly string[]): string {
  return refs.join(', ');
}

// ---------------------------------------------------------------------------
// Template ↔ draft

function itemToDraft(item: ChecklistItem): ItemDraft {
  return {
    key: newKey('item'),
    id: item.id,
    text: item.text,
    guidance: item.guidance,
    evidenceRequired: item.evidenceRequired,
    refs: {
      euAiAct: formatRefs(item.refs.euAiAct),
      nistAiRmf: formatRefs(item.refs.nistAiRmf),
      iso42001: formatRefs(item.refs.iso42001),
    },
    tiersMode: item.tiers === null ? 'all' : 'specific',
    tiers: item.tiers === null ? [] : [...item.tiers],
  };
}

function functionToDraft(req: FunctionRequirement): FunctionDraft {
  const { 'high-risk': highRisk, ...otherQuorumByTier } = req.quorumByTier;
  return {
    key: newKey('fn'),
    function: req.function,
    quorum: String(req.quorum),
    highRiskQuorum: highRisk === undefined ? '' : String(highRisk),
    otherQuorumByTier,
    requiredForTiers: req.requiredForTiers === null ? null : [...req.requiredForTiers],
    items: req.items.map(itemToDraft),
    knownIds: req.items.map((item) => item.id),
  };
}

export function templateToDraft(template: GateTemplate): TemplateDraft {
  return {
    id: template.id,
    version: template.version,
    name: template.name,
    description: template.description,
    fromStages: [...template.fromStages],
    toStage: template.toStage,
    allowOneSignerForSeveralFunctions: template.allowOneSignerForSeveralFunctions,
    functions: template.functions.map(functionToDraft),
  };
}

export function emptyItemDraft(): ItemDraft {
  return {
    key: newKey('item'),
    id: null,
    text: '',
    guidance: '',
    evidenceRequired: false,
    refs: { euAiAct: '', nistAiRmf: '', iso42001: '' },
    tiersMode: 'all',
    tiers: [],
  };
}

export function emptyFunctionDraft(fn: ReviewFunction): FunctionDraft {
  return {
    key: newKey('fn'),
    function: fn,
    quorum: '1',
    highRiskQuorum: '',
    otherQuorumByTier: {},
    requiredForTiers: null,
    items: [],
    knownIds: [],
  };
}

/** Typed text as a quorum; anything but a whole number is left for the schema to refuse. */
export function parseQuorum(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/**
 * The template the draft describes, as the save command's input. Items added
 * in this edit get a slug of their text, unique within their function; the
 * version is left as it was (the command sets the next one).
 */
export function draftToTemplate(draft: TemplateDraft): GateTemplate {
  return {
    id: draft.id,
    version: draft.version,
    name: draft.name,
    description: draft.description,
    fromStages: [...draft.fromStages],
    toStage: draft.toStage,
    allowOneSignerForSeveralFunctions: draft.allowOneSignerForSeveralFunctions,
    functions: draft.functions.map((fn) => {
      const taken = new Set<string>(fn.knownIds);
      for (const item of fn.items) if (item.id !== null) taken.add(item.id);
      const quorumByTier: Partial<Record<RiskTier, number>> = { ...fn.otherQuorumByTier };
      if (fn.highRiskQuorum.trim() !== '')
        quorumByTier['high-risk'] = parseQuorum(fn.highRiskQuorum);
      return {
        function: fn.function,
        quorum: parseQuorum(fn.quorum),
        quorumByTier,
        requiredForTiers: fn.requiredForTiers === null ? null : [...fn.requiredForTiers],
        items: fn.items.map((item) => {
          let id = item.id;
          if (id === null) {
            id = uniqueSlug(item.text, taken);
            taken.add(id);
          }
          return {
            id,
            text: item.text,
            guidance: item.guidance,
            evidenceRequired: item.evidenceRequired,
            refs: {
              euAiAct: parseRefs(item.refs.euAiAct),
              nistAiRmf: parseRefs(item.refs.nistAiRmf),
              iso42001: parseRefs(item.refs.iso42001),
            },
            tiers: item.tiersMode === 'all' ? null : [...item.tiers],
          };
        }),
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Errors: from the command's dotted paths to places in the form

/** A problem at one control of the form. */
export interface FormProblem {
  /** Which control: see `problemKey`. */
  key: string;
  /** The function whose tab holds the control, if any. */
  functionKey: string | null;
  /** Where, in words: "Security item 3 text". */
  where: string;
  message: string;
}

export type ItemField = 'text' | 'guidance' | 'evidenceRequired' | RefFramework | 'tiers' | 'id';
export type FunctionField = 'function' | 'quorum' | 'highRiskQuorum' | 'requiredForTiers' | 'items';
export type TemplateField =
  'name' | 'description' | 'allowOneSignerForSeveralFunctions' | 'functions' | 'reason';

/** The key a control's error is stored under: stable while items are added or removed. */
export const problemKey = {
  template: (field: TemplateField) => field,
  fn: (fnKey: string, field: FunctionField) => `${fnKey}/${field}`,
  item: (itemKey: string, field: ItemField) => `${itemKey}/${field}`,
};

const ITEM_FIELD_WORDS: Record<ItemField, string> = {
  text: 'text',
  guidance: 'guidance',
  evidenceRequired: 'evidence required',
  euAiAct: 'EU AI Act references',
  nistAiRmf: 'NIST AI RMF references',
  iso42001: 'ISO/IEC 42001 references',
  tiers: 'tiers',
  id: 'identifier',
};
const FUNCTION_FIELD_WORDS: Record<FunctionField, string> = {
  function: 'function',
  quorum: 'quorum',
  highRiskQuorum: 'high-risk quorum',
  requiredForTiers: 'required for tiers',
  items: 'checklist',
};
const TEMPLATE_FIELD_WORDS: Record<TemplateField, string> = {
  name: 'Name',
  description: 'Description',
  allowOneSignerForSeveralFunctions: 'Allow one person to sign for several functions',
  functions: 'Functions',
  reason: 'Reason',
};

/** "Security item 3" */
export function itemLabel(fn: ReviewFunction, index: number): string {
  return `${REVIEW_FUNCTION_LABELS[fn]} item ${String(index + 1)}`;
}

function itemField(rest: readonly string[]): ItemField {
  const [first, second] = rest;
  if (first === 'refs' && (REF_FRAMEWORKS as readonly string[]).includes(second ?? '')) {
    return second as RefFramework;
  }
  if (first !== undefined && first !== 'refs' && Object.hasOwn(ITEM_FIELD_WORDS, first)) {
    return first as ItemField;
  }
  return 'text';
}

function functionField(rest: readonly string[]): FunctionField {
  const [first, second] = rest;
  if (first === 'quorumByTier') return second === 'high-risk' ? 'highRiskQuorum' : 'quorum';
  if (first !== undefined && Object.hasOwn(FUNCTION_FIELD_WORDS, first))
    return first as FunctionField;
  return 'quorum';
}

/**
 * Locates one of the command's field errors (a dotted path into its input,
 * e.g. `template.functions.2.items.0.text`) in the draft that was saved.
 */
export function locateProblem(path: string, message: string, draft: TemplateDraft): FormProblem {
  const parts = path.split('.');
  if (parts[0] === 'reason') {
    return { key: 'reason', functionKey: null, where: TEMPLATE_FIELD_WORDS.reason, message };
  }
  const [, field, fnIndex, sub, itemIndex, ...rest] = parts;
  if (field === 'functions' && fnIndex !== undefined) {
    const fn = draft.functions[Number(fnIndex)];
    if (fn) {
      const label = REVIEW_FUNCTION_LABELS[fn.function];
      const item = sub === 'items' && itemIndex !== undefined ? fn.items[Number(itemIndex)] : null;
      if (item) {
        const f = itemField(rest);
        return {
          key: problemKey.item(item.key, f),
          functionKey: fn.key,
          where: `${itemLabel(fn.function, Number(itemIndex))} ${ITEM_FIELD_WORDS[f]}`,
          message,
        };
      }
      const f = functionField(sub === undefined ? [] : [sub, itemIndex ?? '']);
      return {
        key: problemKey.fn(fn.key, f),
        functionKey: fn.key,
        where: `${label} ${FUNCTION_FIELD_WORDS[f]}`,
        message,
      };
    }
  }
  const known = field !== undefined && Object.hasOwn(TEMPLATE_FIELD_WORDS, field);
  const f: TemplateField = known ? (field as TemplateField) : 'functions';
  return {
    key: problemKey.template(f),
    functionKey: null,
    where: known ? TEMPLATE_FIELD_WORDS[f] : 'Template',
    message,
  };
}

/** All the command's field errors, located in the draft that was saved. */
export function locateProblems(
  fieldErrors: Readonly<Record<string, string>>,
  draft: TemplateDraft,
): FormProblem[] {
  return Object.entries(fieldErrors).map(([path, message]) => locateProblem(path, message, draft));
}

/**
 * Mistakes the schema accepts but that cannot be meant: an item limited to
 * specific tiers with none ticked would never be shown to anyone.
 */
export function draftProblems(draft: TemplateDraft): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const fn of draft.functions) {
    fn.items.forEach((item, index) => {
      if (item.tiersMode === 'specific' && item.tiers.length === 0) {
        problems.push({
          key: problemKey.item(item.key, 'tiers'),
          functionKey: fn.key,
          where: `${itemLabel(fn.function, index)} tiers`,
          message: 'Tick at least one tier, or choose “All tiers”',
        });
      }
    });
  }
  return problems;
}

/** One sentence for the error alert: the first problem, and how many more there are. */
export function problemSummary(problems: readonly FormProblem[]): string | null {
  const [first] = problems;
  if (!first) return null;
  const more = problems.length - 1;
  const tail =
    more === 0
      ? ''
      : ` ${String(more)} more ${more === 1 ? 'problem is' : 'problems are'} marked in the form.`;
  return `${first.where}: ${first.message}.${tail}`;
}

// ---------------------------------------------------------------------------
// Describing a template in the list

/** "Proof of concept → Pilot"; "Pilot or Production → Retired". */
export function transitionLabel(template: Pick<GateTemplate, 'fromStages' | 'toStage'>): string {
  const from = template.fromStages.map((stage) => STAGE_LABELS[stage]).join(' or ');
  return `${from} → ${STAGE_LABELS[template.toStage]}`;
}

function tierList(tiers: readonly RiskTier[]): string {
  return tiers.map((tier) => RISK_TIER_LABELS[tier].toLowerCase()).join(' or ');
}

/**
 * "Security: 1, 2 when high risk"; "Data/privacy: 1, only when high risk". A
 * stricter quorum equal to the ordinary one says nothing and is left out.
 */
export function quorumLabel(req: FunctionRequirement): string {
  const parts = [`${REVIEW_FUNCTION_LABELS[req.function]}: ${String(req.quorum)}`];
  for (const tier of RISK_TIERS) {
    const quorum = req.quorumByTier[tier];
    if (quorum !== undefined && quorum !== req.quorum) {
      parts.push(`${String(quorum)} when ${RISK_TIER_LABELS[tier].toLowerCase()}`);
    }
  }
  if (req.requiredForTiers !== null) parts.push(`only when ${tierList(req.requiredForTiers)}`);
  return parts.join(', ');
}

export function itemCount(template: Pick<GateTemplate, 'functions'>): number {
  return template.functions.reduce((sum, req) => sum + req.items.length, 0);
}
