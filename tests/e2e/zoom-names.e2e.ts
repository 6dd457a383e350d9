/**
 * Zoom learns a speaker's name only after some of their lines are final (the video tile shows no name
 * yet): those lines first read as a stand-in, and once the name is found every one of them, the talk
 * figures and a reopened panel read the name, with no line lost or doubled.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../lib/capture/compare.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';
import { useExtensionRun } from './harness/extension-run.ts';
import { readTranscript, waitForFinalCues } from './harness/panel.ts';

const run = useExtensionRun();

// Bruno has a photo in the fixture (so his stand-in is "Speaker 1"); Amara is named from the start.
const EARLY: ReplayLine[] = [
  { speaker: 'Bruno', text: 'Good morning everyone, I have the numbers from the last quarter ready.' },
  { speaker: 'Amara', text: 'Great, could you walk us through the main changes first?' },
  { speaker: 'Bruno', text: 'Sales grew a little and the support costs went down by a tenth.' },
];
const LATE: ReplayLine[] = [
  { speaker: 'Amara', text: 'That is better than we planned for in the spring.' },
  { speaker: 'Bruno', text: 'Yes, and the new contracts start next month as well.' },
];

function meetingFrame(call: Page): Frame {
  const frame = call.frames().find((f) => f.url().endsWith('/webclient'));
  if (!frame) throw new Error('no Zoom meeting frame');
  return frame;
}

const keyed = (cues: Array<{ speaker: string; text: string }>) =>
  cues.map((cue) => `${cue.speaker}|${wordsOf(cue.text).join(' ')}`).sort();

describe('Zoom: a name learned after some lines', () => {
  it('renames the earlier final lines in the panel, its figures and a reopened panel', async () => {
    const call = await run.browser.context.newPage();
    await call.goto('https://app.zoom.us/wc/123456789/join');
    const tabId = await run.browser.tabIdOf(call);
    let panel = await run.browser.openPanel(tabId);
    const frame = meetingFrame(call);
    await frame.waitForFunction(() => 'candorReplay' in window);

    // Until told otherwise, Bruno's tile shows no name: nothing on the page says who the photo is.
    await frame.evaluate(() => {
      const hide = () => {
        for (const span of document.querySelectorAll<HTMLElement>('.video-avatar__avatar-footer span')) {
          if (span.textContent !== 'Bruno') continue;
          span.textContent = '';
          span.dataset.hiddenName = 'Bruno';
        }
      };
      const observer = new MutationObserver(hide);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      (window as unknown as { showNames: () => void }).showNames = () => {
        observer.disconnect();
        for (const span of document.querySelectorAll<HTMLElement>('[data-hidden-name]'))
          span.textContent = span.dataset.hiddenName ?? '';
      };
    });
    await call.evaluate((lines) => window.candorReplay.play(lines, { seed: 3 }), EARLY);
    const early = await waitForFinalCues(panel, EARLY.length);
    expect(early.map((cue) => cue.speaker)).toEqual(['Speaker 1', 'Amara', 'Speaker 1']);

    await frame.evaluate(() => (window as unknown as { showNames: () => void }).showNames());
    await call.evaluate((lines) => window.candorReplay.play(lines, { seed: 4 }), LATE);
    const all = [...EARLY, ...LATE];
    await waitForFinalCues(panel, all.length);
    // The rename reaches the earlier lines as soon as the name is found (a look-up at most every 2 s).
    await expect.poll(async () => keyed(await readTranscript(panel)), { timeout: 15_000 }).toEqual(keyed(all));
    await expect.poll(() => panel.locator('body').innerText(), { timeout: 10_000 }).not.toContain('Speaker 1');

    // A reopened panel gets its transcript from the stored log: the same lines, renamed, none twice.
    await panel.close();
    panel = await run.browser.openPanel(tabId);
    await waitForFinalCues(panel, all.length);
    expect(keyed(await readTranscript(panel))).toEqual(keyed(all));
    expect(await panel.locator('body').innerText()).not.toContain('Speaker 1');
  });
});
