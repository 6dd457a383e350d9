/**
 * A new user's first minutes: installing the built extension opens the welcome page; the role, the
 * display name and the tip pace picked there are what the first call starts with, so a tip arrives
 * without the panel's pickers ever being touched. The toolbar badge follows the call's capture state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReplayLine } from '../fixtures/replay/plan.ts';
import { useExtensionRun } from './harness/extension-run.ts';
import { axeViolations } from './harness/axe.ts';
import { fillWelcome, welcomePage } from './harness/first-run.ts';
import { waitForHealth } from './harness/panel.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
const interview: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/transcripts/demo-interview.json'), 'utf8'),
);

const run = useExtensionRun();

/** The toolbar badge text of a tab, as the background set it. */
async function badgeOf(tabId: number): Promise<string> {
  const worker = await run.browser.worker();
  return worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

describe('first run', () => {
  it('opens the welcome page on install; its role and name give a tip in the first call', async () => {
    const welcome = await welcomePage(run.browser);
    await fillWelcome(welcome, { role: 'interviewer', names: { 'Zoom (web client)': 'Priya' }, pace: 'quick' });
    for (const scheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.screenshot({ path: `${ARTIFACTS}/first-run-welcome-${scheme}.png`, fullPage: true });
      expect(await axeViolations(welcome)).toEqual([]);
    }

    // The extensions page shows the icon at its real size.
    const extensions = await run.browser.context.newPage();
    await extensions.goto(`chrome://extensions/?id=${run.browser.extensionId}`);
    await extensions.waitForTimeout(1000);
    await extensions.screenshot({ path: `${ARTIFACTS}/first-run-extensions-page.png` });
    await extensions.close();

    const call = await run.browser.context.newPage();
    await call.goto('https://app.zoom.us/wc/123456789/join');
    const tabId = await run.browser.tabIdOf(call);
    const panel = await run.browser.openPanel(tabId);
    await waitForHealth(panel, /Captions are off/);
    await expect.poll(() => badgeOf(tabId)).toBe('!');

    // Paced so the call lasts past the quick pace's 20 s warm-up before the interviewer's doubtful reply.
    const replay = call.evaluate((lines) => window.candorReplay.play(lines, { stepMs: 150, seed: 3 }), interview.lines);
    await expect.poll(() => badgeOf(tabId), { timeout: 20_000 }).toBe('ON');
    const card = panel.getByTestId('nudge-card');
    await card.waitFor({ timeout: 90_000 });
    await replay;

    // Nobody touched the pickers: the panel shows what the welcome page saved.
    const picker = panel.getByTestId('role-picker');
    expect(await picker.getByLabel('My role').inputValue()).toBe('interviewer');
    expect(await picker.getByLabel('Which speaker is me').inputValue()).toBe('Priya');
    expect(await card.getAttribute('data-flag')).toMatch(/interruption|skeptical-response/);
    expect(await panel.getByTestId('pace-note').textContent()).toMatch(/20 seconds/);
    await panel.screenshot({ path: `${ARTIFACTS}/first-run-panel.png` });
  });

  it('knows which speaker is the user in Meet from the page itself, with no name saved', async () => {
    const call = await run.browser.context.newPage();
    await call.goto('https://meet.google.com/abc-defg-hij');
    const panel = await run.browser.openPanel(await run.browser.tabIdOf(call));
    await waitForHealth(panel, /Captions are off/);
    const replay = call.evaluate((lines) => window.candorReplay.play(lines, { stepMs: 150, seed: 5 }), interview.lines);
    await panel.getByTestId('nudge-card').waitFor({ timeout: 90_000 });
    await replay;
    const picker = panel.getByTestId('role-picker');
    expect(await picker.getByLabel('My role').inputValue()).toBe('interviewer');
    expect(await picker.getByLabel('Which speaker is me').inputValue()).toBe('You');
  });
});
