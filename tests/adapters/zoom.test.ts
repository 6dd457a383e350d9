// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, test, vi } from 'vitest';
import { zoomAdapter } from '../../entrypoints/zoom.content/adapter.ts';
import { forgetCall, MAX_REMEMBERED, rememberNames } from '../../entrypoints/zoom.content/names.ts';
import { CaptionAssembler } from '../../lib/capture/assembler.ts';
import { finalBlocks, planReplay } from '../fixtures/replay/plan.ts';
import type { ReplayStep } from '../fixtures/replay/plan.ts';
import { createZoomApplier, zoomWindow } from '../fixtures/replay/zoom-dom.ts';
import { READ_EVERY_MS } from '../../utils/capture/cadence.ts';
import { idOf, loadPage, play, settle, startCapture, transitions } from './harness.ts';
import { HOSTILE, MEETING } from './transcripts.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const FULL = { revisions: true, overlaps: true, removals: true, captionsToggle: true, seed: 7 } as const;
const on: ReplayStep = { kind: 'captions-on' };
const off: ReplayStep = { kind: 'captions-off' };

describe('Zoom replay on zoom-webclient.html', () => {
  it('reads each row: the speaker named from the video tiles and the final rolling window', async () => {
    loadPage('zoom-webclient.html');
    const capture = startCapture(zoomAdapter);
    const applier = createZoomApplier(document);
    const steps = planReplay(MEETING, FULL);
    await play(applier, steps);

    for (const [block, line] of finalBlocks(steps)) {
      expect(capture.last(idOf(capture, applier, block)), `block ${block}`).toMatchObject({
        speaker: line.speaker,
        self: false,
        text: zoomWindow(line.text),
      });
    }
  });

  it.each([
    ['on every change', 0],
    ['in bursts, as in the extension', READ_EVERY_MS],
  ])('sends every rolling window, front-trimmed once a turn is long, read %s', async (_, readEveryMs) => {
    loadPage('zoom-webclient.html');
    const capture = startCapture(zoomAdapter, { readEveryMs });
    const applier = createZoomApplier(document);
    const steps = planReplay(MEETING, { seed: 2 });
    await play(applier, steps);
    const long = MEETING.findIndex((line) => line.text.split(' ').length > 14);
    const id = idOf(capture, applier, long);
    const windows = capture
      .snapshots()
      .filter((s) => s.block === id)
      .map((s) => s.text);
    const textSteps = steps.filter((s) => s.kind === 'block-text' && s.block === long);
    // Read in bursts, the windows shown in between come from the records' old values: none is skipped.
    expect(windows).toEqual(textSteps.map((step) => zoomWindow(step.kind === 'block-text' ? step.text : '')));
    if (readEveryMs > 0) expect(capture.measures.length).toBeLessThan(steps.length / 2);
    expect(windows.at(-1)?.startsWith(MEETING[long]!.text.split(' ')[0]!)).toBe(false);
    expect(windows.every((w) => w.split(' ').length <= 14)).toBe(true);
  });

  it('reports off → on → capturing → off → capturing, the re-created overlay replaying its last row as initial', async () => {
    loadPage('zoom-webclient.html');
    const capture = startCapture(zoomAdapter);
    const applier = createZoomApplier(document);
    const steps = planReplay(MEETING, FULL);
    await play(applier, steps);
    expect(transitions(capture.states())).toEqual([
      'captions-off',
      'captions-on',
      'capturing',
      'captions-off',
      'capturing',
    ]);

    const reOn = capture.updates.findLastIndex((u) => u.status?.state === 'capturing');
    const replayed = capture.updates[reOn]?.events.filter((e) => e.kind === 'block');
    const beforeOff = steps.findIndex((s) => s.kind === 'captions-off');
    const lastBlock = Math.max(
      ...steps.slice(0, beforeOff).flatMap((s) => (s.kind === 'block-start' ? [s.block] : [])),
    );
    expect(replayed).toEqual([
      expect.objectContaining({
        initial: true,
        speaker: MEETING[lastBlock]!.speaker,
        text: zoomWindow(MEETING[lastBlock]!.text),
      }),
    ]);
    expect(capture.snapshots().filter((s) => s.initial)).toHaveLength(1);
  });

  it('reports rows Zoom drops as gone and keeps the id of a row put back', async () => {
    loadPage('zoom-webclient.html');
    const capture = startCapture(zoomAdapter);
    const applier = createZoomApplier(document);
    const steps = planReplay(MEETING, FULL);
    await play(applier, steps);
    const gone = capture
      .events()
      .filter((e) => e.kind === 'gone')
      .map((e) => e.block);
    expect(gone.length).toBeGreaterThanOrEqual(MEETING.length - 2);
    for (const step of steps) {
      if (step.kind !== 'block-reinsert' || !applier.node(step.block)?.isConnected) continue;
      const id = idOf(capture, applier, step.block);
      const kinds = capture
        .events()
        .filter((e) => e.block === id)
        .map((e) => e.kind);
      expect(kinds.lastIndexOf('block')).toBeGreaterThan(kinds.indexOf('gone'));
    }
  });
});

describe('Zoom speakers', () => {
  it('falls back to "Speaker 1", "Speaker 2"… per avatar when no video tile shows the name', async () => {
    loadPage('zoom-webclient.html');
    document.body.dataset.replayPhotos = 'all';
    forgetCall(document);
    const capture = startCapture(zoomAdapter);
    const applier = createZoomApplier(document);
    applier.apply(on);
    await settle(1000);
    const say = async (block: number, speaker: string, text: string) => {
      applier.apply({ kind: 'block-start', block, speaker, self: false });
      applier.apply({ kind: 'block-text', block, text });
      // Tiles gone (e.g. videos on instead of avatars) before the row is read.
      for (const tile of document.querySelectorAll('.gallery-video-container__video-frame')) tile.remove();
      await settle(5);
    };
    await say(0, 'Carol', 'First');
    await say(1, 'Dave', 'Second');
    await say(2, 'Carol', 'Third');
    expect(capture.snapshots().map((s) => s.speaker)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1']);
  });

  /** A row with this avatar saying `text`, read once (in a burst, as in the extension); returns the speaker reported. */
  async function rowSpeaker(avatar: string, text = 'Hello there'): Promise<string> {
    const overlay = document.querySelector('.live-transcription-subtitle__content')!;
    const row = document.createElement('div');
    row.id = 'live-transcription-subtitle';
    row.innerHTML = avatar;
    const span = document.createElement('span');
    span.className = 'live-transcription-subtitle__item';
    span.textContent = text;
    row.append(span);
    overlay.append(row);
    await settle(READ_EVERY_MS + 5);
    return capture!.snapshots().at(-1)!.speaker;
  }
  let capture: ReturnType<typeof startCapture> | undefined;
  function openOverlay(tiles: string): void {
    loadPage('frozen/zoom-webclient-on.html');
    document.querySelector('.gallery-video-container__wrap')!.innerHTML = tiles;
    document.querySelector('.live-transcription-subtitle__content')!.replaceChildren();
    rememberNames([], () => undefined);
    forgetCall(document);
    capture = startCapture(zoomAdapter, { readEveryMs: READ_EVERY_MS });
  }

  it("names the speaker from beside the tile image's wrapper, whatever the classes", async () => {
    openOverlay(
      '<div class="x1"><div class="x2"><img src="/avatars/erin.png" alt=""></div><div class="x3"><span>Erin Park</span></div></div>',
    );
    expect(await rowSpeaker('<img class="zmu-data-selector-item__icon" src="/avatars/erin.png" alt="">')).toBe(
      'Erin Park',
    );
  });

  it('names the speaker from an accessible label when the tile shows no name text', async () => {
    openOverlay(
      '<div class="video-avatar__avatar" aria-label="Frank Osei"><div><img src="/avatars/frank.png" alt=""></div></div>',
    );
    expect(await rowSpeaker('<img src="/avatars/frank.png" alt="">')).toBe('Frank Osei');
  });

  it('names the speaker from the participants panel when no tile shows the photo', async () => {
    openOverlay(
      '<ul><li class="participants-item-position"><div class="participants-item__avatar"><img src="/avatars/gia.png" alt=""></div>' +
        '<div><span class="participants-item__display-name">Gia Rossi</span><span>(Host)</span></div></li></ul>',
    );
    expect(await rowSpeaker('<img src="/avatars/gia.png" alt="">')).toBe('Gia Rossi');
  });

  it('names a speaker without a photo by initials, and keeps the initials when two names match', async () => {
    const tile = (name: string, initials: string) =>
      `<div class="video-avatar__avatar"><div><span>${initials}</span></div><div class="video-avatar__avatar-footer">${name}</div></div>`;
    openOverlay(tile('Hana Kim', 'HK') + tile('Ivo Lenz', 'IL') + tile('Ines Lopez', 'IL'));
    expect(await rowSpeaker('<span aria-hidden="true">HK</span>')).toBe('Hana Kim');
    expect(await rowSpeaker('<span aria-hidden="true">IL</span>')).toBe('IL');
  });

  it('renames a stand-in, earlier lines included, once a tile names the speaker', async () => {
    openOverlay('');
    expect(await rowSpeaker('<img src="/avatars/jo.png" alt="">', 'First words')).toBe('Speaker 1');
    document
      .querySelector('.gallery-video-container__wrap')!
      .insertAdjacentHTML('beforeend', '<div><div><img src="/avatars/jo.png" alt=""></div><div>Jo Banks</div></div>');
    await settle(3000); // the poll looks the unnamed avatar up again
    expect(capture!.renames()).toEqual([expect.objectContaining({ from: 'Speaker 1', to: 'Jo Banks' })]);
    expect(await rowSpeaker('<img src="/avatars/jo.png" alt="">', 'Later words')).toBe('Jo Banks');

    const assembler = new CaptionAssembler({ origin: 0, rollingWindow: true, idleMs: 5000 });
    for (const event of capture!.updates.flatMap((u) => u.events)) assembler.push(event);
    assembler.flush(Date.now() + 60_000);
    expect(assembler.utterances().map((u) => u.speaker)).toEqual(['Jo Banks', 'Jo Banks']);
  });

  it('remembers photo names across calls, bounded, and uses them when no tile shows the name', async () => {
    const saved: Array<Array<[string, string]>> = [];
    openOverlay('<div><div><img src="/avatars/kai.png" alt=""></div><div>Kai Berg</div></div>');
    const old = Array.from({ length: MAX_REMEMBERED }, (_, i): [string, string] => [
      `/avatars/old-${i}.png`,
      `Old ${i}`,
    ]);
    rememberNames(old, (entries) => saved.push(entries));
    expect(await rowSpeaker('<img src="/avatars/kai.png" alt="">')).toBe('Kai Berg');
    expect(saved.at(-1)).toHaveLength(MAX_REMEMBERED);
    expect(saved.at(-1)?.at(-1)).toEqual(['/avatars/kai.png', 'Kai Berg']);
    expect(saved.at(-1)?.[0]).toEqual(['/avatars/old-1.png', 'Old 1']);

    // The next call: a new page, no tiles on screen yet.
    capture!.ctx.invalidate();
    loadPage('frozen/zoom-webclient-on.html');
    document.querySelector('.gallery-video-container__wrap')!.replaceChildren();
    document.querySelector('.live-transcription-subtitle__content')!.replaceChildren();
    capture = startCapture(zoomAdapter);
    expect(await rowSpeaker('<img src="/avatars/kai.png" alt="">')).toBe('Kai Berg');
  });

  it('reads hostile names and captions back verbatim as text and executes or injects nothing', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    loadPage('zoom-webclient.html');
    const capture = startCapture(zoomAdapter);
    const applier = createZoomApplier(document);
    await play(applier, planReplay(HOSTILE, { revisions: true, seed: 5 }));
    HOSTILE.forEach((line, block) => {
      expect(capture.last(idOf(capture, applier, block))).toMatchObject({
        speaker: line.speaker,
        text: zoomWindow(line.text),
      });
    });
    expect(document.querySelectorAll('script, b, img[src="x"]')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('Zoom frames and capture state', () => {
  it('stays silent in the PWA shell frame that only hosts iframe#webclient', async () => {
    loadPage('zoom.html');
    const capture = startCapture(zoomAdapter);
    await settle(3000);
    expect(capture.updates).toEqual([]);
  });

  it('reports no-call in a top frame with neither the meeting iframe nor meeting UI', async () => {
    loadPage('zoom.html');
    document.querySelector('iframe')?.remove();
    const capture = startCapture(zoomAdapter);
    expect(capture.states()).toEqual(['no-call']);
  });

  test.each([
    ['zoom-webclient.html', 'captions-off'],
    ['frozen/zoom-webclient-on.html', 'capturing'],
  ])('%s starts as %s', async (page, state) => {
    loadPage(page);
    const capture = startCapture(zoomAdapter);
    expect(capture.states()).toEqual([state]);
  });

  it('reads a frozen overlay: duplicate-id rows, names from tiles, all marked initial', () => {
    loadPage('frozen/zoom-webclient-on.html');
    const capture = startCapture(zoomAdapter);
    expect(capture.snapshots().map(({ speaker, text, initial }) => ({ speaker, text, initial }))).toEqual([
      { speaker: 'Alice', text: 'and that is why the second quarter numbers look the way they do', initial: true },
      { speaker: 'Bob', text: 'Right, okay', initial: true },
    ]);
  });

  it('reports unreadable when the button says captions are shown but no overlay exists', async () => {
    loadPage('frozen/zoom-webclient-on.html');
    document.querySelector('.live-transcription-subtitle__overlay-container')?.remove();
    const capture = startCapture(zoomAdapter);
    await settle(1000);
    expect(capture.updates.at(-1)?.status).toMatchObject({
      state: 'unreadable',
      detail: expect.stringMatching(/cannot find/),
    });
  });

  it('reports captions-off with a detail when the meeting has no captions button', () => {
    loadPage('zoom-webclient.html');
    document.querySelector('[data-feature-type="captions"]')?.remove();
    const capture = startCapture(zoomAdapter);
    expect(capture.updates[0]?.status).toMatchObject({ state: 'captions-off', detail: expect.stringMatching(/host/) });
  });

  it('reads the last window when captions go off mid-row, then reports the row gone', async () => {
    loadPage('zoom-webclient.html');
    const capture = startCapture(zoomAdapter);
    const applier = createZoomApplier(document);
    applier.apply(on);
    await settle(1000);
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice', self: false });
    applier.apply({ kind: 'block-text', block: 0, text: 'We should' });
    await settle(5);
    applier.apply({ kind: 'block-text', block: 0, text: 'We should ship it' });
    applier.apply(off);
    await settle(1000);
    const id = idOf(capture, applier, 0);
    expect(capture.last(id)?.text).toBe('We should ship it');
    expect(capture.events().at(-1)).toMatchObject({ kind: 'gone', block: id });
    expect(capture.updates.at(-1)?.status?.state).toBe('captions-off');
  });
});
