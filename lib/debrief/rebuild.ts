/**
 * A stored call, rebuilt: its caption log replayed through the same CallSession the background runs,
 * so the debrief shows the analysis the side panel showed, not a second opinion.
 */
import type { CaptureBatch } from '../capture/protocol.ts';
import type { EngineSnapshot } from '../engine/engine.ts';
import type { Perspective } from '../engine/types.ts';
import { CallSession, type SessionRecord } from '../session/call-session.ts';
import type { Utterance } from '../transcript/types.ts';

/**
 * How far past the last caption the rebuilt call is run on. Pending findings close with time (an
 * unanswered question after 60 s), as they would in a panel left open; a fixed pad keeps the debrief
 * the same whenever it is opened.
 */
export const SETTLE_PAD_MS = 120_000;

export interface RebuiltCall {
  utterances: Utterance[];
  analysis: EngineSnapshot;
  /** Call seconds from the first caption to the last. */
  duration: number;
}

export function rebuildCall(
  record: SessionRecord,
  batches: readonly CaptureBatch[],
  perspective: Perspective = {},
): RebuiltCall {
  const session = new CallSession({ ...record, lastSeq: {}, perspective });
  let last = record.origin;
  for (const batch of batches) {
    session.apply(batch, record.updatedAt);
    for (const event of batch.events) last = Math.max(last, event.t);
  }
  session.tick(last + SETTLE_PAD_MS);
  return {
    utterances: session.utterances().filter((utterance) => utterance.final),
    analysis: session.analysis(),
    duration: Math.max(0, (last - record.origin) / 1000),
  };
}
