import { describe, expect, test } from 'vitest';
import { DETECTORS } from '../../../lib/engine/detectors/index.ts';
import { analyzeTranscript, createEngine } from '../../../lib/engine/engine.ts';
import { findingId } from '../../../lib/engine/findings.ts';
import { type Detector, defineDetector, type Flag, type Turn } from '../../../lib/engine/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';
import { alternate, script, words } from './call-script.ts';

/** Records the cues it is stepped with; flags every cue containing "flag me", twice over. */
function recorder(options: { needsEnglish?: boolean } = {}) {
  const seen: Turn[] = [];
  const closes: [number, boolean][] = [];
  const detector = defineDetector<null>({
    id: 'interruption',
    needsEnglish: options.needsEnglish ?? false,
    init: () => null,
    step(state, turn) {
      seen.push(turn);
      if (!turn.text.includes('flag me')) return [state, []];
      const flag = flagAt(turn);
      return [state, [flag, { ...flag }]];
    },
    advance(state, now, _ctx, ended) {
      closes.push([now, ended]);
      return [state, []];
    },
  });
  return { detector, seen, closes };
}

function flagAt(turn: Turn): Flag {
  return {
    kind: 'flag',
    type: 'interruption',
    id: findingId('interruption', turn.id),
    at: turn.start,
    anchor: turn.id,
    speaker: turn.speaker,
    target: 'Sam',
    confidence: 0.9,
    evidence: [],
    rule: 'test/flag-me',
  };
}

const u = (
  id: string,
  speaker: string,
  start: number,
  end: number,
  text = 'we can talk about the plan',
  final = true,
): Utterance => ({ id, speaker, self: false, text, start, end, final });

describe('engine: feeding', () => {
  test('ignores interim utterances and repeated final ones', () => {
    const { detector, seen } = recorder();
    const engine = createEngine({}, { detectors: [detector] });
    engine.push(u('a', 'Ana', 0, 2, 'we can', false));
    engine.push(u('a', 'Ana', 0, 3));
    engine.push(u('a', 'Ana', 0, 3));
    engine.end();
    expect(seen.map((t) => t.id)).toEqual(['a']);
    expect(engine.snapshot().turns).toBe(1);
  });

  test('steps overlapping cues in start order when they arrive within the reorder window', () => {
    const { detector, seen } = recorder();
    const engine = createEngine({}, { detectors: [detector] });
    // Sam's backchannel is finalised before Ana's longer cue that started earlier.
    engine.push(u('sam', 'Sam', 5, 5.5, 'mm-hm'));
    engine.push(u('ana', 'Ana', 4, 6));
    engine.push(u('lee', 'Lee', 7, 9));
    engine.advance(20);
    expect(seen.map((t) => [t.id, t.index])).toEqual([
      ['ana', 0],
      ['sam', 1],
      ['lee', 2],
    ]);
  });

  test('steps a cue that arrives too late when it arrives, with the next index', () => {
    const { detector, seen } = recorder();
    const engine = createEngine({}, { detectors: [detector], reorderSeconds: 2 });
    engine.push(u('b', 'Sam', 10, 12));
    engine.advance(30);
    engine.push(u('a', 'Ana', 5, 31));
    engine.end();
    expect(seen.map((t) => [t.id, t.index])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
  });

  test('holds a cue until the call time passes its end by the reorder window', () => {
    const { detector, seen } = recorder();
    const engine = createEngine({}, { detectors: [detector], reorderSeconds: 2 });
    engine.push(u('a', 'Ana', 0, 3));
    expect(seen).toHaveLength(0);
    engine.advance(5);
    expect(seen).toHaveLength(1);
  });

  test('marks the perspective user as self', () => {
    const { detector, seen } = recorder();
    analyzeTranscript([u('a', 'Ana', 0, 3), u('b', 'Sam', 3, 5)], { me: 'Ana' }, { detectors: [detector] });
    expect(seen.map((t) => t.self)).toEqual([true, false]);
  });

  test('ignores cues pushed after the end', () => {
    const engine = createEngine();
    engine.end();
    engine.push(u('a', 'Ana', 0, 3));
    expect(engine.snapshot().turns).toBe(0);
  });
});

describe('engine: findings', () => {
  test('never emits a finding twice', () => {
    const { detector } = recorder();
    const engine = createEngine({}, { detectors: [detector] });
    const found = [...engine.push(u('a', 'Ana', 0, 3, 'flag me please')), ...engine.end()];
    expect(found).toHaveLength(1);
    expect(engine.snapshot().flags).toHaveLength(1);
  });

  test('lets detectors close pending items as time passes and at the end', () => {
    const { detector, closes } = recorder();
    const engine = createEngine({}, { detectors: [detector] });
    engine.push(u('a', 'Ana', 0, 3));
    engine.advance(10);
    engine.end();
    expect(closes).toEqual([
      [10, false],
      [10, true],
    ]);
  });

  test('returns flags in time order', () => {
    const { detector } = recorder();
    const snapshot = analyzeTranscript(
      [u('b', 'Ana', 9, 10, 'flag me'), u('a', 'Sam', 1, 2, 'flag me')],
      {},
      { detectors: [detector] },
    );
    expect(snapshot.flags.map((f) => f.anchor)).toEqual(['a', 'b']);
  });

  test('the live path and the whole-transcript path agree', () => {
    const utterances = script([...alternate(['Ana', 60], ['Sam', 3], 900), ['Sam', 'Can I ask a question?']]);
    const live = createEngine();
    for (const utterance of utterances) {
      live.push(utterance);
      live.advance(utterance.end + 1);
    }
    live.end();
    // Only `now` and the rolling-window figures differ: the live call ran one second longer.
    const { flags, signals, stages, english, turns } = analyzeTranscript(utterances);
    expect(live.snapshot()).toMatchObject({ flags, signals, stages, english, turns });
    expect(flags.length).toBeGreaterThan(0);
  });

  test('the default registry starts with the deterministic detectors', () => {
    expect(DETECTORS.slice(0, 2).map((d) => d.id)).toEqual(['monologue', 'talk-dominance']);
  });

  test('registry ids are unique', () => {
    const ids = DETECTORS.map((d: Detector) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('engine: language', () => {
  const french = script([
    ['Ana', 'Bonjour à tous, merci d’être venus aujourd’hui pour parler du projet.'],
    ['Sam', 'Oui, je voudrais savoir où nous en sommes avec le budget et le calendrier.'],
    ['Ana', 'Nous avons terminé la première phase, mais il reste encore beaucoup de travail.'],
  ]);
  const english = script([
    ['Ana', 'Thanks for joining today, I wanted to walk you through where we are with the project.'],
    ['Sam', 'Great, I would like to know how the budget and the timeline are looking.'],
  ]);

  test('an English call is English, and nothing abstains', () => {
    const snapshot = analyzeTranscript(english);
    expect(snapshot.english).toBe(true);
    expect(snapshot.abstained).toEqual([]);
  });

  test('a French call is not English: language detectors abstain and the snapshot says so', () => {
    const { detector, seen } = recorder({ needsEnglish: true });
    const snapshot = analyzeTranscript(french, {}, { detectors: [detector] });
    expect(snapshot.english).toBe(false);
    expect(snapshot.abstained).toEqual(['interruption']);
    // The first cue is stepped while there is still too little text to judge.
    expect(seen.length).toBeLessThan(french.length);
  });

  test('the deterministic detectors keep working on other languages', () => {
    const long = script([
      ['Ana', 'Bonjour.'],
      ['Sam', 'très '.repeat(250), 100],
      ['Ana', 'Merci beaucoup pour cette présentation.'],
    ]);
    const snapshot = analyzeTranscript(long);
    expect(snapshot.flags.map((f) => f.type)).toEqual(['monologue']);
  });

  test('too little text is assumed English', () => {
    expect(analyzeTranscript(script([['Ana', 'Hola']])).english).toBe(true);
  });

  test('a whole call of filler words stays English', () => {
    expect(analyzeTranscript(script([['Ana', words(60)]])).english).toBe(true);
  });
});
