import { expect, test, type Page } from '@playwright/test';
import { openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

const INITIATIVE = 'Invoice data-extraction pipeline';

async function openRisksTab(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Initiatives' })
    .click();
  await page.getByRole('button', { name: INITIATIVE }).click();
  await page.getByRole('tab', { name: 'Risks' }).click();
}

/** Adds a library risk in two clicks after opening the dialog: choose it, confirm. */
async function addFromTemplate(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add risk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add risk' });
  await expect(dialog.getByRole('tab', { name: 'From template' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const form = dialog.getByRole('form', { name: 'Add risk from template' });
  await form.getByRole('radio', { name: title }).check();
  await form.getByRole('button', { name: 'Add risk' }).click();
  await expect(dialog).toBeHidden();
  // The new risk opens below the register.
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeFocused();
}

function registerRow(page: Page, title: string) {
  return page.getByRole('table', { name: `Risks of ${INITIATIVE}` }).getByRole('row', {
    name: new RegExp(title),
  });
}

test('a risk from a template: a control, a lower residual, a signed acceptance, live heat maps and the portfolio', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = 'Prompt injection through content the system reads';
  await openSample(page);
  await signIn(page, 'Grace Adeyemi', SAMPLE_PASSPHRASE);
  await openRisksTab(page);

  const inherent = page.getByRole('table', { name: /^Inherent risk:/ });
  const residual = page.getByRole('table', { name: /^Residual risk:/ });
  await expect(inherent).toHaveAccessibleName(/^Inherent risk: 3 risks/);
  await expect(
    inherent.getByRole('button', { name: 'Inherent: likelihood 4, impact 4, Critical, 0 risks' }),
  ).toBeVisible();

  // From the library: rated 4 × 4 (critical) with three suggested controls.
  await addFromTemplate(page, title);
  await expect(inherent).toHaveAccessibleName(/^Inherent risk: 4 risks/);
  await expect(
    inherent.getByRole('button', { name: 'Inherent: likelihood 4, impact 4, Critical, 1 risk' }),
  ).toBeVisible();
  await expect(
    residual.getByRole('button', { name: 'Residual: likelihood 4, impact 4, Critical, 1 risk' }),
  ).toBeVisible();
  await expect(registerRow(page, title)).toContainText('16 Critical');
  await expect(registerRow(page, title)).toContainText('0 of 3 in place');

  // Add a control in place, lower the residual and choose to accept what is left.
  const detail = page.getByRole('region', { name: title });
  await detail.getByRole('button', { name: 'Edit risk' }).click();
  const editor = page.getByRole('form', { name: 'Edit risk' });
  await editor.getByRole('button', { name: 'Add control' }).click();
  await editor
    .getByLabel('Control 4 description')
    .fill('Strip instructions from retrieved documents before they reach the model');
  await editor.getByLabel('Control 4 status').selectOption({ label: 'In place' });
  await editor.getByLabel('Residual likelihood').selectOption({ label: '3 — Possible' });
  await expect(editor.getByRole('status', { name: 'Residual score and band' })).toHaveText(
    'Score 12, High',
  );
  await editor.getByLabel('Treatment', { exact: true }).selectOption({ label: 'Accept' });
  await editor.getByLabel('Reason for the change (optional)').fill('Input filter is live');
  await editor.getByRole('button', { name: 'Save risk' }).click();
  await expect(editor).toBeHidden();

  // Both maps follow at once: inherent stays, residual moves from 4 × 4 to 3 × 4.
  await expect(
    inherent.getByRole('button', { name: 'Inherent: likelihood 4, impact 4, Critical, 1 risk' }),
  ).toBeVisible();
  await expect(
    residual.getByRole('button', { name: 'Residual: likelihood 4, impact 4, Critical, 0 risks' }),
  ).toBeVisible();
  await expect(
    residual.getByRole('button', { name: 'Residual: likelihood 3, impact 4, High, 1 risk' }),
  ).toBeVisible();
  await expect(registerRow(page, title)).toContainText('12 High');
  await expect(registerRow(page, title)).toContainText('1 of 4 in place');
  await expect(registerRow(page, title)).toContainText('Acceptance missing');

  // An expiry in the past is refused before any passphrase is asked for.
  await detail.getByRole('button', { name: 'Accept residual risk' }).click();
  const accept = page.getByRole('form', { name: 'Accept residual risk' });
  await expect(accept.getByLabel('Acceptance expires on')).not.toHaveValue('');
  const sixMonths = await accept.getByLabel('Acceptance expires on').inputValue();
  await accept.getByLabel('Acceptance expires on').fill('2020-01-01');
  await accept.getByRole('button', { name: 'Sign acceptance' }).click();
  await expect(accept.getByRole('alert')).toContainText('The acceptance must expire after today');
  await expect(page.getByRole('dialog', { name: /^Sign: / })).toBeHidden();

  // Signed with the meaning "Acceptance of risk".
  await accept.getByLabel('Acceptance expires on').fill(sixMonths);
  await accept.getByRole('button', { name: 'Sign acceptance' }).click();
  const signing = page.getByRole('dialog', { name: `Sign: Accept residual risk: ${title}` });
  await expect(signing).toContainText('Acceptance of risk');
  await signing.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_PASSPHRASE);
  await signing.getByRole('button', { name: 'Sign' }).click();
  await expect(signing).toBeHidden();
  await expect(accept).toBeHidden();
  await expect(detail).toContainText('Signed by Grace Adeyemi');
  await expect(detail).toContainText('Acceptance of risk');
  await expect(detail).toContainText('Verified');
  await expect(detail).not.toContainText('Not verified');
  await expect(detail).toContainText(`Expires on ${sixMonths}.`);
  await expect(detail.getByRole('button', { name: 'Accept residual risk' })).toBeHidden();
  await expect(registerRow(page, title)).toContainText(`Accepted until ${sixMonths}`);

  // The history says who changed what, when and why.
  const history = detail.getByRole('list', { name: `History of ${title}` });
  await expect(history).toContainText(
    'Signed the acceptance of the residual risk by Grace Adeyemi',
  );
  await expect(history).toContainText(
    'Residual rating: likelihood 4 × impact 4 (score 16) → likelihood 3 × impact 4 (score 12)',
  );
  await expect(history).toContainText('Treatment: Mitigate → Accept');
  await expect(history).toContainText('Control added');
  await expect(history).toContainText('Reason: Input filter is live');
  await expect(history).toContainText('Recorded the risk by Grace Adeyemi');

  // A heat-map cell filters the register; "Show all" clears it.
  await residual
    .getByRole('button', { name: 'Residual: likelihood 3, impact 4, High, 1 risk' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 4 risks' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: `Risks of ${INITIATIVE}` }).getByRole('row'),
  ).toHaveCount(2);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(
    page.getByRole('table', { name: `Risks of ${INITIATIVE}` }).getByRole('row'),
  ).toHaveCount(5);

  // A review restarts the cadence and is recorded.
  await detail.getByRole('button', { name: 'Record review' }).click();
  const review = page.getByRole('form', { name: 'Record review' });
  await review.getByRole('radio', { name: 'Still valid' }).check();
  await review.getByRole('button', { name: 'Record review' }).click();
  await expect(review).toBeHidden();
  await expect(history).toContainText('Reviewed the risk by Grace Adeyemi');

  // The portfolio, filtered by residual band, finds it across initiatives.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Risks' })
    .click();
  await expect(page.getByRole('heading', { name: 'Risks', level: 1 })).toBeVisible();
  const portfolio = page.getByRole('table', { name: 'Risks across initiatives' });
  await expect(portfolio.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  await page.getByLabel('Residual band').selectOption({ label: 'Critical' });
  await expect(portfolio.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  await page.getByLabel('Residual band').selectOption({ label: 'High' });
  const counts = page.getByRole('list', { name: 'Counts of the risks shown' });
  await expect(counts).toContainText('Critical: 0');
  await expect(counts).toContainText('Medium: 0');
  await expect(counts).toContainText('Low: 0');
  const row = portfolio.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText(INITIATIVE);
  await expect(row).toContainText('12 High');
  const portfolioMap = page.getByRole('table', { name: /^Residual risk:/ });
  await expect(
    portfolioMap.getByRole('button', {
      name: /^Residual: likelihood 3, impact 4, High, \d+ risks?$/,
    }),
  ).toBeVisible();
  await expect(
    portfolioMap.getByRole('button', {
      name: 'Residual: likelihood 4, impact 4, Critical, 0 risks',
    }),
  ).toBeVisible();

  // A row opens the initiative's Risks tab on that risk.
  await row.getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { name: INITIATIVE, level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Risks' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
});

test('bad input: a control without a description and an acceptance without the role change nothing', async ({
  page,
}) => {
  const title = 'The provider changes the model, its terms or its price';
  await openSample(page);
  await signIn(page, 'Daniel Okafor', SAMPLE_PASSPHRASE);
  await openRisksTab(page);
  await addFromTemplate(page, title);
  await expect(registerRow(page, title)).toContainText('0 of 3 in place');

  // A control with no description: a clear error, the dialog keeps what was typed.
  const detail = page.getByRole('region', { name: title });
  await detail.getByRole('button', { name: 'Edit risk' }).click();
  const editor = page.getByRole('form', { name: 'Edit risk' });
  await editor.getByLabel('Title', { exact: true }).fill('Provider retires the model we rely on');
  await editor.getByRole('button', { name: 'Add control' }).click();
  await editor.getByRole('button', { name: 'Save risk' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Control description is required');
  await expect(editor.getByLabel('Control 4 description')).toHaveAccessibleDescription(
    'Control description is required',
  );
  await expect(editor.getByLabel('Title', { exact: true })).toHaveValue(
    'Provider retires the model we rely on',
  );
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toBeHidden();
  await expect(registerRow(page, title)).toContainText('0 of 3 in place');
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(
    detail.getByRole('list', { name: `History of ${title}` }).getByRole('listitem'),
  ).toHaveCount(1);

  // Accepting the residual risk needs the compliance reviewer role, which Daniel lacks.
  await detail.getByRole('button', { name: 'Edit risk' }).click();
  await editor.getByLabel('Treatment', { exact: true }).selectOption({ label: 'Accept' });
  await editor.getByRole('button', { name: 'Save risk' }).click();
  await expect(editor).toBeHidden();
  await expect(registerRow(page, title)).toContainText('Acceptance missing');
  await detail.getByRole('button', { name: 'Accept residual risk' }).click();
  const accept = page.getByRole('form', { name: 'Accept residual risk' });
  await expect(accept.getByRole('alert')).toHaveText(
    'You cannot accept this risk: Daniel Okafor does not hold the Compliance reviewer role, which this workspace requires to accept a risk.',
  );
  await expect(accept.getByRole('button', { name: 'Sign acceptance' })).toBeDisabled();
  await accept.getByRole('button', { name: 'Cancel' }).click();
  await expect(accept).toBeHidden();
  await expect(registerRow(page, title)).toContainText('Acceptance missing');
  await expect(detail).not.toContainText('Signed by');

  // A blank risk needs a category; the score and band are derived as the levels are chosen.
  const blankTitle = 'Suppliers object to automated processing';
  await page.getByRole('button', { name: 'Add risk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add risk' });
  await dialog.getByRole('tab', { name: 'Blank risk' }).click();
  const blank = dialog.getByRole('form', { name: 'New risk' });
  await blank.getByLabel('Title', { exact: true }).fill(blankTitle);
  await blank.getByLabel('Inherent likelihood').selectOption({ label: '4 — Likely' });
  await expect(blank.getByRole('status', { name: 'Inherent score and band' })).toHaveText(
    'Score 12, High',
  );
  await blank.getByRole('button', { name: 'Add risk' }).click();
  await expect(blank.getByRole('alert')).toHaveText('Choose a risk category');
  await expect(blank.getByLabel('Title', { exact: true })).toHaveValue(blankTitle);
  await expect(registerRow(page, blankTitle)).toHaveCount(0);
  await blank.getByLabel('Category').selectOption({ label: 'Stakeholder alignment' });
  await blank.getByRole('button', { name: 'Add risk' }).click();
  await expect(dialog).toBeHidden();
  await expect(registerRow(page, blankTitle)).toContainText('12 High');
  await expect(registerRow(page, blankTitle)).toContainText('9 Medium');
});
