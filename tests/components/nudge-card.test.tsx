// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackNotice, NoTipLine, NUDGE_FADE_SECONDS, NudgeCard } from '../../components/nudge-card.tsx';
import type { Flag } from '../../lib/engine/types.ts';
import {
  activeNudge,
  anotherPhrasing,
  defaultSensitivity,
  initialNudgeState,
  type Nudge,
  nudgeFor,
} from '../../lib/nudges/index.ts';
import { GLANCE_WORDS, glanceText, wordCount } from '../../lib/playbook/index.ts';

afterEach(cleanup);

const flag: Flag = {
  kind: 'flag',
  type: 'interruption',
  id: 'interruption@c9',
  at: 200,
  anchor: 'c9',
  speaker: 'Sam',
  target: 'Me',
  confidence: 0.9,
  evidence: [
    { cue: 'c8', speaker: 'Me', text: 'The part I care most about is how the team', at: 195, words: 'the team' },
    { cue: 'c9', speaker: 'Sam', text: 'Right, so let me ask you something else', at: 200 },
  ],
  rule: 'interruption:cut-off+floor-grab',
};

function makeNudge(): Nudge {
  const { state } = nudgeFor({
    flag,
    now: 201,
    perspective: { role: 'candidate', me: 'Me' },
    state: initialNudgeState(),
    sensitivity: defaultSensitivity(),
  });
  return activeNudge(state)!;
}

function handlers() {
  return { onCopy: vi.fn(), onAnotherPhrasing: vi.fn(), onNotNow: vi.fn(), onNotUseful: vi.fn() };
}

describe('NudgeCard', () => {
  it('leads with the one label and a short script; what happened waits behind "Why?"', () => {
    const nudge = makeNudge();
    render(<NudgeCard nudge={nudge} now={201} {...handlers()} />);
    const card = screen.getByRole('region', { name: 'Cut off mid-sentence' });
    expect(card.getAttribute('data-flag')).toBe('interruption');
    const script = screen.getByTestId('nudge-phrasing').textContent ?? '';
    expect(script).toBe(glanceText(nudge.phrasings[0]!));
    expect(wordCount(script)).toBeLessThanOrEqual(GLANCE_WORDS);
    const why = screen.getByTestId('nudge-why') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    expect(why.textContent).toContain(
      'Sam came in before you had finished: “The part I care most about is how the team”',
    );
    expect(card.textContent).not.toMatch(/builds .* safety|of \d/);
  });

  it('says when the moment was, and fades once it is no longer about now', () => {
    const nudge = makeNudge();
    const { rerender } = render(<NudgeCard nudge={nudge} now={201} {...handlers()} />);
    expect(screen.getByTestId('nudge-when').textContent).toBe('at 3:20 · just now');
    expect(screen.getByTestId('nudge-card').getAttribute('data-stale')).toBe('false');
    rerender(<NudgeCard nudge={nudge} now={200 + NUDGE_FADE_SECONDS + 1} {...handlers()} />);
    expect(screen.getByTestId('nudge-when').textContent).toBe('at 3:20 · 2 min ago');
    expect(screen.getByTestId('nudge-card').getAttribute('data-stale')).toBe('true');
  });

  it('announces the title and script through a polite live region, without the buttons', () => {
    render(<NudgeCard nudge={makeNudge()} now={201} {...handlers()} />);
    const live = screen.getByTestId('nudge-announcer');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toMatch(/^Tip: Cut off mid-sentence\. /);
    expect(live.textContent).not.toMatch(/Copy|Not now/);
  });

  it('keeps the live region in place with no tip, so the next one is announced', () => {
    render(<NudgeCard nudge={null} now={0} {...handlers()} />);
    expect(screen.getByTestId('nudge-announcer').textContent).toBe('');
    expect(screen.queryByTestId('nudge-card')).toBeNull();
  });

  it('calls back with the shown script and the nudge id; the rarer actions sit in the menu', () => {
    const nudge = makeNudge();
    const h = handlers();
    render(<NudgeCard nudge={nudge} now={201} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(h.onCopy).toHaveBeenCalledWith(glanceText(nudge.phrasings[0]!), nudge.id);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Another phrasing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not now (10 min)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not useful' }));
    expect(h.onAnotherPhrasing).toHaveBeenCalledWith(nudge.id);
    expect(h.onNotNow).toHaveBeenCalledWith(nudge.id);
    expect(h.onNotUseful).toHaveBeenCalledWith(nudge.id);
  });

  it('shows the next phrasing when the parent cycles it, and resets "Copied"', () => {
    const nudge = makeNudge();
    const h = handlers();
    const { rerender } = render(<NudgeCard nudge={nudge} now={201} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const state = anotherPhrasing({ ...initialNudgeState(), nudges: [nudge], activeId: nudge.id }, nudge.id);
    rerender(<NudgeCard nudge={state.nudges[0]!} now={201} {...h} />);
    expect(screen.getByTestId('nudge-phrasing').textContent).toBe(glanceText(nudge.phrasings[1]!));
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('shows a merged count, and a Helpful item only when asked for', () => {
    const onHelpful = vi.fn();
    const nudge = { ...makeNudge(), count: 3 };
    render(<NudgeCard nudge={nudge} now={201} {...handlers()} onHelpful={onHelpful} />);
    expect(screen.getByLabelText(', happened 3 times').textContent).toBe(' ×3');
    fireEvent.click(screen.getByRole('button', { name: 'Helpful' }));
    expect(onHelpful).toHaveBeenCalledWith(nudge.id);
  });

  it('uses real buttons that a keyboard reaches', () => {
    render(<NudgeCard nudge={makeNudge()} now={201} {...handlers()} />);
    for (const button of screen.getAllByRole('button')) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.getAttribute('tabindex')).not.toBe('-1');
    }
  });

  it('disables "Another phrasing" when there is only one', () => {
    const nudge = { ...makeNudge() };
    nudge.phrasings = nudge.phrasings.slice(0, 1);
    render(<NudgeCard nudge={nudge} now={201} {...handlers()} />);
    expect((screen.getByRole('button', { name: 'Another phrasing' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('FeedbackNotice and NoTipLine', () => {
  it('answers "Not useful" with what changed, Undo and Settings', () => {
    const onUndo = vi.fn();
    render(<FeedbackNotice feedback="not-useful" onUndo={onUndo} settingsHref="options.html" />);
    expect(screen.getByRole('status').textContent).toBe('Fewer tips like this · Undo · Settings');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('options.html');
  });

  it('says why there is no tip yet', () => {
    render(<NoTipLine reason="warming-up" warmUpSeconds={120} />);
    expect(screen.getByTestId('no-tip').textContent).toBe('Listening — first tips after two minutes.');
  });
});
