/**
 * Practice replay in real Chromium with the built extension: the practice page feeds the background
 * exactly as a content script does, the side panel shows the run, and the debrief shows the flags,
 * repairs and checklist the library derives for the same scenario.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioById } from '../../lib/practice/scenarios/index.ts';
import { debriefOf } from '../lib/practice/replay.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';
import { waitForFinalCues } from './harness/panel.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // No call pages are needed: the host mapping points nowhere.
  browser = await launchWithExtension(9);
});

afterAll(async () => {
  await browser?.close();
});

async function openPractice(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/practice.html`);
  await page.getByRole('heading', { name: 'Practice a conversation' }).waitFor();
  return page;
}

/** Plays a built-in scenario instantly and returns the debrief link's session id. */
async function playInstantly(page: Page, scenarioId: string): Promise<string> {
  await page.locator(`[data-scenario="${scenarioId}"] input`).check();
  await page.locator('input[name=speed][value=instant]').check();
  await page.locator('[data-action=start]').click();
  const link = page.getByTestId('debrief-link');
  await link.waitFor({ timeout: 60_000 });
  const href = (await link.getAttribute('href')) ?? '';
  return new URL(href, page.url()).searchParams.get('session') ?? '';
}

async function openDebrief(sessionId: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/debrief.html?session=${sessionId}`);
  await page.getByTestId('next-steps').waitFor({ timeout: 30_000 });
  return page;
}

const attr = (page: Page, selector: string, name: string) =>
  page.$$eval(selector, (nodes, key) => nodes.map((node) => node.getAttribute(key) ?? ''), name);

describe('practice replay', () => {
  it('plays a scenario through the background as a practice session the side panel follows', async () => {
    const page = await openPractice();
    const sessionId = await playInstantly(page, 'interview-rough');
    const runId = new URL(page.url()).searchParams.get('run');
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);

    // The stored session, read straight from IndexedDB in the page (same extension origin).
    const stored = await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('candor');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const get = <T>(store: string, fn: (s: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((ok, fail) => {
          const request = fn(db.transaction(store).objectStore(store));
          request.onsuccess = () => ok(request.result);
          request.onerror = () => fail(request.error);
        });
      const session = await get('sessions', (s) => s.get(id));
      const batches = await get('batches', (s) => s.index('bySession').count(id));
      db.close();
      return { session, batches };
    }, sessionId);
    expect(stored.session).toMatchObject({
      platform: 'practice',
      callKey: `practice:${runId}`,
      title: 'Practice: Analyst interview — the rough version',
      myRole: 'candidate',
      perspective: { role: 'candidate', me: 'Sam Okafor' },
    });
    expect(stored.batches).toBeGreaterThan(1);

    // The side panel bound to the practice tab shows the run like a live call.
    const panel = await browser.openPanel(await browser.tabIdOf(page));
    const cues = await waitForFinalCues(panel, scenarioById('interview-rough')!.lines.length);
    expect(cues[0]).toMatchObject({ speaker: 'Dana Whitfield' });
    await panel.close();

    await page.screenshot({ path: `${ARTIFACTS}/practice-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${ARTIFACTS}/practice-dark.png`, fullPage: true });
    await page.close();
  });

  it.each(['interview-rough', 'panel-platform'])(
    'shows the flags, repairs and checklist of %s in the debrief',
    async (scenarioId) => {
      const expected = debriefOf(scenarioById(scenarioId)!);
      const page = await openPractice();
      const sessionId = await playInstantly(page, scenarioId);
      await page.close();
      const debrief = await openDebrief(sessionId);

      // One list of moments, in call order.
      const inOrder = <T extends { at: number }>(items: readonly T[]) => [...items].sort((a, b) => a.at - b.at);
      expect(await attr(debrief, '[data-testid=moments] [data-flag]', 'data-flag')).toEqual(
        inOrder(expected.analysis.flags).map((f) => f.type),
      );
      expect(await attr(debrief, '[data-testid=moments] [data-signal]', 'data-signal')).toEqual(
        inOrder(expected.analysis.signals).map((s) => s.type),
      );
      expect(await attr(debrief, '[data-testid=repairs] [data-repair]', 'data-repair')).toEqual(
        expected.repairs.repairs.map((r) => r.kind),
      );
      expect(await attr(debrief, '[data-testid=repairs] [data-open]', 'data-open')).toEqual(
        expected.repairs.open.map((f) => f.type),
      );
      const checklist = await debrief.$$eval('[data-testid=checklist] [data-indicator]', (nodes) =>
        nodes.map((node) => [node.getAttribute('data-indicator'), node.getAttribute('data-present')]),
      );
      expect(checklist).toEqual(expected.checklist.map((i) => [i.id, String(i.present)]));
      expect(await attr(debrief, '[data-testid=stages] [data-stage]', 'data-level')).toEqual(
        Object.values(expected.analysis.stages).map((s) => s.level),
      );

      // The timeline: an accessible SVG with a marker per finding, and a table alternative.
      const svg = debrief.locator('.timeline svg[role=img]');
      expect(await svg.locator('title').first().textContent()).toBe('Who spoke when');
      expect(await svg.locator('desc').textContent()).toMatch(/speakers/);
      expect(await debrief.locator('[data-marker=flag]').count()).toBe(expected.analysis.flags.length);
      expect(await debrief.locator('[data-marker=signal]').count()).toBe(expected.analysis.signals.length);
      expect(await debrief.locator('.timeline table tbody tr').count()).toBe(
        expected.utterances.length + expected.analysis.flags.length + expected.analysis.signals.length,
      );

      if (scenarioId === 'interview-rough') {
        expect(checklist.every(([, present]) => present === 'false')).toBe(true);
        expect(new Set(await attr(debrief, '[data-testid=moments] [data-flag]', 'data-flag'))).toEqual(
          new Set(
            [
              'interruption',
              'skeptical-response',
              'monologue',
              'unanswered-question',
              'dismissed-objection',
              'talk-dominance',
            ].filter((t) => expected.analysis.flags.some((f) => f.type === t)),
          ),
        );
      } else {
        // The panel's interruption is a known miss of the shipped models (tests/lib/practice/scenarios.test.ts),
        // so its repair ("floor-returned") is not shown.
        expect(await attr(debrief, '[data-testid=repairs] [data-repair]', 'data-repair')).toEqual([
          'doubt-walked-back',
          'question-answered',
        ]);
        for (const scheme of ['light', 'dark'] as const) {
          await debrief.emulateMedia({ colorScheme: scheme });
          await debrief.screenshot({ path: `${ARTIFACTS}/debrief-${scheme}.png`, fullPage: true });
          await debrief
            .locator('section[aria-labelledby=timeline-heading]')
            .screenshot({ path: `${ARTIFACTS}/debrief-timeline-${scheme}.png` });
        }
      }
      await debrief.close();
    },
  );

  it('saves a reflection with the call', async () => {
    const page = await openPractice();
    const sessionId = await playInstantly(page, 'admissions-nursing');
    await page.close();
    const debrief = await openDebrief(sessionId);
    await debrief.getByLabel('Partly').check();
    await debrief.getByLabel('One thing I will do differently next time').fill('Ask about the deadline <b>first</b>.');
    await debrief.getByRole('button', { name: 'Save reflection' }).click();
    await debrief.getByText('Saved with this call.').waitFor();
    await debrief.reload();
    await debrief.getByTestId('next-steps').waitFor();
    expect(await debrief.getByLabel('One thing I will do differently next time').inputValue()).toBe(
      'Ask about the deadline <b>first</b>.',
    );
    expect(await debrief.getByLabel('Partly').isChecked()).toBe(true);
    await debrief.close();
  });

  it('refuses an unreadable file with a clear error', async () => {
    const page = await openPractice();
    await page
      .locator('input[type=file]')
      .setInputFiles({
        name: 'broken.vtt',
        mimeType: 'text/vtt',
        buffer: Buffer.from('WEBVTT\n\nnot a timing line\n'),
      });
    expect(await page.getByRole('alert').textContent()).toMatch(
      /broken\.vtt could not be read as a transcript\. Line \d+: .* Candor plays WebVTT/,
    );
    await page
      .locator('input[type=file]')
      .setInputFiles({
        name: 'mine.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Ana: Could you tell me about the role?\nBen: Sure, it is mostly analysis.\nAna: Just to be clear, is there travel?\n',
        ),
      });
    expect(await page.getByTestId('upload-summary').textContent()).toMatch(/mine\.txt: 3 lines, 2 speakers/);
    await page.close();
  });
});
