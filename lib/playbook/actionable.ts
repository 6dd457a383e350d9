/**
 * Which red flags each role can act on, and from which side. A flag has a `speaker` (who did it) and
 * a `target` (who it happened to); a nudge is only worth showing when the user is on the side that can
 * do something about it (docs/design.md, Precision first, rule 5: only what the user can act on).
 */
import type { FlagType, Role } from '../engine/types.ts';

/** `speaker`: the user did it and can repair it. `target`: it happened to the user, who can respond. */
export type ActingSide = 'speaker' | 'target';

export const ACTIONABLE: Readonly<Record<Role, Readonly<Partial<Record<FlagType, ActingSide>>>>> = {
  // The side holding the power repairs its own moves, and answers what was asked of it.
  interviewer: {
    interruption: 'speaker',
    'dismissed-objection': 'speaker',
    'unanswered-question': 'target',
    monologue: 'speaker',
    'skeptical-response': 'speaker',
    'talk-dominance': 'speaker',
  },
  host: {
    interruption: 'speaker',
    'dismissed-objection': 'speaker',
    'unanswered-question': 'target',
    monologue: 'speaker',
    'skeptical-response': 'speaker',
    'talk-dominance': 'speaker',
  },
  // Candidates get behaviour scripts for moments done to them; their own delivery is never judged
  // (docs/design.md: Coaching, not cheating).
  candidate: { interruption: 'target', 'skeptical-response': 'target', 'unanswered-question': 'speaker' },
  applicant: { interruption: 'target', 'skeptical-response': 'target', 'unanswered-question': 'speaker' },
  // A rep's skeptical reply is not a sales flag in docs/flags.md's sense (no admitted gap to meet).
  'sales-rep': {
    interruption: 'speaker',
    'dismissed-objection': 'speaker',
    'unanswered-question': 'target',
    monologue: 'speaker',
    'talk-dominance': 'speaker',
  },
  buyer: { 'unanswered-question': 'speaker' },
};

/** The side from which `role` can act on `type`, or null when the role has nothing to do about it. */
export function actingSide(type: FlagType, role: Role): ActingSide | null {
  return ACTIONABLE[role][type] ?? null;
}

/** Every (flag, role) pair someone can act on: the playbook must cover each one. */
export function actionablePairs(): { type: FlagType; role: Role; side: ActingSide }[] {
  const pairs: { type: FlagType; role: Role; side: ActingSide }[] = [];
  for (const [role, flags] of Object.entries(ACTIONABLE) as [Role, Partial<Record<FlagType, ActingSide>>][]) {
    for (const [type, side] of Object.entries(flags) as [FlagType, ActingSide][]) pairs.push({ type, role, side });
  }
  return pairs;
}
