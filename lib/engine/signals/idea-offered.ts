import { defineDetector } from '../types.ts';
import { analyse, findAll } from '../../nlp/index.ts';
import { cue, makeSignal } from '../findings.ts';
import { IDEA_FRAMES } from '../../nlp/lexicons/signals.ts';

/** A proposal framed as an experiment ("what if we tried…", "one idea is…"). */
export const ideaOfferedSignal = defineDetector<null>({
  id: 'idea-offered',
  needsEnglish: true,
  init: () => null,
  step(state, turn) {
    const hit = findAll(analyse(turn.text), IDEA_FRAMES)[0];
    if (!hit) return [state, []];
    return [
      state,
      [
        makeSignal('idea-offered', {
          anchor: turn,
          speaker: turn.speaker,
          target: null,
          confidence: 0.6 + (hit.entry.weight ?? 0) * 0.3,
          evidence: [cue(turn, hit.text)],
          rule: `idea-offered:${hit.entry.id}`,
        }),
      ],
    ];
  },
});
