import { describe, expect, test } from 'vitest';
import { FormatError, parseTranscript, type TranscriptFormat } from '../../../lib/formats/index.ts';

function failure(input: string | Uint8Array, format?: TranscriptFormat): { line: number; message: string } {
  try {
    parseTranscript(input, { format });
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    const { line, message } = error as FormatError;
    return { line, message };
  }
  throw new Error('expected a FormatError');
}

describe('[formats] malformed input', () => {
  test.each<[string, string, TranscriptFormat | undefined, number, RegExp]>([
    ['an empty file', '', undefined, 1, /empty/],
    ['only blank lines', '\n  \n\t\n', undefined, 1, /empty/],
    [
      'WebVTT: a bad timestamp',
      'WEBVTT\n\n00:00:01.000 --> 00:0x:04.000\n<v A>Hi</v>\n',
      undefined,
      3,
      /bad timestamp "00:0x:04.000"/,
    ],
    [
      'WebVTT: a cue that ends before it starts',
      'WEBVTT\n\n00:00:09.000 --> 00:00:04.000\n<v A>Hi</v>\n',
      undefined,
      3,
      /ends before it starts/,
    ],
    ['WebVTT: an id without a timing line', 'WEBVTT\n\ncue-1\n<v A>Hi</v>\n', undefined, 4, /timing line/],
    [
      'WebVTT: an id at the very end',
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hi</v>\n\ncue-9',
      undefined,
      6,
      /ends after a cue id/,
    ],
    ['WebVTT forced on text without the header', 'Ana: hi\nBo: hello\n', 'webvtt', 1, /must start with "WEBVTT"/],
    [
      'WebVTT without any speaker',
      'WEBVTT\n\n00:01.000 --> 00:02.000\nHello there\n\n00:03.000 --> 00:04.000\nHi\n',
      undefined,
      7,
      /no speaker labels/,
    ],
    ['WebVTT with no cues', 'WEBVTT\n\nNOTE nothing here\n', undefined, 3, /no utterances/],
    ['SRT: text where the timing should be', '1\nAlex: hello\n', 'srt', 2, /timing line/],
    [
      'SRT: a stray line between cues',
      '1\n00:00:01,000 --> 00:00:02,000\nAlex: hi\n\nstray text\n',
      undefined,
      5,
      /subtitle number/,
    ],
    ['SRT without any speaker', '1\n00:00:01,000 --> 00:00:02,000\nHello\n', undefined, 3, /no speaker labels/],
    [
      'plain text without any label',
      'Just some notes\nabout the call.\n',
      undefined,
      2,
      /no utterances found \(expected "Name: text" lines\)/,
    ],
    [
      'JSON: not our format',
      '{"format":"other","version":1,"utterances":[]}',
      undefined,
      1,
      /"format" must be "candor-transcript"/,
    ],
    [
      'JSON: a later version',
      '{"format":"candor-transcript","version":2,"utterances":[]}',
      undefined,
      1,
      /unsupported candor-transcript version 2/,
    ],
    [
      'JSON: no utterances array',
      '{"format":"candor-transcript","version":1}',
      undefined,
      1,
      /missing the "utterances" array/,
    ],
    [
      'JSON: cut short',
      '{"format":"candor-transcript","version":1,\n"utterances":[\n{"id":"a","speaker":"A","text":"hi","start":0,"end":1}',
      undefined,
      3,
      /ends before its closing/,
    ],
    [
      'JSON: an utterance without a speaker',
      '{"format":"candor-transcript","version":1,"utterances":[\n{"id":"a","text":"hi","start":0,"end":1}\n]}',
      undefined,
      2,
      /"speaker" string/,
    ],
    [
      'JSON: broken JSON inside an utterance',
      '{"format":"candor-transcript","version":1,"utterances":[\n{"id":"a","speaker":"A","text":"hi","start":0,"end":}\n]}',
      undefined,
      2,
      /invalid JSON/,
    ],
    [
      'JSON: negative time',
      '{"format":"candor-transcript","version":1,"utterances":[\n{"id":"a","speaker":"A","text":"hi","start":-1,"end":1}\n]}',
      undefined,
      2,
      /"start" as seconds/,
    ],
    [
      'JSON: text after the object',
      '{"format":"candor-transcript","version":1,"utterances":[{"id":"a","speaker":"A","text":"hi","start":0,"end":1}]}\n{}',
      undefined,
      2,
      /after the end/,
    ],
    [
      'JSON: no speakers',
      '{"format":"candor-transcript","version":1,"utterances":[{"id":"a","speaker":"","text":"hi","start":0,"end":1}]}',
      undefined,
      1,
      /no speaker labels/,
    ],
  ])('%s', (_name, input, format, line, message) => {
    const error = failure(input, format);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });
});

describe('[formats] encodings', () => {
  const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Zoë>Ça va? Très bien.</v>\n';
  const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);

  test.each<[string, Uint8Array]>([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 with CRLF line ends', Buffer.from(text.replaceAll('\n', '\r\n'))],
    ['UTF-8 with old Mac CR line ends', Buffer.from(text.replaceAll('\n', '\r'))],
    ['UTF-16 LE with a BOM', utf16le(text)],
    ['UTF-16 BE with a BOM', utf16be(text)],
    ['UTF-16 LE with a BOM and CRLF', utf16le(text.replaceAll('\n', '\r\n'))],
  ])('%s', (_name, bytes) => {
    const { utterances } = parseTranscript(bytes);
    expect(utterances.map((u) => [u.speaker, u.text])).toEqual([['Zoë', 'Ça va? Très bien.']]);
  });

  test.each<[string, Uint8Array, number, RegExp]>([
    [
      'Windows-1252 bytes',
      Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Zo\xeb>Tr\xe8s bien</v>\n', 'latin1'),
      4,
      /not valid UTF-8/,
    ],
    ['UTF-16 without a BOM', Buffer.from(text, 'utf16le'), 1, /NUL bytes/],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x57, 0, 0, 0]), 1, /UTF-32/],
    ['an empty file', new Uint8Array(), 1, /empty/],
    ['a BOM and nothing else', new Uint8Array([0xef, 0xbb, 0xbf]), 1, /empty/],
  ])('%s → a clear error', (_name, bytes, line, message) => {
    const error = failure(bytes);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });
});
