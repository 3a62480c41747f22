import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN, createWorkspace, signIn } from './helpers';

async function openRiskSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Risk matrix' });
  await expect(section).toBeVisible();
  return section;
}

/** The read-only grid's cell at a likelihood (row, by its header) and impact level. */
function cell(section: Locator, rowHeader: string, impact: number) {
  return section
    .getByRole('table')
    .getByRole('row', { name: new RegExp(`^${rowHeader}\\b`) })
    .getByRole('cell')
    .nth(impact - 1);
}

async function auditRows(page: Page, action: string) {
  await page.getByRole('button', { name: 'Audit trail' }).click();
  return page
    .getByRole('table', { name: 'Audit events' })
    .getByRole('row')
    .filter({ hasText: action });
}

test('an administrator changes the appetite, a review cadence and a level name; nothing else changes', async ({
  page,
}) => {
  await createWorkspace(page);
  const section = await openRiskSettings(page);
  await expect(section.getByRole('table')).toHaveAccessibleName(/^Risk matrix, 5 × 5/);
  // Rows run from the most likely down, each cell with its score and band in words.
  await expect(section.getByRole('rowheader').first()).toHaveText('Likelihood 5 Almost certain');
  await expect(cell(section, 'Likelihood 5 Almost certain', 5)).toHaveText('Score 25, Critical');
  await expect(cell(section, 'Likelihood 1 Rare', 1)).toHaveText('Score 1, Low');
  await expect(section).toContainText('Medium. Residual risk rated high or critical');
  await expect(section.getByRole('list', { name: 'Review cadence' })).toContainText(
    'Critical risks: every month',
  );
  await expect(section).toContainText('Compliance reviewer');
  await expect(section).toContainText('No active member holds this role yet');

  await section.getByRole('button', { name: 'Edit risk matrix' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit risk matrix' });
  await dialog.getByLabel('Risk appetite').selectOption({ label: 'High' });
  await dialog.getByLabel('Months between reviews of critical risks').fill('2');
  await dialog.getByLabel('Likelihood level 5', { exact: true }).fill('Expected');
  await dialog
    .getByLabel('Role that signs risk acceptances')
    .selectOption({ label: 'Administrator' });
  // The grid in the editor follows the names as they are typed.
  await expect(dialog.getByRole('rowheader', { name: 'Likelihood 5 Expected' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save risk matrix' }).click();
  await expect(dialog).toBeHidden();

  await expect(section.getByRole('status')).toHaveText('Risk matrix saved.');
  await expect(section).toContainText(
    'High. Residual risk rated critical and treated by acceptance needs a signed acceptance.',
  );
  await expect(section.getByRole('list', { name: 'Review cadence' })).toContainText(
    'Critical risks: every 2 months',
  );
  await expect(section.getByRole('rowheader').first()).toHaveText('Likelihood 5 Expected');
  await expect(section).toContainText('Administrator');
  await expect(section).not.toContainText('No active member holds this role yet');

  // Saving the policies form on the same screen afterwards keeps the new matrix.
  const policies = page.getByRole('form', { name: 'Workspace settings' });
  await policies.getByLabel('Stalled after (days)').fill('60');
  await policies.getByRole('button', { name: 'Save settings' }).click();
  await expect(policies.getByRole('status')).toHaveText('Settings saved.');
  await expect(section.getByRole('rowheader').first()).toHaveText('Likelihood 5 Expected');

  // The other settings are untouched, and all of it is still there after signing in again.
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.passphrase);
  const again = await openRiskSettings(page);
  await expect(again.getByRole('rowheader').first()).toHaveText('Likelihood 5 Expected');
  await expect(again.getByRole('list', { name: 'Review cadence' })).toContainText(
    'Critical risks: every 2 months',
  );
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await expect(form.getByLabel('Workspace name')).toHaveValue('Acme AI Governance');
  await expect(form.getByLabel('Classification marking')).toHaveValue('Confidential');
  await expect(form.getByLabel('Stalled after (days)')).toHaveValue('60');
  await expect(await auditRows(page, 'workspace.configure')).toHaveCount(2);
});

test('changing the size asks first, then starts from that size’s defaults', async ({ page }) => {
  await createWorkspace(page);
  const section = await openRiskSettings(page);
  await section.getByRole('button', { name: 'Edit risk matrix' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit risk matrix' });
  await dialog.getByLabel('Impact level 1', { exact: true }).fill('Trivial');

  page.once('dialog', (confirm) => void confirm.dismiss());
  await dialog.getByLabel('Matrix size').selectOption({ label: '3 × 3' });
  await expect(dialog.getByLabel('Matrix size')).toHaveValue('5');
  await expect(dialog.getByLabel('Impact level 1', { exact: true })).toHaveValue('Trivial');

  page.once('dialog', (confirm) => void confirm.accept());
  await dialog.getByLabel('Matrix size').selectOption({ label: '3 × 3' });
  await expect(dialog.getByLabel('Matrix size')).toHaveValue('3');
  await expect(dialog.getByLabel('Impact level 1', { exact: true })).toHaveValue('Minor');
  await expect(dialog.getByLabel('Likelihood level 3', { exact: true })).toHaveValue('Likely');
  await expect(dialog.getByLabel('Likelihood level 4', { exact: true })).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: /^Band for likelihood/ })).toHaveCount(9);
  await dialog.getByRole('button', { name: 'Save risk matrix' }).click();
  await expect(dialog).toBeHidden();

  await expect(section.getByRole('table')).toHaveAccessibleName(/^Risk matrix, 3 × 3/);
  await expect(section.getByRole('rowheader')).toHaveCount(3);
  await expect(cell(section, 'Likelihood 3 Likely', 3)).toHaveText('Score 9, Critical');
});

test('a band lower than a less likely cell is refused with a clear message and changes nothing', async ({
  page,
}) => {
  await createWorkspace(page);
  const section = await openRiskSettings(page);
  await expect(cell(section, 'Likelihood 4 Likely', 2)).toHaveText('Score 8, Medium');
  await section.getByRole('button', { name: 'Edit risk matrix' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit risk matrix' });

  await dialog.getByLabel('Impact level 2', { exact: true }).fill('Small');
  await dialog.getByLabel('Months between reviews of critical risks').fill('2');
  const band = dialog.getByLabel('Band for likelihood 4, impact 2');
  await band.selectOption({ label: 'Low' });
  await dialog.getByRole('button', { name: 'Save risk matrix' }).click();

  const message =
    'The cell for likelihood “Likely” and impact “Small” is Low, lower than the less likely or less severe cell for likelihood “Possible” and impact “Small” (Medium)';
  await expect(dialog.getByRole('alert')).toHaveText(
    `Band for likelihood 4, impact 2: ${message}.`,
  );
  await expect(dialog).toBeVisible();
  await expect(band).toHaveAttribute('aria-invalid', 'true');
  await expect(band).toHaveAccessibleDescription(message);
  // Nothing typed was lost.
  await expect(band).toHaveValue('low');
  await expect(dialog.getByLabel('Impact level 2', { exact: true })).toHaveValue('Small');
  await expect(dialog.getByLabel('Months between reviews of critical risks')).toHaveValue('2');

  // Leaving asks first; the matrix is as it was.
  page.once('dialog', (confirm) => void confirm.accept());
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell(section, 'Likelihood 4 Likely', 2)).toHaveText('Score 8, Medium');
  await expect(section.getByRole('columnheader', { name: 'Impact 2 Minor' })).toBeVisible();
  await expect(section.getByRole('list', { name: 'Review cadence' })).toContainText(
    'Critical risks: every month',
  );
  await expect(await auditRows(page, 'workspace.configure')).toHaveCount(0);
});
