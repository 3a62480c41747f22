import { expect, test, type Page } from '@playwright/test';
import { createWorkspace } from './helpers';

async function registerInitiative(page: Page, title: string) {
  await page.getByRole('button', { name: 'New initiative' }).click();
  const dialog = page.getByRole('dialog', { name: 'New initiative' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Business unit').fill('Claims');
  await dialog.getByLabel('AI system type').selectOption({ label: 'Classical ML' });
  await dialog.getByLabel('Current stage').selectOption({ label: 'Proof of concept' });
  await dialog.getByRole('button', { name: 'Register initiative' }).click();
  await expect(dialog).toBeHidden();
}

test('fill a profile, classify it, change a material field with a reason, and filter the list', async ({
  page,
}) => {
  await createWorkspace(page);
  await registerInitiative(page, 'Claims categoriser');
  await registerInitiative(page, 'Fraud signals');
  await page.getByRole('button', { name: 'Claims categoriser' }).click();
  await expect(page.getByRole('heading', { name: 'Claims categoriser', level: 1 })).toBeVisible();

  // Profile: recording material fields for the first time needs no reason.
  const profile = page.getByRole('form', { name: 'Initiative profile' });
  await profile
    .getByLabel('Intended purpose')
    .fill('Route incoming motor and home claims to the right handling team.');
  await profile.getByLabel('Model or product').fill('Gradient-boosted classifier');
  await profile.getByLabel('Provider').fill('In-house');
  await profile.getByLabel('Version', { exact: true }).fill('1.0');
  await profile.getByLabel('Personal data').check();
  await profile.getByLabel('People affected').fill('Policyholders making a claim');
  await profile.getByLabel('Human oversight').selectOption({ label: 'Human in the loop' });
  await profile.getByRole('button', { name: 'Add integration point' }).click();
  await profile.getByLabel('System 1', { exact: true }).fill('Claims platform');
  await profile.getByLabel('Direction of system 1').selectOption({ label: 'Reads and writes' });
  await profile.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // EU AI Act: a guided questionnaire ending in a tier with its articles.
  await page.getByRole('tab', { name: 'EU AI Act' }).click();
  await expect(page.getByText('Not classified yet')).toBeVisible();
  await page.getByRole('button', { name: 'Classify under the EU AI Act' }).click();
  const questionnaire = page.getByRole('form', { name: 'EU AI Act classification' });
  await questionnaire.getByRole('radio', { name: /^Deployer/ }).check();
  await questionnaire.getByRole('button', { name: 'Next' }).click();
  await questionnaire.getByRole('button', { name: 'Next' }).click(); // no prohibited practice
  await questionnaire.getByRole('radio', { name: /^No/ }).check(); // not an Annex I product
  await questionnaire.getByRole('button', { name: 'Next' }).click();
  await questionnaire
    .getByRole('checkbox', { name: /^Essential private and public services/ })
    .check();
  await questionnaire.getByRole('button', { name: 'Next' }).click();
  await questionnaire.getByRole('radio', { name: /^None of these/ }).check();
  await questionnaire.getByRole('radio', { name: /^Yes/ }).check(); // profiles people
  await questionnaire.getByRole('button', { name: 'Next' }).click();
  await questionnaire.getByRole('button', { name: 'See result' }).click();
  await expect(questionnaire).toContainText('High risk');
  await expect(questionnaire).toContainText('Art. 6(2)');
  await questionnaire.getByRole('button', { name: 'Save classification' }).click();
  await expect(page.getByRole('button', { name: 'Answer the questionnaire again' })).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText('High risk');

  // Changing a material field that held a value asks for a reason.
  await page.getByRole('tab', { name: 'Profile' }).click();
  await profile.getByLabel('Version', { exact: true }).fill('2.0');
  await profile.getByRole('button', { name: 'Save changes' }).click();
  const reason = page.getByRole('dialog', { name: 'Reason for a material change' });
  await expect(reason).toContainText('Version: 1.0 → 2.0');
  await reason
    .getByLabel('Reason for the change')
    .fill('Retrained on 2026 claims after drift in home claims');
  await reason.getByRole('button', { name: 'Save with this reason' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Material change recorded: Version' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'EU AI Act' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Needs review');
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(
    'Reason: Retrained on 2026 claims after drift in home claims',
  );

  // The list: filter by tier and stage.
  await page.getByRole('button', { name: '← All initiatives' }).click();
  const table = page.getByRole('table', { name: 'Initiatives' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Tier').selectOption({ label: 'High risk' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /Claims categoriser/ })).toContainText('High risk');
  await page.getByLabel('Tier').selectOption({ label: 'Not classified' });
  await expect(table.getByRole('row', { name: /Fraud signals/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Stage').selectOption({ label: 'Pilot' });
  await expect(page.getByText('No initiative matches these filters.')).toBeVisible();
});

test('leaving a profile with unsaved changes asks first', async ({ page }) => {
  await createWorkspace(page);
  await registerInitiative(page, 'Invoice extraction');
  await page.getByRole('button', { name: 'Invoice extraction' }).click();
  await page
    .getByRole('form', { name: 'Initiative profile' })
    .getByLabel('Summary')
    .fill('Reads supplier invoices');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '← All initiatives' }).click();
  // Dismissed: still on the profile, the text still there.
  await expect(page.getByRole('heading', { name: 'Invoice extraction', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue('Reads supplier invoices');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '← All initiatives' }).click();
  await expect(page.getByRole('heading', { name: 'Initiatives', level: 1 })).toBeVisible();
});

test('the business case shows what the POC will cost at production volume', async ({ page }) => {
  await createWorkspace(page);
  await registerInitiative(page, 'Support assistant');
  await page.getByRole('button', { name: 'Support assistant' }).click();
  await page.getByRole('tab', { name: 'Business case' }).click();
  const form = page.getByRole('form', { name: 'Business case' });
  await form.getByLabel('Monthly cost at POC volume').fill('500');
  await form.getByLabel('Unit cost').fill('2');
  await form.getByLabel('Production requests per month').fill('25000000');
  await expect(form.getByRole('status')).toHaveText('100× the proof-of-concept cost');
  await form.getByRole('button', { name: 'Add KPI' }).click();
  await form.getByLabel('KPI 1 name').fill('Average handling time');
  await form.getByLabel('KPI 1 baseline').fill('fourteen');
  await form.getByRole('button', { name: 'Save business case' }).click();
  await expect(form.getByRole('alert')).toContainText('Baseline must be a number');
  await form.getByLabel('KPI 1 baseline').fill('14');
  await form.getByRole('button', { name: 'Save business case' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Business case saved.' })).toBeVisible();
});
