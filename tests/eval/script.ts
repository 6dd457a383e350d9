import type { Candidate, Scorers } from '../../lib/engine/judge.ts';
import type { Detector, Finding, Perspective } from '../../lib/engine/types.ts';
import type { Features } from '../../lib/learn/features.ts';
import type { Scorer } from '../../lib/learn/model.ts';
import { stripPunctuation } from '../../lib/nlp/normalise.ts';
import type { EvalConversation } from '../corpus/types.ts';
import { cueIndex, runEngine } from './runner.ts';

/**
 * Short conversations for table-driven tests, one line per cue: `Speaker: text`. Timing follows speech
 * (2.5 words a second, 0.35 s gaps) unless the line says otherwise:
 *   `>Speaker: …`  starts 0.6 s before the previous cue ends (cuts in);
 *   `~Speaker: …`  a backchannel inside the previous cue;
 *   `+40 Speaker: …` starts 40 s after the previous cue ends.
 */
export function script(
  lines: readonly string[],
  options: { stripped?: boolean; perspective?: Perspective } = {},
): EvalConversation {
  const cues: EvalConversation['cues'] = [];
  let t = 1;
  let main: { start: number; end: number } | null = null;
  for (const line of lines) {
    const m = /^([>~]?)(?:\+(\d+(?:\.\d+)?) )?([^:]+): (.*)$/.exec(line);
    if (!m) throw new Error(`bad script line: ${line}`);
    const [, mark, gap, speaker, rawText] = m;
    const text = options.stripped ? stripPunctuation(rawText!) : rawText!;
    const words = rawText!.split(/\s+/).filter(Boolean).length;
    const duration = Math.max(0.6, words / 2.5 + 0.4);
    let start: number;
    if (mark === '>' && main) start = main.end - 0.6;
    else if (mark === '~' && main) start = main.start + 0.55 * (main.end - main.start);
    else start = t + (gap ? Number(gap) : 0.35);
    const cue = { speaker: speaker!.trim(), text, start: round(start), end: round(start + duration) };
    cues.push(cue);
    if (mark !== '~') main = cue;
    t = Math.max(t, cue.end);
  }
  cues.sort((a, b) => a.start - b.start);
  return {
    id: 'script',
    source: 'project',
    group: 'script',
    split: 'dev',
    labelled: [],
    perspective: options.perspective ?? {},
    cues,
    hours: t / 3600,
    gold: {},
    ignore: {},
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** The findings one detector makes on a script, with the index of each anchor cue. */
export function findingsOf(
  detector: Detector,
  conv: EvalConversation,
  scorers?: Scorers,
): (Finding & { index: number })[] {
  return runEngine(conv, { detectors: [detector], ...(scorers ? { scorers } : {}) }).findings.map((f) => ({
    ...f,
    index: cueIndex(f.anchor),
  }));
}

/**
 * A stand-in scorer that says yes exactly when `yes(features)` holds, so a test can check a detector's
 * structure (which candidates, anchored where, with which evidence) apart from what the weights learned.
 */
export function stubScorer(name: string, yes: (features: Features) => boolean): Scorer {
  return {
    name,
    thresholdFor: () => 0.5,
    logit: (features) => (yes(features) ? 5 : -5),
    probability: (features) => (yes(features) ? 0.9 : 0.1),
    strongest: (features) => (yes(features) ? ['stub'] : []),
  };
}

/** Every candidate a detector judges on a script, in order. */
export function candidatesOf(detector: Detector, conv: EvalConversation): Candidate[] {
  const seen: Candidate[] = [];
  runEngine(conv, { detectors: [detector], scorers: {}, onCandidate: (c) => seen.push(c) });
  return seen;
}
