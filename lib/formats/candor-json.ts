/**
 * Candor's own transcript export:
 *
 * ```json
 * {
 *   "format": "candor-transcript",
 *   "version": 1,
 *   "utterances": [
 *     { "id": "c1", "speaker": "Ana", "self": true, "text": "Shall we start?", "start": 0, "end": 1.6 }
 *   ]
 * }
 * ```
 *
 * Times are seconds since the first caption. Version 1 is open: readers ignore fields they do not
 * know, at the top and in each utterance, so later releases can add fields without a new version.
 * The reader scans the JSON as it streams and parses one utterance at a time, so a large export is
 * never held whole.
 */
import type { Utterance } from '../transcript/types.ts';
import { FormatError } from './errors.ts';
import type { LineParser, ParserOptions, TranscriptInfo } from './types.ts';
import { UtteranceMaker } from './utterances.ts';

export const CANDOR_FORMAT = 'candor-transcript';
export const CANDOR_VERSION = 1;

/** An utterance as the export writes it: every utterance in an export is final, so `final` is left out. */
export type CandorUtterance = Omit<Utterance, 'final'>;

export interface CandorTranscript {
  format: typeof CANDOR_FORMAT;
  version: typeof CANDOR_VERSION;
  utterances: CandorUtterance[];
  /** Later fields (session metadata, perspective, …) are allowed. */
  [field: string]: unknown;
}

/** Writes an export with one utterance per line, which keeps it diffable and quick to stream back. */
export function formatCandorTranscript(utterances: readonly Utterance[], extra: Record<string, unknown> = {}): string {
  const head = { format: CANDOR_FORMAT, version: CANDOR_VERSION, ...extra };
  const fields = Object.entries(head)
    .filter(([key]) => key !== 'utterances')
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`)
    .join('');
  const rows = utterances.map(
    ({ id, speaker, self, text, start, end }) => `    ${JSON.stringify({ id, speaker, self, text, start, end })}`,
  );
  return `{\n${fields}  "utterances": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

const EXPECTED = 'utterances with a "speaker"';
// A top-level field or one utterance larger than this is not a transcript we wrote.
const MAX_VALUE_CHARS = 1_000_000;

type Expect = 'open' | 'key' | 'colon' | 'value' | 'comma' | 'element' | 'element-comma' | 'done';

interface Capture {
  kind: 'field' | 'utterance';
  /** The value's first character: '{', '[', '"' or the start of a number/literal. */
  opener: string;
  /** The nesting depth the value sits at (1 for a top-level field, 2 for an utterance). */
  depth: number;
  line: number;
  chunks: string[];
  size: number;
}

export interface CandorJsonOptions extends ParserOptions {
  /** Receives each top-level field other than "utterances", parsed, as the reader passes it. */
  onField?: (key: string, value: unknown) => void;
}

export function createCandorJsonParser(options: CandorJsonOptions = {}): LineParser {
  const maker = new UtteranceMaker(options.me);
  let line = 0;
  let depth = 0;
  let expect: Expect = 'open';
  let inString = false;
  let escaped = false;
  let key = '';
  let keyRaw: string[] | null = null;
  let capture: Capture | null = null;
  let sawFormat = false;
  let sawVersion = false;
  let sawUtterances = false;

  const fail = (message: string, at = line): never => {
    throw new FormatError(at, message);
  };

  function keep(capture: Capture, text: string): void {
    capture.chunks.push(text);
    capture.size += text.length;
    if (capture.size > MAX_VALUE_CHARS) fail(`a value is too large (over ${MAX_VALUE_CHARS} characters)`, capture.line);
  }

  function finish(done: Capture, out: Utterance[]): void {
    capture = null;
    let value: unknown;
    try {
      value = JSON.parse(done.chunks.join(''));
    } catch {
      fail(
        done.kind === 'utterance' ? 'invalid JSON in this utterance' : `invalid JSON in the "${key}" field`,
        done.line,
      );
    }
    if (done.kind === 'utterance') {
      out.push(toUtterance(value, done.line));
      expect = 'element-comma';
      return;
    }
    expect = 'comma';
    options.onField?.(key, value);
    if (key === 'format') {
      sawFormat = true;
      if (value !== CANDOR_FORMAT) fail(`"format" must be "${CANDOR_FORMAT}"`, done.line);
    } else if (key === 'version') {
      sawVersion = true;
      if (value !== CANDOR_VERSION)
        fail(
          `unsupported ${CANDOR_FORMAT} version ${JSON.stringify(value)} (this build reads version ${CANDOR_VERSION})`,
          done.line,
        );
    }
  }

  function toUtterance(value: unknown, at: number): Utterance {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail('each utterance must be an object', at);
    const u = value as Record<string, unknown>;
    for (const field of ['id', 'speaker', 'text'] as const) {
      if (typeof u[field] !== 'string') fail(`the utterance needs a "${field}" string`, at);
    }
    for (const field of ['start', 'end'] as const) {
      const n = u[field];
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
        fail(`the utterance needs "${field}" as seconds (a number ≥ 0)`, at);
    }
    if (u.self !== undefined && typeof u.self !== 'boolean') fail('"self" must be true or false', at);
    const start = u.start as number;
    const end = u.end as number;
    if (end < start) fail('the utterance ends before it starts', at);
    const made = maker.make(u.id as string, u.speaker as string, u.text as string, start, end);
    if (u.self === true) made.self = true;
    return made;
  }

  function feedLine(text: string, out: Utterance[]): void {
    // Where the current capture (or key) began on this line.
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') {
          inString = false;
          if (keyRaw !== null) {
            keyRaw.push(text.slice(from, i));
            try {
              key = JSON.parse(`"${keyRaw.join('')}"`) as string;
            } catch {
              fail('invalid field name');
            }
            keyRaw = null;
            expect = 'colon';
          } else if (capture !== null && capture.opener === '"' && depth === capture.depth) {
            keep(capture, text.slice(from, i + 1));
            finish(capture, out);
          }
        }
        continue;
      }
      // A number or literal at the top level ends at the next "," or "}".
      if (
        capture !== null &&
        capture.depth === 1 &&
        depth === 1 &&
        !'{["'.includes(capture.opener) &&
        (c === ',' || c === '}')
      ) {
        keep(capture, text.slice(from, i));
        finish(capture, out);
      }
      if (capture !== null) {
        if (c === '"') inString = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === capture.depth) {
            keep(capture, text.slice(from, i + 1));
            finish(capture, out);
          }
        }
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      switch (expect) {
        case 'open':
          if (c !== '{') fail('expected a JSON object ("{")');
          depth = 1;
          expect = 'key';
          break;
        case 'key':
          if (c === '"') {
            inString = true;
            keyRaw = [];
            from = i + 1;
          } else if (c === '}') {
            depth = 0;
            expect = 'done';
          } else fail('expected a field name in quotes');
          break;
        case 'colon':
          if (c !== ':') fail('expected ":" after the field name');
          expect = 'value';
          break;
        case 'value':
          if (key === 'utterances') {
            if (c !== '[') fail('"utterances" must be an array');
            sawUtterances = true;
            depth = 2;
            expect = 'element';
            break;
          }
          capture = { kind: 'field', opener: c, depth: 1, line, chunks: [], size: 0 };
          from = i;
          if (c === '"') inString = true;
          else if (c === '{' || c === '[') depth++;
          break;
        case 'comma':
          if (c === ',') expect = 'key';
          else if (c === '}') {
            depth = 0;
            expect = 'done';
          } else fail('expected "," or "}" after a field');
          break;
        case 'element':
        case 'element-comma':
          if (c === ']') {
            depth = 1;
            expect = 'comma';
          } else if (expect === 'element-comma') {
            if (c !== ',') fail('expected "," or "]" after an utterance');
            expect = 'element';
          } else if (c === '{') {
            capture = { kind: 'utterance', opener: c, depth: 2, line, chunks: [], size: 0 };
            from = i;
            depth = 3;
          } else fail('each utterance must be an object');
          break;
        case 'done':
          fail('unexpected text after the end of the JSON object');
      }
    }
    // Carry what was open across the line break.
    if (keyRaw !== null) keyRaw.push(`${text.slice(from)}\n`);
    else if (capture !== null) keep(capture, `${text.slice(from)}\n`);
  }

  return {
    push(text) {
      line++;
      const out: Utterance[] = [];
      feedLine(line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, out);
      return out;
    },
    end() {
      if (expect === 'open') fail('the file is empty', 1);
      if (expect !== 'done') fail('the JSON ends before its closing "}"');
      if (!sawFormat) fail(`missing "format": "${CANDOR_FORMAT}"`, 1);
      if (!sawVersion) fail('missing "version"', 1);
      if (!sawUtterances) fail('missing the "utterances" array', 1);
      maker.check(Math.max(1, line), EXPECTED);
      return [];
    },
    info(): TranscriptInfo {
      return { format: 'candor-json', timings: 'cues', lines: line, utterances: maker.count };
    },
  };
}
