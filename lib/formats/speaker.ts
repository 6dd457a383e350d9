/** "Name: text", the way Zoom's WebVTT, SRT exports and plain transcripts label speakers. */

export interface Labelled {
  speaker: string;
  text: string;
}

// A name is short and has no sentence punctuation; "Note: ..." still passes, which is accepted.
const LABEL = /^([^:?!"“”\n]{1,60}?):(?:\s+|$)/;
// Display names carry titles, pronouns and teams ("Jerome Dela Cruz | IT Service Desk"); a sentence runs longer.
const MAX_NAME_WORDS = 8;

/** The speaker label at the start of `line`, or null when it has none. */
export function splitSpeaker(line: string): Labelled | null {
  const m = LABEL.exec(line);
  if (m === null) return null;
  const speaker = m[1]!.trim();
  if (speaker === '' || speaker.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > MAX_NAME_WORDS) return null;
  return { speaker, text: line.slice(m[0].length).trim() };
}
