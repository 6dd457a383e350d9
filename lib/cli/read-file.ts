/**
 * Streams a transcript file through the decoder, the format reader and the engine, so memory grows
 * with the engine's transcript only, never with a second copy of the file.
 */
import { createReadStream } from 'node:fs';
import { createEngine, type Engine, type EngineSnapshot } from '../engine/engine.ts';
import type { Perspective } from '../engine/types.ts';
import { ByteLineReader } from '../formats/decode.ts';
import { createTranscriptReader } from '../formats/index.ts';
import type { TranscriptFormat, TranscriptInfo } from '../formats/types.ts';
import type { Utterance } from '../transcript/types.ts';

// Files are replayed, not live: a wider reorder window costs nothing and absorbs sloppy cue order.
const FILE_REORDER_SECONDS = 30;

export interface FileAnalysis {
  snapshot: EngineSnapshot;
  info: TranscriptInfo;
  /** Every speaker name seen, for checking `--me`. */
  speakers: string[];
}

export async function analyzeFile(
  path: string,
  perspective: Perspective,
  format?: TranscriptFormat,
): Promise<FileAnalysis> {
  const decoder = new ByteLineReader();
  const reader = createTranscriptReader({ format, me: perspective.me });
  let engine: Engine | null = null;

  const feed = (utterances: Utterance[]) => {
    if (utterances.length === 0) return;
    // Created at the first utterance: by then the reader knows whether its times are real.
    engine ??= createEngine(perspective, {
      timings: reader.info().timings === 'estimated' ? 'estimated' : 'measured',
      reorderSeconds: FILE_REORDER_SECONDS,
    });
    for (const utterance of utterances) engine.push(utterance);
  };

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    for (const line of decoder.push(chunk as Buffer)) feed(reader.push(line));
  }
  for (const line of decoder.end()) feed(reader.push(line));
  feed(reader.end());

  const done = engine as Engine | null;
  if (done === null) throw new Error('no utterances'); // the reader throws a FormatError first
  done.end();
  const snapshot = done.snapshot();
  return { snapshot, info: reader.info(), speakers: snapshot.speakers.map((s) => s.speaker) };
}
