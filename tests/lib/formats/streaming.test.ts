import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ByteLineReader,
  createTranscriptReader,
  detectFormat,
  formatCandorTranscript,
  LineSplitter,
  parseTranscript,
  type TranscriptFormat,
} from '../../../lib/formats/index.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

const FIXTURES = ['teams.vtt', 'zoom.vtt', 'captions.srt', 'plain-timestamps.txt', 'plain-untimed.txt', 'candor.json'];
const bytesOf = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));

/** Streams bytes through the chunked decoder and the line reader, `size` bytes at a time. */
function stream(bytes: Uint8Array, size: number): { utterances: Utterance[]; early: number } {
  const decoder = new ByteLineReader();
  const reader = createTranscriptReader();
  const utterances: Utterance[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    for (const line of decoder.push(bytes.subarray(i, i + size))) utterances.push(...reader.push(line));
  }
  for (const line of decoder.end()) utterances.push(...reader.push(line));
  const early = utterances.length;
  utterances.push(...reader.end());
  return { utterances, early };
}

describe('[formats] streaming', () => {
  test.each(FIXTURES.flatMap((name) => [1, 3, 64].map((size) => [name, size] as const)))(
    '%s in %i-byte chunks',
    (name, size) => {
      const bytes = bytesOf(name);
      expect(stream(bytes, size).utterances).toEqual(parseTranscript(bytes).utterances);
    },
  );

  test.each(FIXTURES)('%s: utterances come out as the lines go in, not at the end', (name) => {
    const { utterances, early } = stream(bytesOf(name), 4096);
    // A cue or turn is held only until the line that completes it; at most the last one waits for end().
    expect(utterances.length - early).toBeLessThanOrEqual(1);
  });

  test('a long plain transcript streams with one turn in hand', () => {
    const reader = createTranscriptReader();
    let out = 0;
    for (let i = 0; i < 20_000; i++) {
      out += reader.push(`${i % 2 ? 'Ana' : 'Bo'}: turn number ${i} of a long call`).length;
      expect(out).toBeGreaterThanOrEqual(i);
    }
    expect(out + reader.end().length).toBe(20_000);
  });
});

describe('[formats] line splitting', () => {
  test.each<[string, string[], string[]]>([
    ['LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF split between chunks', ['a\r', '\nb\r\n'], ['a', 'b']],
    ['lone CR', ['a\rb\r'], ['a', 'b']],
    ['blank lines kept', ['a\n\n\nb'], ['a', '', '', 'b']],
    ['BOM dropped', ['\uFEFFWEBVTT\n'], ['WEBVTT']],
    ['no final line break', ['a\nb'], ['a', 'b']],
  ])('%s', (_name, chunks, expected) => {
    const splitter = new LineSplitter();
    expect([...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()]).toEqual(expected);
  });
});

describe('[formats] detection', () => {
  test.each<[string, string[], TranscriptFormat]>([
    ['WEBVTT header', ['WEBVTT'], 'webvtt'],
    ['WEBVTT header with a title', ['WEBVTT - interview'], 'webvtt'],
    ['a JSON object', ['{'], 'candor-json'],
    ['numbered cue and timing', ['1', '00:00:01,000 --> 00:00:02,000'], 'srt'],
    ['timing first', ['00:00:01,000 --> 00:00:02,000', 'Alex: hi'], 'srt'],
    ['speaker lines', ['Ana: hi', 'Bo: hello'], 'plain'],
    ['timestamped speaker lines', ['[00:00:01] Ana: hi'], 'plain'],
    ['a number, then a speaker line', ['1', 'Ana: hi'], 'plain'],
    ['WEBVTT in the middle of a word', ['WEBVTTX'], 'plain'],
  ])('%s', (_name, lines, format) => {
    expect(detectFormat(lines)).toBe(format);
  });
});

describe('[formats] Candor JSON export', () => {
  test.each(FIXTURES)('%s survives a round trip through the export', (name) => {
    const { utterances } = parseTranscript(bytesOf(name));
    const exported = formatCandorTranscript(utterances, { source: name });
    expect(parseTranscript(exported).utterances).toEqual(utterances);
  });

  test('the export is one utterance per line', () => {
    const { utterances } = parseTranscript(bytesOf('captions.srt'));
    const lines = formatCandorTranscript(utterances).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "format": "candor-transcript",', '  "version": 1,']);
    expect(lines.filter((l) => l.startsWith('    {'))).toHaveLength(utterances.length);
  });

  test('fields the reader does not know are ignored', () => {
    const json = JSON.stringify({
      future: { nested: [1, { deep: '"]}' }] },
      utterances: [{ id: 'x', speaker: 'Ana', text: 'hi', start: 0, end: 1, sentiment: 'calm' }],
      version: 1,
      format: 'candor-transcript',
      flag: true,
      count: 12.5,
    });
    expect(parseTranscript(json).utterances).toMatchObject([{ id: 'x', speaker: 'Ana', self: false }]);
  });
});
