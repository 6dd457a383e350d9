/** The one way call times and lengths are written, on screen, in exports and in the CLI report. */

/** A call time as a clock: `m:ss`, or `h:mm:ss` from the first hour on. Partial seconds are dropped. */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * A length as words for summaries and screen readers: "4 min 37 s", "1 h 5 min", "40 s". With `minutes`
 * precision the seconds are left out once the length reaches a minute ("quiet for 4 min").
 */
export function spokenDuration(seconds: number, precision: 'seconds' | 'minutes' = 'seconds'): string {
  // Partial seconds are dropped, as the clock drops them, so "4:36 (4 min 36 s)" always agree.
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} h`);
  if (m > 0) parts.push(`${m} min`);
  if (s > 0 && (precision === 'seconds' || total < 60)) parts.push(`${s} s`);
  return parts.length > 0 ? parts.join(' ') : '0 s';
}
