import { classifyQuestions, findAll, isRealQuestion, takesFloor } from '../../nlp/index.ts';
import { cue, makeSignal } from '../findings.ts';
import { INCLUSION_PROMPTS } from '../../nlp/lexicons/signals.ts';
import { defineReplySignal } from './shared.ts';

/** An invitation to bring one's own view or story, confirmed when the other takes the floor to answer it. */
export const inclusionPromptSignal = defineReplySignal({
  id: 'inclusion-prompt',
  trigger(a) {
    const questions = classifyQuestions(a);
    return findAll(a, INCLUSION_PROMPTS).find(
      (h) => isRealQuestion(questions[h.sentence]?.kind ?? 'none') || (h.entry.weight ?? 0) >= 1,
    );
  },
  isReply: takesFloor,
  confirm: (pending, reply) =>
    makeSignal('inclusion-prompt', {
      anchor: pending.turn,
      speaker: pending.turn.speaker,
      target: reply.speaker,
      confidence: 0.7 + (pending.hit.entry.weight ?? 0) * 0.2,
      evidence: [cue(pending.turn, pending.hit.text), cue(reply)],
      rule: `inclusion-prompt:${pending.hit.entry.id}>taken-up`,
    }),
});
