/**
 * How long calls are kept: N days, forever, or nothing beyond the life of the tab that made them.
 * Pure: the background (utils/retention.ts) and the history page both enforce it.
 */

export type RetentionPolicy = { kind: 'days'; days: number } | { kind: 'forever' } | { kind: 'nothing' };

export const RETENTION_DAY_CHOICES = [1, 7, 30, 90, 365] as const;
export const DEFAULT_RETENTION: RetentionPolicy = { kind: 'days', days: 90 };
const MAX_DAYS = 3650;
const DAY_MS = 86_400_000;

/** A stored or submitted value as a policy; anything unreadable falls back to the default. */
export function readRetention(value: unknown): RetentionPolicy {
  if (typeof value !== 'object' || value === null) return DEFAULT_RETENTION;
  const raw = value as Record<string, unknown>;
  if (raw.kind === 'forever') return { kind: 'forever' };
  if (raw.kind === 'nothing') return { kind: 'nothing' };
  if (
    raw.kind === 'days' &&
    typeof raw.days === 'number' &&
    Number.isInteger(raw.days) &&
    raw.days >= 1 &&
    raw.days <= MAX_DAYS
  ) {
    return { kind: 'days', days: raw.days };
  }
  return DEFAULT_RETENTION;
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
