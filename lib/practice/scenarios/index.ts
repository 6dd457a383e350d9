/** The built-in practice conversations, in the order the practice page lists them. */
import type { Scenario } from '../types.ts';
import { admissionsNursing } from './admissions-nursing.ts';
import { interviewGood } from './interview-good.ts';
import { interviewRough } from './interview-rough.ts';
import { panelPlatform } from './panel-platform.ts';
import { salesConsultative } from './sales-consultative.ts';
import { salesPushy } from './sales-pushy.ts';

export const SCENARIOS: readonly Scenario[] = [
  interviewRough,
  interviewGood,
  salesPushy,
  salesConsultative,
  admissionsNursing,
  panelPlatform,
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
