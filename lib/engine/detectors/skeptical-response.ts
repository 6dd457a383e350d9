import { defineDetector, type Finding, type Turn } from '../types.ts';
import {
  analyse,
  classifyQuestions,
  findAll,
  isBackchannel,
  weightOf,
  type Analysis,
  type Hit,
} from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { ADMISSION_GUARDS, ADMISSIONS } from '../../nlp/lexicons/admissions.ts';
import { SKEPTICISM, SUPPORTIVE_REPLIES } from '../../nlp/lexicons/reactions.ts';

/**
 * Skeptical response (flags.md): a speaker admits a gap, a mistake or uncertainty and the other party meets
 * it with skepticism, judgement or ridicule instead of curiosity. Trigger: a first-person admission
 * (lexicons/admissions.ts). Confirmation: the other party's reply (one or two turns before the admitter
 * speaks again) reaches a skepticism weight of 0.9 — one explicit judgement, or incredulity plus an echo —
 * and offers no curiosity, thanks or support. Anchor: the skeptical cue.
 */
export const SKEPTICAL = {
  replyWindow: 30,
  /** Weight the reply's skeptical cues must reach (weights live in lexicons/reactions.ts). */
  threshold: 0.9,
  /** The skeptic may take this many turns to react before the admission is settled. */
  maxReplies: 2,
} as const;

interface Pending {
  admission: Turn;
  hit: Hit;
  replies: number;
  hits: { turn: Turn; hits: readonly Hit[] }[];
}
interface State {
  pending: Pending | null;
}

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

export const skepticalResponseDetector = defineDetector<State>({
  id: 'skeptical-response',
  needsEnglish: true,
  init: () => ({ pending: null }),
  step(state, turn) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    let pending = state.pending;

    if (pending && turn.start - pending.admission.end > SKEPTICAL.replyWindow) pending = null;
    if (pending && turn.speaker !== pending.admission.speaker) {
      if (isSupportive(a)) {
        pending = null;
      } else {
        const hits = findAll(a, SKEPTICISM);
        // Cues add up across one skeptic's consecutive replies, never across two people.
        const all = [...pending.hits.filter((x) => x.turn.speaker === turn.speaker), { turn, hits }];
        const weight = weightOf(all.flatMap((x) => x.hits));
        if (weight >= SKEPTICAL.threshold && hits.length > 0) {
          // Anchor on the reply that carries the strongest cue.
          const anchor = [...all].sort((x, y) => weightOf(y.hits) - weightOf(x.hits))[0]!;
          findings.push(
            makeFlag('skeptical-response', {
              anchor: anchor.turn,
              speaker: turn.speaker,
              target: pending.admission.speaker,
              confidence:
                0.6 + Math.min(0.3, (weight - SKEPTICAL.threshold) * 0.5) + (pending.hit.entry.weight ?? 0) * 0.05,
              evidence: [
                cue(pending.admission, pending.hit.text),
                ...all.filter((x) => x.hits.length > 0).map((x) => cue(x.turn, x.hits.map((h) => h.text).join(' … '))),
              ],
              rule: `skeptical-response:${pending.hit.entry.id}>${[...new Set(all.flatMap((x) => x.hits.map((h) => h.entry.id)))].join('+')}`,
            }),
          );
          pending = null;
        } else {
          const replies = pending.replies + (isBackchannel(a) && hits.length === 0 ? 0 : 1);
          pending = replies >= SKEPTICAL.maxReplies ? null : { ...pending, replies, hits: all };
        }
      }
    } else if (pending && turn.speaker === pending.admission.speaker && pending.replies > 0) {
      // The admitter speaks again after a reply: the exchange has moved on.
      pending = null;
    }

    const admission = admissionIn(a);
    if (admission) pending = { admission: turn, hit: admission, replies: 0, hits: [] };
    return [{ pending }, findings];
  },
  advance(state, now) {
    const pending = state.pending && now - state.pending.admission.end > SKEPTICAL.replyWindow ? null : state.pending;
    return [{ pending }, []];
  },
});
