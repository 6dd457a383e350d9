import { defineDetector, type EngineContext, type Finding, type Turn } from '../types.ts';
import {
  analyse,
  classifyQuestions,
  closingQuestion,
  contentLemmas,
  findAll,
  findFirst,
  isBackchannel,
  isRealQuestion,
  sharedLemmas,
  type Analysis,
  type QuestionReading,
} from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { ANSWER_OPENERS, DEFERRALS } from '../../nlp/lexicons/questions.ts';
import { ACKNOWLEDGEMENTS, BRUSH_OFFS } from '../../nlp/lexicons/replies.ts';
import { QUESTION_INVITATIONS } from '../../nlp/lexicons/signals.ts';
import { INCOMPLETE_ENDINGS } from '../../nlp/lexicons/incomplete-endings.ts';
import { wordsOf } from '../../nlp/normalise.ts';
import { pivotIn } from './dismissed-objection.ts';

/**
 * Unanswered question (flags.md): a real question the others never answer while the conversation moves
 * on. Trigger: an information or clarification question that closes the asker's turn (lib/nlp/question.ts),
 * not a tag, suggestion, floor offer, repair request or self-answered question.
 * Confirmation, a positive sign that the talk moved off it: the reply pivots or brushes it off; or the
 * addressee asks something else and the asker goes along; or the asker has to ask again. Then none of the
 * others' turns may answer (an answer token first, shared content words, a figure for "how many", a
 * deferral) until three turns by others or about 60 s have passed, or the call ends. A first reply that
 * might be an answer is taken as one: precision first. Anchor: the question's cue; target: the addressee.
 */
export const UNANSWERED = {
  /** Turns by others that close the window. */
  turnsToClose: 3,
  /** Seconds that close the window. */
  secondsToClose: 60,
  /** A pivot counts when it opens the reply or follows a short opener ("Great question. Let me show you…"). */
  pivotWithin: 8,
  /** Words a reply may say before its own new question for that question to count as a detour. */
  maxLeadWords: 4,
  /** A question shorter than this is a fragment ("of what?"), too thin to judge. */
  minQuestionWords: 3,
} as const;

type Verdict = 'answer' | 'counter-question' | 'pivot' | 'new-question' | 'statement' | 'ignore';
type Steer = 'pivot' | 'new-question' | 'asker-repeats';

interface Pending {
  question: Turn;
  reading: QuestionReading;
  lemmas: ReadonlySet<string>;
  target: string | null;
  /** Floor-taking turns by others since the question. */
  others: number;
  /** A reply by another party that asked something else: it steers away once the asker goes along with it. */
  detour: Turn | null;
  /** The confirmed sign that the talk moved off the question. */
  steer: { turn: Turn; how: Steer; words: string } | null;
}
interface State {
  pending: Pending[];
}

// Questions whose answers carry a recognisable cue even without shared words: a figure, a time, a reason.
const TYPE_CUES: readonly [RegExp, RegExp][] = [
  [
    /\bhow (many|much|long|often|soon|big|far)\b/,
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|half|couple|few|several|dozen|percent)\b/,
  ],
  [
    /^(so |and |but |okay )?when\b/,
    /\b(monday|tuesday|wednesday|thursday|friday|weekend|today|tomorrow|yesterday|tonight|week|weeks|month|months|year|quarter|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|soon|later|asap|\d+)\b/,
  ],
  [/^(so |and |but |okay )?why\b/, /\b(because|since|so that|the reason|due to|in order to)\b/],
];

/** How one reply by another speaker meets the pending question. */
export function judgeReply(
  p: { reading: QuestionReading; lemmas: ReadonlySet<string> },
  reply: Analysis,
  first: boolean,
): Verdict {
  const opener = findFirst(reply, ANSWER_OPENERS, 2);
  const polar = p.reading.polar || p.reading.kind === 'clarification';
  // An answer token settles the question only as the first reply: later it answers whatever came between.
  if (opener && first && (polar || !isBackchannel(reply))) return 'answer';
  if (sharedLemmas(p.lemmas, contentLemmas(reply)).length > 0) return 'answer';
  // "Great question. Let me first show you…": the pivot outweighs the compliment; a brush-off is no answer.
  if (pivotIn(reply, UNANSWERED.pivotWithin) || findFirst(reply, BRUSH_OFFS, UNANSWERED.pivotWithin)) return 'pivot';
  if (findAll(reply, DEFERRALS).length > 0) return 'answer';
  const question = p.reading.text.toLowerCase();
  if (TYPE_CUES.some(([asks, answers]) => asks.test(question) && answers.test(reply.text.toLowerCase())))
    return 'answer';
  const asked = classifyQuestions(reply);
  if (asked.some((q) => q.kind === 'clarification')) return 'counter-question';
  // A short alternative question straight back ("on the TV or the phone?") narrows the question down.
  const closing = closingQuestion(reply);
  if (first && closing && isRealQuestion(closing.kind) && reply.words.length <= 8 && reply.words.includes('or'))
    return 'counter-question';
  if (isBackchannel(reply)) return 'ignore';
  // A new question counts only when it is most of the reply ("Great, so what's your timeline?"); words
  // before it may well be an answer.
  const own = closing ? wordsOf(closing.text).length : 0;
  if (
    closing &&
    isRealQuestion(closing.kind) &&
    own >= UNANSWERED.minQuestionWords &&
    reply.words.length - own <= UNANSWERED.maxLeadWords
  )
    return 'new-question';
  return 'statement';
}

const OPEN_ENDINGS = new Set(INCOMPLETE_ENDINGS.filter((e) => e.weight >= 1).map((e) => e.word));
function endsUnfinished(text: string): boolean {
  const words = wordsOf(text);
  return /(--|\u2014|\.\.\.|\u2026)\s*$/.test(text) || OPEN_ENDINGS.has(words[words.length - 1] ?? '');
}

// A figure right after one's own question answers it ("what did we spend? around forty thousand").
const SELF_ESTIMATE =
  /^\W*(around|about|roughly|maybe|probably|approximately|like)?\s*(\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)\b/i;

/**
 * A question worth following: a real one, not a bare repair ("sorry?", answered by repeating), not a floor
 * offer, not trailing off unfinished ("…is it the"), and not answered by the asker in the same turn.
 */
function isCandidate(q: QuestionReading, a: Analysis): boolean {
  if (!isRealQuestion(q.kind) || q.rule === 'repair-request' || isBackchannel(a)) return false;
  // "Anything you'd like to ask us?" is a floor offer: a question back takes it up.
  if (findAll(a, QUESTION_INVITATIONS).some((h) => h.sentence === q.sentence)) return false;
  if (wordsOf(q.text).length < UNANSWERED.minQuestionWords || endsUnfinished(q.text)) return false;
  const after = a.sentences.slice(q.sentence + 1);
  // "…? I'm not sure." after one's own question is thinking aloud, not waiting for an answer.
  return !after.some((s) => {
    const t = analyse(s.text);
    return findFirst(t, ANSWER_OPENERS, 1) || findFirst(t, DEFERRALS, 2) || SELF_ESTIMATE.test(s.text);
  });
}

function targetOf(question: Turn, ctx: EngineContext): string | null {
  for (let i = ctx.turns.length - 1; i >= 0; i--) {
    const t = ctx.turns[i]!;
    if (t.id !== question.id && t.speaker !== question.speaker && !isBackchannel(t.text)) return t.speaker;
  }
  return null;
}

function flagFor(p: Pending, now: number): Finding {
  const steer = p.steer!;
  const clarifying = p.reading.kind === 'clarification';
  return makeFlag('unanswered-question', {
    anchor: p.question,
    speaker: p.question.speaker,
    target: p.target ?? steer.turn.speaker,
    confidence:
      (clarifying ? 0.75 : 0.65) +
      (steer.how === 'new-question' ? 0 : 0.1) +
      (p.others >= UNANSWERED.turnsToClose ? 0.05 : 0),
    evidence: [cue(p.question, p.reading.text), cue(steer.turn, steer.words)],
    rule: `unanswered-question:${p.reading.kind}>${steer.how}>${p.others >= UNANSWERED.turnsToClose ? 'three-turns' : `${Math.round(now - p.question.end)}s`}`,
  });
}

/** The asker's own turn while their question is open. Returns null when the question is settled. */
function onAsker(p: Pending, turn: Turn, a: Analysis): Pending | null {
  if (p.others === 0) {
    // The asker goes on before anyone replies: asking again keeps it open; saying more means the question
    // was not handing the floor over.
    const again = closingQuestion(a);
    return again && isRealQuestion(again.kind) && !isBackchannel(a)
      ? { ...p, lemmas: new Set([...p.lemmas, ...contentLemmas(a)]) }
      : null;
  }
  // After a pivot, "okay" only goes along with it; otherwise the asker takes a reply as an answer.
  if (p.steer) return p;
  if (isBackchannel(a) || findAll(a, ACKNOWLEDGEMENTS).length > 0 || findFirst(a, ANSWER_OPENERS, 1)) return null;
  const again = closingQuestion(a);
  if (again && isRealQuestion(again.kind) && sharedLemmas(p.lemmas, contentLemmas(a)).length > 0) {
    return { ...p, steer: { turn, how: 'asker-repeats', words: again.text } };
  }
  // The asker goes along with someone else's new question: the first question is dropped.
  if (p.detour && !isBackchannel(a) && a.words.length >= 2)
    return {
      ...p,
      steer: { turn: p.detour, how: 'new-question', words: closingQuestion(analyse(p.detour.text))?.text ?? '' },
    };
  return p;
}

/** Another party's turn while the question is open. Returns null when the question is settled. */
function onOther(p: Pending, turn: Turn, a: Analysis): Pending | null {
  const first = p.others === 0 && p.steer === null && p.detour === null;
  const verdict = judgeReply(p, a, first);
  if (verdict === 'answer' || verdict === 'counter-question') return null;
  if (verdict === 'ignore') return p;
  // The first reply that might be an answer is taken as one.
  if (verdict === 'statement' && first) return null;
  // Someone other than the addressee asking something first is as likely to be helping answer it.
  if (verdict === 'new-question' && first && p.target !== null && p.target !== turn.speaker) return null;
  const next: Pending = { ...p, others: p.others + 1, target: p.target ?? turn.speaker };
  if (verdict === 'pivot' && !p.steer)
    next.steer = { turn, how: 'pivot', words: pivotIn(a, UNANSWERED.pivotWithin)?.text ?? '' };
  // Only the party the question was put to can steer away by asking something else; in a group, someone
  // else's question is as likely a side thread.
  if (verdict === 'new-question' && !p.detour && (p.target === null || p.target === turn.speaker)) next.detour = turn;
  return next;
}

function closes(p: Pending, now: number): boolean {
  return p.others >= UNANSWERED.turnsToClose || (p.others >= 1 && now - p.question.end >= UNANSWERED.secondsToClose);
}

export const unansweredQuestionDetector = defineDetector<State>({
  id: 'unanswered-question',
  needsEnglish: true,
  init: () => ({ pending: [] }),
  step(state, turn, ctx) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    const next: Pending[] = [];

    for (const p of state.pending) {
      const updated = turn.speaker === p.question.speaker ? onAsker(p, turn, a) : onOther(p, turn, a);
      if (updated) next.push(updated);
    }

    const kept: Pending[] = [];
    for (const p of next) {
      if (closes(p, turn.start)) {
        if (p.steer) findings.push(flagFor(p, turn.start));
      } else kept.push(p);
    }

    const q = closingQuestion(a);
    if (q && isCandidate(q, a)) {
      if (!kept.some((p) => p.question.id === turn.id)) {
        kept.push({
          question: turn,
          reading: q,
          lemmas: contentLemmas(analyse(q.text)),
          target: targetOf(turn, ctx),
          others: 0,
          detour: null,
          steer: null,
        });
      }
    }
    return [{ pending: kept }, findings];
  },
  advance(state, now, _ctx, ended) {
    const findings: Finding[] = [];
    const kept: Pending[] = [];
    for (const p of state.pending) {
      // At the end of the call a question the others already steered away from can no longer be answered.
      if (closes(p, now) || (ended && p.others >= 1)) {
        if (p.steer) findings.push(flagFor(p, now));
      } else if (!ended) kept.push(p);
    }
    return [{ pending: kept }, findings];
  },
});
