import { describe, expect, it } from 'vitest';
import { heatMapCells } from '../../../shared/risk/heatMap';
import { DEFAULT_RISK_MATRIX } from '../../../shared/risk/matrix';
import {
  acceptanceText,
  acceptanceWanted,
  cellFilterText,
  cellLabel,
  controlsText,
  countText,
  inCell,
  riskRows,
  sameCell,
  scoreText,
} from './riskRows';
import { fakeAcceptance, fixtureId, makeRisk, OWNER_ID, SETTINGS } from './testFixtures';

const TODAY = '2026-06-01';

describe('register rows', () => {
  it('derives every standing once, in the order given', () => {
    const risks = [makeRisk({ title: 'A' }), makeRisk({ title: 'B' })];
    const rows = riskRows(risks, SETTINGS, TODAY);
    expect(rows.map((r) => r.risk.title)).toEqual(['A', 'B']);
    expect(rows[0]?.standing).toMatchObject({
      inherentScore: 12,
      inherentBand: 'high',
      residualScore: 6,
      residualBand: 'medium',
      // Medium is reviewed yearly: last reviewed 2026-01-10.
      nextReviewOn: '2027-01-10',
      reviewOverdue: false,
      acceptance: 'not-needed',
    });
  });

  it('describes heat-map cells in words, colour never alone', () => {
    const risks = [
      makeRisk({ residual: { likelihood: 4, impact: 3 } }),
      makeRisk({ residual: { likelihood: 4, impact: 3 } }),
    ];
    const map = heatMapCells(DEFAULT_RISK_MATRIX, risks, 'residual');
    const cell = map.cells[3]?.[2];
    if (!cell) throw new Error('no cell');
    expect(cellLabel('residual', cell)).toBe('Residual: likelihood 4, impact 3, High, 2 risks');
    const empty = map.cells[0]?.[0];
    if (!empty) throw new Error('no cell');
    expect(cellLabel('inherent', empty)).toBe('Inherent: likelihood 1, impact 1, Low, 0 risks');
    expect(countText(1)).toBe('1 risk');
    expect(cellFilterText({ which: 'residual', likelihood: 4, impact: 3 })).toBe(
      'residual likelihood 4, impact 3',
    );
  });

  it('filters by a cell of either map', () => {
    const [row] = riskRows([makeRisk()], SETTINGS, TODAY);
    if (!row) throw new Error('no row');
    expect(inCell(row, { which: 'inherent', likelihood: 4, impact: 3 })).toBe(true);
    expect(inCell(row, { which: 'residual', likelihood: 4, impact: 3 })).toBe(false);
    expect(inCell(row, { which: 'residual', likelihood: 2, impact: 3 })).toBe(true);
    const a = { which: 'residual' as const, likelihood: 2, impact: 3 };
    expect(sameCell(a, { ...a })).toBe(true);
    expect(sameCell(a, { ...a, which: 'inherent' })).toBe(false);
    expect(sameCell(a, null)).toBe(false);
  });

  it('puts scores, controls and acceptance into words', () => {
    expect(scoreText(16, 'critical')).toBe('16 Critical');
    expect(scoreText(null, null)).toBe('Outside the matrix');
    expect(controlsText([])).toBe('None');
    expect(
      controlsText([{ status: 'in-place' }, { status: 'planned' }, { status: 'not-effective' }]),
    ).toBe('1 of 3 in place');

    const residual = { likelihood: 3, impact: 4 };
    const accepted = makeRisk({
      treatment: 'accept',
      residual,
      acceptance: fakeAcceptance('2026-12-01', residual),
    });
    const missing = makeRisk({ treatment: 'accept', residual });
    const outdated = makeRisk({
      treatment: 'accept',
      residual: { likelihood: 4, impact: 4 },
      acceptance: fakeAcceptance('2026-12-01', residual),
    });
    const expired = makeRisk({
      treatment: 'accept',
      residual,
      acceptance: fakeAcceptance('2026-05-01', residual),
    });
    const [a, m, o, e, n] = riskRows(
      [accepted, missing, outdated, expired, makeRisk({ ownerId: OWNER_ID, id: fixtureId() })],
      SETTINGS,
      TODAY,
    );
    if (!a || !m || !o || !e || !n) throw new Error('rows missing');
    expect(acceptanceText(a)).toBe('Accepted until 2026-12-01');
    expect(acceptanceText(m)).toBe('Acceptance missing');
    expect(acceptanceText(e)).toBe('Acceptance expired');
    expect(acceptanceText(n)).toBe('Not needed');
    expect([a, m, o, e, n].map(acceptanceWanted)).toEqual([false, true, true, true, false]);
  });
});
