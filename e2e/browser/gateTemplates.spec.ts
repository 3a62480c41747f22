import { expect, test, type Page } from '@playwright/test';
import { defaultTemplate } from '../../shared/gates/defaultTemplates';
import { ADMIN, createWorkspace, signIn } from './helpers';

const PROGRAM_MANAGER = {
  name: 'Mara Lindqvist',
  email: 'mara@acme.example',
  oneTime: 'one time passphrase 8',
  own: 'amber meadow kettle 31',
};

/** How many checklist items a function of the default "Enter pilot" template starts with. */
function defaultItemCount(fn: string): number {
  const req = defaultTemplate('enter-pilot')?.functions.find((f) => f.function === fn);
  if (!req) throw new Error(`Enter pilot has no ${fn} function`);
  return req.items.length;
}

async function openGateTemplates(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Gate templates' });
  await expect(section).toBeVisible();
  return section;
}

async function addProgramManager(page: Page) {
  await page.getByRole('button', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Name').fill(PROGRAM_MANAGER.name);
  await dialog.getByLabel('Email').fill(PROGRAM_MANAGER.email);
  await dialog.getByLabel('Program manager').check();
  await dialog.getByLabel('One-time passphrase', { exact: true }).fill(PROGRAM_MANAGER.oneTime);
  await dialog.getByLabel('Confirm one-time passphrase').fill(PROGRAM_MANAGER.oneTime);
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
}

test('an administrator edits a gate template; other members only read it', async ({ page }) => {
  await createWorkspace(page);
  const section = await openGateTemplates(page);
  const enterPilot = section.getByRole('article', { name: 'Enter pilot' });
  await expect(enterPilot).toContainText('Version 1');
  await expect(enterPilot).toContainText('Proof of concept → Pilot');
  await expect(enterPilot).toContainText('Security: 1, 2 when high risk');

  await enterPilot.getByRole('button', { name: 'Edit Enter pilot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Enter pilot' });
  await dialog.getByRole('tab', { name: 'Security' }).click();
  await dialog.getByLabel('Security quorum').fill('2');

  const added = defaultItemCount('security') + 1;
  await dialog.getByRole('button', { name: 'Add item to Security' }).click();
  const text = dialog.getByLabel(`Security item ${String(added)} text`);
  await expect(text).toBeFocused();
  await text.fill('Rotate the pilot’s API keys every month.');
  await dialog.getByLabel(`Security item ${String(added)} guidance`).fill('Key rotation log.');
  await dialog.getByLabel(`Security item ${String(added)} evidence required`).check();
  await dialog
    .getByLabel(`Security item ${String(added)} NIST AI RMF references`)
    .fill('MANAGE 2.4, MEASURE 2.7');
  await dialog.getByLabel(`Security item ${String(added)} applies to specific tiers`).check();
  await expect(
    dialog.getByLabel(`Security item ${String(added)} applies to High risk`),
  ).toBeChecked();

  await dialog.getByLabel('Allow one person to sign for several functions').check();
  await dialog
    .getByLabel('Reason for the change')
    .fill('Small pilot team: the security lead also signs for operations.');
  await dialog.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(dialog).toBeHidden();

  await expect(section.getByRole('status')).toHaveText('Enter pilot saved as version 2.');
  await expect(enterPilot).toContainText('Version 2');
  await expect(enterPilot).toContainText('Security: 2');
  await expect(enterPilot).not.toContainText('Security: 1');
  await expect(enterPilot).toContainText('Yes (segregation of duties relaxed)');
  // Other templates are untouched.
  await expect(section.getByRole('article', { name: 'Go live' })).toContainText('Version 1');

  // The edit, its reason and the new item are in the audit trail.
  await page.getByRole('button', { name: 'Audit trail' }).click();
  const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
  await expect(rows.filter({ hasText: 'gate.template.save' })).toHaveCount(1);

  // A program manager sees the new version but no way to change it.
  await addProgramManager(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: `Continue as ${PROGRAM_MANAGER.name}` }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PROGRAM_MANAGER.oneTime);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const choose = page.getByRole('form', { name: 'Choose your passphrase' });
  await choose.getByLabel('New passphrase', { exact: true }).fill(PROGRAM_MANAGER.own);
  await choose.getByLabel('Confirm new passphrase').fill(PROGRAM_MANAGER.own);
  await choose.getByRole('button', { name: 'Set passphrase and sign in' }).click();
  await expect(page.getByText(`Signed in as ${PROGRAM_MANAGER.name}`)).toBeVisible();

  const readOnly = await openGateTemplates(page);
  await expect(readOnly).toContainText('Only administrators can change gate templates.');
  await expect(readOnly.getByRole('article', { name: 'Enter pilot' })).toContainText('Security: 2');
  await expect(readOnly.getByRole('article')).toHaveCount(3);
  await expect(readOnly.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
});

test('an invalid edit is refused with a clear message, keeps what was typed and saves nothing', async ({
  page,
}) => {
  await createWorkspace(page);
  const section = await openGateTemplates(page);
  const enterPilot = section.getByRole('article', { name: 'Enter pilot' });
  await enterPilot.getByRole('button', { name: 'Edit Enter pilot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Enter pilot' });

  await dialog.getByRole('tab', { name: 'Legal' }).click();
  await dialog.getByLabel('Legal item 3 text').fill('');
  await dialog.getByLabel('Legal item 3 guidance').fill('Keep this guidance.');
  await dialog.getByRole('tab', { name: 'Security' }).click();
  await dialog.getByLabel('Security quorum').fill('3');
  await dialog.getByLabel('Reason for the change').fill('Tighten security review.');
  await dialog.getByRole('button', { name: 'Save as version 2' }).click();

  // The message says where the problem is, and the form shows the tab that holds it.
  await expect(dialog.getByRole('alert')).toHaveText(
    'Legal item 3 text: Checklist item is required.',
  );
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('tab', { name: 'Legal (1 problem)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const legalText = dialog.getByLabel('Legal item 3 text');
  await expect(legalText).toHaveAttribute('aria-invalid', 'true');
  await expect(legalText).toHaveAccessibleDescription('Checklist item is required');
  // Nothing typed was lost.
  await expect(dialog.getByLabel('Legal item 3 guidance')).toHaveValue('Keep this guidance.');
  await expect(dialog.getByLabel('Reason for the change')).toHaveValue('Tighten security review.');
  await dialog.getByRole('tab', { name: 'Security' }).click();
  await expect(dialog.getByLabel('Security quorum')).toHaveValue('3');

  // Leaving asks first; the template is still version 1.
  page.once('dialog', (confirm) => void confirm.accept());
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(enterPilot).toContainText('Version 1');
  await expect(enterPilot).toContainText('Security: 1, 2 when high risk');
  await page.getByRole('button', { name: 'Audit trail' }).click();
  const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
  await expect(rows.filter({ hasText: 'gate.template.save' })).toHaveCount(0);
});

test('a save based on a version someone else has replaced is refused', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await createWorkspace(first);
  const firstSection = await openGateTemplates(first);
  await firstSection.getByRole('button', { name: 'Edit Retire' }).click();
  const stale = first.getByRole('dialog', { name: 'Edit Retire' });
  await stale.getByLabel('Operations quorum').fill('2');

  // Meanwhile, in another window, the template is changed and saved.
  const second = await context.newPage();
  await second.goto('/');
  await signIn(second, ADMIN.name, ADMIN.passphrase);
  const secondSection = await openGateTemplates(second);
  await secondSection.getByRole('button', { name: 'Edit Retire' }).click();
  const fresh = second.getByRole('dialog', { name: 'Edit Retire' });
  await fresh.getByLabel('Description').fill('Takes a system out of service.');
  await fresh.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(fresh).toBeHidden();

  await stale.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(stale.getByRole('alert')).toContainText('was changed by someone else');
  await expect(stale.getByLabel('Operations quorum')).toHaveValue('2');
  await expect(firstSection.getByRole('article', { name: 'Retire' })).toContainText('Version 2');
  await expect(firstSection.getByRole('article', { name: 'Retire' })).toContainText(
    'Operations: 1',
  );
  await context.close();
});
