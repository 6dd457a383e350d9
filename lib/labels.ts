/**
 * The one place that names the engine's identifiers for people: the tip, the transcript, the debrief,
 * the playbook, the options page and the exports all read these, so one moment has one name. Labels
 * name what happened, never what someone is.
 */
import type { StageLevel } from './engine/stages.ts';
import type { FlagType, Role, SignalType, Stage } from './engine/types.ts';

export const FLAG_LABELS: Record<FlagType, string> = {
  interruption: 'Cut off mid-sentence',
  'dismissed-objection': 'Concern brushed aside',
  'unanswered-question': 'Question left unanswered',
  monologue: 'Long stretch of talk',
  'skeptical-response': 'Honesty met with doubt',
  'talk-dominance': 'One voice took over',
};

export const SIGNAL_LABELS: Record<SignalType, string> = {
  'inclusion-prompt': 'Invited a view',
  'vulnerability-modeled': 'Named an open problem',
  'clarification-invited': 'Made room for questions',
  'mistake-reframed': 'Met a gap with curiosity',
  'idea-offered': 'Offered an idea to try',
  'respectful-challenge': 'Disagreed respectfully',
};

/** The four stages, with the question each asks of a call while it runs. */
export const STAGE_LABELS: Record<Stage, { name: string; question: string }> = {
  inclusion: { name: 'Inclusion', question: 'Does everyone feel they belong in this conversation?' },
  learner: { name: 'Learner', question: 'Is it safe to ask, and to say "I don\'t know"?' },
  contributor: { name: 'Contributor', question: 'Are ideas and concerns taken up?' },
  challenger: { name: 'Challenger', question: 'Can people disagree without a cost?' },
};

/** The debrief looks back on a finished call, so it asks the same questions in the past tense. */
export const DEBRIEF_STAGE_QUESTIONS: Record<Stage, string> = {
  inclusion: 'Did everyone seem welcome in the conversation?',
  learner: 'Was it safe to ask, and to not know?',
  contributor: 'Were ideas and concerns taken up?',
  challenger: 'Could someone disagree without paying for it?',
};

export const LEVEL_LABELS: Record<StageLevel, string> = {
  unknown: 'Not enough to judge yet',
  building: 'Building',
  supported: 'Well supported',
  'at-risk': 'At risk',
};

/** Role names: headings, anonymised speakers ("Interviewer 2"). */
export const ROLE_NAMES: Record<Role, string> = {
  interviewer: 'Interviewer',
  candidate: 'Candidate',
  'sales-rep': 'Sales rep',
  buyer: 'Buyer',
  host: 'Host',
  applicant: 'Applicant',
};

/** Role names for menus, with a hint where the name alone is vague. */
export const ROLE_LABELS: Record<Role, string> = {
  ...ROLE_NAMES,
  host: `${ROLE_NAMES.host} (panel, admissions, meeting)`,
  applicant: `${ROLE_NAMES.applicant} (admissions, scholarship)`,
};

/** A role inside a sentence: "a sales rep". */
export function roleNoun(role: Role): string {
  return ROLE_NAMES[role].toLowerCase();
}

export function findingLabel(type: FlagType | SignalType): string {
  return (FLAG_LABELS as Record<string, string>)[type] ?? (SIGNAL_LABELS as Record<string, string>)[type] ?? type;
}

/** A flag's label quoted inside a sentence: “Cut off mid-sentence”. */
export function flagWords(type: FlagType): string {
  return `“${FLAG_LABELS[type]}”`;
}

/** How long ago a moment was, for a live card: "just now", "1 min ago", "4 min ago". */
export function agoText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 45) return 'just now';
  return `${Math.max(1, Math.round(s / 60))} min ago`;
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

// Marks that reorder the text around them: LRM, RLM, ALM, the embeddings and overrides, the isolates.
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name from a call, fit to show: invisible direction controls are spelled out ("[U+202E]") so a
 * display name cannot silently reverse what follows it. The caller still isolates it (`<bdi>`).
 */
export function speakerName(name: string): string {
  const shown = name.replace(
    BIDI_CONTROLS,
    (mark) => `[U+${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
  return shown.trim() === '' ? 'Unknown speaker' : shown;
}
