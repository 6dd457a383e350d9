/**
 * Enforces the user's retention policy on stored calls. The policy lives in the store's settings
 * (lib/debrief/retention-policy.ts decides what expires); the background calls these on start and when
 * a tab closes, and the history page applies a changed policy at once with `enforceRetention`.
 */
import { browser } from 'wxt/browser';
import { isExpired, type RetentionPolicy } from '../lib/debrief/retention-policy.ts';
import type { SessionStore } from './session-store.ts';

/** Deletes every session the policy no longer allows; returns their ids. */
export async function enforceRetention(
  store: Pick<SessionStore, 'list' | 'deleteMany'>,
  policy: RetentionPolicy,
  now: number,
  openTabs?: ReadonlySet<number>,
): Promise<string[]> {
  const sessions = await store.list();
  return store.deleteMany(
    sessions.filter((session) => isExpired(session, policy, now, openTabs)).map((session) => session.id),
  );
}

/** The ids of the tabs open right now, or undefined when they cannot be read. */
export async function openTabIds(): Promise<Set<number> | undefined> {
  try {
    const tabs = await browser.tabs.query({});
    return new Set(tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
  } catch {
    return undefined;
  }
}

/** On service-worker start: drops what expired while the browser was closed or the worker asleep. */
export async function retainOnStart(store: SessionStore, now = Date.now()): Promise<string[]> {
  const policy = await store.retention();
  return enforceRetention(store, policy, now, policy.kind === 'nothing' ? await openTabIds() : undefined);
}

/** A tab closed: under "store nothing", its calls go with it. */
export async function retainOnTabClosed(store: SessionStore, tabId: number): Promise<string[]> {
  const policy = await store.retention();
  if (policy.kind !== 'nothing') return [];
  const sessions = await store.list();
  return store.deleteMany(sessions.filter((session) => session.tabId === tabId).map((session) => session.id));
}
