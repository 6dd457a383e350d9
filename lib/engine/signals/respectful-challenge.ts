import { analyse, contentLemmas, findAll, isBackchannel } from '../../nlp/index.ts';
import { cue, makeSignal } from '../findings.ts';
import { CHALLENGE_FRAMES } from '../../nlp/lexicons/signals.ts';
import { readReply } from '../detectors/dismissed-objection.ts';
import { defineReplySignal } from './shared.ts';

/** Disagreement offered courteously and met with engagement, not a brush-off: challenger safety at work. */
export const respectfulChallengeSignal = defineReplySignal({
  id: 'respectful-challenge',
  trigger: (a) => findAll(a, CHALLENGE_FRAMES)[0],
  isReply: (a) => !isBackchannel(a),
  confirm(pending, reply, a) {
    if (readReply(a, contentLemmas(analyse(pending.turn.text))).dismissed) return null;
    return makeSignal('respectful-challenge', {
      anchor: pending.turn,
      speaker: pending.turn.speaker,
      target: reply.speaker,
      confidence: 0.6 + (pending.hit.entry.weight ?? 0) * 0.3,
      evidence: [cue(pending.turn, pending.hit.text), cue(reply)],
      rule: `respectful-challenge:${pending.hit.entry.id}>engaged`,
    });
  },
});
