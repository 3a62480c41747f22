import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildDashboard, type Dashboard } from '../../../shared/dashboard/buildDashboard';
import {
  daysAgo,
  gate,
  initiative,
  NOW,
  OWNER_MEMBER,
  readiness,
  REVIEWERS,
  risk,
} from '../../../shared/dashboard/testFixtures';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/domain/workspace';
import { contrastRatio, WCAG_AA_NORMAL_TEXT } from '../../../shared/risk/contrast';
import { DEFAULT_RISK_MATRIX } from '../../../shared/risk/matrix';
import { funnelDescription, readinessDescription } from './charts';
import { FUNNEL_COLOURS, READINESS_COLOURS } from './colours';
import { CostSection } from './CostSection';
import { formatDays, formatMoney, formatMultiple, formatPercent, plural } from './format';
import { FunnelSection } from './FunnelSection';
import type { Navigation } from './Panel';
import { ReadinessSection } from './ReadinessSection';
import { RiskSection } from './RiskSection';
import { StalledSection } from './StalledSection';
import { WaitingOnSection } from './WaitingOnSection';

const nav: Navigation = {
  showList: () => undefined,
  openInitiative: () => undefined,
  openRisks: () => undefined,
};

const stuck = initiative({
  title: 'Claims categoriser',
  daysInStage: 245,
  readiness: readiness({ scale: 'ready' }),
});
const pilot = initiative({
  title: 'Ticket triage',
  stage: 'pilot',
  daysInStage: 20,
  readiness: readiness({ 'data-quality': 'ready', integration: 'in-progress' }),
  cost: {
    currency: 'USD',
    pocMonthlyCost: 600,
    unitCost: 55,
    unitBasis: 'per-1000-requests',
    productionMonthlyVolume: 780_000,
  },
});

function model(overrides: Partial<Parameters<typeof buildDashboard>[0]> = {}): Dashboard {
  return buildDashboard({
    now: NOW,
    settings: DEFAULT_WORKSPACE_SETTINGS,
    initiatives: [stuck, pilot],
    risks: [
      risk(stuck.id, { residual: { likelihood: 4, impact: 4 }, category: 'evaluation' }),
      risk(pilot.id, { residual: { likelihood: 1, impact: 1 }, category: 'privacy' }),
    ],
    gates: [gate(stuck, { openedDaysAgo: 40 })],
    signoffs: [],
    members: [...REVIEWERS, OWNER_MEMBER],
    stageChanges: [
      {
        initiativeId: pilot.id,
        from: 'proof-of-concept',
        to: 'pilot',
        fromEnteredAt: daysAgo(100),
        at: daysAgo(20),
      },
    ],
    ...overrides,
  });
}

const dashboard = model();

describe('FunnelSection', () => {
  const html = renderToStaticMarkup(<FunnelSection funnel={dashboard.funnel} nav={nav} />);

  it('draws a focusable chart described in words, beside its table', () => {
    expect(html).toContain('role="img"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain('<title');
    expect(html).toContain(funnelDescription(dashboard.funnel));
    expect(html).toContain(
      '<caption>Initiatives by stage, with conversion and median time in stage</caption>',
    );
    expect(html).toContain('aria-labelledby="dash-funnel-heading"');
  });

  it('gives every stage a link into the list and the medians in words', () => {
    expect(html).toContain('Pilot<span class="visually-hidden">: show in the list</span>');
    expect(html).toContain('2 months (1 stay)');
    expect(html).toContain('Show these initiatives in the list');
  });

  it('says the medians are loading while the history loads', () => {
    const loading = model({ stageChanges: null });
    expect(renderToStaticMarkup(<FunnelSection funnel={loading.funnel} nav={nav} />)).toContain(
      'Loading…',
    );
  });

  it('describes the funnel stage by stage', () => {
    expect(funnelDescription(dashboard.funnel)).toBe(
      'Idea: 2 reached, 0 there now, 100% went on to Proof of concept. ' +
        'Proof of concept: 2 reached, 1 there now, 50% went on to Pilot. ' +
        'Pilot: 1 reached, 1 there now, 0% went on to Production. ' +
        'Production: 0 reached, 0 there now.',
    );
  });
});

describe('StalledSection', () => {
  it('lists the stalled initiative with its gap, gate and blocker', () => {
    const html = renderToStaticMarkup(<StalledSection stalled={dashboard.stalled} nav={nav} />);
    expect(html).toContain(
      '1 of 2 initiatives in proof of concept or pilot has been in the stage more than 90 days.',
    );
    expect(html).toContain('>Claims categoriser</button>');
    expect(html).toContain('Data quality: not started');
    expect(html).toContain('Enter pilot');
    expect(html).toContain('Waiting on Legal, Compliance, Security, Operations.');
    expect(html).toContain('Show stalled initiatives in the list');
  });

  it('says when nothing has stalled', () => {
    const calm = model({ initiatives: [pilot] });
    expect(renderToStaticMarkup(<StalledSection stalled={calm.stalled} nav={nav} />)).toContain(
      'Nothing has stalled.',
    );
  });
});

describe('WaitingOnSection', () => {
  it('groups pending reviews by function and reviewer and lists them with their age', () => {
    const html = renderToStaticMarkup(<WaitingOnSection waiting={dashboard.waitingOn} nav={nav} />);
    expect(html).toContain(
      '4 reviews pending, 4 past the 10-working-day response target; 0 overdue conditions.',
    );
    expect(html).toContain('<caption>Pending reviews by function</caption>');
    expect(html).toContain('<caption>Pending reviews by reviewer</caption>');
    expect(html).toContain('<caption>Pending reviews, oldest first</caption>');
    expect(html).toContain('Cara Compliance');
    expect(html).toContain('Overdue');
    expect(html).toContain('No condition is overdue.');
  });

  it('says when nobody may give a review', () => {
    const alone = model({ members: [OWNER_MEMBER] });
    const html = renderToStaticMarkup(<WaitingOnSection waiting={alone.waitingOn} nav={nav} />);
    expect(html).toContain('Nobody eligible');
    expect(html).toContain('4 reviews cannot be given by anyone');
  });
});

describe('RiskSection', () => {
  const html = renderToStaticMarkup(
    <RiskSection risk={dashboard.risk} matrix={DEFAULT_RISK_MATRIX} nav={nav} />,
  );

  it('gives the count, the heat map with its table, and counts by band and category', () => {
    expect(html).toContain('2 risks in the register');
    expect(html).toContain(dashboard.risk.heatMapTable.caption);
    expect(html).toContain('Residual risk heat map');
    expect(html).toContain('<caption>Risks by residual band</caption>');
    expect(html).toContain('<caption>Risks by category, most first</caption>');
    expect(html).toContain('Critical, score 16');
    expect(html).toContain('Open the risk register');
  });

  it('writes every band colour’s name in text', () => {
    for (const label of ['Low', 'Medium', 'High', 'Critical']) expect(html).toContain(`>${label}<`);
  });
});

describe('ReadinessSection', () => {
  it('tallies the gaps of initiatives in pilot in a chart and a table', () => {
    const html = renderToStaticMarkup(
      <ReadinessSection readiness={dashboard.readiness} nav={nav} />,
    );
    expect(html).toContain('1 initiative in pilot; 1 of the six gaps ready in all of them.');
    expect(html).toContain(readinessDescription(dashboard.readiness));
    expect(html).toContain('<caption>Gaps across initiatives in pilot</caption>');
    expect(html).toContain('Show pilots with a gap not started');
  });

  it('says when nothing is in pilot', () => {
    const none = model({ initiatives: [stuck] });
    const html = renderToStaticMarkup(<ReadinessSection readiness={none.readiness} nav={nav} />);
    expect(html).toContain('No initiatives in pilot.');
    expect(html).not.toContain('<svg');
  });
});

describe('CostSection', () => {
  it('lists flagged costs in their own currency with the multiple and the reason', () => {
    const html = renderToStaticMarkup(<CostSection cost={dashboard.cost} nav={nav} />);
    expect(html).toContain('1 of 1 initiative with a cost projection is flagged');
    expect(html).toContain('USD 600');
    expect(html).toContain('USD 42,900');
    expect(html).toContain('71.5×');
    expect(html).toContain('Above the threshold; Multiple of POC cost');
    expect(html).toContain('1 initiative has no projection yet.');
  });
});

describe('colours', () => {
  it('meet WCAG AA contrast for every text on its background', () => {
    for (const colours of Object.values(READINESS_COLOURS)) {
      expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(
        WCAG_AA_NORMAL_TEXT,
      );
    }
    expect(contrastRatio(FUNNEL_COLOURS.text, FUNNEL_COLOURS.bar)).toBeGreaterThanOrEqual(
      WCAG_AA_NORMAL_TEXT,
    );
    expect(contrastRatio(FUNNEL_COLOURS.ink, '#ffffff')).toBeGreaterThanOrEqual(
      WCAG_AA_NORMAL_TEXT,
    );
    expect(contrastRatio('#55606e', '#ffffff')).toBeGreaterThanOrEqual(WCAG_AA_NORMAL_TEXT);
  });
});

describe('format', () => {
  it('writes rates, days, money, multiples and counts for people', () => {
    expect(formatPercent(0.666)).toBe('67%');
    expect(formatPercent(null)).toBe('–');
    expect(formatDays(null)).toBe('–');
    expect(formatDays(3.9)).toBe('3 days');
    expect(formatDays(92.5)).toBe('3 months');
    expect(formatMoney(2520.4, 'EUR')).toBe('EUR 2,520');
    expect(formatMoney(null, 'EUR')).toBe('–');
    expect(formatMultiple(71.5)).toBe('71.5×');
    expect(formatMultiple(10)).toBe('10×');
    expect(formatMultiple(null)).toBe('–');
    expect(plural(1, 'review')).toBe('1 review');
    expect(plural(1200, 'risk')).toBe('1,200 risks');
  });
});
