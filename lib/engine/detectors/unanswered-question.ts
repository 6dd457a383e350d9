import { defineDetector, type EngineContext, type Finding, type Turn } from '../types.ts';
import {
  analyse, classifyQuestions, closingQuestion, contentLemmas, cue, findAll, findFirst, isBackchannel,
  isRealQuestion, makeFlag, sharedLemmas, type Analysis, type QuestionReading,
} from '../../nlp/index.ts';
import { ANSWER_OPENERS, DEFERRALS } from '../../nlp/lexicons/questions.ts';
import { ACKNOWLEDGEMENTS, PIVOTS } from '../../nlp/lexicons/replies.ts';

/**
 * Unanswered question (flags.md): a real question the others never answer while the conversation moves
 * on. Trigger: an information or clarification question that closes the asker's turn (lib/nlp/question.ts).
 * Confirmation: the others' replies steer away (a pivot, or a new question of their own on another topic)
 * and none of their next turns answers, until three turns by others or about 60 s have passed. A reply that
 * might be an answer is taken as one: precision first. Anchor: the question's cue.
 */
export const UNANSWERED = {
  /** Turns by others that close the window. */
  turnsToClose: 3,
  /** Seconds that close the window. */
  secondsToClose: 60,
  /** A question shorter than this is a fragment ("of what?"), too thin to judge. */
  minQuestionWords: 3,
} as const;

type Verdict = 'answer' | 'counter-question' | 'pivot' | 'new-question' | 'statement' | 'ignore';

interface Pending {
  question: Turn;
  reading: QuestionReading;
  lemmas: ReadonlySet<string>;
  target: string | null;
  /** Floor-taking turns by others since the question. */
  others: number;
  /** The reply that steered away, when one has. */
  steer: { turn: Turn; verdict: Verdict; words: string } | null;
}
interface State {
  pending: Pending[];
}

// Question words whose answers carry a recognisable cue even without shared words.
const TYPE_CUES: Record<string, RegExp> = {
  when: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|week|weeks|month|months|year|years|quarter|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|soon|later|now|asap|day|days|\d)/,
  why: /\b(because|since|so that|the reason|due to|in order to|that's why|which is why)\b/,
  how: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|thousand|million|percent|hours?|days?|weeks?|months?|years?|by|through|using|via|with)\b/,
  where: /\b(in|at|from|office|remote|home|city|onsite|on site|hybrid|building|floor|room)\b/,
  who: /\b(i|we|he|she|they|team|me|him|her|manager|lead|[A-Z][a-z]+)\b/,
};

/** How one reply by another speaker meets the pending question. */
export function judgeReply(p: Pending | { reading: QuestionReading; lemmas: ReadonlySet<string> }, reply: Analysis, first: boolean): Verdict {
  const opener = findFirst(reply, ANSWER_OPENERS, 2);
  const polar = p.reading.polar || p.reading.kind === 'clarification';
  if (opener && (polar || first)) return 'answer';
  if (findAll(reply, DEFERRALS).length > 0) return 'answer';
  if (sharedLemmas(p.lemmas, contentLemmas(reply)).length > 0) return 'answer';
  const cueRe = p.reading.wh ? TYPE_CUES[p.reading.wh] : undefined;
  if (cueRe && first && cueRe.test(reply.text)) return 'answer';
  const asked = classifyQuestions(reply);
  if (asked.some((q) => q.kind === 'clarification')) return 'counter-question';
  if (findFirst(reply, PIVOTS, 3)) return 'pivot';
  if (isBackchannel(reply)) return 'ignore';
  const closing = closingQuestion(reply);
  if (closing && isRealQuestion(closing.kind)) return 'new-question';
  return 'statement';
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
    confidence: (clarifying ? 0.75 : 0.65) + (steer.verdict === 'pivot' ? 0.1 : 0) + (p.others >= UNANSWERED.turnsToClose ? 0.05 : 0),
    evidence: [cue(p.question, p.reading.text), cue(steer.turn, steer.words)],
    rule: `unanswered-question:${p.reading.kind}>${steer.verdict}>${p.others >= UNANSWERED.turnsToClose ? 'three-turns' : `${Math.round(now - p.question.end)}s`}`,
  });
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
      if (turn.speaker === p.question.speaker) {
        if (p.others === 0) {
          // The asker goes on before anyone replies: if they ask again it is the same question, otherwise
          // the question was not handing the floor over.
          const again = closingQuestion(a);
          if (again && isRealQuestion(again.kind) && !isBackchannel(a)) {
            next.push({ ...p, lemmas: new Set([...p.lemmas, ...contentLemmas(a)]) });
          }
          continue;
        }
        // The asker takes a reply as an answer ("okay, got it"): answered.
        if (isBackchannel(a) || findAll(a, ACKNOWLEDGEMENTS).length > 0) continue;
        next.push(p);
        continue;
      }
      const verdict = judgeReply(p, a, p.others === 0 && p.steer === null);
      if (verdict === 'answer' || verdict === 'counter-question') continue;
      if (verdict === 'ignore') {
        next.push(p);
        continue;
      }
      // The first reply that might be an answer is taken as one.
      if (verdict === 'statement' && p.steer === null) continue;
      const steer = p.steer ?? (verdict === 'pivot' || verdict === 'new-question'
        ? { turn, verdict, words: (findFirst(a, PIVOTS, 3)?.text ?? closingQuestion(a)?.text ?? '').slice(0, 120) }
        : null);
      next.push({ ...p, others: p.others + 1, steer, target: p.target ?? turn.speaker });
    }

    const kept: Pending[] = [];
    for (const p of next) {
      if (closes(p, turn.start)) {
        if (p.steer) findings.push(flagFor(p, turn.start));
      } else kept.push(p);
    }

    const q = closingQuestion(a);
    if (q && isRealQuestion(q.kind) && !isBackchannel(a) && q.text.split(/\s+/).length >= UNANSWERED.minQuestionWords) {
      if (!kept.some((p) => p.question.id === turn.id)) {
        kept.push({ question: turn, reading: q, lemmas: contentLemmas(analyse(q.text)), target: targetOf(turn, ctx), others: 0, steer: null });
      }
    }
    return [{ pending: kept }, findings];
  },
  advance(state, now, _ctx, ended) {
    const findings: Finding[] = [];
    const kept: Pending[] = [];
    for (const p of state.pending) {
      if (closes(p, now)) {
        if (p.steer) findings.push(flagFor(p, now));
      } else if (!ended) kept.push(p);
    }
    return [{ pending: kept }, findings];
  },
});
