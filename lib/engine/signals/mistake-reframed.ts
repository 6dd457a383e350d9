import { findAll, isBackchannel } from '../../nlp/index.ts';
import { cue, makeSignal } from '../findings.ts';
import { SUPPORTIVE_REPLIES } from '../../nlp/lexicons/reactions.ts';
import { admissionIn } from '../detectors/skeptical-response.ts';
import { defineReplySignal } from './shared.ts';

/** An admitted gap or mistake met with curiosity or thanks: the mirror image of a skeptical response. */
export const mistakeReframedSignal = defineReplySignal({
  id: 'mistake-reframed',
  trigger: admissionIn,
  isReply: (a) => !isBackchannel(a),
  confirm(pending, reply, a) {
    const support = findAll(a, SUPPORTIVE_REPLIES).find((h) => (h.entry.weight ?? 0) >= 0.8);
    if (!support) return null;
    return makeSignal('mistake-reframed', {
      anchor: reply,
      speaker: reply.speaker,
      target: pending.turn.speaker,
      confidence: 0.6 + (support.entry.weight ?? 0) * 0.3,
      evidence: [cue(pending.turn, pending.hit.text), cue(reply, support.text)],
      rule: `mistake-reframed:${pending.hit.entry.id}>${support.entry.id}`,
    });
  },
});
