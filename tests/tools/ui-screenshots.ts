/**
 * `npx tsx tests/tools/ui-screenshots.ts DIR`: screenshots of the panel (light and dark, 400 px, during
 * and after a practice run), the debrief and the calls page (1200 px) with the built extension, for
 * reviewing the design by eye. Needs `npx wxt build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness/chromium.ts';

const out = resolve(process.argv[2] ?? 'artifacts/screens');
mkdirSync(out, { recursive: true });
const browser = await launchWithExtension(9);
const page = async (path: string, width: number): Promise<Page> => {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width, height: 900 });
  await tab.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return tab;
};
const shoot = async (tab: Page, name: string, fullPage = true) => {
  for (const scheme of ['light', 'dark'] as const) {
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.screenshot({ path: resolve(out, `${name}-${scheme}.png`), fullPage });
  }
  await tab.emulateMedia({ colorScheme: 'light' });
};
try {
  const emptyCalls = await page('calls.html', 1200);
  await emptyCalls.waitForTimeout(800);
  await shoot(emptyCalls, 'calls-empty');

  const practice = await page('practice.html', 1200);
  await practice.getByRole('heading', { name: 'Practice a conversation' }).waitFor();
  const panel = await browser.openPanel(await browser.tabIdOf(practice));
  await practice.locator('[data-scenario="interview-rough"] input').check();
  await practice.locator('input[name=speed][value="4x"]').check();
  await practice.locator('[data-action=start]').click();
  await panel.getByTestId('nudge-card').waitFor({ timeout: 120_000 });
  await panel.waitForTimeout(500);
  await shoot(panel, 'panel-tip', false);
  const link = practice.getByTestId('debrief-link');
  await link.waitFor({ timeout: 180_000 });
  await panel.waitForTimeout(1000);
  await shoot(panel, 'panel-ended', false);
  await shoot(practice, 'practice');
  const href = (await link.getAttribute('href')) ?? '';
  const debrief = await page(href.replace(/^\//, ''), 1200);
  await debrief.waitForTimeout(2000);
  await shoot(debrief, 'debrief');
  const calls = await page('calls.html', 1200);
  await calls.waitForTimeout(1000);
  await shoot(calls, 'calls');
  const options = await page('options.html', 1200);
  await options.waitForTimeout(800);
  await shoot(options, 'options');
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
