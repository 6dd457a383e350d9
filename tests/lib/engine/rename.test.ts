import { describe, expect, test } from 'vitest';
import { analyzeTranscript, createEngine, TURN_MEMORY } from '../../../lib/engine/engine.ts';
import type { EngineSnapshot } from '../../../lib/engine/engine.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';
import { type ScriptLine, script, words } from './call-script.ts';

// A stand-in speaker holds the floor long enough for a monologue flag (with Sam's question as the
// context), is renamed once Zoom learns the name, then speaks on under the learned name.
const BEFORE: ScriptLine[] = [
  ['Sam', 'Thanks for joining, shall we start with the roadmap?'],
  ['Speaker 1', words(120), 50],
  ['Speaker 1', words(120), 50],
  ['Sam', 'right, and what about the billing team?'],
];
const AFTER: ScriptLine[] = [
  ['Jo Banks', words(40), 16],
  ['Sam', 'That sounds fine to me, let us go on.'],
  ['Jo Banks', words(30), 12],
];

function liveWithRename(): EngineSnapshot {
  const lines = script([...BEFORE, ...AFTER]);
  const engine = createEngine();
  for (const line of lines.slice(0, BEFORE.length)) engine.push(line);
  engine.advance(lines[BEFORE.length]!.start);
  engine.rename('Speaker 1', 'Jo Banks');
  for (const line of lines.slice(BEFORE.length)) engine.push(line);
  engine.end();
  return engine.snapshot();
}

const named = (lines: Utterance[]) =>
  lines.map((line) => (line.speaker === 'Speaker 1' ? { ...line, speaker: 'Jo Banks' } : line));

describe('engine: a name learned during the call', () => {
  test('earlier flags, figures and stages carry the name; later cues continue the same speaker', () => {
    const snapshot = liveWithRename();
    const monologue = snapshot.flags.find((flag) => flag.type === 'monologue');
    expect(monologue?.speaker).toBe('Jo Banks');
    expect(monologue?.evidence.every((item) => item.speaker === 'Jo Banks')).toBe(true);
    const everyName = [
      ...snapshot.flags.flatMap((f) => [f.speaker, f.target, ...f.evidence.map((e) => e.speaker)]),
      ...snapshot.signals.flatMap((s) => [s.speaker, s.target, ...s.evidence.map((e) => e.speaker)]),
      ...Object.values(snapshot.stages).flatMap((stage) => stage.evidence.map((e) => e.speaker)),
      ...snapshot.speakers.map((s) => s.speaker),
    ];
    expect(everyName).not.toContain('Speaker 1');
    const jo = snapshot.speakers.find((s) => s.speaker === 'Jo Banks')!;
    expect(jo.cues).toBe(4);
    expect(jo.talkSeconds).toBe(128);
    expect(snapshot.speakers).toHaveLength(2);
  });

  test('decides what the same call named from the start decides (live and in one go)', () => {
    const live = liveWithRename();
    const whole = analyzeTranscript(named(script([...BEFORE, ...AFTER])));
    expect(live.flags).toEqual(whole.flags);
    expect(live.signals).toEqual(whole.signals);
    expect(live.speakers).toEqual(whole.speakers);
    expect(live.stages).toEqual(whole.stages);
  });

  test('a name that already is a speaker of its own is shown and counted as one', () => {
    const engine = createEngine();
    for (const line of script([
      ['Ana', words(20), 8],
      ['Speaker 2', words(10), 4],
      ['Ben', words(10), 4],
    ]))
      engine.push(line);
    engine.rename('Speaker 2', 'Ana');
    engine.end();
    expect(engine.snapshot().speakers.map((s) => [s.speaker, s.cues, s.talkSeconds])).toEqual([
      ['Ana', 2, 12],
      ['Ben', 1, 4],
    ]);
  });
});

describe('engine: memory of a long call', () => {
  test(`keeps the last ${TURN_MEMORY} turns while the figures count every one`, () => {
    const lines: ScriptLine[] = Array.from({ length: 1000 }, (_, i) => [i % 2 ? 'Ana' : 'Ben', words(8), 4]);
    const engine = createEngine();
    for (const line of script(lines)) engine.push(line);
    engine.end();
    expect(engine.turns).toHaveLength(TURN_MEMORY);
    expect(engine.turns.at(-1)!.index).toBe(999);
    expect(engine.snapshot().turns).toBe(1000);
    expect(engine.snapshot().speakers.map((s) => s.cues)).toEqual([500, 500]);
  });
});
