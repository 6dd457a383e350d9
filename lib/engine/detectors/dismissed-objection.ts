import { defineDetector, type EngineContext, type Finding, type Turn } from '../types.ts';
import {
  analyse,
  classifyQuestions,
  contentLemmas,
  findAll,
  isRealQuestion,
  sharedLemmas,
  type Analysis,
  type Hit,
} from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { ruleOf, wordsBehind } from '../judge.ts';
import { FeatureBag } from '../../learn/features.ts';
import { lastWords, replyContext, triggerHit } from './reply-context.ts';
import { CONCERN_GUARDS, CONCERNS } from '../../nlp/lexicons/concerns.ts';
import { ACKNOWLEDGEMENTS, BRUSH_OFFS, INLINE_PIVOTS, PIVOTS, SUBSTANCE } from '../../nlp/lexicons/replies.ts';
import { wordsOf } from '../../nlp/normalise.ts';

/**
 * Dismissed objection (docs/flags.md): one party raises a concern and the other's reply brushes it aside.
 * Structure: every first reply to another speaker's stretch of talk is a candidate, anchored on the reply.
 * Judgment: a trained scorer reads both sides: the concern (its words, concern phrases as features) and the
 * reply (its opening words, brush-offs, pivots, acknowledgements, substance, a question back, how much of the
 * concern's topic it takes up), plus the rule reading below as one more feature.
 */
export const DISMISSAL = {
  /** A brush-off must come early in the reply: later, it is usually a summary after an answer. */
  brushWithin: 12,
  /** A pivot must open one of the reply's first sentences. */
  pivotWithin: 20,
  /** A pivot with no brush-off needs at least this weight (lexicons/replies.ts). */
  minBarePivotWeight: 0.9,
  /** A long reply after the brush-off is usually an answer, whatever its first words were. */
  maxWordsAfterBrush: 40,
} as const;

/** The concern this utterance raises, if any: a concern phrase in a sentence with no guard. */
export function concernIn(a: Analysis): Hit | undefined {
  const guarded = new Set(findAll(a, CONCERN_GUARDS).map((h) => h.sentence));
  const questions = classifyQuestions(a);
  return findAll(a, CONCERNS).find((h) => {
    if (guarded.has(h.sentence)) return false;
    // "Are you worried about…?" asks about the other's concern; "what if it fails?" is a worried question.
    const q = questions[h.sentence];
    if (q && isRealQuestion(q.kind) && /\byou\b/.test(q.text.toLowerCase()) && h.entry.id !== 'what-if-it-fails')
      return false;
    return true;
  });
}

/**
 * The pivot a reply makes within its first `within` words: sentence-initial pivots, plus, when the caption
 * has no sentence punctuation to show where a sentence starts, the pivots that are pivots anywhere.
 */
export function pivotIn(reply: Analysis, within: number): Hit | undefined {
  const initial = findAll(reply, PIVOTS).find((h) => h.offset < within);
  if (initial || /[.?!]/.test(reply.raw)) return initial;
  return findAll(reply, INLINE_PIVOTS).find((h) => h.offset < within);
}

export interface ReplyReading {
  dismissed: boolean;
  move: Hit | undefined;
  reason: string;
}

/** How a reply meets a concern: dismissal needs a brush-off or pivot and nothing that engages. */
export function readReply(reply: Analysis, concernLemmas: ReadonlySet<string>): ReplyReading {
  const brush = findAll(reply, BRUSH_OFFS).find((h) => h.offset < DISMISSAL.brushWithin);
  const pivot = pivotIn(reply, DISMISSAL.pivotWithin);
  const move = brush ?? pivot;
  if (!move) return { dismissed: false, move, reason: 'no-brush-off' };
  // What follows an explicit change of subject belongs to the new topic ("…let's look at the app, because
  // your team will love it"), so engagement is looked for before the pivot only.
  const end = pivot ? pivot.offset : Infinity;
  const before = (hits: readonly Hit[]) => hits.filter((h) => h.offset < end);
  if (findAll(reply, ACKNOWLEDGEMENTS).length > 0) return { dismissed: false, move, reason: 'acknowledged' };
  if (before(findAll(reply, SUBSTANCE)).length > 0) return { dismissed: false, move, reason: 'substance' };
  // A question back about the concern explores it.
  const questions = classifyQuestions(reply);
  if (questions.some((q, i) => q.kind === 'clarification' && (!pivot || i < pivot.sentence)))
    return { dismissed: false, move, reason: 'asks-back' };
  // A bare "anyway" or "let's look at" is too common in storytelling to dismiss on its own (docs/design.md):
  // without a brush-off the pivot must be explicit ("moving on", "setting that aside").
  if (pivot && (brush || (pivot.entry.weight ?? 0) >= DISMISSAL.minBarePivotWeight)) {
    return { dismissed: true, move, reason: brush ? 'brush-off+pivot' : 'pivot' };
  }
  if (pivot && !brush) return { dismissed: false, move, reason: 'weak-pivot' };
  // Topic overlap outside the brush-off words: the reply talks about the concern itself.
  const moveWords = new Set(wordsOf(move.text));
  const rest = reply.words.filter((w) => !moveWords.has(w));
  const overlap = sharedLemmas(concernLemmas, contentLemmas(reply)).filter((l) => rest.some((w) => w.startsWith(l)));
  if (overlap.length > 0) return { dismissed: false, move, reason: `topic:${overlap.join(',')}` };
  const after = reply.words.length - move.offset - moveWords.size;
  if (after > DISMISSAL.maxWordsAfterBrush) return { dismissed: false, move, reason: 'long-answer' };
  return { dismissed: true, move, reason: 'brush-off' };
}

interface State {
  /** Ids of triggers already judged, so a reply is judged against one concern once. */
  judged: string | null;
}

/** The features of a reply to a stretch of another speaker's talk. */
export function dismissalFeatures(trigger: readonly Turn[], reply: Turn): FeatureBag {
  const bag = new FeatureBag();
  const last = trigger[trigger.length - 1]!;
  const c = analyse(last.text);
  const r = analyse(reply.text);
  const concernWords = lastWords(trigger, 30);
  bag.ngrams('c', concernWords);
  const concern = triggerHit(trigger, concernIn).hit;
  if (concern) bag.add('c.concern').add(`c.concern:${concern.entry.id}`);
  bag.flag(
    'c.question',
    classifyQuestions(c).some((q) => isRealQuestion(q.kind)),
  );
  bag.ngrams('r', r.words.slice(0, 14)).chars('r', r.words.slice(0, 14));
  bag.bucket('r.len', r.words.length, [3, 8, 16, 30, 60]);
  const brush = findAll(r, BRUSH_OFFS).find((h) => h.offset < DISMISSAL.brushWithin);
  if (brush) bag.add('r.brush').add(`r.brush:${brush.entry.id}`);
  const pivot = pivotIn(r, DISMISSAL.pivotWithin);
  if (pivot) bag.add('r.pivot').add(`r.pivot:${pivot.entry.id}`);
  bag.flag('r.ack', findAll(r, ACKNOWLEDGEMENTS).length > 0);
  bag.flag('r.substance', findAll(r, SUBSTANCE).length > 0);
  bag.flag(
    'r.asks-back',
    classifyQuestions(r).some((q) => q.kind === 'clarification' || isRealQuestion(q.kind)),
  );
  const concernLemmas = contentLemmas(analyse(trigger.map((t) => t.text).join(' ')));
  bag.bucket('r.topic', sharedLemmas(concernLemmas, contentLemmas(r)).length, [0, 1, 3]);
  const reading = readReply(r, concernLemmas);
  bag.add(`rule:${reading.dismissed ? 'dismissed' : 'kept'}:${reading.reason.split(':')[0]}`);
  // A linear model cannot say "a concern and then a brush-off" by itself: give it the pairs.
  if (concern) {
    bag.flag('x:concern&brush', brush);
    bag.flag('x:concern&pivot', pivot);
    bag.flag('x:concern&ack', findAll(r, ACKNOWLEDGEMENTS).length > 0);
    bag.flag('x:concern&rule', reading.dismissed);
  }
  bag.bucket('gap', reply.start - last.end, [0, 2, 8]);
  return bag;
}

/** The brush-off or pivot a reply opens with, if any: the words a reader recognises as the dismissal. */
function replyMove(reply: Turn): Hit | undefined {
  const r = analyse(reply.text);
  return findAll(r, BRUSH_OFFS).find((h) => h.offset < DISMISSAL.brushWithin) ?? pivotIn(r, DISMISSAL.pivotWithin);
}

function judgeReply(trigger: readonly Turn[], reply: Turn, ctx: EngineContext): Finding | null {
  const features = dismissalFeatures(trigger, reply).features;
  const objector = trigger[0]!.speaker;
  const judgment = ctx.judge({
    type: 'dismissed-objection',
    anchor: reply,
    speaker: reply.speaker,
    target: objector,
    features,
  });
  if (!judgment.flagged) return null;
  const concern = triggerHit(trigger, concernIn);
  return makeFlag('dismissed-objection', {
    anchor: reply,
    speaker: reply.speaker,
    target: objector,
    confidence: judgment.probability,
    evidence: [
      cue(concern.turn, concern.hit?.text ?? wordsBehind(judgment, 'c')),
      cue(reply, replyMove(reply)?.text ?? wordsBehind(judgment, 'r')),
    ],
    rule: ruleOf('dismissed-objection', judgment),
  });
}

export const dismissedObjectionDetector = defineDetector<State>({
  id: 'dismissed-objection',
  needsEnglish: true,
  init: () => ({ judged: null }),
  step(state, turn, ctx) {
    const context = replyContext(turn, ctx, 0);
    if (!context) return [state, []];
    const key = context.trigger[context.trigger.length - 1]!.id;
    if (state.judged === key) return [state, []];
    const flag = judgeReply(context.trigger, turn, ctx);
    return [{ judged: key }, flag ? [flag] : []];
  },
});
