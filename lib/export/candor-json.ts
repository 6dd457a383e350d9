/**
 * Candor's JSON export: the `candor-transcript` format of lib/formats (so the CLI and any reader of
 * that format take it), with the call's title, date, findings, statistics and repairs as extra fields,
 * and reading it back with clear errors.
 */
import * as v from 'valibot';
import { FormatError, formatCandorTranscript, parseTranscript } from '../formats/index.ts';
import type { Platform } from '../capture/types.ts';
import { ROLES, type Perspective } from '../engine/types.ts';
import type { Utterance } from '../transcript/types.ts';
import type { CallExport } from './types.ts';

/** Larger files are refused before they are read: no call Candor writes comes near this. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_UTTERANCES = 50_000;

export function toCandorJson(call: CallExport): string {
  return formatCandorTranscript(call.utterances, {
    title: call.title,
    startedAt: call.startedAt,
    platform: call.platform,
    duration: call.duration,
    exportedBy: 'Candor',
    flags: call.analysis.flags,
    signals: call.analysis.signals,
    speakers: call.analysis.speakers,
    stages: call.analysis.stages,
    repairs: call.repairs.repairs,
    ...(call.reflection ? { reflection: call.reflection } : {}),
    ...(call.perspective ? { perspective: call.perspective } : {}),
    ...(call.roles ? { roles: call.roles } : {}),
  });
}

/** A flag or signal as an export lists it; only what a comparison or a display needs is read. */
export interface ExportedFinding {
  id: string;
  type: string;
  speaker: string;
  target: string | null;
  at: number;
}

export interface ImportedCall {
  title?: string;
  startedAt?: number;
  platform?: Platform;
  utterances: Utterance[];
  /** The findings the export listed (the import re-analyses the call; these let a user compare). */
  flags: ExportedFinding[];
  signals: ExportedFinding[];
  perspective?: Perspective;
  roles?: Record<string, string>;
}

const Finding = v.object({
  id: v.pipe(v.string(), v.maxLength(500)),
  type: v.pipe(v.string(), v.maxLength(100)),
  speaker: v.pipe(v.string(), v.maxLength(500)),
  target: v.nullable(v.pipe(v.string(), v.maxLength(500))),
  at: v.pipe(v.number(), v.finite()),
});

// Extra fields are optional (a bare candor-transcript imports too) but must be right when present.
const Extras = v.object({
  title: v.optional(v.pipe(v.string(), v.maxLength(300, 'the "title" is longer than 300 characters'))),
  startedAt: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  platform: v.optional(
    v.picklist(['meet', 'zoom', 'teams', 'practice'], 'the "platform" must be "meet", "zoom", "teams" or "practice"'),
  ),
  flags: v.optional(v.array(Finding)),
  signals: v.optional(v.array(Finding)),
  perspective: v.optional(
    v.object({
      role: v.optional(v.picklist(ROLES, `the role must be one of ${ROLES.join(', ')}`)),
      me: v.optional(v.pipe(v.string(), v.maxLength(200))),
    }),
  ),
  roles: v.optional(v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.string(), v.maxLength(60)))),
});

export type ImportResult = { ok: true; call: ImportedCall } | { ok: false; error: string };

/** Reads a Candor JSON export. Errors name the line (for the transcript) or the field. */
export function readCandorJson(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is too large to be a Candor export.' };
  if (!/^\s*\{/.test(text.replace(/^\uFEFF/, ''))) {
    return {
      ok: false,
      error:
        'This is not a Candor JSON export (it does not start with "{"). Candor can import the JSON files it exports.',
    };
  }
  let utterances: Utterance[];
  try {
    utterances = parseTranscript(text, { format: 'candor-json' }).utterances;
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, error: `Line ${error.line}: ${error.message}.` };
    return { ok: false, error: `The file could not be read: ${String(error)}` };
  }
  if (utterances.length > MAX_IMPORT_UTTERANCES)
    return { ok: false, error: `The file has more than ${MAX_IMPORT_UTTERANCES} utterances.` };
  let whole: unknown;
  try {
    whole = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  const extras = v.safeParse(Extras, whole);
  if (!extras.success) {
    const issue = extras.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `The "${path || 'top-level'}" field is not valid: ${issue.message}.` };
  }
  const { title, startedAt, platform, flags = [], signals = [], perspective, roles } = extras.output;
  return {
    ok: true,
    call: {
      utterances,
      flags,
      signals,
      ...(title !== undefined ? { title } : {}),
      ...(startedAt !== undefined ? { startedAt } : {}),
      ...(platform !== undefined ? { platform } : {}),
      ...(perspective !== undefined
        ? {
            perspective: {
              ...(perspective.role ? { role: perspective.role } : {}),
              ...(perspective.me !== undefined ? { me: perspective.me } : {}),
            },
          }
        : {}),
      ...(roles !== undefined ? { roles } : {}),
    },
  };
}
