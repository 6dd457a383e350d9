/**
 * WebVTT, as Teams writes it (`<v Name>text</v>`) and as Zoom writes it (cue text `Name: text`).
 * One utterance per voice per cue; cues are not merged, so findings anchor to the file's own cues.
 */
import type { Utterance } from '../transcript/types.ts';
import { FormatError } from './errors.ts';
import { readCueMarkup, squeeze } from './markup.ts';
import { splitSpeaker } from './speaker.ts';
import { parseClock } from './time.ts';
import type { LineParser, ParserOptions, TranscriptInfo } from './types.ts';
import { UtteranceMaker } from './utterances.ts';

const EXPECTED = '"<v Name>" voice tags or "Name: text" cues';

interface Cue {
  id: string | null;
  start: number;
  end: number;
  text: string[];
  line: number;
}

type State = 'signature' | 'header' | 'between' | 'skip' | 'cue-id' | 'cue-text';

/** Reads a timing line ("00:01.000 --> 00:04.000 align:start"); throws on a malformed one. */
export function parseTiming(line: string, lineNo: number, example: string): { start: number; end: number } {
  const m = /^\s*(\S+)\s+-->\s+(\S+)/.exec(line);
  if (m === null) throw new FormatError(lineNo, `expected a timing line like "${example}"`);
  const start = parseClock(m[1]!);
  const end = parseClock(m[2]!);
  if (start === null) throw new FormatError(lineNo, `bad timestamp "${m[1]}"`);
  if (end === null) throw new FormatError(lineNo, `bad timestamp "${m[2]}"`);
  if (end < start) throw new FormatError(lineNo, 'the cue ends before it starts');
  return { start, end };
}

/** Splits one cue into utterances, one per voice, sharing the cue's time by word count. */
export function cueUtterances(
  maker: UtteranceMaker,
  cue: Pick<Cue, 'id' | 'start' | 'end'>,
  raw: string,
  dialect: 'webvtt' | 'srt',
): Utterance[] {
  let segments = readCueMarkup(raw, dialect);
  if (segments.length === 1 && segments[0]!.speaker === null) {
    const labelled = splitSpeaker(segments[0]!.text);
    if (labelled !== null && labelled.text !== '') segments = [{ speaker: labelled.speaker, text: labelled.text }];
  }
  const counts = segments.map((s) => Math.max(1, s.text.split(' ').length));
  const total = counts.reduce((a, b) => a + b, 0);
  let at = cue.start;
  return segments.map((segment, k) => {
    const length = ((cue.end - cue.start) * counts[k]!) / total;
    const id = cue.id === null ? null : k === 0 ? cue.id : `${cue.id}~${k}`;
    const utterance = maker.make(
      id,
      segment.speaker ?? '',
      segment.text,
      at,
      k === segments.length - 1 ? cue.end : at + length,
    );
    at += length;
    return utterance;
  });
}

export function createWebVttParser(options: ParserOptions = {}): LineParser {
  const maker = new UtteranceMaker(options.me);
  let state: State = 'signature';
  let line = 0;
  let cue: Cue | null = null;
  let pendingId: string | null = null;

  function openCue(text: string): void {
    const { start, end } = parseTiming(text, line, '00:00:01.000 --> 00:00:04.000');
    cue = { id: pendingId, start, end, text: [], line };
    pendingId = null;
    state = 'cue-text';
  }

  function closeCue(): Utterance[] {
    const done = cue;
    cue = null;
    state = 'between';
    if (done === null || done.text.length === 0) return [];
    return cueUtterances(maker, done, done.text.join('\n'), 'webvtt');
  }

  return {
    push(text) {
      line++;
      const blank = text.trim() === '';
      switch (state) {
        case 'signature':
          if (!/^WEBVTT(?:[ \t].*)?$/.test(text)) throw new FormatError(line, 'a WebVTT file must start with "WEBVTT"');
          state = 'header';
          return [];
        case 'header':
        case 'skip':
          if (blank) state = 'between';
          return [];
        case 'between':
          if (blank) return [];
          if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(text)) state = 'skip';
          else if (text.includes('-->')) openCue(text);
          else {
            pendingId = squeeze(text);
            state = 'cue-id';
          }
          return [];
        case 'cue-id':
          if (!text.includes('-->')) {
            throw new FormatError(line, 'expected a timing line like "00:00:01.000 --> 00:00:04.000" after the cue id');
          }
          openCue(text);
          return [];
        case 'cue-text':
          if (blank) return closeCue();
          cue!.text.push(text);
          return [];
      }
    },
    end() {
      if (state === 'signature') throw new FormatError(1, 'the file is empty');
      if (state === 'cue-id') throw new FormatError(line, 'the file ends after a cue id, without its timing line');
      const last = closeCue();
      maker.check(line, EXPECTED);
      return last;
    },
    info(): TranscriptInfo {
      return { format: 'webvtt', timings: 'cues', lines: line, utterances: maker.count };
    },
  };
}
