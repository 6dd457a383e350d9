import type { Utterance } from './types.ts';

/** A stand-in speaker's learned name: every earlier line under `from` (never the user's own) now reads `to`. */
export interface Rename {
  from: string;
  to: string;
}

/** Applies a rename to lines kept elsewhere (the panel, a rebuilt transcript); returns the renamed ones. */
export function renameLines(lines: Iterable<Utterance>, rename: Rename): Utterance[] {
  const renamed: Utterance[] = [];
  for (const line of lines) {
    if (line.self || line.speaker !== rename.from) continue;
    renamed.push({ ...line, speaker: rename.to });
  }
  return renamed;
}
