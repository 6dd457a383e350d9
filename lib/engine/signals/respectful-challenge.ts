import { defineDetector, type Finding, type Turn } from '../types.ts';
import { analyse, contentLemmas, cue, findAll, isBackchannel, makeSignal, type Hit } from '../../nlp/index.ts';
import { CHALLENGE_FRAMES } from '../../nlp/lexicons/signals.ts';
import { readReply } from '../detectors/dismissed-objection.ts';
import { REPLY_WINDOW } from './shared.ts';

/** Disagreement offered courteously and met with engagement, not a brush-off: challenger safety at work. */
interface State {
  pending: { turn: Turn; hit: Hit } | null;
}

export const respectfulChallengeSignal = defineDetector<State>({
  id: 'respectful-challenge',
  needsEnglish: true,
  init: () => ({ pending: null }),
  step(state, turn) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    let pending = state.pending && turn.start - state.pending.turn.end <= REPLY_WINDOW ? state.pending : null;
    if (pending && turn.speaker !== pending.turn.speaker && !isBackchannel(a)) {
      const reply = readReply(a, contentLemmas(analyse(pending.turn.text)));
      if (!reply.dismissed) {
        findings.push(
          makeSignal('respectful-challenge', {
            anchor: pending.turn,
            speaker: pending.turn.speaker,
            target: turn.speaker,
            confidence: 0.6 + (pending.hit.entry.weight ?? 0) * 0.3,
            evidence: [cue(pending.turn, pending.hit.text), cue(turn)],
            rule: `respectful-challenge:${pending.hit.entry.id}>engaged`,
          }),
        );
      }
      pending = null;
    }
    const hit = findAll(a, CHALLENGE_FRAMES)[0];
    if (hit) pending = { turn, hit };
    return [{ pending }, findings];
  },
});
