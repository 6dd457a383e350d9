/**
 * The shipped scorers: weights written by `npm run train` (tests/learn/train.ts), loaded once.
 */
import type { Scorers } from '../judge.ts';
import { createScorer, type ModelData } from '../../learn/model.ts';
import dismissedObjection from './dismissed-objection.json' with { type: 'json' };
import interruption from './interruption.json' with { type: 'json' };
import skepticalResponse from './skeptical-response.json' with { type: 'json' };
import unansweredQuestion from './unanswered-question.json' with { type: 'json' };

export const SHIPPED_MODELS: readonly ModelData[] = [
  interruption,
  dismissedObjection,
  unansweredQuestion,
  skepticalResponse,
] as ModelData[];

export const SHIPPED_SCORERS: Scorers = {
  interruption: createScorer(interruption as ModelData),
  'dismissed-objection': createScorer(dismissedObjection as ModelData),
  'unanswered-question': createScorer(unansweredQuestion as ModelData),
  'skeptical-response': createScorer(skepticalResponse as ModelData),
};
