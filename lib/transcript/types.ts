/** One speaker's continuous stretch of speech, assembled from caption events. */
export interface Utterance {
  /** Stable across revisions: `${block}` or `${block}~${n}` for a continuation of the same block. */
  id: string;
  speaker: string;
  self: boolean;
  text: string;
  /** Seconds since the session's first caption. */
  start: number;
  end: number;
  /** Final utterances never change again; interim ones may still be revised. */
  final: boolean;
}

/** What the assembler reports after each event: the utterances it created or changed. */
export interface TranscriptUpdate {
  /** Interim or final versions of utterances, in the order they changed. */
  changed: Utterance[];
}
