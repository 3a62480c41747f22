import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/domain/workspace';
import { BAND_COLOURS, defaultMatrix } from '../../../shared/risk/matrix';
import { RiskSettingsSummary } from './RiskSettingsSummary';

const settings = DEFAULT_WORKSPACE_SETTINGS;

/** Visible text of the cells of the rendered grid, row by row. */
function cellTexts(html: string): string[][] {
  const rows = html.split('<tr>').slice(2);
  return rows.map((row) =>
    [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
    ),
  );
}

describe('RiskSettingsSummary', () => {
  it('shows likelihood rows highest first, each cell with its score and band in words', () => {
    const html = renderToStaticMarkup(<RiskSettingsSummary settings={settings} />);
    const rows = cellTexts(html);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([
      'Score 5, Medium',
      'Score 10, High',
      'Score 15, High',
      'Score 20, Critical',
      'Score 25, Critical',
    ]);
    expect(rows[4]?.[0]).toBe('Score 1, Low');
    // Row and column headers name both levels for assistive technology.
    expect(html).toContain('<th scope="row">');
    expect(html).toMatch(
      /Likelihood <\/span>5<\/span> <span class="risk-level-name">Almost certain/,
    );
    expect(html).toMatch(/Impact <\/span>1<\/span> <span class="risk-level-name">Negligible/);
  });

  it('colours each cell by its band', () => {
    const html = renderToStaticMarkup(<RiskSettingsSummary settings={settings} />);
    const { background, text } = BAND_COLOURS.critical;
    expect(html).toContain(
      `class="risk-cell risk-cell-critical" style="background:${background};color:${text}"`,
    );
  });

  it('shows the appetite, the cadence per band and the acceptance role', () => {
    const html = renderToStaticMarkup(<RiskSettingsSummary settings={settings} acceptors={2} />);
    expect(html).toContain('Medium</span>. Residual risk rated high or critical');
    expect(html).toContain('<li>Critical risks: every month</li>');
    expect(html).toContain('<li>High risks: every 3 months</li>');
    expect(html).toContain('<li>Low risks: every 12 months</li>');
    expect(html).toContain('Compliance reviewer');
    expect(html).not.toContain('No active member holds this role');
  });

  it('warns when no active member can sign acceptances', () => {
    const html = renderToStaticMarkup(<RiskSettingsSummary settings={settings} acceptors={0} />);
    expect(html).toContain('No active member holds this role yet');
  });

  it('draws a smaller matrix', () => {
    const html = renderToStaticMarkup(
      <RiskSettingsSummary settings={{ ...settings, riskMatrix: defaultMatrix(3) }} />,
    );
    expect(cellTexts(html)).toHaveLength(3);
    expect(html).toContain('Risk matrix, 3 × 3');
  });
});
