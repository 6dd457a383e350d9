/**
 * The panel as a person in a call sees it, in real Chromium with the built extension: a tip that reads
 * at a glance (a short script, large type, the moment's time), that fades once it is old and clears when
 * the call ends; one status at a time; "Not useful" answered with Undo; and names that cannot rewrite
 * the text beside them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLANCE_WORDS, wordCount } from '../../lib/playbook/index.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LONG_BRUSH_OFF = resolve(import.meta.dirname, '../fixtures/transcripts/sales-brush-off-long.txt');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(9); // practice runs need no call pages
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the practice page and a panel bound to its tab, and loads a transcript file to play. */
async function practiseFile(file: string, me: string, role: string, speed: '4x' | 'instant') {
  const practice = await browser.context.newPage();
  await practice.setViewportSize({ width: 1200, height: 900 });
  await practice.goto(`chrome-extension://${browser.extensionId}/practice.html`);
  await practice.getByRole('heading', { name: 'Practice a conversation' }).waitFor();
  const panel = await browser.openPanel(await browser.tabIdOf(practice));
  await practice.locator('input[type=file]').setInputFiles(file);
  const summary = practice.getByTestId('upload-summary');
  await summary.waitFor();
  await summary.locator('select').first().selectOption(me);
  await summary.locator('select').nth(1).selectOption(role);
  await practice.locator('[data-scenario="file"] input[name=source]').check();
  await practice.locator(`input[name=speed][value="${speed}"]`).check();
  await practice.locator('[data-action=start]').click();
  return { practice, panel };
}

async function storedSensitivity(): Promise<Record<string, number> | undefined> {
  const worker = await browser.worker();
  return worker.evaluate(async () => {
    const scope = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, Record<string, number>>> } } };
    };
    return (await scope.chrome.storage.local.get('candor:nudge-sensitivity'))['candor:nudge-sensitivity'];
  });
}

/** Computed font sizes in px: a few named parts, and the smallest of any visible text. */
async function fontSizes(panel: Page) {
  return panel.evaluate(() => {
    const size = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? parseFloat(getComputedStyle(element).fontSize) : NaN;
    };
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('.sr-only') || !parent.checkVisibility()) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
    return {
      body: size('body'),
      script: size('[data-testid=nudge-phrasing]'),
      title: size('.nudge-title'),
      status: size('.health-text'),
      transcript: size('.cue-text'),
      smallest,
    };
  });
}

async function axeViolations(page: Page) {
  await page.evaluate(AXE);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: Array<{ id: string; impact: string | null; nodes: unknown[] }>;
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}

describe('the glanceable tip card', () => {
  it('reads at a glance, answers "Not useful" with Undo, fades with age and clears when the call ends', async () => {
    const { practice, panel } = await practiseFile(LONG_BRUSH_OFF, 'Alex', 'sales-rep', '4x');

    // Before the first tip, a quiet line says why there is none.
    await expect
      .poll(() => panel.getByTestId('no-tip').textContent(), { timeout: 10_000 })
      .toBe('Listening — first tips after 20 seconds.');

    const card = panel.getByTestId('nudge-card');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.getAttribute('data-flag')).toBe('dismissed-objection');
    expect(await card.getByRole('heading').textContent()).toBe('Concern brushed aside');
    const script = (await card.getByTestId('nudge-phrasing').textContent()) ?? '';
    expect(wordCount(script)).toBeLessThanOrEqual(GLANCE_WORDS);
    expect(await card.getByTestId('nudge-when').textContent()).toMatch(/^at 0:4\d · (just now|\d+ min ago)$/);
    // Details wait behind "Why?", so the card shows one script and one button.
    expect(await card.getByText(/Don't worry about that/).isVisible()).toBe(false);
    expect(await card.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Not useful' }).isVisible()).toBe(false);

    // The type scale holds on the real panel (Chrome would shrink body text on an extension page).
    const sizes = await fontSizes(panel);
    console.log(`panel font sizes (px): ${JSON.stringify(sizes)}`);
    expect(sizes.body).toBe(15);
    expect(sizes.script).toBeGreaterThanOrEqual(18);
    expect(sizes.title).toBeGreaterThanOrEqual(16);
    expect(sizes.status).toBeGreaterThanOrEqual(14);
    expect(sizes.transcript).toBeGreaterThanOrEqual(14);
    expect(sizes.smallest).toBeGreaterThanOrEqual(12);
    expect(await axeViolations(panel)).toEqual([]);

    // "Not useful": the card goes, the detector quiets, and Undo puts both back.
    const nudgeId = await card.getAttribute('data-nudge-id');
    await card.getByText('More').click();
    await card.getByRole('button', { name: 'Not useful' }).click();
    const notice = panel.getByTestId('feedback-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Fewer tips like this · Undo · Settings');
    expect(await notice.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('options.html');
    expect(await panel.getByTestId('nudge-card').count()).toBe(0);
    await expect.poll(async () => (await storedSensitivity())?.['dismissed-objection']).toBe(0.7);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await card.waitFor();
    expect(await card.getAttribute('data-nudge-id')).toBe(nudgeId);
    await expect.poll(async () => (await storedSensitivity())?.['dismissed-objection']).toBe(0.6);

    // Ninety seconds of call time after its moment, the card is no longer about now: it steps back.
    await expect.poll(() => card.getAttribute('data-stale'), { timeout: 60_000 }).toBe('true');
    await expect.poll(() => card.evaluate((node) => getComputedStyle(node).opacity)).toBe('0.6');

    // The call ends: the tip clears and the status says one thing, where the debrief is.
    await practice.getByTestId('debrief-link').waitFor({ timeout: 60_000 });
    await expect.poll(() => panel.getByTestId('nudge-card').count(), { timeout: 10_000 }).toBe(0);
    const health = panel.getByTestId('capture-health');
    await expect.poll(() => health.innerText(), { timeout: 10_000 }).toMatch(/Call ended — open the debrief/);
    expect(await health.innerText()).not.toMatch(/Waiting|has ended/);
    const href = (await panel.getByTestId('panel-debrief-link').getAttribute('href')) ?? '';
    const debriefHref = (await practice.getByTestId('debrief-link').getAttribute('href')) ?? '';
    expect(new URL(href, panel.url()).searchParams.get('session')).toBe(
      new URL(debriefHref, practice.url()).searchParams.get('session'),
    );
    expect(await panel.getByTestId('no-tip').count()).toBe(0);

    // The panel fits its window: no scrolling into blank space below the footer.
    const overflow = await panel.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(panel)).toEqual([]);
    }
    await practice.close();
    await panel.close();
  });
});

describe('strings from a call stay isolated', () => {
  it('a right-to-left override in a name leaves the time and label beside it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-bidi-'));
    const file = join(dir, 'bidi.txt');
    writeFileSync(
      file,
      [
        '[00:00:00] Alex: Hello, thanks for joining.',
        '[00:00:05] Bob \u202Eevil: Happy to be here.',
        '[00:00:10] Alex: Let us begin.',
      ].join('\n'),
    );
    const { practice, panel } = await practiseFile(file, 'Alex', 'sales-rep', 'instant');
    await practice.getByTestId('debrief-link').waitFor({ timeout: 60_000 });
    const cue = panel.locator('li.cue[data-speaker^="Bob"]');
    await cue.waitFor();
    // The override is shown, not obeyed.
    expect(await cue.locator('.cue-speaker').textContent()).toBe('Bob [U+202E]evil');
    // The time next to the name still reads 0:05, left to right: each character sits right of the one before.
    const layout = await cue.locator('.cue-time').evaluate((time) => {
      const text = time.firstChild as Text;
      const xs: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        xs.push(range.getBoundingClientRect().left);
      }
      const name = time.parentElement!.querySelector('.cue-speaker')!.getBoundingClientRect();
      return { text: text.data, xs, nameRight: name.right, timeLeft: time.getBoundingClientRect().left };
    });
    expect(layout.text).toBe('0:05');
    expect(layout.xs).toEqual([...layout.xs].sort((a, b) => a - b));
    expect(layout.timeLeft).toBeGreaterThanOrEqual(layout.nameRight);
    await practice.close();
    await panel.close();
  });
});
