/** Clock-style timestamps as transcripts write them: `01:02:03.500`, `02:03,5`, `1:02:03`. */

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Seconds, or null when `text` is not a clock time (minutes and seconds must be under 60). */
export function parseClock(text: string): number | null {
  const m = CLOCK.exec(text.trim());
  if (m === null) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (minutes >= 60 || seconds >= 60) return null;
  // "5" after the dot is half a second, not five milliseconds.
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}
