/** Builds the utterances every parser returns: unique ids, `self` from the user's name, speaker checks. */
import type { Utterance } from '../transcript/types.ts';
import { FormatError } from './errors.ts';

export class UtteranceMaker {
  // Ids only (not texts), so a long file costs a few bytes per cue here.
  private readonly ids = new Set<string>();
  private made = 0;
  private labelled = 0;

  constructor(private readonly me: string | undefined) {}

  get count(): number {
    return this.made;
  }

  make(id: string | null, speaker: string, text: string, start: number, end: number): Utterance {
    this.made++;
    if (speaker !== '') this.labelled++;
    return {
      id: this.uniqueId(id),
      speaker,
      self: this.me !== undefined && speaker === this.me,
      text,
      start,
      end,
      final: true,
    };
  }

  /** Throws at the end of the input when it held no utterance or no speaker label at all. */
  check(line: number, expected: string): void {
    if (this.made === 0) throw new FormatError(line, `no utterances found (expected ${expected})`);
    if (this.labelled === 0) throw new FormatError(line, `no speaker labels found (expected ${expected})`);
  }

  private uniqueId(wanted: string | null): string {
    const base = wanted !== null && wanted !== '' ? wanted : `u${this.made}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}#${n}`;
    this.ids.add(id);
    return id;
  }
}
