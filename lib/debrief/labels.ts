/** Plain-language names for the engine's findings and stages, in Candor's own words. */
import type { FlagType, SignalType, Stage } from '../engine/types.ts';
import type { StageLevel } from '../engine/stages.ts';

export const FLAG_LABELS: Record<FlagType, string> = {
  interruption: 'Cut in mid-sentence',
  'dismissed-objection': 'Concern brushed aside',
  'unanswered-question': 'Question left hanging',
  monologue: 'Long one-way stretch',
  'skeptical-response': 'Honesty met with doubt',
  'talk-dominance': 'One voice took over',
};

export const SIGNAL_LABELS: Record<SignalType, string> = {
  'inclusion-prompt': 'Invited a personal view',
  'vulnerability-modeled': 'Named an open problem',
  'clarification-invited': 'Made room for questions',
  'mistake-reframed': 'Met a gap with curiosity',
  'idea-offered': 'Floated an idea to try',
  'respectful-challenge': 'Disagreed, and was heard',
};

export const STAGE_LABELS: Record<Stage, { name: string; question: string }> = {
  inclusion: { name: 'Inclusion', question: 'Did everyone seem welcome in the conversation?' },
  learner: { name: 'Learner', question: 'Was it safe to ask, and to not know?' },
  contributor: { name: 'Contributor', question: 'Were ideas and concerns taken up?' },
  challenger: { name: 'Challenger', question: 'Could someone disagree without paying for it?' },
};

export const LEVEL_LABELS: Record<StageLevel, string> = {
  unknown: 'Not enough to go on',
  building: 'Building',
  supported: 'Well supported',
  'at-risk': 'At risk',
};
