import { describe, expect, it } from 'vitest';
import { CheckList, countChecks, formatReport, terminalSafe } from './report';

describe('formatReport', () => {
  it('prints one line per check with ok, FAIL or note first, then the summary', () => {
    const checks = new CheckList();
    checks.pass('files', 'Files', 'Every file matches.');
    checks.fail('event:4', 'Audit events', 'Event #4 was changed after it was recorded.');
    checks.note('scope', 'Audit scope', 'Only the initiative’s own events.');
    expect(formatReport(checks)).toEqual([
      '  ok    Files: Every file matches.',
      '  FAIL  Audit events: Event #4 was changed after it was recorded.',
      '  note  Audit scope: Only the initiative’s own events.',
      '3 checks: 1 passed, 1 failed, 1 note',
    ]);
  });

  it('leaves notes out of the summary when there are none', () => {
    const checks = new CheckList();
    checks.pass('a', 'A', 'fine');
    expect(formatReport(checks).at(-1)).toBe('1 check: 1 passed, 0 failed');
  });
});

describe('CheckList', () => {
  it('keeps ids unique and caps the failures of one kind', () => {
    const checks = new CheckList(2);
    for (let seq = 1; seq <= 5; seq += 1) {
      checks.fail(
        `event:${String(seq)}`,
        'Audit events',
        `Event #${String(seq)} is wrong.`,
        'event',
      );
    }
    checks.fail('file:a', 'Files', 'a is wrong.', 'file');
    checks.fail('file:a', 'Files', 'a is wrong again.', 'file');
    expect(checks.checks.map((c) => [c.id, c.detail])).toEqual([
      ['event:1', 'Event #1 is wrong.'],
      ['event:2', 'Event #2 is wrong.'],
      ['event:more', '3 more failures of this kind not listed.'],
      ['file:a', 'a is wrong.'],
      ['file:a#2', 'a is wrong again.'],
    ]);
    expect(checks.failed).toBe(true);
    expect(countChecks(checks.checks)).toEqual({ total: 5, passed: 0, failed: 5, notes: 0 });
  });
});

describe('terminalSafe', () => {
  it('prints escape sequences, newlines and direction overrides as \\u escapes', () => {
    expect(terminalSafe('Acme\u001b[8m hidden')).toBe('Acme\\u001b[8m hidden');
    expect(terminalSafe('name\n  ok    forged line')).toBe('name\\u000a  ok    forged line');
    expect(terminalSafe('invoice\u202Efdp.exe')).toBe('invoice\\u202efdp.exe');
    expect(terminalSafe('Inês Carvalho — “DPIA”')).toBe('Inês Carvalho — “DPIA”');
  });

  it('is applied to every report line', () => {
    const lines = formatReport({
      checks: [{ id: 'x', label: 'Manifest', status: 'pass', detail: 'Workspace X\u001b[2J' }],
    });
    expect(lines[0]).toBe('  ok    Manifest: Workspace X\\u001b[2J');
  });
});
