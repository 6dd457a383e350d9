/** Everything the debrief page shows about one call, derived from its record and caption log. */
import type { CaptureBatch } from '../capture/protocol.ts';
import type { Perspective } from '../engine/types.ts';
import { readChecklist, type IndicatorReading } from './checklist.ts';
import { rebuildCall, type RebuiltCall } from './rebuild.ts';
import { findRepairs, type RepairReading } from './repairs.ts';
import type { SessionDigest, StoredSession } from './session-meta.ts';

export interface Debrief extends RebuiltCall {
  repairs: RepairReading;
  checklist: IndicatorReading[];
}

/** The perspective the background analysed the call with (the user's role and "me"), so both agree. */
export function perspectiveOf(session: StoredSession): Perspective {
  return session.perspective ?? {};
}

export function buildDebrief(session: StoredSession, batches: readonly CaptureBatch[]): Debrief {
  const call = rebuildCall(session, batches, perspectiveOf(session));
  const repairs = findRepairs(call.utterances, call.analysis.flags, call.analysis.signals);
  const checklist = readChecklist(call.analysis.flags, call.analysis.signals, repairs.repairs);
  return { ...call, repairs, checklist };
}

export function digestOf(session: StoredSession, debrief: Debrief): SessionDigest {
  return {
    utterances: debrief.utterances.length,
    speakers: debrief.analysis.speakers.map((s) => s.speaker),
    duration: Math.round(debrief.duration),
    flags: debrief.analysis.flags.length,
    signals: debrief.analysis.signals.length,
    repairs: debrief.repairs.repairs.length,
    builtFrom: session.updatedAt,
  };
}
