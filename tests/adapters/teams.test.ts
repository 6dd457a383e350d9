// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, test, vi } from 'vitest';
import { teamsAdapter } from '../../entrypoints/teams.content/adapter.ts';
import { finalBlocks, planReplay } from '../fixtures/replay/plan.ts';
import type { ReplayStep } from '../fixtures/replay/plan.ts';
import { createTeamsApplier, TEAMS_MOUNTED_ITEMS, TEAMS_UNKNOWN } from '../fixtures/replay/teams-dom.ts';
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

describe.each([
  { view: 'host', page: 'teams.html' },
  { view: 'guest', page: 'teams-guest.html' },
])('Teams replay, $view view', ({ page }) => {
  it('reads every item with its author and final text', async () => {
    loadPage(page);
    const capture = startCapture(teamsAdapter);
    const applier = createTeamsApplier(document);
    const steps = planReplay(MEETING, FULL);
    await play(applier, steps);

    for (const [block, line] of finalBlocks(steps)) {
      expect(capture.last(idOf(capture, applier, block)), `block ${block}`).toMatchObject({
        speaker: line.speaker,
        self: false,
        text: line.text,
      });
    }
    // One id per item: the wrappers, avatar and settings buttons are never read as captions.
    expect(new Set(capture.snapshots().map((s) => s.block)).size).toBe(MEETING.length);
  });

  it('reports off → on → capturing, and again after captions are toggled', async () => {
    loadPage(page);
    const capture = startCapture(teamsAdapter);
    await play(createTeamsApplier(document), planReplay(MEETING, FULL));
    expect(transitions(capture.states())).toEqual([
      'captions-off',
      'captions-on',
      'capturing',
      'captions-off',
      'captions-on',
      'capturing',
    ]);
    expect(capture.updates[0]?.status).toEqual({ platform: 'teams', state: 'captions-off' });
  });

  it('reports items the virtual list evicts as gone', async () => {
    loadPage(page);
    const capture = startCapture(teamsAdapter);
    const applier = createTeamsApplier(document);
    await play(applier, planReplay(MEETING, { seed: 3 }));
    const gone = new Set(capture.events().flatMap((e) => (e.kind === 'gone' ? [e.block] : [])));
    expect(gone.size).toBe(MEETING.length - TEAMS_MOUNTED_ITEMS);
    expect(gone.has(idOf(capture, applier, 0))).toBe(true);
    expect(gone.has(idOf(capture, applier, MEETING.length - 1))).toBe(false);
  });
});

describe('Teams speakers and items', () => {
  it('keeps one id when "Unknown User" is renamed in place (guest view)', async () => {
    loadPage('teams-guest.html');
    const capture = startCapture(teamsAdapter);
    const applier = createTeamsApplier(document);
    applier.apply(on);
    await settle(10);
    applier.apply({ kind: 'block-start', block: 1, speaker: 'Bob Ito', self: false });
    applier.apply({ kind: 'block-text', block: 1, text: 'I think' });
    await settle(10);
    applier.apply({ kind: 'block-text', block: 1, text: 'I think so' });
    await settle(10);
    const id = idOf(capture, applier, 1);
    expect(capture.snapshots().map((s) => [s.block, s.speaker, s.text])).toEqual([
      [id, TEAMS_UNKNOWN, 'I think'],
      [id, 'Bob Ito', 'I think so'],
    ]);
    expect(capture.events().some((e) => e.kind === 'gone')).toBe(false);
  });

  it('gives a recycled item node a new id: the old caption is gone, the new one starts fresh', async () => {
    loadPage('frozen/teams-host-on.html');
    const capture = startCapture(teamsAdapter);
    const [first] = teamsAdapter.listBlocks(teamsAdapter.findRegion(document)!);
    const oldId = capture.run.blockId(first!)!;
    first!.querySelector('[data-tid="author"]')!.textContent = 'Chen Wu';
    first!.querySelector('[data-tid="closed-caption-text"]')!.textContent = 'A different caption';
    await settle(0);
    const newId = capture.run.blockId(first!)!;
    expect(newId).not.toBe(oldId);
    expect(capture.events().slice(-2)).toEqual([
      { kind: 'gone', block: oldId, t: expect.any(Number) },
      expect.objectContaining({ block: newId, speaker: 'Chen Wu', text: 'A different caption' }),
    ]);
  });

  it('reads hostile names and captions back verbatim as text and injects nothing', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    loadPage('teams.html');
    const capture = startCapture(teamsAdapter);
    const applier = createTeamsApplier(document);
    await play(applier, planReplay(HOSTILE, { revisions: true, seed: 5 }));
    HOSTILE.forEach((line, block) => {
      expect(capture.last(idOf(capture, applier, block))).toMatchObject({ speaker: line.speaker, text: line.text });
    });
    expect(document.querySelectorAll('script, b, img[src="x"]')).toHaveLength(0);
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('Teams pages and capture state', () => {
  test.each([
    ['teams.html', 'captions-off'],
    ['teams-guest.html', 'captions-off'],
    ['frozen/teams-host-on.html', 'capturing'],
    ['frozen/teams-guest-on.html', 'capturing'],
  ])('%s starts as %s', (page, state) => {
    loadPage(page);
    expect(startCapture(teamsAdapter).states()).toEqual([state]);
  });

  it('reports no-call on a Teams page outside a meeting', () => {
    document.body.innerHTML = '<div id="app"><nav aria-label="Chat">Chat</nav></div>';
    expect(startCapture(teamsAdapter).states()).toEqual(['no-call']);
  });

  test.each([
    [
      'frozen/teams-host-on.html',
      [
        ['Alice Moreau', 'Can everyone see the roadmap slide?'],
        ['Bob Ito', 'Yes, it is up'],
      ],
    ],
    [
      'frozen/teams-guest-on.html',
      [
        ['Alice Moreau', 'Welcome, thanks for joining'],
        [TEAMS_UNKNOWN, 'Happy to be here'],
        ['Alice Moreau', 'Shall we start?'],
      ],
    ],
  ])('reads the frozen pane of %s, every item marked initial', (page, expected) => {
    loadPage(page);
    const capture = startCapture(teamsAdapter);
    expect(capture.snapshots().map((s) => [s.speaker, s.text, s.initial])).toEqual(
      expected.map(([speaker, text]) => [speaker, text, true]),
    );
  });

  it('reads the last words when captions go off mid-item, then reports the item gone', async () => {
    loadPage('teams.html');
    const capture = startCapture(teamsAdapter);
    const applier = createTeamsApplier(document);
    applier.apply(on);
    await settle(10);
    applier.apply({ kind: 'block-start', block: 0, speaker: 'Alice Moreau', self: false });
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
