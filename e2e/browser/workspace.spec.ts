import { expect, test } from '@playwright/test';
import { ADMIN, createWorkspace, openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

test('create a workspace, add an initiative, and find it again after a reload', async ({
  page,
}) => {
  await createWorkspace(page);
  await expect(page.getByText('No initiatives yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New initiative' }).click();
  const dialog = page.getByRole('dialog', { name: 'New initiative' });
  await dialog.getByLabel('Title').fill('Supplier risk screening');
  await dialog.getByLabel('Business unit').fill('Procurement');
  await dialog.getByLabel('AI system type').selectOption({ label: 'Classical ML' });
  await dialog.getByLabel('Current stage').selectOption({ label: 'Proof of concept' });
  await dialog.getByRole('button', { name: 'Register initiative' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table', { name: 'Initiatives' });
  await expect(table.getByRole('row', { name: /Supplier risk screening/ })).toContainText(
    'Proof of concept',
  );

  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.passphrase);
  await expect(
    page
      .getByRole('table', { name: 'Initiatives' })
      .getByRole('row', { name: /Supplier risk screening/ }),
  ).toContainText('Procurement');
});

test('a form with bad input explains what is wrong and saves nothing', async ({ page }) => {
  await createWorkspace(page);
  await page.getByRole('button', { name: 'New initiative' }).click();
  const dialog = page.getByRole('dialog', { name: 'New initiative' });
  await dialog.getByLabel('Business unit').fill('Finance');
  await dialog.getByRole('button', { name: 'Register initiative' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Title is required');
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No initiatives yet.')).toBeVisible();
});

test('the create-workspace form refuses an invalid email', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Create workspace' });
  await form.getByLabel('Workspace name').fill('Broken');
  await form.getByLabel('Your name').fill('Sam');
  await form.getByLabel('Your email').fill('sam-at-example');
  await form.getByLabel('Passphrase', { exact: true }).fill('a long enough passphrase');
  await form.getByLabel('Confirm passphrase').fill('a long enough passphrase');
  await form.getByRole('button', { name: 'Create workspace' }).click();
  await expect(form.getByRole('alert')).toContainText('valid email');
  await page.reload();
  // Nothing was created: the first-run screen lists no workspaces.
  await expect(page.getByRole('heading', { name: 'Workspaces on this computer' })).toHaveCount(0);
});

test('open the sample workspace and see its portfolio', async ({ page }) => {
  await openSample(page);
  await expect(page.getByText(`every member’s passphrase is ${SAMPLE_PASSPHRASE}`)).toBeVisible();
  await signIn(page, 'Helen Marsh', SAMPLE_PASSPHRASE);
  await expect(page.getByText('Sample data')).toBeVisible();
  const table = page.getByRole('table', { name: 'Initiatives' });
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table.getByRole('row', { name: /ticket triage/i })).toContainText('Pilot');
  await expect(table.getByRole('row', { name: /claims categoriser/i })).toContainText('Stalled');
  await expect(page.getByRole('status').filter({ hasText: /Storage/ })).toBeVisible();

  await page.getByRole('button', { name: 'Audit trail' }).click();
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Integrity verified' })).toBeVisible();
});

test('an auditor sees no controls to change records', async ({ page }) => {
  await openSample(page);
  await signIn(page, 'Ruth Kimani', SAMPLE_PASSPHRASE);
  await expect(page.getByRole('button', { name: 'New initiative' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Members' }).click();
  await expect(page.getByRole('button', { name: 'Add member' })).toHaveCount(0);
});
