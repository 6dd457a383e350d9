/**
 * Caption markup: the tags WebVTT (and, loosely, SRT) put in cue text. Only the tags these formats
 * define are read or dropped; anything else that looks like a tag ("<admin>", "<script>") is
 * somebody's words and stays as literal text.
 */

export type MarkupDialect = 'webvtt' | 'srt';

/** A stretch of cue text and the voice (`<v Name>`) it was in, if any. */
export interface VoiceSegment {
  speaker: string | null;
  text: string;
}

// Tags each format defines; `v` is read for the speaker, the rest are dropped.
const KNOWN_TAGS: Record<MarkupDialect, ReadonlySet<string>> = {
  webvtt: new Set(['v', 'c', 'i', 'b', 'u', 'ruby', 'rt', 'lang']),
  srt: new Set(['v', 'i', 'b', 'u', 's', 'font']),
};

// A tag name, then its annotation; a timestamp tag (<00:01.000>) has digits for a name.
const TAG = /<(\/?)([a-zA-Z]+|\d[\d:.]*)([^<>]*)>/g;

/** WebVTT escapes; other named references are rare in captions and stay as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a cue's text at its voice tags and removes the format's other tags. Segments with no text
 * are dropped and neighbours with the same voice are joined.
 */
export function readCueMarkup(text: string, dialect: MarkupDialect): VoiceSegment[] {
  const known = KNOWN_TAGS[dialect];
  const decode = dialect === 'webvtt' ? decodeEntities : (s: string) => s;
  const segments: VoiceSegment[] = [];
  let speaker: string | null = null;
  let buffer = '';
  let last = 0;
  const flush = () => {
    const clean = squeeze(decode(buffer));
    buffer = '';
    if (clean === '') return;
    const previous = segments.at(-1);
    if (previous !== undefined && previous.speaker === speaker) previous.text = `${previous.text} ${clean}`;
    else segments.push({ speaker, text: clean });
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const [whole, closing, rawName, annotation] = m as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    const isTimestamp = /^\d/.test(name);
    if (!isTimestamp && !known.has(name)) continue; // not markup: leave it in the text
    buffer += text.slice(last, m.index);
    last = m.index + whole.length;
    if (name !== 'v') continue;
    flush();
    // "<v.loud Esme>" carries classes before the name.
    speaker = closing === '/' ? null : squeeze(decode(annotation.replace(/^\.[^\s]*/, ''))) || null;
  }
  buffer += text.slice(last);
  flush();
  return segments;
}
