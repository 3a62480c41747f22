export type CheckStatus = 'pass' | 'fail' | 'note';

/**
 * One line of a verification report. A failure's detail names exactly what
 * failed: the file path, the event number, or the signature's record kind,
 * record id and signer.
 */
export interface VerificationCheck {
  /** Unique within a report; stable across runs (e.g. `file:evidence/<id>/x.pdf`). */
  id: string;
  /** What was checked, in a few words. */
  label: string;
  status: CheckStatus;
  /** What was found, as a sentence. */
  detail: string;
}

export interface CheckCounts {
  total: number;
  passed: number;
  failed: number;
  notes: number;
}

export function countChecks(checks: readonly VerificationCheck[]): CheckCounts {
  let passed = 0;
  let failed = 0;
  let notes = 0;
  for (const check of checks) {
    if (check.status === 'pass') passed += 1;
    else if (check.status === 'fail') failed += 1;
    else notes += 1;
  }
  return { total: checks.length, passed, failed, notes };
}

const PREFIX: Record<CheckStatus, string> = { pass: 'ok  ', fail: 'FAIL', note: 'note' };

/** C0 and C1 controls (newlines and escape included), DEL, and the bidi and direction marks. */
function unsafeOnTerminal(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Text from a bundle (names, titles, file names) made safe to print on one
 * terminal line: an escape sequence or a newline in a workspace name must not
 * blank the report or forge an "ok" line. Such characters print as \uXXXX.
 */
export function terminalSafe(text: string): string {
  let safe = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    safe += unsafeOnTerminal(code) ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return safe;
}

/** One line per check (`ok`, `FAIL` or `note` first), then the summary line. */
export function formatReport(report: { checks: readonly VerificationCheck[] }): string[] {
  const lines = report.checks.map((check) =>
    terminalSafe(`  ${PREFIX[check.status]}  ${check.label}: ${check.detail}`),
  );
  lines.push(summaryLine(countChecks(report.checks)));
  return lines;
}

/** `1 sign-off`, `2 sign-offs`; `plural` for words that do not just take an s. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${String(n)} ${n === 1 ? word : plural}`;
}

/** `14 checks: 12 passed, 1 failed, 1 note`. */
export function summaryLine(counts: CheckCounts): string {
  const plural = count;
  const notes = counts.notes > 0 ? `, ${plural(counts.notes, 'note')}` : '';
  return `${plural(counts.total, 'check')}: ${String(counts.passed)} passed, ${String(counts.failed)} failed${notes}`;
}

/**
 * Collects checks, keeping ids unique and capping the failures of one kind
 * (a bundle with every event re-ordered should not print a million lines).
 */
export class CheckList {
  readonly checks: VerificationCheck[] = [];
  private readonly ids = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private readonly overflow = new Map<string, VerificationCheck>();
  private failuresRecorded = 0;

  constructor(private readonly maxFailuresPerGroup = 25) {}

  pass(id: string, label: string, detail: string): void {
    this.add({ id, label, status: 'pass', detail });
  }

  note(id: string, label: string, detail: string): void {
    this.add({ id, label, status: 'note', detail });
  }

  /** `group` is what the cap counts by (e.g. 'event'); the last failure kept says how many more. */
  /** Every failure recorded, those beyond the cap included: compare before and after a check. */
  get failureCount(): number {
    return this.failuresRecorded;
  }

  fail(id: string, label: string, detail: string, group = id): void {
    this.failuresRecorded += 1;
    const count = (this.failures.get(group) ?? 0) + 1;
    this.failures.set(group, count);
    if (count <= this.maxFailuresPerGroup) {
      this.add({ id, label, status: 'fail', detail });
    } else {
      const more = count - this.maxFailuresPerGroup;
      const text = `${String(more)} more ${more === 1 ? 'failure' : 'failures'} of this kind not listed.`;
      const existing = this.overflow.get(group);
      if (existing) {
        existing.detail = text;
      } else {
        const check: VerificationCheck = {
          id: `${group}:more`,
          label,
          status: 'fail',
          detail: text,
        };
        this.overflow.set(group, check);
        this.add(check);
      }
    }
  }

  get failed(): boolean {
    return this.failuresRecorded > 0;
  }

  private add(check: VerificationCheck): void {
    const seen = this.ids.get(check.id) ?? 0;
    this.ids.set(check.id, seen + 1);
    if (seen > 0) check.id = `${check.id}#${String(seen + 1)}`;
    this.checks.push(check);
  }
}
