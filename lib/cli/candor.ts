/**
 * `candor FILE`: analyses a transcript file with the same engine the extension runs live.
 * Run it with `npx tsx lib/cli/candor.ts FILE`, `npm run analyze -- FILE` or the `candor` bin.
 * Exit codes: 0 done, 2 bad arguments or unreadable input, 1 a bug.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DETECTORS } from '../engine/detectors/index.ts';
import { FormatError } from '../formats/errors.ts';
import { parseArgs, USAGE } from './args.ts';
import { toJson } from './json.ts';
import { analyzeFile } from './read-file.ts';
import { formatReport } from './report.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'usage-error') {
    io.stderr(`candor: ${args.message}\n${USAGE}`);
    return 2;
  }
  const { file, json, role, me, format } = args.options;
  try {
    const { snapshot, info, speakers } = await analyzeFile(file, { role, me }, format);
    if (me !== undefined && !speakers.includes(me)) {
      io.stderr(`candor: warning: --me "${me}" matches no speaker (${speakers.filter(Boolean).join(', ')})\n`);
    }
    if (role !== undefined && !snapshot.speakers.some((s) => s.self)) {
      io.stderr('candor: warning: --role describes you: name your speaker with --me\n');
    }
    io.stdout(json ? `${toJson(snapshot)}\n` : formatReport({ file, snapshot, info, detectors: DETECTORS }));
    return 0;
  } catch (error) {
    io.stderr(`candor: ${describe(file, error)}\n`);
    return error instanceof FormatError || isFileError(error) ? 2 : 1;
  }
}

function describe(file: string, error: unknown): string {
  if (error instanceof FormatError) return `${file}:${error.line}: ${error.message}`;
  if (isFileError(error)) {
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a directory',
      EACCES: 'permission denied',
    };
    return `${file}: ${reasons[error.code] ?? error.code}`;
  }
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

function isFileError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

// Run when executed directly (tsx lib/cli/candor.ts), not when imported by tests or bin.mjs.
function isEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  process.exitCode = await main(process.argv.slice(2));
}
