/** SubRip (.srt): numbered cues, `00:00:01,000 --> 00:00:04,000`, speakers as `Name: text`. */
import type { Utterance } from '../transcript/types.ts';
import { FormatError } from './errors.ts';
import type { LineParser, ParserOptions, TranscriptInfo } from './types.ts';
import { UtteranceMaker } from './utterances.ts';
import { cueUtterances, parseTiming } from './webvtt.ts';

const EXPECTED = '"Name: text" subtitles';
const EXAMPLE = '00:00:01,000 --> 00:00:04,000';

interface Cue {
  id: string | null;
  start: number;
  end: number;
  text: string[];
}

export function createSrtParser(options: ParserOptions = {}): LineParser {
  const maker = new UtteranceMaker(options.me);
  let state: 'between' | 'numbered' | 'text' = 'between';
  let line = 0;
  let number: string | null = null;
  let cue: Cue | null = null;

  function openCue(text: string): void {
    cue = { id: number, ...parseTiming(text, line, EXAMPLE), text: [] };
    number = null;
    state = 'text';
  }

  function closeCue(): Utterance[] {
    const done = cue;
    cue = null;
    state = 'between';
    return done === null || done.text.length === 0 ? [] : cueUtterances(maker, done, done.text.join('\n'), 'srt');
  }

  return {
    push(text) {
      line++;
      const blank = text.trim() === '';
      switch (state) {
        case 'between':
          if (blank) return [];
          if (/^\s*\d+\s*$/.test(text)) {
            number = text.trim();
            state = 'numbered';
          } else if (text.includes('-->'))
            openCue(text); // some tools leave the numbers out
          else throw new FormatError(line, `expected a subtitle number or a timing line like "${EXAMPLE}"`);
          return [];
        case 'numbered':
          if (!text.includes('-->'))
            throw new FormatError(line, `expected a timing line like "${EXAMPLE}" after the subtitle number`);
          openCue(text);
          return [];
        case 'text':
          if (blank) return closeCue();
          cue!.text.push(text);
          return [];
      }
    },
    end() {
      if (state === 'numbered')
        throw new FormatError(line, 'the file ends after a subtitle number, without its timing line');
      const last = closeCue();
      maker.check(Math.max(1, line), EXPECTED);
      return last;
    },
    info(): TranscriptInfo {
      return { format: 'srt', timings: 'cues', lines: line, utterances: maker.count };
    },
  };
}
