// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, test, vi } from 'vitest';
import type { CaptionAdapter } from '../../utils/capture/adapter.ts';
import { meetAdapter } from '../../entrypoints/meet.content/adapter.ts';
import { createMeetApplier } from '../fixtures/replay/meet-dom.ts';
import { finalBlocks, planReplay } from '../fixtures/replay/plan.ts';
import type { ReplayStep } from '../fixtures/replay/plan.ts';
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

describe.each([
  { page: 'meet.html', self: 'You' },
  { page: 'meet-2025.html', self: 'You' },
  { page: 'meet-localised.html', self: 'Tu' },
])('Meet replay on $page', ({ page, self }) => {
  it('reads every block with its speaker, self flag and final text', async () => {
    loadPage(page);
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    const steps = planReplay(MEETING, FULL);
    await play(applier, steps);

    const expected = finalBlocks(steps);
    expect(expected.size).toBe(MEETING.length);
    for (const [block, line] of expected) {
      expect(capture.last(idOf(capture, applier, block)), `block ${block}`).toMatchObject({
        kind: 'block',
        speaker: line.self ? self : line.speaker,
        self: line.self,
        text: MEETING[block]?.text,
      });
    }
    // Nothing but the plan's blocks was read (no trailing children, no decoy region).
    expect(new Set(capture.snapshots().map((s) => s.block)).size).toBe(MEETING.length);
  });

  it('reports off → on → capturing, and again after captions are toggled', async () => {
    loadPage(page);
    const capture = startCapture(meetAdapter);
    await play(createMeetApplier(document), planReplay(MEETING, FULL));
    expect(transitions(capture.states())).toEqual([
      'captions-off',
      'captions-on',
      'capturing',
      'captions-off',
      'captions-on',
      'capturing',
    ]);
    expect(capture.updates[0]?.status).toEqual({ platform: 'meet', state: 'captions-off' });
  });

  it('reports a removed block as gone and keeps its id when it comes back', async () => {
    loadPage(page);
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    const steps = planReplay(MEETING, FULL);
    await play(applier, steps);
    const removed = steps.filter((s) => s.kind === 'block-remove').map((s) => s.block);
    expect(removed.length).toBeGreaterThan(0);
    for (const block of removed) {
      const id = idOf(capture, applier, block);
      const kinds = capture
        .events()
        .filter((e) => e.block === id)
        .map((e) => e.kind);
      const gone = kinds.indexOf('gone');
      expect(gone, `block ${block}`).toBeGreaterThan(0);
      expect(kinds.slice(gone + 1)).toContain('block');
    }
  });
});

describe('Meet region lifecycle', () => {
  const on: ReplayStep = { kind: 'captions-on' };
  const off: ReplayStep = { kind: 'captions-off' };

  it('marks only the first read of a freshly found region as initial, and re-attaches after re-creation', async () => {
    loadPage('meet.html');
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    applier.apply(on);
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice', self: false });
    applier.apply({ kind: 'block-text', block: 0, text: 'Hello there' });
    await settle(1000); // the poll finds the region with a block already in it
    applier.apply({ kind: 'block-text', block: 0, text: 'Hello there friend' });
    await settle(0);

    const first = idOf(capture, applier, 0);
    expect(capture.snapshots().map((s) => [s.block, s.text, s.initial])).toEqual([
      [first, 'Hello there', true],
      [first, 'Hello there friend', undefined],
    ]);

    const oldRegion = meetAdapter.findRegion(document);
    applier.apply(off);
    applier.apply(on);
    applier.apply({ kind: 'block-start', block: 1, speaker: 'Bob', self: false });
    applier.apply({ kind: 'block-text', block: 1, text: 'Can you hear me' });
    await settle(1000);
    const newRegion = meetAdapter.findRegion(document);
    expect(newRegion).not.toBe(oldRegion);
    applier.apply({ kind: 'block-text', block: 1, text: 'Can you hear me now?' });
    await settle(0);
    // The old, detached region is no longer observed.
    oldRegion?.querySelector('.VbkSUe')?.append(' ignored');
    await settle(0);

    const second = idOf(capture, applier, 1);
    expect(
      capture
        .events()
        .slice(2)
        .map((e) => [e.kind, e.block, e.kind === 'block' ? e.text : '', e.kind === 'block' ? e.initial : undefined]),
    ).toEqual([
      ['gone', first, '', undefined],
      ['block', second, 'Can you hear me', true],
      ['block', second, 'Can you hear me now?', undefined],
    ]);
  });

  it('reads the last words of a block when captions go off mid-block, then reports it gone', async () => {
    loadPage('meet.html');
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    applier.apply(on);
    await settle(1000);
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice', self: false });
    applier.apply({ kind: 'block-text', block: 0, text: 'We should' });
    await settle(5);
    applier.apply({ kind: 'block-text', block: 0, text: 'We should ship it' });
    applier.apply(off); // same task: the text change and the removal arrive together
    await settle(1000);

    const id = idOf(capture, applier, 0);
    expect(capture.last(id)?.text).toBe('We should ship it');
    expect(capture.events().at(-1)).toMatchObject({ kind: 'gone', block: id });
    expect(capture.updates.at(-1)?.status?.state).toBe('captions-off');
  });

  it('gives ids of the form doc:n and the same id to the same node re-inserted', async () => {
    loadPage('meet.html');
    const capture = startCapture(meetAdapter, { docId: 'f00d' });
    const applier = createMeetApplier(document);
    applier.apply(on);
    await settle(1000);
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice', self: false });
    applier.apply({ kind: 'block-text', block: 0, text: 'One' });
    await settle(5);
    applier.apply({ kind: 'block-start', block: 1, speaker: 'Bob', self: false });
    applier.apply({ kind: 'block-text', block: 1, text: 'Two' });
    await settle(5);
    applier.apply({ kind: 'block-remove', block: 0 });
    await settle(150);
    applier.apply({ kind: 'block-reinsert', block: 0 });
    await settle(5);
    expect(capture.events().map((e) => `${e.kind} ${e.block}`)).toEqual([
      'block f00d:1',
      'block f00d:2',
      'gone f00d:1',
      'block f00d:1',
    ]);
    // Put back where it was: before Bob's block.
    expect(meetAdapter.listBlocks(meetAdapter.findRegion(document)!)[0]).toBe(applier.node(0));
  });

  it('reports every status change off → on → capturing → off → on', async () => {
    loadPage('meet.html');
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    await settle(1000);
    applier.apply(on);
    await settle(1000);
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice', self: false });
    applier.apply({ kind: 'block-text', block: 0, text: 'Hi' });
    await settle(1000);
    applier.apply(off);
    await settle(1000);
    applier.apply(on);
    await settle(1000);
    expect(capture.states()).toEqual(['captions-off', 'captions-on', 'capturing', 'captions-off', 'captions-on']);
  });
});

describe('Meet capture state', () => {
  test.each([
    ['frozen/meet-2026-on.html', 'capturing'],
    ['frozen/meet-2025-on.html', 'capturing'],
    ['meet.html', 'captions-off'],
    ['meet-localised.html', 'captions-off'],
  ])('%s starts as %s', async (page, state) => {
    loadPage(page);
    const capture = startCapture(meetAdapter);
    await settle(0);
    expect(capture.states()).toEqual([state]);
  });

  it('reads a frozen page with captions on, marking the first read initial', async () => {
    loadPage('frozen/meet-2026-on.html');
    const capture = startCapture(meetAdapter);
    expect(capture.snapshots().map(({ speaker, self, text, initial }) => ({ speaker, self, text, initial }))).toEqual([
      { speaker: 'Alice', self: false, text: 'So the plan for today is simple.', initial: true },
      { speaker: 'You', self: true, text: "Sounds good, let's start with", initial: true },
    ]);
  });

  it('reports no-call on a page without a captions toggle (the lobby)', async () => {
    document.body.innerHTML = '<main><h1>Ready to join?</h1><button>Join now</button></main>';
    const capture = startCapture(meetAdapter);
    expect(capture.states()).toEqual(['no-call']);
  });

  it('reports an unknown caption DOM as unreadable, with a plain detail', async () => {
    loadPage('frozen/meet-unknown-on.html');
    const capture = startCapture(meetAdapter);
    await settle(0);
    expect(capture.states()).toEqual([]); // one poll of grace: the region may be a moment late
    await settle(1000);
    expect(capture.updates.at(-1)?.status).toMatchObject({ platform: 'meet', state: 'unreadable' });
    expect(capture.updates.at(-1)?.status?.detail).toMatch(/captions are on.*cannot find/i);
  });

  it('never throws into the page: a failing adapter is reported as unreadable', async () => {
    loadPage('frozen/meet-2026-on.html');
    const broken: CaptionAdapter = {
      ...meetAdapter,
      readBlock: () => {
        throw new Error('layout changed');
      },
    };
    const capture = startCapture(broken);
    expect(capture.states()).toEqual(['unreadable']);
    expect(capture.updates[0]?.status?.detail).toContain('layout changed');
    // Observer callbacks are guarded too.
    document.querySelector('.VbkSUe')?.append(' more');
    await expect(settle(0)).resolves.toBeUndefined();
  });

  it('stops everything when the content script is invalidated', async () => {
    loadPage('meet.html');
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    applier.apply({ kind: 'captions-on' });
    await settle(1000);
    const before = capture.updates.length;
    capture.ctx.invalidate();
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice', self: false });
    applier.apply({ kind: 'block-text', block: 0, text: 'Anyone there?' });
    applier.apply({ kind: 'captions-off' });
    await settle(3000);
    expect(capture.updates.length).toBe(before);
  });

  it('measures each observer callback', async () => {
    loadPage('meet.html');
    const capture = startCapture(meetAdapter);
    await play(createMeetApplier(document), planReplay(MEETING.slice(0, 3), { seed: 1 }));
    expect(capture.measures.length).toBeGreaterThan(10);
    expect(capture.measures.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
  });
});

describe('Meet hostile text', () => {
  it('reads names and captions back verbatim as text and executes or injects nothing', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    loadPage('meet.html');
    const capture = startCapture(meetAdapter);
    const applier = createMeetApplier(document);
    const steps = planReplay(HOSTILE, { revisions: true, seed: 3 });
    await play(applier, steps);

    HOSTILE.forEach((line, block) => {
      expect(capture.last(idOf(capture, applier, block))).toMatchObject({ speaker: line.speaker, text: line.text });
    });
    expect(document.querySelectorAll('script, b, img[src="x"]')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });
});
