/** Reading the side panel's transcript the way a user sees it. */
import type { Page } from 'playwright-core';

export interface PanelCue {
  speaker: string;
  text: string;
  final: boolean;
}

export async function readTranscript(panel: Page): Promise<PanelCue[]> {
  return panel.$$eval('[data-testid=transcript] > li', (items) =>
    items.map((item) => ({
      speaker: item.getAttribute('data-speaker') ?? '',
      text: item.querySelector('.cue-text')?.textContent ?? '',
      final: item.getAttribute('data-final') === 'true',
    })),
  );
}

/** Waits until the panel shows `count` final cues and nothing interim, or throws with what it saw. */
export async function waitForFinalCues(panel: Page, count: number, timeoutMs = 60_000): Promise<PanelCue[]> {
  const deadline = Date.now() + timeoutMs;
  let cues: PanelCue[] = [];
  while (Date.now() < deadline) {
    cues = await readTranscript(panel);
    if (cues.length >= count && cues.every((cue) => cue.final)) return cues;
    await panel.waitForTimeout(250);
  }
  const finals = cues.filter((cue) => cue.final).length;
  throw new Error(`panel shows ${cues.length} cues (${finals} final), expected ${count} final`);
}

export async function healthText(panel: Page): Promise<string> {
  const text = await panel.locator('[data-testid=capture-health]').innerText();
  return text.split('\n').filter(Boolean).join(' — ');
}

export async function waitForHealth(panel: Page, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await healthText(panel);
    if (pattern.test(text)) return text;
    await panel.waitForTimeout(100);
  }
  throw new Error(`capture health never matched ${pattern}; last: "${text}"`);
}
