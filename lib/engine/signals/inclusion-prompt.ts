import { defineDetector, type Finding, type Turn } from '../types.ts';
import { analyse, classifyQuestions, cue, findAll, isRealQuestion, makeSignal, takesFloor, type Hit } from '../../nlp/index.ts';
import { INCLUSION_PROMPTS } from '../../nlp/lexicons/signals.ts';
import { REPLY_WINDOW } from './shared.ts';

/** An invitation to bring one's own view or story, confirmed when the other takes the floor to answer it. */
interface State {
  pending: { turn: Turn; hit: Hit } | null;
}

export const inclusionPromptSignal = defineDetector<State>({
  id: 'inclusion-prompt',
  needsEnglish: true,
  init: () => ({ pending: null }),
  step(state, turn) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    let pending = state.pending && turn.start - state.pending.turn.end <= REPLY_WINDOW ? state.pending : null;
    if (pending && turn.speaker !== pending.turn.speaker && takesFloor(a)) {
      findings.push(
        makeSignal('inclusion-prompt', {
          anchor: pending.turn,
          speaker: pending.turn.speaker,
          target: turn.speaker,
          confidence: 0.7 + (pending.hit.entry.weight ?? 0) * 0.2,
          evidence: [cue(pending.turn, pending.hit.text), cue(turn)],
          rule: `inclusion-prompt:${pending.hit.entry.id}>taken-up`,
        }),
      );
      pending = null;
    }
    const questions = classifyQuestions(a);
    const hit = findAll(a, INCLUSION_PROMPTS).find((h) => isRealQuestion(questions[h.sentence]?.kind ?? 'none') || (h.entry.weight ?? 0) >= 1);
    if (hit) pending = { turn, hit };
    return [{ pending }, findings];
  },
});
