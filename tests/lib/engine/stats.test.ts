import { describe, expect, test } from 'vitest';
import { analyzeTranscript } from '../../../lib/engine/engine.ts';
import { findingId } from '../../../lib/engine/findings.ts';
import type { SpeakerStats } from '../../../lib/engine/stats.ts';
import { countQuestionsSimply } from '../../../lib/engine/text.ts';
import { defineDetector } from '../../../lib/engine/types.ts';
import { alternate, script, words } from './call-script.ts';

function statsOf(...args: Parameters<typeof analyzeTranscript>): Record<string, SpeakerStats> {
  return Object.fromEntries(analyzeTranscript(...args).speakers.map((s) => [s.speaker, s]));
}

describe('[stats] talk', () => {
  const call = script(
    [
      ['Ana', 'Shall we start with your background?', 4],
      ['Sam', words(50), 20],
      ['Ana', 'mm-hm', 1],
      ['Sam', words(30), 12],
      ['Ana', 'Great. What did you build there? And who used it?', 5],
    ],
    { gap: 0 },
  );
  const stats = statsOf(call);

  test.each<[string, keyof SpeakerStats, number, number]>([
    ['talk seconds', 'talkSeconds', 10, 32],
    ['share of the call', 'share', 0.2381, 0.7619],
    ['words', 'words', 17, 80],
    ['cues, backchannels included', 'cues', 3, 2],
    ['turns: a backchannel does not take the floor', 'turns', 2, 1],
    ['longest monologue in seconds (the backchannel does not break it)', 'longestMonologueSeconds', 5, 33],
    ['longest monologue in words', 'longestMonologueWords', 10, 80],
    ['questions', 'questions', 3, 0],
  ])('%s', (_name, field, ana, sam) => {
    expect(stats.Ana![field]).toBe(ana);
    expect(stats.Sam![field]).toBe(sam);
  });

  test('speakers are listed in order of first appearance', () => {
    expect(analyzeTranscript(call).speakers.map((s) => s.speaker)).toEqual(['Ana', 'Sam']);
  });

  test('the user is marked', () => {
    const marked = statsOf(call, { me: 'Sam' });
    expect([marked.Ana!.self, marked.Sam!.self]).toEqual([false, true]);
  });
});

describe('[stats] the last 10 minutes', () => {
  // Ana led the first 20 minutes, Sam the last 10.
  const call = script([...alternate(['Ana', 30], ['Sam', 10], 1200), ...alternate(['Ana', 10], ['Sam', 30], 600)]);
  const stats = statsOf(call);

  test('whole-call share still favours Ana', () => {
    expect(stats.Ana!.share).toBeGreaterThan(0.55);
  });

  test('the recent share shows Sam leading', () => {
    expect(stats.Sam!.recentShare).toBeGreaterThan(0.7);
    expect(stats.Ana!.recentShare + stats.Sam!.recentShare).toBeCloseTo(1, 3);
    expect(stats.Ana!.recentTalkSeconds + stats.Sam!.recentTalkSeconds).toBeLessThanOrEqual(600);
  });
});

describe('[stats] hooks and flags', () => {
  test('a better question counter can be plugged in', () => {
    const call = script([
      ['Ana', 'Tell me about the migration'],
      ['Sam', 'Sure. It took a month?'],
    ]);
    const stats = statsOf(call, {}, { countQuestions: (turn) => (turn.text.startsWith('Tell me') ? 1 : 0) });
    expect([stats.Ana!.questions, stats.Sam!.questions]).toEqual([1, 0]);
  });

  test('interruptions made and received are read from interruption flags', () => {
    const fakeInterruption = defineDetector<null>({
      id: 'interruption',
      needsEnglish: false,
      init: () => null,
      step: (state, turn, ctx) => {
        const before = ctx.turns[turn.index - 1];
        if (!turn.text.startsWith('Sorry') || before === undefined) return [state, []];
        return [
          state,
          [
            {
              kind: 'flag',
              type: 'interruption',
              id: findingId('interruption', turn.id),
              at: turn.start,
              anchor: turn.id,
              speaker: turn.speaker,
              target: before.speaker,
              confidence: 0.9,
              evidence: [],
              rule: 'test/sorry',
            },
          ],
        ];
      },
    });
    const call = script([
      ['Ana', 'So the plan was to'],
      ['Sam', 'Sorry, can I jump in here'],
      ['Ana', 'Sure, and then we'],
      ['Sam', 'Sorry, one more thing'],
      ['Lee', 'We also wanted to'],
      ['Ana', 'Sorry, quickly'],
    ]);
    const stats = statsOf(call, {}, { detectors: [fakeInterruption] });
    expect([stats.Sam!.interruptionsMade, stats.Sam!.interruptionsReceived]).toEqual([2, 0]);
    expect([stats.Ana!.interruptionsMade, stats.Ana!.interruptionsReceived]).toEqual([1, 2]);
    expect([stats.Lee!.interruptionsMade, stats.Lee!.interruptionsReceived]).toEqual([0, 1]);
  });
});

describe('[stats] the simple question count', () => {
  test.each<[string, number]>([
    ['What did you build there?', 1],
    ['Is that right? And who owns it?', 2],
    ['how did that go', 1],
    ['Could you walk me through it', 1],
    ['We shipped it in May.', 0],
    ['I wonder.', 0],
    ['', 0],
  ])('%j → %i', (text, expected) => {
    expect(countQuestionsSimply(text)).toBe(expected);
  });
});
