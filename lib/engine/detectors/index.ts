/**
 * The ordered detector registry: reading this file shows the whole engine. The engine steps the
 * detectors in this order at each cue, so findings made at the same cue keep this order.
 *
 * Adding a detector = its file + its test + one line here.
 */
import { SIGNAL_DETECTORS } from '../signals/index.ts';
import type { Detector } from '../types.ts';
import { dismissedObjectionDetector } from './dismissed-objection.ts';
import { interruptionDetector } from './interruption.ts';
import { monologueDetector } from './monologue.ts';
import { skepticalResponseDetector } from './skeptical-response.ts';
import { talkDominanceDetector } from './talk-dominance.ts';
import { unansweredQuestionDetector } from './unanswered-question.ts';

export const DETECTORS: readonly Detector[] = [
  // Deterministic, language-neutral: counts and times only.
  monologueDetector,
  talkDominanceDetector,

  // Language detectors (needsEnglish: true): English cue phrases read through lib/nlp.
  interruptionDetector,
  dismissedObjectionDetector,
  unansweredQuestionDetector,
  skepticalResponseDetector,

  // Positive signals, which feed the four-stage view and the debrief (never nudges).
  ...SIGNAL_DETECTORS,
];
