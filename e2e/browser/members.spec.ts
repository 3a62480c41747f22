import { expect, test, type Page } from '@playwright/test';
import { ADMIN, createWorkspace, openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

const REVIEWER = {
  name: 'Jonas Berg',
  email: 'jonas@acme.example',
  oneTime: 'one time passphrase 7',
  own: 'quiet orchard copper 19',
};

async function addReviewer(page: Page) {
  await page.getByRole('button', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Name').fill(REVIEWER.name);
  await dialog.getByLabel('Email').fill(REVIEWER.email);
  await dialog.getByLabel('Security reviewer').check();
  await dialog.getByLabel('One-time passphrase', { exact: true }).fill(REVIEWER.oneTime);
  await dialog.getByLabel('Confirm one-time passphrase').fill(REVIEWER.oneTime);
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(REVIEWER.name) })).toContainText(
    'Passphrase not chosen yet',
  );
}

test('a new member signs in with a one-time passphrase, chooses their own and certifies their signature', async ({
  page,
}) => {
  await createWorkspace(page);
  await addReviewer(page);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.getByRole('button', { name: `Continue as ${REVIEWER.name}` }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(REVIEWER.oneTime);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const choose = page.getByRole('form', { name: 'Choose your passphrase' });
  await choose.getByLabel('New passphrase', { exact: true }).fill(REVIEWER.own);
  await choose.getByLabel('Confirm new passphrase').fill(REVIEWER.own);
  await choose.getByRole('button', { name: 'Set passphrase and sign in' }).click();
  await expect(page.getByText(`Signed in as ${REVIEWER.name}`)).toBeVisible();

  // The signing ceremony: statement, meaning, name, passphrase.
  await page.getByRole('button', { name: 'Certify my signature' }).click();
  const dialog = page.getByRole('dialog', { name: /Sign: Certification/ });
  await expect(dialog).toContainText('legally binding equivalent of my handwritten signature');
  await expect(dialog).toContainText('Responsibility');
  await expect(dialog).toContainText(REVIEWER.name);
  await dialog.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
  await dialog.getByRole('button', { name: 'Sign' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not correct. Nothing was signed');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(REVIEWER.own);
  await dialog.getByRole('button', { name: 'Sign' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Members' }).click();
  const row = page.getByRole('row', { name: new RegExp(REVIEWER.name) });
  await expect(row).toContainText(`Signed by ${REVIEWER.name}`);
  await expect(row).toContainText('Responsibility');
  await expect(row).toContainText(/UTC[+-]\d{2}:\d{2}/);
  await expect(row.getByText('Verified', { exact: true })).toBeVisible();

  // The old one-time passphrase no longer works; the new one does.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: `Continue as ${REVIEWER.name}` }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(REVIEWER.oneTime);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not correct.');
  await page.getByLabel('Passphrase', { exact: true }).fill(REVIEWER.own);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${REVIEWER.name}`)).toBeVisible();
});

test('repeated wrong passphrases make sign-in wait, and every attempt is in the audit trail', async ({
  page,
}) => {
  await page.clock.install();
  await createWorkspace(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: `Continue as ${ADMIN.name}` }).click();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await passphrase.fill(`wrong guess number ${String(attempt)}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not correct.');
  }
  await passphrase.fill('wrong guess number 5');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Too many failed attempts\. Try again in (29|30) seconds\./,
  );
  // Even the right passphrase waits.
  await passphrase.fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Too many failed attempts/);
  await expect(page.getByRole('heading', { name: 'Initiatives' })).toHaveCount(0);

  // After the wait, the right passphrase works and the trail shows every attempt.
  await page.clock.fastForward('00:31');
  await passphrase.fill(ADMIN.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Initiatives' })).toBeVisible();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await page.getByLabel('Record type').selectOption({ label: 'Session' });
  const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
  await expect(rows.filter({ hasText: 'session.failed' })).toHaveCount(5);
  await expect(rows.filter({ hasText: 'session.signed-in' })).toHaveCount(1);
});

test('an auditor sees no edit controls, and a change forced through a stale screen is refused', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const pmPage = await context.newPage();
  await openSample(pmPage);
  await signIn(pmPage, 'Daniel Okafor', SAMPLE_PASSPHRASE);
  // The program manager starts a change…
  await pmPage.getByRole('button', { name: 'New initiative' }).click();
  const form = pmPage.getByRole('dialog', { name: 'New initiative' });
  await form.getByLabel('Title').fill('Forced through');
  await form.getByLabel('Business unit').fill('Claims');
  await form.getByLabel('AI system type').selectOption({ label: 'Other' });

  // …while, in another window, the administrator makes them an auditor.
  const adminPage = await context.newPage();
  await adminPage.goto('/');
  await signIn(adminPage, 'Helen Marsh', SAMPLE_PASSPHRASE);
  await adminPage.getByRole('button', { name: 'Members' }).click();
  await adminPage.getByRole('button', { name: 'Edit Daniel Okafor' }).click();
  const edit = adminPage.getByRole('dialog', { name: 'Edit Daniel Okafor' });
  await edit.getByLabel('Program manager').uncheck();
  await edit.getByLabel('Auditor (read-only)').check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();

  // The stale form submits: the command checks the role itself and refuses.
  await form.getByRole('button', { name: 'Register initiative' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'Daniel Okafor does not have permission to register initiatives',
  );
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(pmPage.getByRole('row', { name: /Forced through/ })).toHaveCount(0);
  await expect(pmPage.getByRole('button', { name: 'New initiative' })).toHaveCount(0);

  await pmPage.getByRole('button', { name: 'Members' }).click();
  await expect(
    pmPage.getByRole('button', { name: /^(Add member|Edit|Reset passphrase|Deactivate)/ }),
  ).toHaveCount(0);
  await context.close();
});

test('inactivity locks the session and unlocking returns to the same screen', async ({ page }) => {
  await page.clock.install();
  await createWorkspace(page);
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await page.getByLabel('Record type').selectOption({ label: 'Member' });
  await page.clock.fastForward('15:05');
  const lock = page.getByRole('dialog', { name: 'Session locked' });
  await expect(lock).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeHidden();
  await lock.getByLabel('Passphrase', { exact: true }).fill(ADMIN.passphrase);
  await lock.getByRole('button', { name: 'Unlock' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expect(page.getByLabel('Record type')).toHaveValue('member');
});
