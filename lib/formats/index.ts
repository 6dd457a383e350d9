/**
 * Transcript files in, final utterances out. Parsers are line-at-a-time state machines; the reader
 * below recognises the format from the first lines and then streams every line through it.
 *
 * ```ts
 * const reader = createTranscriptReader({ me: 'Ana' });
 * for await (const line of lines) for (const u of reader.push(line)) engine.push(u);
 * for (const u of reader.end()) engine.push(u);
 * ```
 */
import type { Utterance } from '../transcript/types.ts';
import { createCandorJsonParser } from './candor-json.ts';
import { decodeLines } from './decode.ts';
import { DETECT_LINES, detectFormat } from './detect.ts';
import { FormatError } from './errors.ts';
import { splitLines } from './lines.ts';
import { createPlainParser } from './plain.ts';
import { createSrtParser } from './srt.ts';
import type { LineParser, ParserOptions, TranscriptFormat, TranscriptInfo } from './types.ts';
import { createWebVttParser } from './webvtt.ts';

export {
  CANDOR_FORMAT,
  CANDOR_VERSION,
  type CandorJsonOptions,
  type CandorTranscript,
  type CandorUtterance,
  createCandorJsonParser,
  formatCandorTranscript,
} from './candor-json.ts';
export { ByteLineReader, decodeLines, sniffEncoding, type TextEncoding } from './decode.ts';
export { detectFormat } from './detect.ts';
export { FormatError } from './errors.ts';
export { LineSplitter, splitLines } from './lines.ts';
export * from './types.ts';

export const PARSERS: Record<TranscriptFormat, (options?: ParserOptions) => LineParser> = {
  webvtt: createWebVttParser,
  srt: createSrtParser,
  plain: createPlainParser,
  'candor-json': createCandorJsonParser,
};

export interface ReaderOptions extends ParserOptions {
  /** Skips detection. */
  format?: TranscriptFormat;
}

/**
 * A LineParser for any supported format. Until the format is known it holds the first few lines
 * (at most the first two non-blank ones plus the blanks before them), then hands them on.
 */
export function createTranscriptReader(options: ReaderOptions = {}): LineParser {
  let parser: LineParser | null = options.format === undefined ? null : PARSERS[options.format](options);
  const held: string[] = [];
  let nonBlank = 0;

  function start(): LineParser {
    const chosen = PARSERS[detectFormat(held)](options);
    parser = chosen;
    return chosen;
  }

  function replay(into: LineParser): Utterance[] {
    const out = held.flatMap((line) => into.push(line));
    held.length = 0;
    return out;
  }

  return {
    push(line) {
      if (parser !== null) return parser.push(line);
      held.push(line);
      if (line.trim() !== '') nonBlank++;
      // A Candor export can be told from its first character; the others need two lines.
      if (
        nonBlank >= DETECT_LINES ||
        (nonBlank === 1 &&
          line
            .trimStart()
            .replace(/^\uFEFF/, '')
            .startsWith('{'))
      ) {
        return replay(start());
      }
      return [];
    },
    end() {
      if (parser === null) {
        if (nonBlank === 0) throw new FormatError(1, 'the file is empty');
        const chosen = start();
        return [...replay(chosen), ...chosen.end()];
      }
      return parser.end();
    },
    info(): TranscriptInfo {
      return parser?.info() ?? { format: 'plain', timings: 'estimated', lines: held.length, utterances: 0 };
    },
  };
}

export interface ParsedTranscript {
  utterances: Utterance[];
  info: TranscriptInfo;
}

/** Parses a whole transcript held in memory (tests, the extension's file picker). */
export function parseTranscript(input: string | Uint8Array, options: ReaderOptions = {}): ParsedTranscript {
  const lines = typeof input === 'string' ? splitLines(input) : decodeLines(input);
  const reader = createTranscriptReader(options);
  const utterances = lines.flatMap((line) => reader.push(line));
  utterances.push(...reader.end());
  return { utterances, info: reader.info() };
}
