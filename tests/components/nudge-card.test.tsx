// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NudgeCard } from '../../components/nudge-card.tsx';
import type { Flag } from '../../lib/engine/types.ts';
import {
  activeNudge,
  anotherPhrasing,
  defaultSensitivity,
  initialNudgeState,
  type Nudge,
  nudgeFor,
} from '../../lib/nudges/index.ts';

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
  it('shows what happened with the quote, why it matters, and the current phrasing', () => {
    const nudge = makeNudge();
    render(<NudgeCard nudge={nudge} {...handlers()} />);
    const card = screen.getByRole('region', { name: 'You were cut off' });
    expect(card.getAttribute('data-flag')).toBe('interruption');
    expect(card.textContent).toContain(
      'Sam came in before you had finished: “The part I care most about is how the team”',
    );
    expect(card.textContent).toContain('Why it matters:');
    expect(screen.getByTestId('nudge-phrasing').textContent).toBe(nudge.phrasings[0]!.text);
    expect(card.textContent).toContain(`1 of ${nudge.phrasings.length}`);
  });

  it('announces the tip through a polite live region, without the buttons', () => {
    render(<NudgeCard nudge={makeNudge()} {...handlers()} />);
    const live = screen.getByTestId('nudge-announcer');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toMatch(/^Tip: You were cut off\. Sam came in before you had finished/);
    expect(live.textContent).not.toMatch(/Copy|Not now/);
  });

  it('keeps the live region in place with no tip, so the next one is announced', () => {
    render(<NudgeCard nudge={null} {...handlers()} />);
    expect(screen.getByTestId('nudge-announcer').textContent).toBe('');
    expect(screen.queryByTestId('nudge-card')).toBeNull();
  });

  it('calls back with the phrasing and the nudge id', () => {
    const nudge = makeNudge();
    const h = handlers();
    render(<NudgeCard nudge={nudge} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(h.onCopy).toHaveBeenCalledWith(nudge.phrasings[0]!.text, nudge.id);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Another phrasing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not useful' }));
    expect(h.onAnotherPhrasing).toHaveBeenCalledWith(nudge.id);
    expect(h.onNotNow).toHaveBeenCalledWith(nudge.id);
    expect(h.onNotUseful).toHaveBeenCalledWith(nudge.id);
  });

  it('shows the next phrasing when the parent cycles it, and resets "Copied"', () => {
    const nudge = makeNudge();
    const h = handlers();
    const { rerender } = render(<NudgeCard nudge={nudge} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const state = anotherPhrasing({ ...initialNudgeState(), nudges: [nudge], activeId: nudge.id }, nudge.id);
    rerender(<NudgeCard nudge={state.nudges[0]!} {...h} />);
    expect(screen.getByTestId('nudge-phrasing').textContent).toBe(nudge.phrasings[1]!.text);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('shows a merged count, and a Helpful button only when asked for', () => {
    const onHelpful = vi.fn();
    const nudge = { ...makeNudge(), count: 3 };
    render(<NudgeCard nudge={nudge} {...handlers()} onHelpful={onHelpful} />);
    expect(screen.getByLabelText('happened 3 times').textContent).toBe('×3');
    expect(screen.getByTestId('nudge-announcer').textContent).toContain('This happened 3 times.');
    fireEvent.click(screen.getByRole('button', { name: 'Helpful' }));
    expect(onHelpful).toHaveBeenCalledWith(nudge.id);
  });

  it('uses real buttons that a keyboard reaches', () => {
    render(<NudgeCard nudge={makeNudge()} {...handlers()} />);
    for (const button of screen.getAllByRole('button')) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.getAttribute('tabindex')).not.toBe('-1');
    }
  });

  it('disables "Another phrasing" when there is only one', () => {
    const nudge = { ...makeNudge() };
    nudge.phrasings = nudge.phrasings.slice(0, 1);
    render(<NudgeCard nudge={nudge} {...handlers()} />);
    expect((screen.getByRole('button', { name: 'Another phrasing' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
