// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { meetAdapter } from '../../entrypoints/meet.content/adapter.ts';
import { zoomAdapter } from '../../entrypoints/zoom.content/adapter.ts';
import type { CandorReplay } from '../fixtures/replay/page-entry.ts';
import { loadPage } from './harness.ts';
import { HOSTILE, MEETING } from './transcripts.ts';

// page-entry picks its applier from the page on first use, so each page gets a fresh import.
async function driverFor(page: string): Promise<CandorReplay> {
  loadPage(page);
  vi.resetModules();
  await import('../fixtures/replay/page-entry.ts');
  return window.candorReplay;
}

describe('window.candorReplay', () => {
  beforeAll(() => {
    vi.useRealTimers();
  });

  it('plays a transcript on the Meet page in real time and reports the step count', async () => {
    const replay = await driverFor('meet.html');
    const result = await replay.play(MEETING.slice(0, 3), { pauseMs: 5, stepMs: 1, revisions: true, seed: 2 });
    expect(result.steps).toBeGreaterThan(3);
    const region = meetAdapter.findRegion(document);
    expect(region).not.toBeNull();
    expect(meetAdapter.listBlocks(region!).map((block) => meetAdapter.readBlock(block))).toEqual([
      { speaker: 'Alice', self: false, text: MEETING[0]!.text },
      { speaker: 'You', self: true, text: MEETING[1]!.text },
      { speaker: 'Bob', self: false, text: MEETING[2]!.text },
    ]);
  });

  it('turns captions off and on, and applies single steps, on the Zoom meeting page', async () => {
    const replay = await driverFor('zoom-webclient.html');
    await replay.captionsOn();
    expect(zoomAdapter.judgeState(document, zoomAdapter.findRegion(document)).state).toBe('captions-on');
    await replay.step({ kind: 'block-start', block: 0, speaker: HOSTILE[0]!.speaker, self: false });
    await replay.step({ kind: 'block-text', block: 0, text: HOSTILE[0]!.text });
    const [row] = zoomAdapter.listBlocks(zoomAdapter.findRegion(document)!);
    expect(zoomAdapter.readBlock(row!)).toEqual({ speaker: HOSTILE[0]!.speaker, self: false, text: HOSTILE[0]!.text });
    expect(document.querySelectorAll('img[src="x"], script')).toHaveLength(0);
    await replay.captionsOff();
    expect(zoomAdapter.findRegion(document)).toBeNull();
    expect(zoomAdapter.judgeState(document, null).state).toBe('captions-off');
  });

  it('forwards every call from the Zoom shell to the driver inside iframe#webclient', async () => {
    const replay = await driverFor('zoom.html');
    const inner: CandorReplay = {
      play: vi.fn(async () => ({ steps: 42 })),
      captionsOn: vi.fn(async () => undefined),
      captionsOff: vi.fn(async () => undefined),
      step: vi.fn(async () => undefined),
    };
    const frame = document.querySelector('iframe')!;
    Object.defineProperty(frame, 'contentWindow', { value: { candorReplay: inner } });
    await expect(replay.play(MEETING, { seed: 1 })).resolves.toEqual({ steps: 42 });
    await replay.captionsOn();
    await replay.step({ kind: 'captions-off' });
    expect(inner.play).toHaveBeenCalledWith(MEETING, { seed: 1 });
    expect(inner.captionsOn).toHaveBeenCalled();
    expect(inner.step).toHaveBeenCalledWith({ kind: 'captions-off' });
  });
});
