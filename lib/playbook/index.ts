/**
 * The playbook: short scripts for tricky moments, per role and safety stage. Data lives in
 * playbook-data.ts; user edits are merged over it by overrides.ts. Everything here is pure.
 */
import type { FlagType, Role } from '../engine/types.ts';
import { DEFAULT_PLAYBOOK } from './playbook-data.ts';
import type { Phrasing, Playbook, PlaybookEntry } from './types.ts';

export { DEFAULT_PLAYBOOK } from './playbook-data.ts';
export { ACTIONABLE, type ActingSide, actingSide, actionablePairs } from './actionable.ts';
export { ENTRY_KINDS, type EntryKind, type Phrasing, type Playbook, type PlaybookEntry } from './types.ts';
export {
  ANSWER_WRITING,
  answerWritingIn,
  BEHAVIOUR_ONLY_ROLES,
  checkEntry,
  checkPhrasing,
  coverageErrors,
  GLANCE_WORDS,
  LIMITS,
  MIN_PHRASINGS,
  PLACEHOLDERS,
  validatePlaybook,
  type Validated,
  wordCount,
} from './validate.ts';
import { GLANCE_WORDS, wordCount } from './validate.ts';

/** The entry id of the quiet-voice invitation (the radar's script). */
export const QUIET_VOICE_ENTRY = 'invite.quiet-voice';

/**
 * The entry that answers `flagType` for `role`, or undefined when that role cannot act on it.
 * @example lookup('interruption', 'candidate')?.id // 'moment.interrupted'
 */
export function lookup(
  flagType: FlagType,
  role: Role,
  playbook: Playbook = DEFAULT_PLAYBOOK,
): PlaybookEntry | undefined {
  return playbook.entries.find((entry) => entry.flags.includes(flagType) && entry.roles.includes(role));
}

export function entryById(id: string, playbook: Playbook = DEFAULT_PLAYBOOK): PlaybookEntry | undefined {
  return playbook.entries.find((entry) => entry.id === id);
}

/** The entry's phrasings that suit `role`, in the playbook's order. */
export function phrasingsFor(entry: PlaybookEntry, role: Role): Phrasing[] {
  return entry.phrasings.filter((phrasing) => phrasing.roles.includes(role));
}

/** Entries of a kind for a role (the openers a host sees before a call, say). */
export function entriesFor(
  role: Role,
  kind?: PlaybookEntry['kind'],
  playbook: Playbook = DEFAULT_PLAYBOOK,
): PlaybookEntry[] {
  return playbook.entries.filter((entry) => entry.roles.includes(role) && (kind === undefined || entry.kind === kind));
}

/** The words the live card shows: the script itself when it is short, else its glance form. */
export function glanceText(phrasing: Phrasing): string {
  return phrasing.short !== undefined && wordCount(phrasing.text) > GLANCE_WORDS ? phrasing.short : phrasing.text;
}

/** Fills a "what happened" template; a missing value drops its placeholder cleanly. */
export function fillTemplate(template: string, values: { quote?: string; them?: string }): string {
  const quote = values.quote?.trim();
  let text = template.replace('{them}', values.them?.trim() || 'they');
  // A template ending "…: {quote}" should not end on a dangling colon when there is nothing to quote.
  text = quote ? text.replace('{quote}', `“${quote}”`) : text.replace(/[\s,:;–—-]*\{quote\}/, '');
  text = text.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
