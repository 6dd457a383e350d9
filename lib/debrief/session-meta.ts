/**
 * What Candor keeps about a call beyond its caption log: a title, the user's role, a reflection and a
 * cached summary for the history list. Stored on the session record; the background's own fields
 * (SessionRecord) are never changed by these.
 */
import type { Platform } from '../capture/types.ts';
import type { Role } from '../engine/types.ts';
import type { SessionRecord } from '../session/call-session.ts';
import type { Reflection } from './reflection.ts';

/** A summary of the rebuilt call, so the history list need not replay every call to show it. */
export interface SessionDigest {
  utterances: number;
  speakers: string[];
  /** Call seconds. */
  duration: number;
  flags: number;
  signals: number;
  repairs: number;
  /** The record's `updatedAt` the digest was built from: a newer record makes it stale. */
  builtFrom: number;
}

export interface SessionAnnotations {
  title?: string;
  /** The user's role in the call, for role labels in a shared debrief. */
  myRole?: Role;
  /** Known role labels per speaker (a practice scenario knows them). */
  roles?: Record<string, string>;
  practice?: { scenarioId?: string; source: 'scenario' | 'file' };
  imported?: { at: number; fileName?: string; platform?: Platform };
  reflection?: Reflection;
  digest?: SessionDigest;
}

export type StoredSession = SessionRecord & SessionAnnotations;

export const ANNOTATION_KEYS = [
  'title',
  'myRole',
  'roles',
  'practice',
  'imported',
  'reflection',
  'digest',
] as const satisfies ReadonlyArray<keyof SessionAnnotations>;

const PLATFORM_NAMES: Record<Platform, string> = {
  meet: 'Google Meet call',
  zoom: 'Zoom call',
  teams: 'Microsoft Teams call',
  practice: 'Practice run',
};

export function platformName(session: Pick<StoredSession, 'platform' | 'imported'>): string {
  return session.imported ? 'Imported call' : PLATFORM_NAMES[session.platform];
}

export function titleOf(session: StoredSession): string {
  const title = session.title?.trim();
  if (title) return title;
  return `${platformName(session)}, ${formatDate(session.startedAt)}`;
}

/** "3 March 2025, 14:05" in English, so titles and searches do not depend on the browser's language. */
export function formatDate(epochMs: number): string {
  const d = new Date(epochMs);
  const month = MONTHS[d.getMonth()]!;
  return `${d.getDate()} ${month} ${d.getFullYear()}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** yyyy-mm-dd in local time. */
export function isoDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
