/**
 * The four-stage view (inclusion, learner, contributor, challenger safety), read from findings as
 * docs/flags.md (The four stages) says: each stage is supported by its positive signals and undermined
 * by the red flags that threaten it.
 */
import { type Finding, type FlagType, type SignalType, type Stage, STAGES } from './types.ts';

/**
 * - `unknown`: nothing in the call bears on this stage yet;
 * - `building`: some support, or support that outweighs what threatened it;
 * - `supported`: clear support and nothing, or little, against it;
 * - `at-risk`: threats outweigh support.
 */
export type StageLevel = 'unknown' | 'building' | 'supported' | 'at-risk';

export interface StageEvidence {
  /** The finding's id. */
  id: string;
  kind: 'flag' | 'signal';
  type: FlagType | SignalType;
  at: number;
  speaker: string;
  effect: 'supports' | 'threatens';
}

export interface StageReading {
  level: StageLevel;
  /** Sum of the confidences of the supporting signals. */
  support: number;
  /** Sum of the confidences of the threatening flags. */
  threat: number;
  /** The findings that moved the level, in the order they came. */
  evidence: StageEvidence[];
}

export type StageView = Record<Stage, StageReading>;

/** Which findings bear on which stage: data, so the mapping can be tuned without code. */
export const STAGE_RULES: Record<Stage, { supports: readonly SignalType[]; threats: readonly FlagType[] }> = {
  inclusion: { supports: ['inclusion-prompt'], threats: ['interruption', 'talk-dominance'] },
  learner: {
    supports: ['clarification-invited', 'vulnerability-modeled', 'mistake-reframed'],
    threats: ['skeptical-response', 'unanswered-question'],
  },
  contributor: { supports: ['idea-offered'], threats: ['dismissed-objection'] },
  challenger: { supports: ['respectful-challenge'], threats: ['dismissed-objection'] },
};

export const STAGE_LEVELS = {
  // A red flag costs more than one signal earns: one slight outweighs one kind word.
  threatWeight: 1.5,
  /** Net support (support − weighted threat) from which a stage counts as supported. */
  supportedAt: 1.5,
} as const;

export function levelOf(reading: Pick<StageReading, 'support' | 'threat' | 'evidence'>): StageLevel {
  if (reading.evidence.length === 0) return 'unknown';
  const net = reading.support - STAGE_LEVELS.threatWeight * reading.threat;
  if (net < 0) return 'at-risk';
  return net >= STAGE_LEVELS.supportedAt ? 'supported' : 'building';
}

/** Keeps the stage view up to date one finding at a time. */
export class StageTracker {
  private readonly readings = new Map<Stage, StageReading>(
    STAGES.map((stage) => [stage, { level: 'unknown', support: 0, threat: 0, evidence: [] }]),
  );

  add(finding: Finding): void {
    for (const stage of STAGES) {
      const rules = STAGE_RULES[stage];
      const reading = this.readings.get(stage)!;
      let effect: StageEvidence['effect'] | null = null;
      if (finding.kind === 'signal' && rules.supports.includes(finding.type)) {
        effect = 'supports';
        reading.support += finding.confidence;
      } else if (finding.kind === 'flag' && rules.threats.includes(finding.type)) {
        effect = 'threatens';
        reading.threat += finding.confidence;
      }
      if (effect === null) continue;
      reading.evidence.push({
        id: finding.id,
        kind: finding.kind,
        type: finding.type,
        at: finding.at,
        speaker: finding.speaker,
        effect,
      });
      reading.level = levelOf(reading);
    }
  }

  view(): StageView {
    const view = {} as StageView;
    for (const stage of STAGES) {
      const r = this.readings.get(stage)!;
      view[stage] = { level: r.level, support: round2(r.support), threat: round2(r.threat), evidence: [...r.evidence] };
    }
    return view;
  }
}

/** The stage view of a finished list of findings. */
export function readStages(findings: readonly Finding[]): StageView {
  const tracker = new StageTracker();
  for (const finding of findings) tracker.add(finding);
  return tracker.view();
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
