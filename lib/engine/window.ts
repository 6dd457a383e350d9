/**
 * Talk time per speaker over a rolling window (the last 10 minutes), kept incrementally: adding a
 * cue and reading the totals cost O(speakers) amortised, whatever the length of the call.
 */

interface Talk {
  speaker: string;
  start: number;
  end: number;
}

export class RollingTalk {
  private items: Talk[] = [];
  private head = 0;
  /** Whole durations of the cues still held, per speaker; the totals clip the oldest ones. */
  private held = new Map<string, number>();
  private edge = Number.NEGATIVE_INFINITY;

  constructor(readonly windowSeconds: number) {}

  /** The window's right edge: the latest time seen. */
  get now(): number {
    return this.edge;
  }

  add(speaker: string, start: number, end: number): void {
    const talk = { speaker, start, end: Math.max(start, end) };
    this.items.push(talk);
    this.held.set(speaker, (this.held.get(speaker) ?? 0) + (talk.end - talk.start));
    this.advance(talk.end);
  }

  /** Moves the right edge forward (never back) and forgets talk that ended before the window. */
  advance(now: number): void {
    if (now <= this.edge) return;
    this.edge = now;
    const from = now - this.windowSeconds;
    while (this.head < this.items.length) {
      const oldest = this.items[this.head]!;
      if (oldest.end > from) break;
      this.held.set(oldest.speaker, (this.held.get(oldest.speaker) ?? 0) - (oldest.end - oldest.start));
      this.head++;
    }
    // Compact now and then so the array does not keep the whole call.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  /** Seconds of talk per speaker inside [now - window, now]; speakers with none are left out. */
  totals(): Map<string, number> {
    const totals = new Map<string, number>();
    for (const [speaker, seconds] of this.held) if (seconds > 1e-9) totals.set(speaker, seconds);
    const from = this.edge - this.windowSeconds;
    // Cues are held in start order, so the ones straddling the window's start are a short prefix.
    for (let i = this.head; i < this.items.length; i++) {
      const talk = this.items[i]!;
      if (talk.start >= from) break;
      const outside = Math.min(talk.end, from) - talk.start;
      const left = (totals.get(talk.speaker) ?? 0) - outside;
      if (left > 1e-9) totals.set(talk.speaker, left);
      else totals.delete(talk.speaker);
    }
    return totals;
  }
}

/** Shares (0..1) from talk totals; an empty window gives no shares. */
export function sharesOf(totals: ReadonlyMap<string, number>): Map<string, number> {
  let sum = 0;
  for (const seconds of totals.values()) sum += seconds;
  const shares = new Map<string, number>();
  if (sum <= 0) return shares;
  for (const [speaker, seconds] of totals) shares.set(speaker, seconds / sum);
  return shares;
}
