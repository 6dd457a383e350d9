import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../lib/capture/compare.ts';
import { useExtensionRun } from './harness/extension-run.ts';
import { readTranscript, waitForFinalCues, waitForHealth, type PanelCue } from './harness/panel.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
const meeting: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/transcripts/ami-meeting-230.json'), 'utf8'),
);

const run = useExtensionRun();

async function openCall(url: string): Promise<{ call: Page; panel: Page }> {
  const call = await run.browser.context.newPage();
  await call.goto(url);
  const panel = await run.browser.openPanel(await run.browser.tabIdOf(call));
  return { call, panel };
}

/** One (speaker, words) key per utterance, so the comparison ignores only spacing, case and punctuation. */
function keyed(cues: Array<{ speaker: string; text: string }>): string[] {
  return cues.map((cue) => `${cue.speaker}|${wordsOf(cue.text).join(' ')}`).sort();
}

function expectSameTranscript(cues: PanelCue[], lines: ReplayLine[], speakerOf: (line: ReplayLine) => string) {
  const expected = keyed(lines.map((line) => ({ speaker: speakerOf(line), text: line.text })));
  const actual = keyed(cues);
  expect(actual.length).toBe(expected.length);
  expect(actual).toEqual(expected);
}

describe.each([
  { platform: 'Google Meet', url: 'https://meet.google.com/abc-defg-hij', self: 'You', hint: /Turn on captions/ },
  { platform: 'Zoom', url: 'https://app.zoom.us/wc/123456789/join', self: 'Dana', hint: /Show Captions/ },
  {
    platform: 'Microsoft Teams',
    view: 'host',
    url: 'https://teams.microsoft.com/v2/',
    self: 'Dana',
    hint: /Language and speech → Show live captions/,
  },
  {
    platform: 'Microsoft Teams',
    view: 'guest',
    url: 'https://teams.live.com/light-meetings/launch?coords=e30',
    self: 'Dana',
    hint: /guest: More → Captions/i,
  },
])('live capture on $platform $view', ({ platform, view, url, self, hint }) => {
  it('shows that captions are off and how to turn them on, then transcribes a 230-utterance call word for word', async () => {
    const { call, panel } = await openCall(url);
    const health = await waitForHealth(panel, new RegExp(`${platform}.*Captions are off`));
    expect(health).toMatch(hint);

    const steps = await call.evaluate(
      (lines) =>
        window.candorReplay.play(lines, {
          revisions: true,
          overlaps: true,
          removals: true,
          captionsToggle: true,
          seed: 7,
        }),
      meeting.lines,
    );
    expect(steps.steps).toBeGreaterThan(meeting.lines.length);

    const cues = await waitForFinalCues(panel, meeting.lines.length);
    expectSameTranscript(cues, meeting.lines, (line) => (line.self ? self : line.speaker));
    const name = `${platform}${view ? ` ${view}` : ''}`.replace(/\s/g, '-').toLowerCase();
    await panel.screenshot({ path: `${ARTIFACTS}/panel-capture-${name}.png` });
  });
});

describe('capture health and hostile text', () => {
  it('shows hostile names and captions as inert text', async () => {
    const { call, panel } = await openCall('https://meet.google.com/xyz-hijk-lmn');
    const hostile: ReplayLine[] = [
      {
        speaker: '<img src=x onerror="document.title=\'pwned\'">',
        text: 'Hello <script>document.title="pwned"</script> there',
      },
      { speaker: 'Mallory \u202Eevil', text: 'zero\u200Bwidth and emoji 🙂 and 中文 words' },
    ];
    await call.evaluate((lines) => window.candorReplay.play(lines, { seed: 1 }), hostile);
    const cues = await waitForFinalCues(panel, hostile.length);
    expect(cues.map((cue) => cue.speaker)).toEqual(hostile.map((line) => line.speaker));
    expect(cues[0]!.text).toContain('<script>');
    expect(await panel.title()).not.toBe('pwned');
    expect(await panel.$('img[src=x]')).toBeNull();
    expect(await readTranscript(panel)).toHaveLength(2);
  });
});
