/**
 * User edits to the playbook, kept apart from the defaults and merged over them. Pure: the options page
 * and the background both read the stored overrides and call mergePlaybook, so the scripts the user
 * edits are the scripts the nudges show. Only phrasings are editable; ids, roles and the flags an entry
 * answers stay as shipped, so lookup(flag, role) keeps working whatever the user does.
 */
import { DEFAULT_PLAYBOOK } from './playbook-data.ts';
import type { Phrasing, Playbook, PlaybookEntry } from './types.ts';
import { checkEntry, checkPhrasing, isRecord, type Validated } from './validate.ts';

/** The `browser.storage.local` key holding the overrides. */
export const PLAYBOOK_OVERRIDES_KEY = 'candor:playbook-overrides';

/** Marks an exported file so an import can tell it from any other JSON. */
export const PLAYBOOK_FILE_FORMAT = 'candor-playbook';

export interface EntryOverride {
  /** Replaces the entry's phrasings as a whole (edits, additions and removals alike). */
  phrasings: Phrasing[];
}

export interface PlaybookOverrides {
  version: 1;
  /** By entry id. */
  entries: Record<string, EntryOverride>;
}

/** What export writes and import reads. */
export interface PlaybookFile {
  format: typeof PLAYBOOK_FILE_FORMAT;
  version: 1;
  entries: { id: string; title: string; roles: PlaybookEntry['roles']; phrasings: Phrasing[] }[];
}

export function emptyOverrides(): PlaybookOverrides {
  return { version: 1, entries: {} };
}

/**
 * The defaults with the user's phrasings in place. An override that no longer fits its entry (say
 * a release renamed a role) is skipped rather than breaking the coach.
 */
export function mergePlaybook(
  defaults: Playbook = DEFAULT_PLAYBOOK,
  overrides: PlaybookOverrides = emptyOverrides(),
): Playbook {
  return {
    version: 1,
    entries: defaults.entries.map((entry) => {
      const override = overrides.entries[entry.id];
      if (override === undefined) return entry;
      const merged = { ...entry, phrasings: override.phrasings };
      return checkEntry(merged, entry.id).length === 0 ? merged : entry;
    }),
  };
}

/** Reads overrides from storage leniently: anything malformed is dropped, never thrown. */
export function parseOverrides(value: unknown): PlaybookOverrides {
  const overrides = emptyOverrides();
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.entries)) return overrides;
  for (const [id, override] of Object.entries(value.entries)) {
    if (!isRecord(override) || !Array.isArray(override.phrasings)) continue;
    const phrasings = override.phrasings.filter((p, i): p is Phrasing => checkPhrasing(p, `${id}[${i}]`).length === 0);
    if (phrasings.length > 0) overrides.entries[id] = { phrasings: phrasings.map(copyPhrasing) };
  }
  return overrides;
}

/** Sets one entry's phrasings; setting them back to the defaults removes the override. */
export function setEntryPhrasings(
  overrides: PlaybookOverrides,
  entryId: string,
  phrasings: Phrasing[],
  defaults: Playbook = DEFAULT_PLAYBOOK,
): PlaybookOverrides {
  const original = defaults.entries.find((e) => e.id === entryId);
  const entries = { ...overrides.entries };
  if (original !== undefined && samePhrasings(original.phrasings, phrasings)) delete entries[entryId];
  else entries[entryId] = { phrasings: phrasings.map(copyPhrasing) };
  return { version: 1, entries };
}

export function resetEntry(overrides: PlaybookOverrides, entryId: string): PlaybookOverrides {
  const entries = { ...overrides.entries };
  delete entries[entryId];
  return { version: 1, entries };
}

/** Checks an edited entry before it is saved: the same rules as an import. */
export function checkEditedEntry(
  entryId: string,
  phrasings: Phrasing[],
  defaults: Playbook = DEFAULT_PLAYBOOK,
): string[] {
  const original = defaults.entries.find((e) => e.id === entryId);
  if (original === undefined) return [`${entryId}: no such playbook entry`];
  return checkEntry({ ...original, phrasings }, entryId);
}

/** A phrasing id not yet used in the entry, for a phrasing the user adds. */
export function newPhrasingId(entry: PlaybookEntry): string {
  const used = new Set(entry.phrasings.map((p) => p.id));
  let n = 1;
  while (used.has(`mine-${n}`)) n++;
  return `mine-${n}`;
}

export function exportPlaybook(playbook: Playbook): PlaybookFile {
  return {
    format: PLAYBOOK_FILE_FORMAT,
    version: 1,
    entries: playbook.entries.map((e) => ({
      id: e.id,
      title: e.title,
      roles: [...e.roles],
      phrasings: e.phrasings.map(copyPhrasing),
    })),
  };
}

/**
 * Reads an exported (or hand-written) playbook file into overrides for the entries it lists; entries the
 * file leaves out keep their defaults, so importing an export restores it exactly. Errors name the place
 * and the rule broken.
 */
export function importPlaybook(input: unknown, defaults: Playbook = DEFAULT_PLAYBOOK): Validated<PlaybookOverrides> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        errors: [`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`],
      };
    }
  }
  if (!isRecord(value)) return { ok: false, errors: ['The file must hold a JSON object exported from Candor.'] };
  if (value.format !== PLAYBOOK_FILE_FORMAT) {
    return { ok: false, errors: [`This is not a Candor playbook file: "format" must be "${PLAYBOOK_FILE_FORMAT}".`] };
  }
  if (value.version !== 1)
    return { ok: false, errors: [`Unsupported playbook file version ${JSON.stringify(value.version)} (expected 1).`] };
  if (!Array.isArray(value.entries)) return { ok: false, errors: ['"entries" must be a list.'] };

  const errors: string[] = [];
  let overrides = emptyOverrides();
  const seen = new Set<string>();
  value.entries.forEach((raw, i) => {
    const at = `entries[${i}]`;
    if (!isRecord(raw) || typeof raw.id !== 'string') {
      errors.push(`${at}: must be an object with an "id" and "phrasings"`);
      return;
    }
    const original = defaults.entries.find((e) => e.id === raw.id);
    if (original === undefined) {
      errors.push(`${at}.id: there is no playbook entry "${raw.id}"`);
      return;
    }
    if (seen.has(raw.id)) {
      errors.push(`${at}.id: "${raw.id}" appears twice`);
      return;
    }
    seen.add(raw.id);
    // Only the phrasings are taken; every other field comes from the shipped entry.
    const problems = checkEntry({ ...original, phrasings: raw.phrasings }, `${at} (${raw.id})`);
    if (problems.length > 0) {
      errors.push(...problems);
      return;
    }
    overrides = setEntryPhrasings(overrides, raw.id, raw.phrasings as Phrasing[], defaults);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: overrides };
}

function samePhrasings(a: readonly Phrasing[], b: readonly Phrasing[]): boolean {
  return JSON.stringify(a.map(copyPhrasing)) === JSON.stringify(b.map(copyPhrasing));
}

// Copies the known fields only, in a fixed order, so stored and exported JSON stay canonical.
function copyPhrasing(p: Phrasing): Phrasing {
  const copy: Phrasing = { id: p.id, text: p.text, roles: [...p.roles], stage: p.stage };
  return p.short === undefined ? copy : { ...copy, short: p.short };
}
