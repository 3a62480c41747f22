import type { Figure, PendingScenario } from '../scenarios/types';

function formatValue(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`;
}

export function formatBudget(figure: Figure): string {
  if (!figure.budget) return '—';
  return `${figure.budget.comparator === '<=' ? '≤' : '≥'} ${formatValue(figure.budget.value, figure.unit)}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** The console table: every figure next to its budget and verdict. */
export function resultTable(
  figures: readonly Figure[],
  pending: readonly PendingScenario[],
): string {
  const rows: string[][] = [['#', 'figure', 'value', 'budget', 'verdict']];
  for (const f of figures) {
    rows.push([
      String(f.scenario),
      f.name,
      formatValue(f.value, f.unit),
      formatBudget(f),
      f.verdict === 'pass' ? 'PASS' : f.verdict === 'fail' ? 'FAIL' : 'info',
    ]);
  }
  for (const p of pending) {
    rows.push([String(p.id), p.title, '—', '—', `not yet measurable: ${p.notYetMeasurable}`]);
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((r) => (r[column] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join(
    '\n',
  );
}

/** The same table as Markdown, for the README and notes. */
export function markdownTable(
  figures: readonly Figure[],
  pending: readonly PendingScenario[],
): string {
  const lines = ['| # | figure | value | budget | verdict |', '|---|---|---|---|---|'];
  for (const f of figures) {
    lines.push(
      `| ${String(f.scenario)} | ${f.name} | ${formatValue(f.value, f.unit)} | ${formatBudget(f)} | ${f.verdict === 'pass' ? 'pass' : f.verdict === 'fail' ? '**FAIL**' : 'info'} |`,
    );
  }
  for (const p of pending) {
    lines.push(
      `| ${String(p.id)} | ${p.title} | — | — | not yet measurable: ${p.notYetMeasurable} |`,
    );
  }
  return lines.join('\n');
}
