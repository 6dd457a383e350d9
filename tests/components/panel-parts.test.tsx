// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureHealth } from '../../components/capture-health.tsx';
import { CallClock } from '../../components/call-clock.tsx';
import { flagHighlights } from '../../lib/labels.ts';
import { QuietRadar } from '../../components/quiet-radar.tsx';
import { RolePicker } from '../../components/role-picker.tsx';
import { StageLadder } from '../../components/stage-ladder.tsx';
import { TalkBars } from '../../components/talk-bars.tsx';
import { TranscriptView } from '../../components/transcript-view.tsx';
import { readStages } from '../../lib/engine/stages.ts';
import type { SpeakerStats } from '../../lib/engine/stats.ts';
import type { Finding } from '../../lib/engine/types.ts';
import { quietVoices } from '../../lib/nudges/index.ts';
import type { Utterance } from '../../lib/transcript/types.ts';

afterEach(cleanup);

function stats(speaker: string, share: number, recentShare: number, self = false): SpeakerStats {
  return {
    speaker,
    self,
    share,
    recentShare,
    cues: 3,
    talkSeconds: 0,
    recentTalkSeconds: 0,
    words: 0,
    turns: 1,
    longestMonologueSeconds: 0,
    longestMonologueWords: 0,
    questions: 0,
    interruptionsMade: 0,
    interruptionsReceived: 0,
  };
}

describe('TalkBars', () => {
  it('keeps the order people appeared in, with text percentages for both windows', () => {
    render(<TalkBars speakers={[stats('Zoe', 0.2, 0.1), stats('Me', 0.5, 0.7, true), stats('Al', 0.3, 0.2)]} />);
    const rows = screen.getByTestId('talk-bars').querySelectorAll('li');
    expect([...rows].map((r) => r.getAttribute('data-speaker'))).toEqual(['Zoe', 'Me', 'Al']);
    expect(rows[0]!.textContent).toContain('whole call 20% · last 10 min 10%');
    expect(rows[1]!.textContent).toContain('(you)');
    expect(rows[1]!.querySelector('.talk-fill')!.getAttribute('style')).toContain('width: 50%');
    for (const bar of rows[0]!.querySelectorAll('.talk-bar')) expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('region', { name: 'Talk share' })).toBeTruthy();
  });

  it('says so when nobody has spoken', () => {
    render(<TalkBars speakers={[]} />);
    expect(screen.getByText('Nobody has spoken yet.')).toBeTruthy();
  });
});

describe('StageLadder', () => {
  const findings: Finding[] = [
    {
      kind: 'signal',
      type: 'inclusion-prompt',
      id: 's1',
      at: 30,
      anchor: 'a',
      speaker: 'Ana',
      target: null,
      confidence: 0.8,
      evidence: [],
      rule: 'r',
    },
    {
      kind: 'flag',
      type: 'interruption',
      id: 'f1',
      at: 75,
      anchor: 'b',
      speaker: 'Bo',
      target: 'Ana',
      confidence: 0.9,
      evidence: [],
      rule: 'r',
    },
    {
      kind: 'flag',
      type: 'interruption',
      id: 'f2',
      at: 95,
      anchor: 'c',
      speaker: 'Bo',
      target: 'Ana',
      confidence: 0.9,
      evidence: [],
      rule: 'r',
    },
  ];

  it('lists the four stages in order with their level in words', () => {
    render(<StageLadder stages={readStages(findings)} />);
    const stages = screen.getByTestId('stage-ladder').querySelectorAll('li[data-stage]');
    expect([...stages].map((s) => s.getAttribute('data-stage'))).toEqual([
      'inclusion',
      'learner',
      'contributor',
      'challenger',
    ]);
    expect(stages[0]!.getAttribute('data-level')).toBe('at-risk');
    expect(stages[0]!.textContent).toContain('At risk');
    expect(stages[1]!.textContent).toContain('Not enough to judge yet');
  });

  it('expands the moments behind a stage with a real toggle button', () => {
    const onSelect = vi.fn();
    render(<StageLadder stages={readStages(findings)} onSelectMoment={onSelect} />);
    const toggle = screen.getByRole('button', { name: /Show 3 moments for inclusion safety/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    const moments = within(list).getAllByRole('button');
    expect(moments.map((m) => m.textContent)).toEqual([
      '0:30 · supports · Invited a view (Ana)',
      '1:15 · threatens · Cut off mid-sentence (Bo)',
      '1:35 · threatens · Cut off mid-sentence (Bo)',
    ]);
    fireEvent.click(moments[1]!);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'f1', effect: 'threatens' }));
    expect((screen.getByRole('button', { name: /No moments for learner safety/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe('QuietRadar', () => {
  const speakers = [stats('Ana', 0.5, 0.5), stats('Me', 0.3, 0.3, true), stats('Bo', 0.2, 0.2)];
  const lastHeard = { Ana: { cues: 3, at: 590 }, Me: { cues: 3, at: 500 }, Bo: { cues: 3, at: 100 } };

  it('lists quiet people and offers an invitation to copy or rephrase', () => {
    const onCopy = vi.fn();
    const radar = quietVoices({ speakers, now: 600, lastHeard, perspective: { role: 'host', me: 'Me' } });
    render(<QuietRadar radar={radar} onCopy={onCopy} />);
    const region = screen.getByRole('region', { name: 'Quiet voices' });
    expect(region.querySelector('li')!.textContent).toBe('Bo · quiet for 8 min');
    const first = screen.getByTestId('radar-phrasing').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith(first);
    fireEvent.click(screen.getByRole('button', { name: 'Another phrasing' }));
    expect(screen.getByTestId('radar-phrasing').textContent).not.toBe(first);
  });

  it('draws nothing in a one-to-one call', () => {
    const radar = quietVoices({
      speakers: speakers.slice(0, 2),
      now: 600,
      lastHeard,
      perspective: { role: 'host', me: 'Me' },
    });
    const { container } = render(<QuietRadar radar={radar} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('RolePicker', () => {
  it('has labelled selects and reports changes', () => {
    const onRoleChange = vi.fn();
    const onMeChange = vi.fn();
    render(
      <RolePicker
        role={undefined}
        me={undefined}
        speakers={['Ana', 'You', '']}
        onRoleChange={onRoleChange}
        onMeChange={onMeChange}
      />,
    );
    const role = screen.getByLabelText('My role') as HTMLSelectElement;
    const me = screen.getByLabelText('Which speaker is me') as HTMLSelectElement;
    expect(screen.getByText(/Pick your role to get tips/)).toBeTruthy();
    expect([...me.options].map((o) => o.value)).toEqual(['', 'Ana', 'You']);
    fireEvent.change(role, { target: { value: 'candidate' } });
    fireEvent.change(me, { target: { value: 'You' } });
    fireEvent.change(role, { target: { value: '' } });
    expect(onRoleChange.mock.calls).toEqual([['candidate'], [undefined]]);
    expect(onMeChange).toHaveBeenCalledWith('You');
  });

  it('shows the chosen values and drops the hint once a role is set', () => {
    render(<RolePicker role="buyer" me="Ana" speakers={[]} onRoleChange={() => {}} onMeChange={() => {}} />);
    expect((screen.getByLabelText('My role') as HTMLSelectElement).value).toBe('buyer');
    expect((screen.getByLabelText('Which speaker is me') as HTMLSelectElement).value).toBe('Ana');
    expect(screen.queryByText(/Pick your role/)).toBeNull();
  });
});

describe('CallClock', () => {
  it('shows elapsed time with a spoken label', () => {
    render(<CallClock seconds={725.6} />);
    const time = screen.getByRole('timer');
    expect(time.textContent).toBe('12:05');
    expect(time.getAttribute('aria-label')).toBe('Call time: 12 minutes 5 seconds');
    expect(time.getAttribute('datetime')).toBe('PT725S');
  });

  it('waits for the call', () => {
    render(<CallClock seconds={null} />);
    expect(screen.getByTestId('call-clock').textContent).toContain('not started');
  });
});

describe('TranscriptView highlights', () => {
  const utterances: Utterance[] = [
    { id: 'u1', speaker: 'Ana', self: false, text: 'So the plan was to', start: 1, end: 3, final: true },
    { id: 'u2', speaker: 'Bo', self: false, text: 'Let me stop you there', start: 3, end: 5, final: true },
  ];

  it('keeps the existing hooks and marks flagged lines with visible text', () => {
    const highlights = flagHighlights([{ anchor: 'u2', type: 'interruption' }]);
    render(<TranscriptView utterances={utterances} highlights={highlights} />);
    const list = screen.getByTestId('transcript');
    const lines = list.querySelectorAll('li[data-speaker][data-final]');
    expect(lines).toHaveLength(2);
    expect([...lines].map((l) => l.querySelector('.cue-text')!.textContent)).toEqual([
      'So the plan was to',
      'Let me stop you there',
    ]);
    expect(lines[0]!.getAttribute('data-flag')).toBeNull();
    expect(lines[1]!.getAttribute('data-flag')).toBe('interruption');
    expect(lines[1]!.querySelector('.cue-flag')!.textContent).toBe('⚑ Marked: Cut off mid-sentence');
    expect(lines[1]!.querySelector('.cue-flag [aria-hidden="true"]')!.textContent).toBe('⚑ ');
  });

  it('still renders without highlights', () => {
    render(<TranscriptView utterances={utterances} />);
    expect(screen.getByTestId('transcript').querySelectorAll('.cue-flag')).toHaveLength(0);
  });

  it('joins two flags on one line', () => {
    expect(
      flagHighlights([
        { anchor: 'u', type: 'interruption' },
        { anchor: 'u', type: 'talk-dominance' },
      ]),
    ).toEqual({ u: { type: 'interruption talk-dominance', label: 'Cut off mid-sentence; One voice took over' } });
  });
});

describe('CaptureHealth', () => {
  it('says one thing once the call has ended: where its debrief is', () => {
    render(
      <CaptureHealth
        status={{ platform: 'practice', state: 'no-call', detail: 'The practice run has ended.' }}
        connection="live"
        hasTab
        endedDebriefHref="debrief.html?session=s1"
      />,
    );
    const health = screen.getByTestId('capture-health');
    expect(health.textContent).toBe('Practice runCall ended — open the debrief');
    expect(screen.getByRole('link', { name: 'open the debrief' }).getAttribute('href')).toBe('debrief.html?session=s1');
  });

  it('keeps a calm state to one line, and offers a practice off a call page', () => {
    const { rerender } = render(
      <CaptureHealth status={{ platform: 'practice', state: 'no-call', detail: 'x' }} connection="live" hasTab />,
    );
    expect(screen.getByTestId('capture-health').textContent).not.toContain('x');
    rerender(<CaptureHealth status={null} connection="live" hasTab />);
    expect(screen.getByRole('link', { name: 'Try a 4-minute practice' }).getAttribute('href')).toBe('practice.html');
  });
});
