import { describe, expect, it } from 'vitest';
import { describeFinding, isUsersToActOn, metricTiles, momentQuote, nextSteps } from '../../../lib/debrief/moments.ts';
import type { SpeakerStats } from '../../../lib/engine/stats.ts';
import type { Flag, FlagType, Signal } from '../../../lib/engine/types.ts';
import { speakerName } from '../../../lib/labels.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

function flag(type: FlagType, speaker: string, target: string | null, over: Partial<Flag> = {}): Flag {
  return {
    kind: 'flag',
    type,
    id: `${type}:c2`,
    at: 60,
    anchor: 'c2',
    speaker,
    target,
    confidence: 0.9,
    evidence: [],
    rule: 'test',
    ...over,
  };
}

const stats = (over: Partial<SpeakerStats>): SpeakerStats => ({
  speaker: 'Sam',
  self: true,
  talkSeconds: 100,
  share: 0.5,
  recentTalkSeconds: 100,
  recentShare: 0.5,
  words: 200,
  turns: 10,
  cues: 10,
  longestMonologueSeconds: 40,
  longestMonologueWords: 90,
  questions: 3,
  interruptionsMade: 0,
  interruptionsReceived: 2,
  ...over,
});

describe('[debrief] moments from the user side', () => {
  it('says "you" for the user and never blames them for a question left open by the other side', () => {
    expect(describeFinding(flag('unanswered-question', 'Sam', 'Dana'), 'Sam')).toBe(
      'Your question to Dana went unanswered',
    );
    expect(describeFinding(flag('unanswered-question', 'Dana', 'Sam'), 'Sam')).toBe(
      "Dana's question to you went unanswered",
    );
    expect(describeFinding(flag('interruption', 'Dana', 'Sam'), 'Sam')).toBe('Dana cut in on you');
    expect(describeFinding(flag('dismissed-objection', 'Sam', 'Dana'), 'Sam')).toBe("You moved past Dana's concern");
    expect(describeFinding(flag('skeptical-response', 'Dana', 'Sam'), 'Sam')).toBe(
      'Dana met your honest answer with doubt',
    );
    const signal: Signal = { ...flag('interruption', 'Dana', null), kind: 'signal', type: 'inclusion-prompt' };
    expect(describeFinding(signal, 'Sam')).toBe('Dana: invited a view');
  });

  it('spells out direction marks in names', () => {
    expect(describeFinding(flag('interruption', 'Bob \u202Eevil', 'Sam'), 'Sam')).toBe(
      'Bob [U+202E]evil cut in on you',
    );
    expect(speakerName('')).toBe('Unknown speaker');
  });

  it('quotes the voice that took over, not the line the detector was pinned to', () => {
    const utterances = new Map<string, Utterance>(
      [
        { id: 'c1', speaker: 'Dana', text: 'A long explanation of how the team works, with many details.' },
        { id: 'c2', speaker: 'Sam', text: 'Okay.' },
      ].map((u) => [u.id, { ...u, self: false, start: 0, end: 1, final: true }]),
    );
    const dominance = flag('talk-dominance', 'Dana', null, {
      evidence: [
        { cue: 'c1', speaker: 'Dana', text: 'A long explanation of how the team works, with many details.', at: 10 },
        { cue: 'c2', speaker: 'Sam', text: 'Okay.', at: 20 },
      ],
    });
    expect(momentQuote(dominance, utterances)).toEqual({
      cue: 'c1',
      text: 'A long explanation of how the team works, with many details.',
    });
    expect(momentQuote(flag('interruption', 'Dana', 'Sam'), utterances)).toEqual({ cue: 'c2', text: 'Okay.' });
  });

  it('cuts a long quote at a word boundary', () => {
    const long = 'word '.repeat(80).trim();
    const utterances = new Map([
      ['c2', { id: 'c2', speaker: 'Dana', text: long, self: false, start: 0, end: 1, final: true }],
    ]);
    const { text } = momentQuote(flag('interruption', 'Dana', 'Sam'), utterances);
    expect(text.endsWith('word…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(181);
  });
});

describe('[debrief] figures and next steps', () => {
  it('puts the user figures against their role range, in words', () => {
    const tiles = metricTiles(stats({ share: 0.8, longestMonologueSeconds: 200, questions: 0 }), 'candidate');
    expect(tiles.map((t) => [t.id, t.verdict])).toEqual([
      ['talk-share', 'above'],
      ['longest-monologue', 'above'],
      ['questions', 'below'],
      ['interruptions-made', 'in-range'],
      ['interruptions-received', 'no-range'],
    ]);
    expect(tiles[0]!.range).toBe('aim for 45%–75%');
    expect(metricTiles(stats({}), undefined).every((t) => t.verdict === 'no-range' && t.range === '')).toBe(true);
  });

  it('leads with what the user can act on, most frequent first, then figures, then habits; always three', () => {
    const flags = [
      flag('interruption', 'Dana', 'Sam'),
      flag('skeptical-response', 'Dana', 'Sam', { id: 's1' }),
      flag('skeptical-response', 'Dana', 'Sam', { id: 's2' }),
      // Not the candidate's to act on: Dana's own long stretch.
      flag('monologue', 'Dana', null),
    ];
    const tiles = metricTiles(stats({ share: 0.3 }), 'candidate');
    const steps = nextSteps({ flags, tiles, role: 'candidate', me: 'Sam' });
    expect(steps.map((s) => s.type)).toEqual(['skeptical-response', 'interruption', undefined]);
    expect(steps[0]!.script).toBeTruthy();
    expect(steps[2]!.text).toMatch(/^Say more/);
    expect(nextSteps({ flags: [], tiles: [], role: undefined, me: undefined })).toHaveLength(3);
  });

  it('knows whose move a flag was', () => {
    expect(isUsersToActOn(flag('interruption', 'Dana', 'Sam'), 'candidate', 'Sam')).toBe(true);
    expect(isUsersToActOn(flag('monologue', 'Dana', null), 'candidate', 'Sam')).toBe(false);
    expect(isUsersToActOn(flag('interruption', 'Sam', 'Dana'), 'interviewer', 'Sam')).toBe(true);
    expect(isUsersToActOn(flag('interruption', 'Sam', 'Dana'), undefined, 'Sam')).toBe(false);
  });
});
