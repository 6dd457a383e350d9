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
  looseClosingQuestion,
  sharedLemmas,
  type Analysis,
  type QuestionReading,
} from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { ruleOf } from '../judge.ts';
import { FeatureBag } from '../../learn/features.ts';
import { ANSWER_OPENERS, DEFERRALS, PUT_OFF } from '../../nlp/lexicons/questions.ts';
import { ACKNOWLEDGEMENTS, BRUSH_OFFS } from '../../nlp/lexicons/replies.ts';
import { QUESTION_INVITATIONS } from '../../nlp/lexicons/signals.ts';
import { INCOMPLETE_ENDINGS } from '../../nlp/lexicons/incomplete-endings.ts';
import { wordsOf } from '../../nlp/normalise.ts';
import { pivotIn } from './dismissed-objection.ts';
import { speakersCalledOn } from '../addressing.ts';

/**
 * Unanswered question (docs/flags.md): a real question the others never answer while the conversation moves
 * on. Structure: every turn that closes on a question opens a window; the window closes after three
 * floor-taking turns by others or about 60 s (with at least one reply), or when the call ends. Judgment, at
 * the close: a trained scorer reads the question (its words, its kind, whether it is a tag, an offer or
 * answered by the asker), each reply (its opening words, how the rule reading below judges it, how much of
 * the question it takes up, whether it gives a value of the asked type), and what the asker did next (asked
 * again, took a reply as the answer). Anchor: the question's cue; target: the addressee.
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

type Verdict = 'answer' | 'put-off' | 'counter-question' | 'pivot' | 'new-question' | 'statement' | 'ignore';

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
  const deferrals = findAll(reply, DEFERRALS);
  // "Let me check and get back to you" promises an answer; whether one comes is for the scorer to weigh.
  if (deferrals.some((h) => !PUT_OFF.has(h.entry.id))) return 'answer';
  if (deferrals.length > 0) return 'put-off';
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

interface Pending {
  question: Turn;
  reading: QuestionReading;
  lemmas: ReadonlySet<string>;
  target: string | null;
  /** Floor-taking turns by others since the question. */
  replies: Turn[];
  /** The asker's own floor-taking turns since the question. */
  asker: Turn[];
}
interface State {
  pending: Pending[];
}

function closes(p: Pending, now: number): 'turns' | 'time' | null {
  if (p.replies.length >= UNANSWERED.turnsToClose) return 'turns';
  return p.replies.length >= 1 && now - p.question.end >= UNANSWERED.secondsToClose ? 'time' : null;
}

// "…or something?", "…or not?": a hedge at the end, not a choice between two things.
const HEDGED_OR = new Set(['not', 'something', 'anything', 'whatever', 'so', 'what']);

/**
 * The stems that tell the two sides of an either-or question apart ("follow-the-sun with Bangalore, or
 * UK hours from India?"): an answer names one side, a reply that talks past the question names neither.
 */
export function alternativesOf(question: Analysis): ReadonlySet<string> | null {
  const words = question.words;
  const at = words.lastIndexOf('or');
  if (at < 1 || at >= words.length - 1 || HEDGED_OR.has(words[at + 1]!)) return null;
  const left = contentLemmas(analyse(words.slice(Math.max(0, at - 5), at).join(' ')));
  const right = contentLemmas(analyse(words.slice(at + 1, at + 6).join(' ')));
  const sides = new Set([...left, ...right].filter((stem) => !(left.has(stem) && right.has(stem))));
  return sides.size > 0 ? sides : null;
}

/** The features of a question's window: the question, the replies, and what the asker did. */
export function questionFeatures(
  p: Pending,
  close: 'turns' | 'time' | 'end',
  speakers: ReadonlySet<string>,
): FeatureBag {
  const bag = new FeatureBag();
  const q = analyse(p.reading.text);
  const whole = analyse(p.question.text);
  bag.ngrams('q', q.words.slice(-12));
  bag.ngrams('q.open', q.words.slice(0, 2));
  bag.add(`q.kind:${p.reading.kind}`).add(`q.rule:${p.reading.rule}`);
  bag.flag('q.polar', p.reading.polar);
  bag.flag('q.mark?', /\?\s*$/.test(p.reading.text));
  bag.bucket('q.len', q.words.length, [3, 6, 12, 25]);
  bag.flag('q.candidate', isCandidate(p.reading, whole));
  bag.flag('q.invites', findAll(whole, QUESTION_INVITATIONS).length > 0);
  bag.flag('q.unfinished', endsUnfinished(p.reading.text));
  bag.add(`close:${close}`);
  const sides = alternativesOf(q);
  bag.flag('q.alt', sides);
  let overlap = 0;
  let typed = false;
  let picked = -1;
  const question = p.reading.text.toLowerCase();
  p.replies.forEach((reply, i) => {
    const r = analyse(reply.text);
    const verdict = judgeReply(p, r, i === 0);
    bag.add(`v${Math.min(i, 2)}:${verdict}`);
    // A reply that calls on someone by name hands the floor over: back to the asker, or on to a third person.
    const called = speakersCalledOn(reply.text, speakers).filter((s) => s !== reply.speaker);
    if (called.length > 0)
      bag.add(`r${Math.min(i, 1)}.calls:${called.includes(p.question.speaker) ? 'asker' : 'other'}`);
    if (i === 0) {
      bag.ngrams('r1', r.words.slice(0, 8));
      const own = closingQuestion(r);
      bag.flag(
        'r1.asks-other',
        own && isRealQuestion(own.kind) && sharedLemmas(p.lemmas, contentLemmas(r)).length === 0,
      );
      // What kind of question meets what kind of reply: "is it…" and "yes", "when…" and a date.
      bag.add(`x:${p.reading.kind}>${verdict}`).add(`x:${q.words[0] ?? ''}>${r.words[0] ?? ''}`);
      bag.bucket('r1.len', r.words.length, [2, 5, 12, 30]);
      bag.flag('r1.by-target', p.target !== null && reply.speaker === p.target);
      bag.bucket('r1.overlap', sharedLemmas(p.lemmas, contentLemmas(r)).length, [0, 1, 2]);
    }
    overlap = Math.max(overlap, sharedLemmas(p.lemmas, contentLemmas(r)).length);
    if (sides && picked < 0 && sharedLemmas(sides, contentLemmas(r)).length > 0) picked = i;
    if (TYPE_CUES.some(([asks, answers]) => asks.test(question) && answers.test(r.text.toLowerCase()))) typed = true;
  });
  bag.bucket('r.overlap', overlap, [0, 1, 2]);
  if (sides) bag.add(`alt.picked:${picked < 0 ? 'never' : Math.min(picked, 1)}`);
  bag.flag('r.typed-answer', typed);
  bag.bucket('r.count', p.replies.length, [0, 1, 2]);
  bag.add(`speakers:${Math.min(new Set(p.replies.map((r) => r.speaker)).size, 3)}`);
  p.asker.forEach((turn, i) => {
    const a = analyse(turn.text);
    const echoed = sharedLemmas(p.lemmas, contentLemmas(a)).length;
    // The asker coming back to the point ("I was just asking about the authorship") says it went unanswered.
    if (i === 0) bag.bucket('a.echo', echoed, [0, 1, 2]);
    const again = closingQuestion(a);
    bag.flag('a.reasks', again && isRealQuestion(again.kind) && echoed > 0);
    bag.flag('a.accepts', findAll(a, ACKNOWLEDGEMENTS).length > 0 || findFirst(a, ANSWER_OPENERS, 1));
  });
  bag.bucket('a.turns', p.asker.length, [0, 1, 2]);
  return bag;
}

function judgeWindow(p: Pending, close: 'turns' | 'time' | 'end', ctx: EngineContext): Finding | null {
  const features = questionFeatures(p, close, new Set(ctx.turns.map((t) => t.speaker))).features;
  const target = p.target ?? p.replies[0]?.speaker ?? null;
  const judgment = ctx.judge({
    type: 'unanswered-question',
    anchor: p.question,
    speaker: p.question.speaker,
    target,
    features,
  });
  if (!judgment.flagged) return null;
  const last = p.replies[p.replies.length - 1];
  return makeFlag('unanswered-question', {
    anchor: p.question,
    speaker: p.question.speaker,
    target,
    confidence: judgment.probability,
    evidence: last ? [cue(p.question, p.reading.text), cue(last)] : [cue(p.question, p.reading.text)],
    rule: ruleOf('unanswered-question', judgment),
  });
}

/**
 * A turn that may ask something: its last sentence reads as a question of any kind, or, in a caption run
 * without punctuation, a question shape closes it after a preface.
 */
function questionIn(a: Analysis): QuestionReading | null {
  const q = closingQuestion(a);
  if (q && q.kind !== 'none') return wordsOf(q.text).length >= 2 ? q : null;
  return looseClosingQuestion(a);
}

export const unansweredQuestionDetector = defineDetector<State>({
  id: 'unanswered-question',
  needsEnglish: true,
  init: () => ({ pending: [] }),
  step(state, turn, ctx) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    const floor = !isBackchannel(a);
    const kept: Pending[] = [];
    for (const p of state.pending) {
      // A question nobody took up while its asker kept talking was not handing the floor over.
      if (p.replies.length === 0 && turn.start - p.question.end > 2 * UNANSWERED.secondsToClose) continue;
      const next: Pending = floor
        ? turn.speaker === p.question.speaker
          ? { ...p, asker: [...p.asker, turn] }
          : { ...p, replies: [...p.replies, turn], target: p.target ?? turn.speaker }
        : p;
      const close = closes(next, turn.start);
      if (close) {
        const flag = judgeWindow(next, close, ctx);
        if (flag) findings.push(flag);
      } else kept.push(next);
    }
    const q = questionIn(a);
    if (q) {
      kept.push({
        question: turn,
        reading: q,
        lemmas: contentLemmas(analyse(q.text)),
        target: targetOf(turn, ctx),
        replies: [],
        asker: [],
      });
    }
    return [{ pending: kept }, findings];
  },
  advance(state, now, ctx, ended) {
    const findings: Finding[] = [];
    const kept: Pending[] = [];
    for (const p of state.pending) {
      const close = closes(p, now) ?? (ended && p.replies.length >= 1 ? 'end' : null);
      if (close) {
        const flag = judgeWindow(p, close, ctx);
        if (flag) findings.push(flag);
      } else if (!ended) kept.push(p);
    }
    return [{ pending: kept }, findings];
  },
});
