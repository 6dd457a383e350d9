import { defineDetector, type Finding, type Turn } from '../types.ts';
import { analyse, cue, findAll, isBackchannel, makeSignal, type Hit } from '../../nlp/index.ts';
import { SUPPORTIVE_REPLIES } from '../../nlp/lexicons/reactions.ts';
import { admissionIn } from '../detectors/skeptical-response.ts';
import { REPLY_WINDOW } from './shared.ts';

/** An admitted gap or mistake met with curiosity or thanks: the mirror image of a skeptical response. */
interface State {
  pending: { turn: Turn; hit: Hit } | null;
}

export const mistakeReframedSignal = defineDetector<State>({
  id: 'mistake-reframed',
  needsEnglish: true,
  init: () => ({ pending: null }),
  step(state, turn) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    let pending = state.pending && turn.start - state.pending.turn.end <= REPLY_WINDOW ? state.pending : null;
    if (pending && turn.speaker !== pending.turn.speaker && !isBackchannel(a)) {
      const support = findAll(a, SUPPORTIVE_REPLIES).find((h) => (h.entry.weight ?? 0) >= 0.8);
      if (support) {
        findings.push(
          makeSignal('mistake-reframed', {
            anchor: turn,
            speaker: turn.speaker,
            target: pending.turn.speaker,
            confidence: 0.6 + (support.entry.weight ?? 0) * 0.3,
            evidence: [cue(pending.turn, pending.hit.text), cue(turn, support.text)],
            rule: `mistake-reframed:${pending.hit.entry.id}>${support.entry.id}`,
          }),
        );
      }
      pending = null;
    }
    const admission = admissionIn(a);
    if (admission) pending = { turn, hit: admission };
    return [{ pending }, findings];
  },
});
