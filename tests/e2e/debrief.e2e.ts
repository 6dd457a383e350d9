/**
 * The debrief in real Chromium: it leads with what to try next time and the user's figures, lists each
 * moment once from the user's side with the line that caused it, and each moment's time opens the
 * transcript at that line.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioById } from '../../lib/practice/scenarios/index.ts';
import { debriefOf } from '../lib/practice/replay.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(9);
});

afterAll(async () => {
  await browser?.close();
});

async function playInstantly(scenarioId: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/practice.html`);
  await page.locator(`[data-scenario="${scenarioId}"] input`).check();
  await page.locator('input[name=speed][value=instant]').check();
  await page.locator('[data-action=start]').click();
  const link = page.getByTestId('debrief-link');
  await link.waitFor({ timeout: 60_000 });
  const session = new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams.get('session') ?? '';
  await page.close();
  return session;
}

async function openDebrief(sessionId: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/debrief.html?session=${sessionId}`);
  await page.getByTestId('next-steps').waitFor({ timeout: 30_000 });
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: Array<{ id: string; impact: string | null; nodes: unknown[] }>;
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('first use: pages with nothing to show yet', () => {
  // Runs first, on the fresh profile: nothing is stored yet.
  it.each([
    ['calls.html', 'No calls yet.'],
    ['debrief.html', 'A debrief appears here after a call or a practice run.'],
    ['privacy.html', 'No calls or practice runs are stored.'],
  ])('%s offers a practice and says how to use Candor in a call', async (path, title) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    const first = page.getByTestId('first-use');
    await first.waitFor({ timeout: 10_000 });
    expect(await first.locator('.first-use-title').textContent()).toBe(title);
    const practice = first.getByRole('link', { name: 'Try a 4-minute practice' });
    expect(await practice.getAttribute('href')).toBe('practice.html');
    expect(await first.textContent()).toMatch(/turn on captions, then open Candor from the toolbar/);
    // The same header, with Settings, on every page.
    expect(await page.getByRole('navigation', { name: 'Candor pages' }).getByRole('link').allTextContents()).toEqual([
      'Practice',
      'Calls',
      'What is stored',
      'Settings',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('says what a file that will not import is, and what to do', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/calls.html`);
    await page
      .getByTestId('import')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"title":"my notes"}') });
    expect((await page.getByRole('alert').textContent())?.trim()).toBe(
      'notes.json could not be imported. This JSON file is not a Candor export: it has no "format": "candor-transcript". Import a JSON file saved from a debrief (Export → JSON), as it was saved.',
    );
    await page.close();
  });
});

describe('the debrief', () => {
  it('leads with what to try, reads from the user side, and links each moment to its transcript line', async () => {
    const scenario = scenarioById('interview-rough')!;
    const expected = debriefOf(scenario);
    const debrief = await openDebrief(await playInstantly('interview-rough'));

    // Three things to try, written to the user (a candidate who was cut off), each a sentence.
    const steps = await debrief.getByTestId('next-steps').locator('li').allTextContents();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^When you are cut off, ask calmly to finish your point\. Try: “.+”$/);
    // Figures for the user, each against the candidate's range.
    const tiles = await debrief
      .locator('[data-tile]')
      .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-tile'), node.getAttribute('data-verdict')]));
    expect(tiles.map(([id]) => id)).toEqual([
      'talk-share',
      'longest-monologue',
      'questions',
      'interruptions-made',
      'interruptions-received',
    ]);
    expect(tiles.slice(0, 4).every(([, verdict]) => verdict !== 'no-range')).toBe(true);

    // Each moment once; the user is never blamed for the other side leaving their question open.
    const moments = debrief.getByTestId('moments');
    expect(await moments.locator('li').count()).toBe(expected.analysis.flags.length + expected.analysis.signals.length);
    const unanswered = moments.locator('li[data-flag=unanswered-question] .moment-what');
    if ((await unanswered.count()) > 0) expect(await unanswered.first().textContent()).toMatch(/^Your question/);
    // "One voice took over" quotes the voice that took over.
    const dominance = expected.analysis.flags.find((f) => f.type === 'talk-dominance');
    if (dominance) {
      const cue = await moments.locator('li[data-flag=talk-dominance] a').getAttribute('data-line');
      expect(expected.utterances.find((u) => u.id === cue)?.speaker).toBe(dominance.speaker);
    }

    // A moment's time opens the collapsed transcript at the line that caused it.
    const transcript = debrief.locator('details:has([data-testid=transcript])');
    expect(await transcript.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const link = moments.locator('li[data-flag] a').nth(1);
    const line = (await link.getAttribute('data-line'))!;
    await link.click();
    expect(await transcript.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => debrief.evaluate(() => document.activeElement?.id)).toBe(`line-${line}`);
    const box = await debrief.locator(`#line-${line}`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(new URL(debrief.url()).hash).toBe(`#line-${line}`);

    // A flag's marker on the timeline leads to its line too.
    await transcript.evaluate((d) => ((d as HTMLDetailsElement).open = false));
    const marker = debrief.locator('[data-marker=flag]').last();
    const markerLine = (await marker.getAttribute('data-line'))!;
    await marker.click();
    expect(await transcript.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => debrief.evaluate(() => document.activeElement?.id)).toBe(`line-${markerLine}`);

    // The filter narrows the one list.
    await debrief.getByRole('radio', { name: /Went well/ }).check();
    expect(await moments.locator('li[data-flag]').count()).toBe(0);
    expect(await moments.locator('li[data-signal]').count()).toBe(expected.analysis.signals.length);

    // A 4-minute run is too short to judge the stages: no red "At risk".
    await debrief.getByText('Checklist, stages and repairs').click();
    await debrief.getByTestId('too-short').waitFor();
    expect(await debrief.locator('[data-testid=stages] .stage-level').allTextContents()).toEqual(
      Array(4).fill('Not enough to judge yet'),
    );
    for (const scheme of ['light', 'dark'] as const) {
      await debrief.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(debrief)).toEqual([]);
    }
    await debrief.close();
  });
});
