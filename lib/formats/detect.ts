/** Recognises a transcript's format from its first non-blank lines. */
import type { TranscriptFormat } from './types.ts';

/** How many non-blank lines `detectFormat` needs to be sure. */
export const DETECT_LINES = 2;

/**
 * - `WEBVTT` first: WebVTT;
 * - `{` first: Candor's JSON export;
 * - a number, then a timing line (or a timing line first): SRT;
 * - anything else: plain `Name: text` lines.
 */
export function detectFormat(firstLines: readonly string[]): TranscriptFormat {
  const [first = '', second = ''] = firstLines.map((l) => l.replace(/^\uFEFF/, '').trim()).filter((l) => l !== '');
  if (/^WEBVTT(?:\s|$)/.test(first)) return 'webvtt';
  if (first.startsWith('{')) return 'candor-json';
  const timing = /^\S+\s+-->\s+\S+/;
  if (timing.test(first) || (/^\d+$/.test(first) && timing.test(second))) return 'srt';
  return 'plain';
}
