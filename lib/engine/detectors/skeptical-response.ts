import { defineDetector, type EngineContext, type Finding, type Turn } from '../types.ts';
import {
  analyse,
  classifyQuestions,
  contentLemmas,
  findAll,
  isRealQuestion,
  sharedLemmas,
  weightOf,
  type Analysis,
  type Hit,
} from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { ruleOf, wordsBehind } from '../judge.ts';
import { FeatureBag } from '../../learn/features.ts';
import { ADMISSION_GUARDS, ADMISSIONS } from '../../nlp/lexicons/admissions.ts';
import { SKEPTICISM, SUPPORTIVE_REPLIES } from '../../nlp/lexicons/reactions.ts';
import { lastWords, replyContext, triggerHit } from './reply-context.ts';

/**
 * Skeptical response (docs/flags.md): a speaker admits a gap, a mistake or uncertainty and the other party
 * meets it with skepticism, judgment or ridicule instead of curiosity. Structure: the other party's first or
 * second reply to a stretch of talk is a candidate, anchored on the reply. Judgment: a trained scorer reads
 * the admission side (its words, admission phrases) and the reply (its words, skeptical and supportive
 * phrases, a question back, an echo of the admission).
 */
export const SKEPTICAL = {
  /** The skeptic may take this many turns to react before the admission is settled. */
  maxReplies: 2,
} as const;

/** The admission this utterance makes, if any: first person, not hypothetical, not inside a question. */
export function admissionIn(a: Analysis): Hit | undefined {
  const guarded = new Set(findAll(a, ADMISSION_GUARDS).map((h) => h.sentence));
  const questions = classifyQuestions(a);
  return findAll(a, ADMISSIONS).find((h) => !guarded.has(h.sentence) && questions[h.sentence]?.kind === 'none');
}

/** Whether a reply meets the admission with curiosity or support (which rules skepticism out). */
export function isSupportive(a: Analysis): boolean {
  return findAll(a, SUPPORTIVE_REPLIES).some((h) => (h.entry.weight ?? 0) >= 0.8);
}

/** The features of a reply to a stretch of another speaker's talk that may hold an admission. */
export function skepticismFeatures(trigger: readonly Turn[], reply: Turn, earlier: number): FeatureBag {
  const bag = new FeatureBag();
  const r = analyse(reply.text);
  bag.ngrams('c', lastWords(trigger, 30));
  const admission = triggerHit(trigger, admissionIn).hit;
  if (admission) bag.add('c.admits').add(`c.admits:${admission.entry.id}`);
  bag.ngrams('r', r.words.slice(0, 20)).chars('r', r.words.slice(0, 20));
  bag.bucket('r.len', r.words.length, [3, 8, 16, 30]);
  const skeptic = findAll(r, SKEPTICISM);
  for (const h of skeptic) bag.add(`r.skeptic:${h.entry.id}`);
  if (skeptic.length > 0) bag.add('r.skeptic', weightOf(skeptic));
  bag.flag('r.supportive', isSupportive(r));
  const questions = classifyQuestions(r);
  bag.flag(
    'r.question',
    questions.some((q) => isRealQuestion(q.kind)),
  );
  bag.flag('r.mark?', r.end === '?');
  const echo = sharedLemmas(contentLemmas(analyse(trigger.map((t) => t.text).join(' '))), contentLemmas(r)).length;
  bag.bucket('r.echo', echo, [0, 1, 3]);
  bag.add(`reply#${earlier}`);
  if (admission) {
    bag.flag('x:admits&skeptic', skeptic.length > 0);
    bag.flag('x:admits&supportive', isSupportive(r));
    bag.flag(
      'x:admits&question',
      questions.some((q) => isRealQuestion(q.kind)),
    );
  }
  return bag;
}

function judgeReply(trigger: readonly Turn[], reply: Turn, earlier: number, ctx: EngineContext): Finding | null {
  const features = skepticismFeatures(trigger, reply, earlier).features;
  const admitter = trigger[0]!.speaker;
  const judgment = ctx.judge({
    type: 'skeptical-response',
    anchor: reply,
    speaker: reply.speaker,
    target: admitter,
    features,
  });
  if (!judgment.flagged) return null;
  const admission = triggerHit(trigger, admissionIn);
  const skeptic = findAll(analyse(reply.text), SKEPTICISM);
  return makeFlag('skeptical-response', {
    anchor: reply,
    speaker: reply.speaker,
    target: admitter,
    confidence: judgment.probability,
    evidence: [
      cue(admission.turn, admission.hit?.text ?? wordsBehind(judgment, 'c')),
      cue(reply, skeptic.map((h) => h.text).join(' … ') || wordsBehind(judgment, 'r')),
    ],
    rule: ruleOf('skeptical-response', judgment),
  });
}

interface State {
  /** The trigger last flagged, so one admission yields one flag. */
  flagged: string | null;
}

export const skepticalResponseDetector = defineDetector<State>({
  id: 'skeptical-response',
  needsEnglish: true,
  init: () => ({ flagged: null }),
  step(state, turn, ctx) {
    const context = replyContext(turn, ctx, SKEPTICAL.maxReplies - 1);
    if (!context) return [state, []];
    const key = context.trigger[context.trigger.length - 1]!.id;
    if (state.flagged === key) return [state, []];
    const flag = judgeReply(context.trigger, turn, context.earlier, ctx);
    return flag ? [{ flagged: key }, [flag]] : [state, []];
  },
});
