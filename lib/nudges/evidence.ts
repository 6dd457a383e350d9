/**
 * The few quoted words that show what happened, picked from a flag's evidence. A nudge quotes the
 * transcript rather than characterising anyone (docs/design.md: Observe, do not judge).
 */
import type { Evidence, Flag } from '../engine/types.ts';

/** A quote longer than this is cut to stay on one line of a narrow panel. */
export const QUOTE_MAX_CHARS = 90;
const QUOTE_WORDS = 10;

/** The words to quote for a flag, or null when its evidence has no text. */
export function quoteOf(flag: Flag): string | null {
  const ev = flag.evidence;
  switch (flag.type) {
    case 'interruption':
      // The cut-off speaker's last words show the sentence that never finished.
      return ev[0] ? tail(ev[0].text) : null;
    case 'dismissed-objection':
      return spoken(ev.find((e) => e.speaker === flag.speaker && e.words) ?? ev[1] ?? ev[0]);
    case 'unanswered-question':
      return spoken(ev[0]);
    case 'skeptical-response':
      return spoken(ev.find((e, i) => i > 0 && e.speaker === flag.speaker && e.words) ?? ev[ev.length - 1]);
    case 'monologue':
      return ev[0] ? head(ev[0].text) : null;
    case 'talk-dominance': {
      const theirs = [...ev].reverse().find((e) => e.speaker === flag.speaker) ?? ev[0];
      return theirs ? head(theirs.text) : null;
    }
  }
}

/** The latest moment the evidence shows, in call seconds: how fresh the flag is. */
export function latestEvidenceAt(flag: Flag): number {
  return flag.evidence.reduce((latest, e) => Math.max(latest, e.at), flag.at);
}

function spoken(e: Evidence | undefined): string | null {
  if (e === undefined) return null;
  return clip(e.words && e.words.trim() !== '' ? e.words : head(e.text));
}

function head(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return clip(words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(' ')}…` : words.join(' '));
}

function tail(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return clip(words.length > QUOTE_WORDS ? `…${words.slice(-QUOTE_WORDS).join(' ')}` : words.join(' '));
}

function clip(text: string): string {
  const t = text.trim();
  return t.length <= QUOTE_MAX_CHARS ? t : `${t.slice(0, QUOTE_MAX_CHARS - 1).trimEnd()}…`;
}
