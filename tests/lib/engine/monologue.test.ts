import { describe, expect, test } from 'vitest';
import { monologueDetector } from '../../../lib/engine/detectors/monologue.ts';
import { analyzeTranscript, type EngineOptions } from '../../../lib/engine/engine.ts';
import { type ScriptLine, script, words } from './call-script.ts';

function monologues(lines: readonly ScriptLine[], options: EngineOptions = {}) {
  return analyzeTranscript(script(lines), {}, { ...options, detectors: [monologueDetector] }).flags;
}

const OPENING: ScriptLine = ['Sam', 'Thanks for joining, shall we start with the roadmap?'];

describe('[monologue] flags', () => {
  test.each<[string, ScriptLine[], string]>([
    ['one cue over 90 s', [OPENING, ['Ana', words(250), 100]], 'c1'],
    [
      'three cues in a row adding up to 120 s',
      [OPENING, ['Ana', words(100), 40], ['Ana', words(100), 40], ['Ana', words(100), 40]],
      'c1',
    ],
    [
      'backchannels during a long turn',
      [OPENING, ['Ana', words(120), 50], ['Sam', 'mm-hm'], ['Ana', words(120), 50]],
      'c1',
    ],
    [
      'several backchannels by two listeners',
      [
        ['Ana', words(80), 35],
        ['Sam', 'right, okay'],
        ['Ana', words(80), 35],
        ['Lee', 'yeah'],
        ['Ana', words(80), 35],
      ],
      'c0',
    ],
    [
      'a long turn right after a short opener',
      [
        ['Ana', 'So.'],
        ['Ana', words(240), 95],
      ],
      'c0',
    ],
  ])('%s', (_name, lines, anchor) => {
    const flags = monologues(lines);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      type: 'monologue',
      anchor,
      speaker: 'Ana',
      target: null,
      rule: 'monologue/over-90-seconds',
    });
    expect(flags[0]!.at).toBe(script(lines).find((u) => u.id === anchor)!.start);
  });

  test('by words when the times were estimated', () => {
    const flags = monologues([OPENING, ['Ana', words(230)]], { timings: 'estimated' });
    expect(flags).toMatchObject([{ anchor: 'c1', rule: 'monologue/over-225-words' }]);
  });

  test('by words when the cues have no length', () => {
    const flags = monologues([OPENING, ['Ana', words(120), 0], ['Ana', words(120), 0]]);
    expect(flags).toMatchObject([{ anchor: 'c1', rule: 'monologue/over-225-words' }]);
  });

  test('quotes the first cue and the cue that crossed the limit', () => {
    const [flag] = monologues([OPENING, ['Ana', words(100), 40], ['Ana', words(100), 40], ['Ana', words(100), 40]]);
    expect(flag!.evidence.map((e) => e.cue)).toEqual(['c1', 'c3']);
  });

  test('once per run, however long the run', () => {
    const lines: ScriptLine[] = [OPENING, ...Array.from({ length: 10 }, (): ScriptLine => ['Ana', words(75), 30])];
    expect(monologues(lines)).toHaveLength(1);
  });

  test('each run on its own', () => {
    const flags = monologues([
      ['Ana', words(250), 100],
      ['Sam', 'Got it. And how does the billing part work today?'],
      ['Ana', words(250), 100],
    ]);
    expect(flags.map((f) => f.anchor)).toEqual(['c0', 'c2']);
  });
});

describe('[monologue] does not flag', () => {
  test.each<[string, ScriptLine[], EngineOptions?]>([
    [
      'a long turn broken by a real answer',
      [
        ['Ana', words(150), 60],
        ['Sam', 'Yes, we run that on Postgres mostly.'],
        ['Ana', words(150), 60],
      ],
    ],
    [
      'a long turn broken by a short question',
      [
        ['Ana', words(200), 80],
        ['Sam', 'Which team owns that?'],
        ['Ana', words(200), 80],
      ],
    ],
    ['a turn just under 90 s', [OPENING, ['Ana', words(220), 89]]],
    ['200 words without timings', [OPENING, ['Ana', words(200)]], { timings: 'estimated' }],
    ['a long cue with no speaker label', [OPENING, ['', words(250), 100]]],
    [
      'two unlabelled cues in a row',
      [
        ['', words(150), 60],
        ['', words(150), 60],
      ],
    ],
    [
      'a brisk back-and-forth',
      Array.from({ length: 20 }, (_, i): ScriptLine => [i % 2 ? 'Sam' : 'Ana', words(30), 12]),
    ],
  ])('%s', (_name, lines, options) => {
    expect(monologues(lines, options)).toEqual([]);
  });
});
