import { defineDetector, type EngineContext, type Finding, type Turn } from '../types.ts';
import { analyse, closingQuestion, findFirst, isBackchannel, isRealQuestion, type Analysis } from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { ruleOf } from '../judge.ts';
import { FeatureBag } from '../../learn/features.ts';
import { FLOOR_GRABS, RESPONSIVE_OPENERS, RESUMPTIONS } from '../../nlp/lexicons/floor.ts';
import { INCOMPLETE_ENDINGS } from '../../nlp/lexicons/incomplete-endings.ts';

/**
 * Interruption (docs/flags.md): a newcomer takes the floor while the previous speaker is mid-clause.
 * Structure: every speaker switch onto another speaker's turn that was running or had just stopped is a
 * candidate, anchored on the newcomer's cue. Judgment: a trained scorer (lib/learn) reads how the previous
 * turn ended (its last words, its end mark, whether it stopped mid-clause), how the turns overlap in time,
 * and how the newcomer opens (a floor grab, an agreeing reply, a backchannel-like start).
 * When the cut-off speaker comes back to finish the thought ("as I was saying") a held candidate is judged
 * again with that evidence. With estimated timings (a transcript without times) overlap is unknown.
 */
export const INTERRUPTION = {
  /** How far back a turn may have ended and still be the one the newcomer followed. */
  maxGap: 1,
  /** How long a candidate waits for the cut-off speaker to resume. */
  resumeWindow: 30,
} as const;

const ENDINGS = new Map(INCOMPLETE_ENDINGS.map((e) => [e.word, e]));

/** The words that show the previous turn stopped mid-clause, if it did. */
export function cutOffWords(turn: Turn): string | undefined {
  const a = analyse(turn.text);
  if (a.words.length < 3) return undefined;
  if (a.end === '-' || a.end === '…') return a.raw.trim().split(/\s+/).slice(-2).join(' ');
  if (a.end !== null) return undefined;
  const last = a.words[a.words.length - 1]!;
  if (!ENDINGS.has(last)) return undefined;
  // "…a functional design or a technical design or": a question trailing "or" hands the floor over.
  const q = closingQuestion(a);
  if (last === 'or' && q && isRealQuestion(q.kind)) return undefined;
  return a.words.slice(-2).join(' ');
}

/** The other speaker's turn the newcomer came in on: the latest-starting one still running or just ended. */
function previousTurn(turn: Turn, ctx: EngineContext): Turn | undefined {
  if (ctx.timings === 'estimated') {
    // Synthesised times say nothing about who was still talking: take the cue just before, if another's.
    const prev = ctx.turns[ctx.turns.length - 2];
    return prev && prev.speaker !== turn.speaker && !isBackchannel(prev.text) ? prev : undefined;
  }
  let best: Turn | undefined;
  for (let i = ctx.turns.length - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const t = ctx.turns[i]!;
    if (t.id === turn.id || t.speaker === turn.speaker || t.start > turn.start) continue;
    if (t.end < turn.start - INTERRUPTION.maxGap) continue;
    if (isBackchannel(t.text)) continue;
    if (!best || t.start > best.start) best = t;
  }
  return best;
}

/**
 * How the call around a switch sounds: in a many-voiced meeting where people talk over each other all the
 * time, an overlap says much less than in a two-person call where it hardly ever happens.
 */
function talkOver(ctx: EngineContext, bag: FeatureBag): void {
  const recent = ctx.turns.slice(-21, -1);
  let switches = 0;
  let overlapping = 0;
  for (let i = 1; i < recent.length; i++) {
    if (recent[i]!.speaker === recent[i - 1]!.speaker) continue;
    switches++;
    if (recent[i]!.start < recent[i - 1]!.end) overlapping++;
  }
  bag.add(`voices:${Math.min(new Set(recent.map((t) => t.speaker)).size, 4)}`);
  if (switches >= 4) bag.bucket('talk-over', overlapping / switches, [0.1, 0.3, 0.5]);
}

/** The features of a switch from `prev` to `turn`. */
export function switchFeatures(prev: Turn, turn: Turn, timed: boolean, resumed?: string): FeatureBag {
  const p = analyse(prev.text);
  const t = analyse(turn.text);
  const bag = new FeatureBag();
  const last = p.words.slice(-2);
  bag.add(`p.end:${last[last.length - 1] ?? ''}`);
  if (last.length === 2) bag.add(`p.end2:${last.join('_')}`);
  bag.add(`p.mark:${p.end ?? 'none'}`);
  bag.flag('p.cut', cutOffWords(prev));
  const ending = ENDINGS.get(last[last.length - 1] ?? '');
  if (ending && p.end === null) bag.add('p.open-ending', ending.weight);
  bag.bucket('p.len', p.words.length, [3, 8, 20, 50]);
  const asked = closingQuestion(p);
  bag.flag('p.question', asked && isRealQuestion(asked.kind));
  bag.ngrams('t.open', t.words.slice(0, 3));
  bag.bucket('t.len', t.words.length, [2, 4, 8, 20]);
  const grab = findFirst(t, FLOOR_GRABS, 4);
  if (grab) bag.add(`t.grab:${grab.entry.id}`).add('t.grab', grab.entry.weight ?? 1);
  bag.flag('t.agrees', findFirst(t, RESPONSIVE_OPENERS, 1));
  bag.flag('t.backchannel', isBackchannel(t));
  if (timed) {
    const overlap = prev.end - turn.start;
    bag.bucket('ov', overlap, [-0.5, 0, 0.15, 0.5, 1.5, 4]);
    // The earlier speaker stops soon after the newcomer starts: the classic cut-off shape.
    bag.flag('ov.stops-soon', overlap > 0.1 && overlap <= 1.5);
    bag.flag('ov.cut+overlap', overlap > 0.1 && cutOffWords(prev));
  } else bag.add('untimed');
  if (resumed) bag.add('resumed').add(`resumed:${resumed}`);
  return bag;
}

interface Held {
  prev: Turn;
  turn: Turn;
}
interface State {
  /** Switches not flagged yet, waiting for the cut-off speaker to resume. */
  held: Held[];
}

function judgeSwitch(prev: Turn, turn: Turn, ctx: EngineContext, resumed?: { id: string; at: Turn; text: string }) {
  const bag = switchFeatures(prev, turn, ctx.timings !== 'estimated', resumed?.id);
  if (ctx.timings !== 'estimated') talkOver(ctx, bag);
  const features = bag.features;
  const judgment = ctx.judge({
    type: 'interruption',
    anchor: turn,
    speaker: turn.speaker,
    target: prev.speaker,
    features,
  });
  if (!judgment.flagged) return null;
  const evidence = [cue(prev, cutOffWords(prev)), cue(turn)];
  if (resumed) evidence.push(cue(resumed.at, resumed.text));
  return makeFlag('interruption', {
    anchor: turn,
    speaker: turn.speaker,
    target: prev.speaker,
    confidence: judgment.probability,
    evidence,
    rule: ruleOf('interruption', judgment),
  });
}

export const interruptionDetector = defineDetector<State>({
  id: 'interruption',
  needsEnglish: true,
  init: () => ({ held: [] }),
  step(state, turn, ctx) {
    const findings: Finding[] = [];
    const a: Analysis = analyse(turn.text);
    let held = state.held.filter((h) => turn.start - h.turn.start <= INTERRUPTION.resumeWindow);

    // The cut-off speaker comes back to the same thought: judge the held switch again with that evidence.
    const mine = held.filter((h) => h.prev.speaker === turn.speaker);
    if (mine.length > 0) {
      const resumed = findFirst(a, RESUMPTIONS, 8);
      if (resumed) {
        const h = mine[mine.length - 1]!;
        const flag = judgeSwitch(h.prev, h.turn, ctx, { id: resumed.entry.id, at: turn, text: resumed.text });
        if (flag) findings.push(flag);
      }
      held = held.filter((h) => h.prev.speaker !== turn.speaker);
    }

    if (isBackchannel(a)) return [{ held }, findings];
    const prev = previousTurn(turn, ctx);
    if (!prev) return [{ held }, findings];
    const flag = judgeSwitch(prev, turn, ctx);
    if (flag) findings.push(flag);
    else held = [...held, { prev, turn }];
    return [{ held }, findings];
  },
  advance(state, now) {
    return [{ held: state.held.filter((h) => now - h.turn.start <= INTERRUPTION.resumeWindow) }, []];
  },
});
