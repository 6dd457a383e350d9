/**
 * Plain words for the engine's identifiers, shared by the panel components and the options page.
 * They name what happened, never what someone is (docs/design.md: Observe, do not judge).
 */
import type { StageLevel } from '../lib/engine/stages.ts';
import type { FlagType, Role, SignalType, Stage } from '../lib/engine/types.ts';

export const FLAG_LABELS: Record<FlagType, string> = {
  interruption: 'Interruption',
  'dismissed-objection': 'Concern brushed aside',
  'unanswered-question': 'Question left open',
  monologue: 'Long stretch of talk',
  'skeptical-response': 'Doubt at an admission',
  'talk-dominance': 'One side doing most of the talk',
};

export const SIGNAL_LABELS: Record<SignalType, string> = {
  'inclusion-prompt': 'Invitation to share a view',
  'vulnerability-modeled': 'Uncertainty named openly',
  'clarification-invited': 'Clarifying question',
  'mistake-reframed': 'Mistake met with curiosity',
  'idea-offered': 'Idea offered to try',
  'respectful-challenge': 'Respectful disagreement',
};

export const STAGE_LABELS: Record<Stage, { name: string; question: string }> = {
  inclusion: { name: 'Inclusion', question: 'Does everyone feel they belong in this conversation?' },
  learner: { name: 'Learner', question: 'Is it safe to ask, and to say "I don\'t know"?' },
  contributor: { name: 'Contributor', question: 'Are ideas and concerns taken up?' },
  challenger: { name: 'Challenger', question: 'Can people disagree without a cost?' },
};

export const LEVEL_LABELS: Record<StageLevel, string> = {
  unknown: 'No signs yet',
  building: 'Building',
  supported: 'Supported',
  'at-risk': 'At risk',
};

export const ROLE_LABELS: Record<Role, string> = {
  interviewer: 'Interviewer',
  candidate: 'Candidate',
  'sales-rep': 'Sales rep',
  buyer: 'Buyer',
  host: 'Host (panel, admissions, meeting)',
  applicant: 'Applicant (admissions, scholarship)',
};

export function findingLabel(type: FlagType | SignalType): string {
  return (FLAG_LABELS as Record<string, string>)[type] ?? (SIGNAL_LABELS as Record<string, string>)[type] ?? type;
}

/**
 * Transcript markers for flags, keyed by anchor cue (TranscriptView's `highlights`). Two flags on one
 * line share its marker.
 */
export function flagHighlights(
  flags: readonly { anchor: string; type: FlagType }[],
): Record<string, { type: string; label: string }> {
  const marks: Record<string, { type: string; label: string }> = {};
  for (const flag of flags) {
    const before = marks[flag.anchor];
    const label = FLAG_LABELS[flag.type];
    marks[flag.anchor] =
      before === undefined
        ? { type: flag.type, label }
        : { type: `${before.type} ${flag.type}`, label: `${before.label}; ${label}` };
  }
  return marks;
}
