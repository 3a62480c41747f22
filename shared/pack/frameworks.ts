import type { GateEvaluation } from '../gates/evaluateGate';
import { REVIEW_FUNCTION_LABELS } from '../gates/functions';
import type { AnswerValue } from '../gates/signoff';
import type { FrameworkRefs } from '../gates/template';
import { formatPercent } from './format';
import type { FrameworkCoverage, FrameworkGroup, Tally } from './model';

export const FRAMEWORKS: { key: keyof FrameworkRefs; name: string; groupLabel: string }[] = [
  { key: 'euAiAct', name: 'EU AI Act (Regulation (EU) 2024/1689)', groupLabel: 'article' },
  { key: 'nistAiRmf', name: 'NIST AI RMF 1.0', groupLabel: 'subcategory' },
  { key: 'iso42001', name: 'ISO/IEC 42001:2023 Annex A', groupLabel: 'control' },
];

type ItemStatus = AnswerValue | 'not-answered';

const STATUS_LABELS: Record<ItemStatus, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
  'not-answered': 'Not answered',
};

/** One checklist item of one gate, with what its current sign-offs answered. */
export interface AnsweredItem {
  gate: string;
  function: string;
  itemId: string;
  item: string;
  refs: FrameworkRefs;
  status: ItemStatus;
  /** Every answer came from sign-offs that are stale or expired. */
  outdated: boolean;
}

/**
 * The checklist items of every gate that was not withdrawn, for the
 * initiative's current tier, each with the combined answer of the function's
 * current sign-offs: not met if any says so, met if any says so, not
 * applicable if all do, not answered when no current sign-off covers it.
 */
export function answeredItems(evaluations: readonly GateEvaluation[]): AnsweredItem[] {
  return evaluations
    .filter((e) => e.gate.withdrawal === null)
    .flatMap((evaluation) =>
      evaluation.requirements.flatMap((requirement) => {
        const current = evaluation.signoffs.filter(
          (v) => v.current && v.signoff.function === requirement.function,
        );
        return requirement.items.map((item): AnsweredItem => {
          const answers = current.flatMap((v) => {
            const answer = v.signoff.answers.find((a) => a.itemId === item.id);
            return answer
              ? [{ answer: answer.answer, outdated: v.standing.stale || v.standing.expired }]
              : [];
          });
          const has = (value: AnswerValue) => answers.some((a) => a.answer === value);
          const status: ItemStatus =
            answers.length === 0
              ? 'not-answered'
              : has('not-met')
                ? 'not-met'
                : has('met')
                  ? 'met'
                  : 'not-applicable';
          return {
            gate: evaluation.gate.template.name,
            function: REVIEW_FUNCTION_LABELS[requirement.function],
            itemId: item.id,
            item: item.text,
            refs: item.refs,
            status,
            outdated: answers.length > 0 && answers.every((a) => a.outdated),
          };
        });
      }),
    );
}

export function tally(items: readonly Pick<AnsweredItem, 'status'>[]): Tally {
  const count = (status: ItemStatus) => items.filter((i) => i.status === status).length;
  const met = count('met');
  const notMet = count('not-met');
  const notApplicable = count('not-applicable');
  const notAnswered = count('not-answered');
  const applicable = met + notMet + notAnswered;
  return {
    met,
    notMet,
    notApplicable,
    notAnswered,
    coverage: applicable === 0 ? 'n/a' : formatPercent((met / applicable) * 100),
  };
}

const byRef = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function frameworkCoverage(items: readonly AnsweredItem[]): FrameworkCoverage {
  return {
    basis:
      items.length === 0
        ? 'No gate review has been opened for this initiative, so no checklist item has been answered.'
        : 'Coverage is met ÷ the items that apply (met, not met and not answered; not applicable is left out). An item’s answer combines the current sign-offs of its function: not met if any reviewer says so, met if any says so, otherwise not applicable. “(stale)” marks answers that come only from stale or expired sign-offs: they were recorded, but no longer count towards the gate. Each item appears under every reference it cites.',
    frameworks: FRAMEWORKS.map(({ key, name }) => {
      const mapped = items.filter((i) => i.refs[key].length > 0);
      const refs = [...new Set(mapped.flatMap((i) => i.refs[key]))].sort(byRef);
      const groups: FrameworkGroup[] = refs.map((ref) => {
        const inGroup = mapped.filter((i) => i.refs[key].includes(ref));
        return {
          ref,
          tally: tally(inGroup),
          items: inGroup.map((i) => ({
            gate: i.gate,
            function: i.function,
            item: i.item,
            status: `${STATUS_LABELS[i.status]}${i.outdated ? ' (stale)' : ''}`,
          })),
        };
      });
      return { name, tally: tally(mapped), groups, unmapped: items.length - mapped.length };
    }),
  };
}
