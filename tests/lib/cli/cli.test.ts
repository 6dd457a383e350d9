import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../lib/cli/args.ts';
import { main } from '../../../lib/cli/candor.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = 'tests/fixtures/transcripts/interview-dominant.vtt';
const FRENCH = 'tests/fixtures/transcripts/entretien-fr.txt';
const at = (path: string) => join(ROOT, path);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function scratch(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'candor-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('[cli] arguments', () => {
  test.each<[string, string[], ReturnType<typeof parseArgs>]>([
    ['a file', ['call.vtt'], { kind: 'run', options: { file: 'call.vtt', json: false } }],
    [
      'every option',
      ['--json', '--role', 'interviewer', '--me', 'Ana Ruiz', '--format', 'srt', 'x.srt'],
      { kind: 'run', options: { file: 'x.srt', json: true, role: 'interviewer', me: 'Ana Ruiz', format: 'srt' } },
    ],
    ['--opt=value', ['--role=buyer', 'x.txt'], { kind: 'run', options: { file: 'x.txt', json: false, role: 'buyer' } }],
    ['a file after --', ['--', '--odd-name.txt'], { kind: 'run', options: { file: '--odd-name.txt', json: false } }],
    ['help', ['x', '--help'], { kind: 'help' }],
    ['an unknown option', ['--verbose', 'x'], { kind: 'usage-error', message: 'unknown option --verbose' }],
    ['a missing value', ['x', '--me'], { kind: 'usage-error', message: '--me needs a value' }],
    [
      'an unknown role',
      ['--role', 'boss', 'x'],
      {
        kind: 'usage-error',
        message: 'unknown role "boss" (one of interviewer, candidate, sales-rep, buyer, host, applicant)',
      },
    ],
    ['no file', ['--json'], { kind: 'usage-error', message: 'no transcript file given' }],
    ['two files', ['a', 'b'], { kind: 'usage-error', message: 'one transcript file at a time' }],
  ])('%s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});

describe('[cli] report', () => {
  test('shows speakers, flags with times and evidence, stages and signals', async () => {
    const { code, stdout, stderr } = await run('--role', 'interviewer', '--me', 'Priya Shah', at(SAMPLE));
    expect([code, stderr]).toEqual([0, '']);
    for (const expected of [
      /^Speakers$/m,
      /Priya Shah \(you\)\s+4:43\s+74%/,
      /^ {2}0:06 {2}monologue\s+Priya Shah/m,
      /^ {2}2:40 {2}talk-dominance\s+Priya Shah .*interviewer-over-50/m,
      /^ {9}0:06 Priya Shah: "Great\. So let me start/m,
      // The language detectors add their own findings; these lines hold whatever they find.
      /^ {2}inclusion\s+at-risk\s+.*− talk-dominance 2:40/m,
      /^Signals(: none| \(\d+\))$/m,
      /^Detectors: monologue, talk-dominance/m,
    ]) {
      expect(stdout).toMatch(expected);
    }
  });

  test('a call in French: no crash, and the report says the language detectors abstained', async () => {
    const { code, stdout } = await run(at(FRENCH));
    expect(code).toBe(0);
    expect(stdout).toMatch(/does not look like English; the language detectors abstained/);
    expect(stdout).toMatch(/times estimated from word counts/);
  });

  test('warns when --me names nobody', async () => {
    const { code, stderr } = await run('--me', 'Pria', at(SAMPLE));
    expect(code).toBe(0);
    expect(stderr).toBe('candor: warning: --me "Pria" matches no speaker (Priya Shah, Jonas Berg)\n');
  });
});

describe('[cli] --json', () => {
  test('prints exactly one JSON object with the documented shape', async () => {
    const { code, stdout } = await run('--json', at(SAMPLE));
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).slice(0, 4)).toEqual(['flags', 'speakers', 'stages', 'signals']);
    expect(result.flags[0]).toEqual({
      type: 'monologue',
      at: 6.5,
      speaker: 'Priya Shah',
      target: null,
      confidence: 0.95,
      evidence: [
        expect.objectContaining({ cue: '3', speaker: 'Priya Shah', at: 6.5 }),
        expect.objectContaining({ cue: '7' }),
      ],
      rule: 'monologue/over-90-seconds',
    });
    expect(Object.keys(result.stages)).toEqual(['inclusion', 'learner', 'contributor', 'challenger']);
    expect(result.speakers.map((s: { speaker: string }) => s.speaker)).toEqual(['Priya Shah', 'Jonas Berg']);
  });
});

describe('[cli] errors', () => {
  test.each<[string, () => string[], RegExp]>([
    ['a missing file', () => ['/nonexistent/call.vtt'], /^candor: \/nonexistent\/call\.vtt: no such file\n$/],
    ['a directory', () => [ROOT], /^candor: .*: is a directory\n$/],
    [
      'a malformed cue',
      () => [scratch('bad.vtt', 'WEBVTT\n\n00:00:01.000 --> soon\n<v A>hi</v>\n')],
      /^candor: .*bad\.vtt:3: bad timestamp "soon"\n$/,
    ],
    ['an empty file', () => [scratch('empty.txt', '')], /^candor: .*empty\.txt:1: the file is empty\n$/],
    ['no speakers', () => [scratch('notes.txt', 'just some notes\n')], /^candor: .*notes\.txt:1: no utterances found/],
    [
      'another encoding',
      () => [scratch('latin1.txt', Buffer.from('Zo\xeb: tr\xe8s bien\n', 'latin1'))],
      /^candor: .*latin1\.txt:1: not valid UTF-8/,
    ],
  ])('%s → one line on stderr, exit 2', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('an unknown option prints the usage and exits 2', async () => {
    const { code, stderr } = await run('--loud', at(SAMPLE));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^candor: unknown option --loud\nUsage: candor /);
  });

  test('a UTF-16 file with a BOM is read', async () => {
    const text = 'Ana: Hello there, how are you?\nBo: Fine, thanks.\n';
    const file = scratch('utf16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    const { code, stdout } = await run('--json', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).speakers.map((s: { speaker: string }) => s.speaker)).toEqual(['Ana', 'Bo']);
  });
});

describe('[cli] as a process', () => {
  const spawn = (command: string, args: string[]) =>
    spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });

  test.each<[string, string, string[]]>([
    ['tsx lib/cli/candor.ts', 'npx', ['tsx', 'lib/cli/candor.ts', '--json', SAMPLE]],
    ['the candor bin', 'node', ['lib/cli/bin.mjs', '--json', SAMPLE]],
    ['npm run --silent analyze', 'npm', ['run', '--silent', 'analyze', '--', '--json', SAMPLE]],
  ])('%s prints parseable JSON only', (_name, command, args) => {
    const result = spawn(command, args);
    expect(result.status).toBe(0);
    const types = JSON.parse(result.stdout).flags.map((f: { type: string }) => f.type);
    expect(types).toEqual(expect.arrayContaining(['monologue', 'talk-dominance']));
  });

  test('an error exits 2 with one line and no stack trace', () => {
    const result = spawn('node', ['lib/cli/bin.mjs', 'nope.vtt']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('candor: nope.vtt: no such file\n');
  });
});
