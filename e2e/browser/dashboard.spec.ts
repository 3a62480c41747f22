import { expect, test, type Page } from '@playwright/test';
import { openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

const CLAIMS = 'Motor and home claims categoriser';
const PANELS = [
  'Stage funnel',
  'Stalled',
  'Waiting on',
  'Risk',
  'Readiness in pilot',
  'Cost at scale',
] as const;

function panel(page: Page, name: (typeof PANELS)[number]) {
  return page.getByRole('region', { name, exact: true });
}

/** Risks on an initiative's Risks tab: the rows of its register, less the header. */
async function registerCount(page: Page, title: string): Promise<number> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('tab', { name: 'Risks' }).click();
  const register = page.getByRole('table', { name: `Risks of ${title}` });
  await expect(register).toBeVisible();
  const count = (await register.getByRole('row').count()) - 1;
  await page.getByRole('button', { name: '← All initiatives' }).click();
  return count;
}

async function openDashboard(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
}

test('the dashboard shows where the sample portfolio stands, and a business-unit filter narrows every panel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Daniel Okafor', SAMPLE_PASSPHRASE);

  // What the register holds, counted on each initiative's Risks tab.
  const titles = [
    'Contract review assistant',
    CLAIMS,
    'Customer-support ticket triage assistant',
    'Invoice data-extraction pipeline',
    'Radiology worklist triage model',
  ];
  const counts = new Map<string, number>();
  for (const title of titles) counts.set(title, await registerCount(page, title));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(0);

  await openDashboard(page);
  const filters = page.getByRole('form', { name: 'Dashboard filters' });
  await expect(filters.getByRole('status')).toHaveText('5 of 5 initiatives');

  // Stalled: the claims categoriser, its least-ready gap and what blocks its Enter pilot review.
  const stalled = panel(page, 'Stalled');
  const stalledRow = stalled
    .getByRole('table', { name: 'Stalled initiatives, longest in stage first' })
    .getByRole('row', { name: new RegExp(CLAIMS) });
  await expect(stalledRow).toContainText('Proof of concept');
  await expect(stalledRow).toContainText('Integration: not started');
  await expect(stalledRow).toContainText('Enter pilot');
  await expect(stalledRow).toContainText('Changes requested');
  await expect(stalledRow).toContainText('Security (Marcus Webb): not met');

  // Waiting on: Compliance and Operations for its Enter pilot review, past the target.
  const waiting = panel(page, 'Waiting on');
  const reviews = waiting.getByRole('table', { name: 'Pending reviews, oldest first' });
  const compliance = reviews.getByRole('row', {
    name: new RegExp(`${CLAIMS} Enter pilot Compliance Awaiting review Grace Adeyemi`),
  });
  const operations = reviews.getByRole('row', {
    name: new RegExp(`${CLAIMS} Enter pilot Operations Awaiting review Inês Carvalho`),
  });
  await expect(compliance).toContainText('Overdue');
  await expect(operations).toContainText('Overdue');
  await expect(
    waiting
      .getByRole('table', { name: 'Pending reviews by function' })
      .getByRole('rowheader', { name: 'Compliance' }),
  ).toBeVisible();
  await expect(
    waiting
      .getByRole('table', { name: 'Pending reviews by reviewer' })
      .getByRole('rowheader', { name: 'Grace Adeyemi' }),
  ).toBeVisible();
  await expect(
    waiting
      .getByRole('table', { name: 'Overdue conditions by owner' })
      .getByRole('rowheader', { name: 'Priya Raman' }),
  ).toBeVisible();

  // Risk: the count matches the register.
  const risk = panel(page, 'Risk');
  await expect(risk).toContainText(`${String(total)} risks in the register`);
  await expect(
    risk.getByRole('table', {
      name: new RegExp(`^Residual risk: ${String(total)} risks by likelihood`),
    }),
  ).toBeVisible();

  await expect(panel(page, 'Readiness in pilot')).toContainText('1 initiative in pilot');
  await expect(
    panel(page, 'Cost at scale').getByRole('button', {
      name: 'Customer-support ticket triage assistant',
    }),
  ).toBeVisible();

  // Charts take keyboard focus and are named.
  const funnelChart = panel(page, 'Stage funnel').getByRole('img', { name: 'Stage funnel' });
  await funnelChart.focus();
  await expect(funnelChart).toBeFocused();

  // A business-unit filter changes every panel.
  const before = new Map<string, string>();
  for (const name of PANELS) before.set(name, await panel(page, name).innerText());
  await filters.getByLabel('Business unit').selectOption('Claims');
  await expect(filters.getByRole('status')).toHaveText('1 of 5 initiatives');
  for (const name of PANELS) {
    await expect
      .poll(() => panel(page, name).innerText(), { message: name })
      .not.toBe(before.get(name));
  }
  await expect(panel(page, 'Stage funnel')).toContainText('1 initiative;');
  await expect(stalled).toContainText('1 of 1 initiative in proof of concept or pilot');
  await expect(stalledRow).toBeVisible();
  await expect(
    reviews.getByRole('button', { name: 'Customer-support ticket triage assistant' }),
  ).toHaveCount(0);
  await expect(compliance).toBeVisible();
  await expect(waiting).toContainText('No condition is overdue.');
  const claimsRisks = counts.get(CLAIMS) ?? 0;
  await expect(risk).toContainText(
    `${String(claimsRisks)} ${claimsRisks === 1 ? 'risk' : 'risks'} in the register`,
  );
  await expect(panel(page, 'Readiness in pilot')).toContainText('No initiatives in pilot.');
  await expect(panel(page, 'Cost at scale')).toContainText('No projected cost is flagged.');

  // Each panel leads to the list behind it, filtered the same way.
  await stalled.getByRole('button', { name: 'Show stalled initiatives in the list' }).click();
  await expect(page.getByRole('heading', { name: 'Initiatives', level: 1 })).toBeVisible();
  const listFilters = page.getByRole('form', { name: 'Filter initiatives' });
  await expect(listFilters.getByLabel('Business unit')).toHaveValue('Claims');
  await expect(listFilters.getByLabel('Stalled only')).toBeChecked();
  await expect(
    page.getByRole('table', { name: 'Initiatives' }).getByRole('button', { name: CLAIMS }),
  ).toBeVisible();
  await expect(listFilters.getByRole('status')).toHaveText('1 of 5 shown');

  // The Waiting on panel leads to exactly the initiatives it counts.
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await panel(page, 'Waiting on')
    .getByRole('button', { name: 'Show these initiatives in the list' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: '“Waiting on” panel' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Initiatives' });
  await expect(table.getByRole('button', { name: CLAIMS })).toBeVisible();
  await page.getByRole('button', { name: 'Show all initiatives' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Waiting on” panel' })).toHaveCount(0);
});
