import type { Detector } from '../../lib/engine/types.ts';
import { dismissedObjectionDetector } from '../../lib/engine/detectors/dismissed-objection.ts';
import { interruptionDetector } from '../../lib/engine/detectors/interruption.ts';
import { skepticalResponseDetector } from '../../lib/engine/detectors/skeptical-response.ts';
import { unansweredQuestionDetector } from '../../lib/engine/detectors/unanswered-question.ts';

/** The four language flag detectors this evaluation covers when it runs them without the engine. */
export const LANGUAGE_DETECTORS: Detector[] = [
  interruptionDetector,
  dismissedObjectionDetector,
  unansweredQuestionDetector,
  skepticalResponseDetector,
] as Detector[];
