import { defineDetector, type Finding, type Turn } from '../types.ts';
import {
  analyse,
  classifyQuestions,
  contentLemmas,
  findAll,
  isBackchannel,
  isRealQuestion,
  sharedLemmas,
  type Analysis,
  type Hit,
} from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { CONCERN_GUARDS, CONCERNS } from '../../nlp/lexicons/concerns.ts';
import { ACKNOWLEDGEMENTS, BRUSH_OFFS, INLINE_PIVOTS, PIVOTS, SUBSTANCE } from '../../nlp/lexicons/replies.ts';
import { wordsOf } from '../../nlp/normalise.ts';

/**
 * Dismissed objection (flags.md): one party raises a concern and the other's reply brushes it aside.
 * Trigger: a concern phrase (lexicons/concerns.ts) not negated, hypothetical or addressed to the other.
 * Confirmation: the first real reply by another party opens with a brush-off or a pivot, and carries no
 * acknowledgement, no question about the concern and no substance (a reason, a figure, the concern's own
 * topic). Anchor: the dismissing cue.
 */
export const DISMISSAL = {
  /** A reply later than this after the concern no longer answers it. */
  replyWindow: 30,
  /** A brush-off must come early in the reply: later, it is usually a summary after an answer. */
  brushWithin: 12,
  /** A pivot must open one of the reply's first sentences. */
  pivotWithin: 20,
  /** A pivot with no brush-off needs at least this weight (lexicons/replies.ts). */
  minBarePivotWeight: 0.9,
  /** A long reply after the brush-off is usually an answer, whatever its first words were. */
  maxWordsAfterBrush: 40,
} as const;

interface Pending {
  concern: Turn;
  hit: Hit;
  lemmas: ReadonlySet<string>;
}
interface State {
  pending: Pending | null;
}

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
  // A bare "anyway" or "let's look at" is too common in storytelling to dismiss on its own (nlp.md §4):
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

export const dismissedObjectionDetector = defineDetector<State>({
  id: 'dismissed-objection',
  needsEnglish: true,
  init: () => ({ pending: null }),
  step(state, turn) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    let pending = state.pending;

    if (pending && turn.start - pending.concern.end > DISMISSAL.replyWindow) pending = null;
    if (pending && turn.speaker !== pending.concern.speaker && !isBackchannel(a)) {
      const reading = readReply(a, pending.lemmas);
      if (reading.dismissed && reading.move) {
        const strong = (reading.move.entry.weight ?? 0) >= 0.9;
        findings.push(
          makeFlag('dismissed-objection', {
            anchor: turn,
            speaker: turn.speaker,
            target: pending.concern.speaker,
            confidence: (strong ? 0.8 : 0.65) + (pending.hit.entry.weight ?? 0) * 0.1,
            evidence: [cue(pending.concern, pending.hit.text), cue(turn, reading.move.text)],
            rule: `dismissed-objection:${pending.hit.entry.id}>${reading.move.entry.id}`,
          }),
        );
      }
      // The first real reply settles the concern either way.
      pending = null;
    }

    const concern = concernIn(a);
    if (concern) pending = { concern: turn, hit: concern, lemmas: contentLemmas(a) };
    else if (pending && turn.speaker === pending.concern.speaker && !isBackchannel(a)) {
      // The objector elaborates before anyone replies: the topic grows.
      pending = { ...pending, lemmas: new Set([...pending.lemmas, ...contentLemmas(a)]) };
    }
    return [{ pending }, findings];
  },
  advance(state, now) {
    const pending = state.pending && now - state.pending.concern.end > DISMISSAL.replyWindow ? null : state.pending;
    return [{ pending }, []];
  },
});
