import { expect, type Page } from '@playwright/test';

export const ADMIN = {
  name: 'Priya Shah',
  email: 'priya@acme.example',
  passphrase: 'granite harbour lantern 42',
};
export const SAMPLE_PASSPHRASE = 'northwind sample workspace';

/** Creates a workspace through the first-run form; its administrator is signed in. */
export async function createWorkspace(page: Page, name = 'Acme AI Governance') {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Create workspace' });
  await form.getByLabel('Workspace name').fill(name);
  await form.getByLabel('Your name').fill(ADMIN.name);
  await form.getByLabel('Your email').fill(ADMIN.email);
  await form.getByLabel('Your title').fill('Head of AI Programs');
  await form.getByLabel('Passphrase', { exact: true }).fill(ADMIN.passphrase);
  await form.getByLabel('Confirm passphrase').fill(ADMIN.passphrase);
  await form.getByRole('button', { name: 'Create workspace' }).click();
  // The administrator has just chosen their passphrase, so they are signed in.
  await expect(page.getByRole('heading', { name: 'Initiatives' })).toBeVisible();
}

/** From the "Who is working?" screen: choose a member and enter their passphrase. */
export async function signIn(page: Page, name: string, passphrase: string) {
  await page.getByRole('button', { name: new RegExp(`Continue as ${name}`) }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Initiatives' })).toBeVisible();
}

export async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
}
