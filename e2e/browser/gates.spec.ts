import { expect, test, type Page } from '@playwright/test';
import { openSample, SAMPLE_PASSPHRASE, signIn } from './helpers';

const INITIATIVE = 'Invoice data-extraction pipeline';

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, name, SAMPLE_PASSPHRASE);
}

async function openGates(page: Page) {
  await page.getByRole('button', { name: 'Initiatives', exact: true }).click();
  await page.getByRole('button', { name: INITIATIVE }).click();
  await page.getByRole('tab', { name: 'Gates' }).click();
}

function gatePanel(page: Page) {
  return page.getByRole('article', { name: /^Enter pilot/ }).first();
}

/** Signs the decision in the signing dialog with the sample passphrase. */
async function sign(page: Page) {
  const dialog = page.getByRole('dialog', { name: /^Sign: / });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Sign' }).click();
  await expect(dialog).toBeHidden();
}

/** A reviewer finds the review in their queue, answers every item, and signs. */
async function review(
  page: Page,
  reviewer: string,
  fn: string,
  condition?: { text: string; owner: string },
  attach?: { name: string; text: string },
) {
  await switchTo(page, reviewer);
  await page.getByRole('button', { name: 'My reviews' }).click();
  const queue = page.getByRole('table', { name: /Reviews waiting for you/ });
  const row = queue.getByRole('row', { name: new RegExp(INITIATIVE) });
  await expect(row).toContainText(fn);
  await expect(row).toContainText(/of 10/);
  await row.getByRole('button', { name: `Open ${INITIATIVE}: Enter pilot, ${fn}` }).click();
  await gatePanel(page)
    .getByRole('button', { name: `Review for ${fn}` })
    .click();
  const form = page.getByRole('form', { name: `${fn} review` });
  const met = form.getByRole('radio', { name: 'Met', exact: true });
  const items = await met.count();
  expect(items).toBeGreaterThan(2);
  for (let i = 0; i < items; i++) {
    await met.nth(i).check();
    await form
      .getByLabel(`Item ${String(i + 1)} evidence`)
      .fill(`${fn} pack, section ${String(i + 1)}`);
  }
  if (attach) {
    // Closing the attach dialog leaves the review and its answers as they were.
    await form.getByRole('button', { name: 'Attach a file for item 1' }).click();
    const dialog = page.getByRole('dialog', { name: /^Attach evidence:/ });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(form).toBeVisible();
    await expect(met.first()).toBeChecked();
    // A file attached to an item is cited by the sign-off, hash and all.
    await form.getByRole('button', { name: 'Attach a file for item 1' }).click();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (
      await chooser
    ).setFiles({ name: attach.name, mimeType: 'text/plain', buffer: Buffer.from(attach.text) });
    await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(
      form.getByRole('checkbox', {
        name: new RegExp(`^Cite ${attach.name.replace(/\./g, '\\.')}`),
      }),
    ).toBeChecked();
  }
  if (condition) {
    await form.getByRole('radio', { name: 'Approve with conditions' }).check();
    await form.getByRole('button', { name: 'Add condition' }).click();
    await form.getByLabel('Condition 1', { exact: true }).fill(condition.text);
    await form.getByLabel('Condition 1 owner').selectOption({ label: condition.owner });
  } else {
    await form.getByRole('radio', { name: 'Approve', exact: true }).check();
  }
  await form.getByRole('button', { name: 'Sign decision' }).click();
  await sign(page);
  await expect(form).toBeHidden();
  await expect(
    gatePanel(page).getByRole('list', { name: 'Sign-offs' }).or(gatePanel(page)),
  ).toContainText(`Signed by ${reviewer}`);
  if (attach) await expect(gatePanel(page)).toContainText(attach.name);
}

test('a full gate walk: open, sign in turn, refuse the owner, close the condition, pass, move, go stale', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openSample(page);
  await signIn(page, 'Daniel Okafor', SAMPLE_PASSPHRASE);
  await openGates(page);
  await page.getByRole('button', { name: 'Open gate review' }).click();
  const openForm = page.getByRole('form', { name: 'Open gate review' });
  await openForm
    .getByLabel('Gate')
    .selectOption({ label: 'Enter pilot (Proof of concept → Pilot)' });
  await openForm.getByRole('button', { name: 'Open review' }).click();
  await expect(gatePanel(page)).toContainText('In review');
  await expect(gatePanel(page)).toContainText('Legal: 0 of 1 approval');

  // Moving to pilot is refused while the gate is in review.
  await page.getByRole('button', { name: 'Change stage' }).click();
  const stageForm = page.getByRole('form', { name: 'Change stage' });
  await stageForm.getByLabel('New stage').selectOption({ label: 'Pilot' });
  await stageForm.getByLabel('Reason').fill('Ready for pilot');
  await stageForm.getByRole('button', { name: 'Move to Pilot' }).click();
  await expect(stageForm.getByRole('alert')).toContainText(
    'needs the “Enter pilot” gate to pass first',
  );
  await stageForm.getByRole('button', { name: 'Cancel' }).click();

  // Segregation of duties: make the security reviewer the owner; they cannot sign.
  await page.getByRole('tab', { name: 'Profile' }).click();
  const profile = page.getByRole('form', { name: 'Initiative profile' });
  await profile.getByLabel('Owner').selectOption({ label: 'Marcus Webb' });
  await profile.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await switchTo(page, 'Marcus Webb');
  await openGates(page);
  await gatePanel(page).getByRole('button', { name: 'Review for Security' }).click();
  const refused = page.getByRole('form', { name: 'Security review' });
  await expect(refused.getByRole('alert')).toContainText(
    `You cannot sign this review: Marcus Webb owns “${INITIATIVE}”`,
  );
  await expect(refused.getByRole('button', { name: 'Sign decision' })).toBeDisabled();
  await refused.getByRole('button', { name: 'Cancel' }).click();
  await switchTo(page, 'Daniel Okafor');
  await openGates(page);
  await page.getByRole('tab', { name: 'Profile' }).click();
  await profile.getByLabel('Owner').selectOption({ label: 'Daniel Okafor' });
  await profile.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // Reviewers sign in turn, one with a condition owned by the program manager.
  await review(page, 'Tomas Lindqvist', 'Legal');
  await review(page, 'Grace Adeyemi', 'Compliance', {
    text: 'Publish the extraction accuracy report',
    owner: 'Daniel Okafor',
  });
  await review(page, 'Marcus Webb', 'Security', undefined, {
    name: 'pen-test-summary.txt',
    text: 'External penetration test: no high or critical findings.',
  });
  await review(page, 'Inês Carvalho', 'Operations');
  await expect(gatePanel(page)).toContainText(
    'Compliance: 0 of 1 approval; 1 approval waits on open conditions',
  );

  // The owner of the condition closes it from their queue; the gate passes.
  await switchTo(page, 'Daniel Okafor');
  await page.getByRole('button', { name: 'My reviews' }).click();
  await page
    .getByLabel('Closing note for Publish the extraction accuracy report')
    .fill('Report on the finance wiki');
  await page
    .getByRole('button', { name: 'Close condition: Publish the extraction accuracy report' })
    .click();
  await expect(page.getByText('You own no open conditions.')).toBeVisible();
  await openGates(page);
  await expect(gatePanel(page)).toContainText('Passed');
  await expect(gatePanel(page)).toContainText('Every required function has approved');

  await page.getByRole('button', { name: 'Change stage' }).click();
  await stageForm.getByLabel('New stage').selectOption({ label: 'Pilot' });
  await stageForm.getByLabel('Reason').fill('Enter pilot gate passed');
  await stageForm.getByRole('button', { name: 'Move to Pilot' }).click();
  await expect(stageForm).toBeHidden();
  await expect(page.getByText(/^Pilot for/)).toBeVisible();

  // A material change makes every sign-off stale and says what changed.
  await page.getByRole('tab', { name: 'Profile' }).click();
  await profile
    .getByLabel('Intended purpose')
    .fill('Extract and approve supplier invoices automatically.');
  await profile.getByRole('button', { name: 'Save changes' }).click();
  const reason = page.getByRole('form', { name: 'Reason for a material change' });
  await reason.getByLabel('Reason for the change').fill('Scope widened to approval');
  await reason.getByRole('button', { name: 'Save with this reason' }).click();
  await page.getByRole('tab', { name: 'Gates' }).click();
  await expect(gatePanel(page)).toContainText('In review');
  await expect(gatePanel(page)).toContainText('4 sign-offs are stale');
  const changed = gatePanel(page).getByRole('table', {
    name: 'Changed since Tomas Lindqvist signed',
  });
  await expect(changed.getByRole('row', { name: /Intended purpose/ })).toContainText(
    'Extract and approve supplier invoices automatically.',
  );
});

test('an administrator overrides a blocked gate with a signed justification, flagged on the gate', async ({
  page,
}) => {
  const CLAIMS = 'Motor and home claims categoriser';
  await openSample(page);
  await signIn(page, 'Helen Marsh', SAMPLE_PASSPHRASE);
  await page.getByRole('button', { name: CLAIMS }).click();
  await page.getByRole('tab', { name: 'Gates' }).click();
  const panel = page.getByRole('article', { name: /^Enter pilot/ });
  await expect(panel).toContainText('Changes requested');
  // Untreated high risks count against readiness, and the panel says so.
  await expect(panel.getByRole('note', { name: 'Untreated risks' })).toContainText(
    '2 high or critical risks have no treatment in place',
  );

  await panel.getByRole('button', { name: 'Override gate' }).click();
  const form = page.getByRole('form', { name: 'Override gate' });
  await form.getByRole('button', { name: 'Sign override' }).click();
  await expect(form.getByRole('alert')).toHaveText('Write the justification for the override.');
  await form
    .getByLabel('Justification')
    .fill('Board approved a four-week supervised pilot while the threat model is completed.');
  await form.getByRole('button', { name: 'Sign override' }).click();
  const dialog = page.getByRole('dialog', { name: /^Sign: Override/ });
  await expect(dialog).toContainText('Responsibility');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Sign' }).click();
  await expect(dialog).toBeHidden();

  await expect(panel).toContainText('Overridden by an administrator');
  const note = panel.getByRole('note', { name: 'Administrator override' });
  await expect(note).toContainText('Board approved a four-week supervised pilot');
  await expect(note).toContainText('Signed by Helen Marsh');
  await expect(note).toContainText('Verified');

  await page.getByRole('button', { name: 'Change stage' }).click();
  const stageForm = page.getByRole('form', { name: 'Change stage' });
  await stageForm.getByLabel('New stage').selectOption({ label: 'Pilot' });
  await stageForm.getByLabel('Reason').fill('Supervised pilot under the override');
  await stageForm.getByRole('button', { name: 'Move to Pilot' }).click();
  await expect(stageForm).toBeHidden();
  await expect(page.getByText(/^Pilot for/)).toBeVisible();
});

test('an overdue approval condition is flagged on its initiative', async ({ page }) => {
  await openSample(page);
  await signIn(page, 'Priya Raman', SAMPLE_PASSPHRASE);
  await page.getByRole('button', { name: 'Customer-support ticket triage assistant' }).click();
  await expect(page.getByText('1 overdue condition')).toBeVisible();
  await page.getByRole('button', { name: 'My reviews' }).click();
  const owned = page.getByRole('table', { name: 'Open conditions you own' });
  await expect(owned.getByRole('row').filter({ hasText: 'Overdue' })).toHaveCount(1);
});
