/**
 * How long calls are kept: N days, forever, or nothing beyond the life of the tab that made them.
 * Pure: the background (utils/retention.ts) and the history page both enforce it.
 */
import * as v from 'valibot';

export type RetentionPolicy = { kind: 'days'; days: number } | { kind: 'forever' } | { kind: 'nothing' };

export const RETENTION_DAY_CHOICES = [1, 7, 30, 90, 365] as const;
export const DEFAULT_RETENTION: RetentionPolicy = { kind: 'days', days: 90 };
const MAX_DAYS = 3650;
const DAY_MS = 86_400_000;

export const RetentionSchema = v.variant('kind', [
  v.object({ kind: v.literal('days'), days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DAYS)) }),
  v.object({ kind: v.literal('forever') }),
  v.object({ kind: v.literal('nothing') }),
]);

/** A stored or submitted value as a policy; anything unreadable falls back to the default. */
export function readRetention(value: unknown): RetentionPolicy {
  const result = v.safeParse(RetentionSchema, value);
  return result.success ? result.output : DEFAULT_RETENTION;
}

export interface RetainedSession {
  id: string;
  tabId: number;
  updatedAt: number;
}

/**
 * Whether a call must go now. `openTabs` lists the tabs still open: under "nothing" a call lives only
 * while its tab does (pass undefined when the tabs are unknown, and nothing is removed for that reason).
 */
export function isExpired(
  session: RetainedSession,
  policy: RetentionPolicy,
  now: number,
  openTabs?: ReadonlySet<number>,
): boolean {
  switch (policy.kind) {
    case 'forever':
      return false;
    case 'days':
      return now - session.updatedAt > policy.days * DAY_MS;
    case 'nothing':
      return openTabs !== undefined && !openTabs.has(session.tabId);
  }
}

export function describeRetention(policy: RetentionPolicy): string {
  switch (policy.kind) {
    case 'forever':
      return 'Calls are kept until you delete them.';
    case 'days':
      return `Calls are deleted ${policy.days === 1 ? 'a day' : `${policy.days} days`} after they end.`;
    case 'nothing':
      return 'Nothing is kept: a call is deleted as soon as its tab closes.';
  }
}
