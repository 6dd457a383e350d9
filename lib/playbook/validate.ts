/**
 * Checks for playbook data: the same rules lint the defaults (tests/lib/playbook) and guard what a user
 * imports or edits on the options page, so a bad file is refused with a message saying where and why.
 */
import { FLAG_TYPES, type FlagType, type Role, ROLES, STAGES, type Stage } from '../engine/types.ts';
import { actingSide, actionablePairs } from './actionable.ts';
import { ENTRY_KINDS, type EntryKind, type Playbook } from './types.ts';

/** Lengths in characters. A script must fit a narrow side panel (320–400 px) in a few lines. */
export const LIMITS = { title: 48, whatHappened: 110, whyItMatters: 160, phrasing: 220 } as const;

/** A script on the live card must be readable at a glance: at most this many words. */
export const GLANCE_WORDS = 15;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Every (flag, role) someone can act on needs at least this many phrasings in the defaults. */
export const MIN_PHRASINGS = 3;

/** The only placeholders a "what happened" template may use (filled by lib/nudges). */
export const PLACEHOLDERS = ['{quote}', '{them}'] as const;

/** Roles whose scripts must coach behaviour only (docs/design.md: Coaching, not cheating). */
export const BEHAVIOUR_ONLY_ROLES: readonly Role[] = ['candidate', 'applicant'];

/**
 * Signs that a script writes the user's answer instead of coaching how to give one. A candidate script
 * may frame ("the nearest thing I have done is …") but never supply substance, claims or figures.
 */
export const ANSWER_WRITING: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\d/, reason: 'contains a figure (the user supplies facts, not the script)' },
  { pattern: /\b(the|my) (correct |right |best )?(answer|solution) (is|would be)\b/i, reason: 'states an answer' },
  {
    pattern: /\b(you should|make sure to|be sure to) (say|mention|answer|claim|tell them)\b/i,
    reason: 'tells the user what to claim',
  },
  { pattern: /\byears? of experience\b/i, reason: 'claims experience' },
  { pattern: /\bI(?:'m| am) (?:an? )?(?:expert|specialist|senior)\b/i, reason: 'claims expertise' },
  {
    pattern: /\bI (?:have|had) (?:extensive|deep|strong|solid) (?:experience|knowledge|background)\b/i,
    reason: 'claims experience',
  },
  { pattern: /\b(for example|e\.g\.|such as|like when I)\b/i, reason: 'supplies an example for the user' },
  { pattern: /\[[^\]]*\]|\{[^}]*\}/, reason: 'has a fill-in slot for subject content' },
];

/** Why `text` reads as answer-writing, or null when it only coaches behaviour. */
export function answerWritingIn(text: string): string | null {
  for (const rule of ANSWER_WRITING) if (rule.pattern.test(text)) return rule.reason;
  return null;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export interface EntryCheckOptions {
  /** Phrasings each listed role needs. @default 1 */
  minPerRole?: number;
}

/** Problems with one phrasing, each prefixed with its path. */
export function checkPhrasing(value: unknown, path: string): string[] {
  if (!isRecord(value)) return [`${path}: must be an object with id, text, roles and stage`];
  const errors: string[] = [];
  if (!nonEmpty(value.id)) errors.push(`${path}.id: must be a non-empty string`);
  if (!nonEmpty(value.text)) errors.push(`${path}.text: must be a non-empty string`);
  else {
    const text = value.text;
    if (text.length > LIMITS.phrasing)
      errors.push(`${path}.text: ${text.length} characters, the limit is ${LIMITS.phrasing}`);
    if (text !== text.trim()) errors.push(`${path}.text: has leading or trailing spaces`);
    if (/[\r\n]/.test(text)) errors.push(`${path}.text: must be one line`);
  }
  if (value.short !== undefined) {
    if (!nonEmpty(value.short)) errors.push(`${path}.short: must be a non-empty string when given`);
    else if (wordCount(value.short) > GLANCE_WORDS)
      errors.push(`${path}.short: ${wordCount(value.short)} words, the limit is ${GLANCE_WORDS}`);
  }
  if (!Array.isArray(value.roles) || value.roles.length === 0)
    errors.push(`${path}.roles: must list at least one role`);
  else {
    for (const role of value.roles) {
      if (!isRole(role))
        errors.push(`${path}.roles: unknown role ${JSON.stringify(role)} (expected one of ${ROLES.join(', ')})`);
    }
    if (new Set(value.roles).size !== value.roles.length) errors.push(`${path}.roles: lists a role twice`);
  }
  if (!isStage(value.stage)) errors.push(`${path}.stage: must be one of ${STAGES.join(', ')}`);
  if (errors.length === 0 && nonEmpty(value.text) && Array.isArray(value.roles)) {
    const coachesOnly = value.roles.some((role) => BEHAVIOUR_ONLY_ROLES.includes(role as Role));
    const why = coachesOnly ? answerWritingIn(value.text) : null;
    if (why !== null)
      errors.push(`${path}.text: a candidate or applicant script must coach behaviour only; this one ${why}`);
  }
  return errors;
}

/** Problems with one entry (shape, lengths, placeholders, phrasings per role). */
export function checkEntry(value: unknown, path: string, options: EntryCheckOptions = {}): string[] {
  const minPerRole = options.minPerRole ?? 1;
  if (!isRecord(value)) return [`${path}: must be an object`];
  const errors: string[] = [];
  if (!nonEmpty(value.id)) errors.push(`${path}.id: must be a non-empty string`);
  if (!ENTRY_KINDS.includes(value.kind as EntryKind))
    errors.push(`${path}.kind: must be one of ${ENTRY_KINDS.join(', ')}`);
  checkLine(value.title, `${path}.title`, LIMITS.title, errors);
  checkLine(value.whatHappened, `${path}.whatHappened`, LIMITS.whatHappened, errors);
  checkLine(value.whyItMatters, `${path}.whyItMatters`, LIMITS.whyItMatters, errors);
  if (typeof value.whatHappened === 'string') {
    for (const slot of value.whatHappened.match(/\{[^}]*\}/g) ?? []) {
      if (!(PLACEHOLDERS as readonly string[]).includes(slot)) {
        errors.push(`${path}.whatHappened: unknown placeholder ${slot} (allowed: ${PLACEHOLDERS.join(', ')})`);
      }
    }
  }
  const roles = Array.isArray(value.roles) ? value.roles : null;
  if (roles === null || roles.length === 0) errors.push(`${path}.roles: must list at least one role`);
  else for (const role of roles) if (!isRole(role)) errors.push(`${path}.roles: unknown role ${JSON.stringify(role)}`);
  if (!Array.isArray(value.flags)) errors.push(`${path}.flags: must be a list (empty when no flag)`);
  else
    for (const flag of value.flags)
      if (!isFlagType(flag)) errors.push(`${path}.flags: unknown flag ${JSON.stringify(flag)}`);
  if (!Array.isArray(value.phrasings) || value.phrasings.length === 0) {
    errors.push(`${path}.phrasings: must hold at least one phrasing`);
    return errors;
  }
  const ids = new Set<string>();
  value.phrasings.forEach((phrasing, i) => {
    const at = `${path}.phrasings[${i}]`;
    errors.push(...checkPhrasing(phrasing, at));
    if (isRecord(phrasing) && typeof phrasing.id === 'string') {
      if (ids.has(phrasing.id)) errors.push(`${at}.id: "${phrasing.id}" is used twice in this entry`);
      ids.add(phrasing.id);
      // A phrasing for a role the entry is not for would never be shown.
      if (roles !== null && Array.isArray(phrasing.roles)) {
        for (const role of phrasing.roles) {
          if (isRole(role) && !roles.includes(role))
            errors.push(`${at}.roles: ${role} is not one of the entry's roles`);
        }
      }
    }
  });
  if (roles !== null) {
    for (const role of roles) {
      if (!isRole(role)) continue;
      const count = value.phrasings.filter(
        (p) => isRecord(p) && Array.isArray(p.roles) && p.roles.includes(role),
      ).length;
      if (count < minPerRole) errors.push(`${path}.phrasings: ${count} for ${role}, at least ${minPerRole} needed`);
    }
  }
  return errors;
}

/** Shape and content checks for a whole playbook (any source). */
export function validatePlaybook(value: unknown, options: EntryCheckOptions = {}): Validated<Playbook> {
  if (!isRecord(value)) return { ok: false, errors: ['playbook: must be an object with version and entries'] };
  const errors: string[] = [];
  if (value.version !== 1) errors.push(`playbook.version: must be 1 (got ${JSON.stringify(value.version)})`);
  if (!Array.isArray(value.entries)) return { ok: false, errors: [...errors, 'playbook.entries: must be a list'] };
  const ids = new Set<string>();
  value.entries.forEach((entry, i) => {
    errors.push(...checkEntry(entry, `entries[${i}]`, options));
    if (isRecord(entry) && typeof entry.id === 'string') {
      if (ids.has(entry.id)) errors.push(`entries[${i}].id: "${entry.id}" is used twice`);
      ids.add(entry.id);
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as unknown as Playbook };
}

/**
 * What the defaults must cover: each actionable (flag, role) answered by exactly one entry with at
 * least MIN_PHRASINGS phrasings for that role, and no entry answering a flag its role cannot act on.
 */
export function coverageErrors(playbook: Playbook, minPhrasings = MIN_PHRASINGS): string[] {
  const errors: string[] = [];
  for (const { type, role } of actionablePairs()) {
    const entries = playbook.entries.filter((e) => e.flags.includes(type) && e.roles.includes(role));
    if (entries.length !== 1) {
      errors.push(`${type} × ${role}: ${entries.length} entries answer it, exactly one expected`);
      continue;
    }
    const count = entries[0]!.phrasings.filter((p) => p.roles.includes(role)).length;
    if (count < minPhrasings) errors.push(`${type} × ${role}: ${count} phrasings, at least ${minPhrasings} needed`);
  }
  for (const entry of playbook.entries) {
    for (const type of entry.flags) {
      for (const role of entry.roles) {
        if (actingSide(type, role) === null)
          errors.push(`${entry.id}: answers ${type} for ${role}, who cannot act on it`);
      }
    }
  }
  return errors;
}

function checkLine(value: unknown, path: string, limit: number, errors: string[]): void {
  if (!nonEmpty(value)) {
    errors.push(`${path}: must be a non-empty string`);
    return;
  }
  if (value.length > limit) errors.push(`${path}: ${value.length} characters, the limit is ${limit}`);
  if (/[\r\n]/.test(value)) errors.push(`${path}: must be one line`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isFlagType(value: unknown): value is FlagType {
  return typeof value === 'string' && (FLAG_TYPES as readonly string[]).includes(value);
}
