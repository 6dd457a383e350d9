/**
 * The five-indicator checklist: authenticity, risk-taking, open dialogue, respect for input and
 * outcomes. Each indicator is defined from the engine's signals and flags plus the repairs, as data:
 *
 * - the signals that show it, and the repairs that mend a flag against it, are its supporting moments;
 * - the flags that undermine it count against it unless they were repaired.
 *
 * An indicator is present when at least one moment shows it and nothing that undermined it was left
 * unmended: one kind word does not cancel a put-down that was never taken back.
 */
import type { Flag, FlagType, Signal, SignalType } from '../engine/types.ts';
import { FLAG_LABELS, SIGNAL_LABELS } from '../labels.ts';
import type { Repair } from './repairs.ts';

export const INDICATOR_IDS = ['authenticity', 'risk-taking', 'open-dialogue', 'respect-for-input', 'outcomes'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export interface IndicatorDefinition {
  id: IndicatorId;
  name: string;
  /** What the indicator asks of the call, in our words. */
  question: string;
  shownBy: readonly SignalType[];
  underminedBy: readonly FlagType[];
  /** Outcomes: every repair shows it, whatever the flag was. */
  anyRepairShows?: boolean;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'authenticity',
    name: 'Authenticity',
    question: 'Could people talk as themselves rather than perform?',
    shownBy: ['inclusion-prompt', 'vulnerability-modeled'],
    underminedBy: ['skeptical-response'],
  },
  {
    id: 'risk-taking',
    name: 'Risk-taking',
    question: 'Was it safe to admit a gap, float an idea or push back?',
    shownBy: ['mistake-reframed', 'idea-offered', 'respectful-challenge'],
    underminedBy: ['skeptical-response', 'dismissed-objection'],
  },
  {
    id: 'open-dialogue',
    name: 'Open dialogue',
    question: 'Did the talk go both ways, with questions welcome?',
    shownBy: ['clarification-invited', 'inclusion-prompt'],
    underminedBy: ['interruption', 'monologue', 'talk-dominance', 'unanswered-question'],
  },
  {
    id: 'respect-for-input',
    name: 'Respect for input',
    question: 'Were concerns, questions and disagreement taken up instead of brushed off?',
    shownBy: ['respectful-challenge', 'mistake-reframed'],
    underminedBy: ['dismissed-objection', 'interruption', 'unanswered-question'],
  },
  {
    id: 'outcomes',
    name: 'Outcomes',
    question: 'Did the call end with questions answered, concerns dealt with and something to try?',
    shownBy: ['idea-offered'],
    underminedBy: ['unanswered-question', 'dismissed-objection'],
    anyRepairShows: true,
  },
];

export interface IndicatorMoment {
  /** `shows`: a signal or a repair; `undermines`: a flag nobody mended; `mended`: a flag that was mended. */
  effect: 'shows' | 'undermines' | 'mended';
  /** The finding's id, or the repaired flag's id for a repair. */
  id: string;
  at: number;
  speaker: string;
  label: string;
  /** The cue's words. */
  text: string;
}

export interface IndicatorReading {
  id: IndicatorId;
  name: string;
  question: string;
  present: boolean;
  /** In call order. */
  moments: IndicatorMoment[];
}

export function readChecklist(
  flags: readonly Flag[],
  signals: readonly Signal[],
  repairs: readonly Repair[],
): IndicatorReading[] {
  const repairOf = new Map(repairs.map((repair) => [repair.flag, repair]));
  return INDICATORS.map((indicator) => {
    const moments: IndicatorMoment[] = [];
    for (const signal of signals) {
      if (!indicator.shownBy.includes(signal.type)) continue;
      moments.push({
        effect: 'shows',
        id: signal.id,
        at: signal.at,
        speaker: signal.speaker,
        label: SIGNAL_LABELS[signal.type],
        text: anchorText(signal),
      });
    }
    for (const repair of repairs) {
      if (!indicator.anyRepairShows && !indicator.underminedBy.includes(repair.flagType)) continue;
      moments.push({
        effect: 'shows',
        id: `repair:${repair.flag}`,
        at: repair.at,
        speaker: repair.speaker,
        label: `Mended: ${FLAG_LABELS[repair.flagType].toLowerCase()}`,
        text: repair.text,
      });
    }
    for (const flag of flags) {
      if (!indicator.underminedBy.includes(flag.type)) continue;
      const effect = repairOf.has(flag.id) ? 'mended' : 'undermines';
      moments.push({
        effect,
        id: flag.id,
        at: flag.at,
        speaker: flag.speaker,
        label: FLAG_LABELS[flag.type],
        text: anchorText(flag),
      });
    }
    moments.sort((a, b) => a.at - b.at);
    const shows = moments.some((m) => m.effect === 'shows');
    const undermined = moments.some((m) => m.effect === 'undermines');
    return {
      id: indicator.id,
      name: indicator.name,
      question: indicator.question,
      present: shows && !undermined,
      moments,
    };
  });
}

function anchorText(finding: Flag | Signal): string {
  return finding.evidence.find((e) => e.cue === finding.anchor)?.text ?? finding.evidence[0]?.text ?? '';
}
