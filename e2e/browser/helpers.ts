import { expect, type Page } from '@playwright/test';

/** Creates a workspace through the first-run form and signs in as its administrator. */
export async function createWorkspace(page: Page, name = 'Acme AI Governance') {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Create workspace' });
  await form.getByLabel('Workspace name').fill(name);
  await form.getByLabel('Your name').fill('Priya Shah');
  await form.getByLabel('Your email').fill('priya@acme.example');
  await form.getByLabel('Your title').fill('Head of AI Programs');
  await form.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('button', { name: /Continue as Priya Shah/ }).click();
  await expect(page.getByRole('heading', { name: 'Initiatives' })).toBeVisible();
}

export async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open sample workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
}
