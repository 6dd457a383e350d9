/** Command-line arguments of `candor`, parsed by hand: four options do not need a library. */
import { type Role, ROLES } from '../engine/types.ts';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from '../formats/types.ts';

export interface CliOptions {
  file: string;
  json: boolean;
  role?: Role;
  me?: string;
  format?: TranscriptFormat;
}

export type ParsedArgs =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: candor [--json] [--role ROLE] [--me NAME] [--format FORMAT] FILE

Analyses a call transcript (WebVTT, SRT, "Name: text" lines or a Candor JSON
export) and reports red flags, positive signals, talk statistics and the four
psychological-safety stages.

Options:
  --json           print one JSON object instead of the report
  --role ROLE      your role in the call: ${ROLES.join(', ')}
  --me NAME        your speaker name in the transcript
  --format FORMAT  skip format detection: ${TRANSCRIPT_FORMATS.join(', ')}
  -h, --help       show this help
`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Partial<CliOptions> & { json: boolean } = { json: false };
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--json') {
      options.json = true;
      continue;
    }
    // "--role interviewer" and "--role=interviewer" alike.
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (name !== '--role' && name !== '--me' && name !== '--format')
      return { kind: 'usage-error', message: `unknown option ${name}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { kind: 'usage-error', message: `${name} needs a value` };
    if (name === '--role') {
      if (!(ROLES as readonly string[]).includes(value))
        return { kind: 'usage-error', message: `unknown role "${value}" (one of ${ROLES.join(', ')})` };
      options.role = value as Role;
    } else if (name === '--format') {
      if (!(TRANSCRIPT_FORMATS as readonly string[]).includes(value)) {
        return { kind: 'usage-error', message: `unknown format "${value}" (one of ${TRANSCRIPT_FORMATS.join(', ')})` };
      }
      options.format = value as TranscriptFormat;
    } else options.me = value;
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no transcript file given' };
  if (files.length > 1) return { kind: 'usage-error', message: 'one transcript file at a time' };
  return { kind: 'run', options: { ...options, file: files[0]! } };
}
