/**
 * Plain text transcripts: `Name: text` lines, optionally led by a time (`[00:01:02]`, `(01:02)`,
 * `00:01:02`) or preceded by a line holding only a time. Lines without a label continue the
 * current speaker's text. Without times, times are synthesised from word counts (150 words a minute).
 */
import { WORDS_PER_SECOND } from '../engine/roles.ts';
import type { Utterance } from '../transcript/types.ts';
import { splitSpeaker } from './speaker.ts';
import { parseClock } from './time.ts';
import type { LineParser, ParserOptions, TimingSource, TranscriptInfo } from './types.ts';
import { UtteranceMaker } from './utterances.ts';

const EXPECTED = '"Name: text" lines';
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const LEADING_TIME = new RegExp(String.raw`^\s*(?:[\[(]\s*(${TIME})\s*[\])]|(${TIME})(?=\s|$))\s*`);

// When only start times are known, a turn is assumed to last until the next one starts, but no
// longer than its words take at a slow 90 words a minute (plus a breath): silence is not talk.
const SLOWEST_WORDS_PER_SECOND = 1.5;
const BREATH_SECONDS = 2;

interface Open {
  line: number;
  speaker: string;
  text: string[];
  start: number | null;
}

export function createPlainParser(options: ParserOptions = {}): LineParser {
  const maker = new UtteranceMaker(options.me);
  let line = 0;
  let open: Open | null = null;
  let pendingTime: number | null = null;
  let cursor = 0;
  let timed = false;

  function close(nextStart: number | null): Utterance[] {
    const done = open;
    open = null;
    if (done === null) return [];
    const text = done.text.join(' ').replace(/\s+/g, ' ').trim();
    if (text === '') return [];
    const words = Math.max(1, text.split(' ').length);
    const start = done.start ?? cursor;
    let end: number;
    if (done.start === null) end = start + words / WORDS_PER_SECOND;
    else {
      const longest = start + words / SLOWEST_WORDS_PER_SECOND + BREATH_SECONDS;
      end = nextStart !== null && nextStart >= start ? Math.min(nextStart, longest) : start + words / WORDS_PER_SECOND;
    }
    cursor = Math.max(cursor, end);
    return [maker.make(`L${done.line}`, done.speaker, text, start, end)];
  }

  return {
    push(raw) {
      line++;
      const m = LEADING_TIME.exec(raw);
      const time = m === null ? null : parseClock((m[1] ?? m[2])!);
      const rest = m === null ? raw.trim() : raw.slice(m[0].length).trim();
      if (rest === '') {
        if (time !== null) pendingTime = time; // a time on its own line heads the next turn
        return [];
      }
      const labelled = splitSpeaker(rest);
      if (labelled === null) {
        // Text before the first label (a title, a date) is skipped; after it, the speaker goes on.
        if (open !== null) open.text.push(rest);
        return [];
      }
      const start = time ?? pendingTime;
      pendingTime = null;
      if (start !== null) timed = true;
      const done = close(start);
      open = { line, speaker: labelled.speaker, text: [labelled.text], start };
      return done;
    },
    end() {
      const last = close(null);
      maker.check(Math.max(1, line), EXPECTED);
      return last;
    },
    info(): TranscriptInfo {
      const timings: TimingSource = timed ? 'timestamps' : 'estimated';
      return { format: 'plain', timings, lines: line, utterances: maker.count };
    },
  };
}
