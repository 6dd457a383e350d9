/** Searching the history list by name, date or words said. Pure; the text hits come from the store. */
import { formatDate, isoDay, platformName, titleOf, type StoredSession } from './session-meta.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Folds case and accents, so "zoe" finds "Zoë". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The names and dates a query can match without reading the transcript. */
export function searchableFields(session: StoredSession): string[] {
  const started = session.startedAt;
  return [
    titleOf(session),
    platformName(session),
    session.callKey,
    ...(session.digest?.speakers ?? []),
    ...Object.values(session.roles ?? {}),
    formatDate(started),
    isoDay(started),
    WEEKDAYS[new Date(started).getDay()]!,
  ];
}

/** Whether a session matches every word of the query in its name/date fields or (as a whole) in its text. */
export function matchesQuery(session: StoredSession, query: string, textHits: ReadonlySet<string>): boolean {
  const folded = foldText(query);
  if (folded === '') return true;
  if (textHits.has(session.id)) return true;
  const haystack = foldText(searchableFields(session).join(' \u0000 '));
  return folded.split(' ').every((word) => haystack.includes(word));
}
