import type { Detector } from '../types.ts';
import { clarificationInvitedSignal } from './clarification-invited.ts';
import { ideaOfferedSignal } from './idea-offered.ts';
import { inclusionPromptSignal } from './inclusion-prompt.ts';
import { mistakeReframedSignal } from './mistake-reframed.ts';
import { respectfulChallengeSignal } from './respectful-challenge.ts';
import { vulnerabilityModeledSignal } from './vulnerability-modeled.ts';

/** The positive-signal detectors, one per SIGNAL_TYPES entry, in that order. */
export const SIGNAL_DETECTORS: Detector[] = [
  inclusionPromptSignal,
  vulnerabilityModeledSignal,
  clarificationInvitedSignal,
  mistakeReframedSignal,
  ideaOfferedSignal,
  respectfulChallengeSignal,
] as Detector[];

export {
  clarificationInvitedSignal,
  ideaOfferedSignal,
  inclusionPromptSignal,
  mistakeReframedSignal,
  respectfulChallengeSignal,
  vulnerabilityModeledSignal,
};
