/** The welcome page a fresh install opens, and filling it in the way a new user would. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium.ts';

export interface WelcomeChoices {
  /** A role's option value, e.g. 'interviewer'. */
  role: string;
  /** Display names by the platform's name as the page shows it, e.g. { 'Zoom (web client)': 'Priya' }. */
  names?: Record<string, string>;
  pace?: 'calm' | 'quick';
}

/** The page the install opened by itself (it may have opened before anyone looked). */
export async function welcomePage(browser: ExtensionBrowser, timeoutMs = 15_000): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/welcome.html`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = browser.context.pages().find((candidate) => candidate.url() === url);
    if (page) return page;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the install opened no ${url}; open pages: ${browser.context.pages().map((p) => p.url())}`);
}

/** Picks the role, names and pace on the welcome page and saves; resolves once it says so. */
export async function fillWelcome(welcome: Page, choices: WelcomeChoices): Promise<void> {
  await welcome.getByRole('heading', { name: 'Welcome to Candor' }).waitFor();
  const save = welcome.getByRole('button', { name: 'Save' });
  await save.and(welcome.locator(':enabled')).waitFor();
  await welcome.getByLabel('Your usual role').selectOption(choices.role);
  for (const [platform, name] of Object.entries(choices.names ?? {}))
    await welcome.getByLabel(`Your display name in ${platform}`).fill(name);
  if (choices.pace) await welcome.getByRole('radio', { name: choices.pace === 'quick' ? /^Quick/ : /^Calm/ }).check();
  await save.click();
  await welcome.getByTestId('welcome-status').filter({ hasText: 'Saved' }).waitFor();
}
