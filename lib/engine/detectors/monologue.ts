/**
 * monologue (docs/flags.md): one speaker holds the floor, with no real turn from anyone else, for more
 * than 90 seconds, or about 225 words when the transcript has no real timings. Fires once per run,
 * as soon as the run crosses the limit, anchored to the run's first cue.
 */
import { cue, makeFlag } from '../findings.ts';
import { MONOLOGUE } from '../roles.ts';
import { type FloorRun, nextRun, runSeconds } from '../runs.ts';
import { countWords } from '../text.ts';
import { defineDetector, type EngineContext } from '../types.ts';

export interface MonologueState {
  run: FloorRun | null;
  /** The first cue of the run already flagged, so a run is flagged once. */
  flagged: string | null;
}

interface Verdict {
  rule: string;
  confidence: number;
}

function judge(run: FloorRun, ctx: EngineContext): Verdict | null {
  // Zero-length cues carry no timing either: fall back to words, as for a transcript without times.
  const byWords = ctx.timings === 'estimated' || run.talk <= 0;
  if (byWords) {
    return run.words > MONOLOGUE.words ? { rule: 'monologue/over-225-words', confidence: 0.85 } : null;
  }
  return runSeconds(run) > MONOLOGUE.seconds ? { rule: 'monologue/over-90-seconds', confidence: 0.95 } : null;
}

export const monologueDetector = defineDetector<MonologueState>({
  id: 'monologue',
  needsEnglish: false,
  init: () => ({ run: null, flagged: null }),
  step(state, turn, ctx) {
    const run = nextRun(state.run, turn, countWords(turn.text));
    // Speaker attribution is this flag's only error source: abstain on unlabelled cues (docs/design.md).
    const verdict = run.speaker !== '' && run.first.id !== state.flagged ? judge(run, ctx) : null;
    if (verdict === null) return [{ run, flagged: state.flagged }, []];
    const evidence = [cue(run.first)];
    if (run.last !== run.first) evidence.push(cue(run.last));
    const flag = makeFlag('monologue', {
      anchor: run.first,
      speaker: run.speaker,
      target: null,
      confidence: verdict.confidence,
      evidence,
      rule: verdict.rule,
    });
    return [{ run, flagged: run.first.id }, [flag]];
  },
});
