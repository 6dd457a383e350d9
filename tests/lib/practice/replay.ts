/** Test helper: a conversation played as the practice page plays it, then stored and rebuilt. */
import type { CaptureBatch } from '../../../lib/capture/protocol.ts';
import type { Perspective } from '../../../lib/engine/types.ts';
import { buildDebrief, type Debrief } from '../../../lib/debrief/debrief.ts';
import type { StoredSession } from '../../../lib/debrief/session-meta.ts';
import { PRACTICE_STATUS } from '../../../lib/practice/player.ts';
import { buildSchedule, type PracticeSpeed, type ScheduleLine } from '../../../lib/practice/schedule.ts';
import type { Scenario } from '../../../lib/practice/types.ts';

export const BASE = 1_700_000_000_000;

export function linesOf(scenario: Scenario): ScheduleLine[] {
  return scenario.lines.map((line, i) => ({ ...line, id: `l${i + 1}`, self: line.speaker === scenario.me }));
}

/** Batches as the send queue would cut them: `size` events at most, the status in the first and last. */
export function batchesOf(
  lines: readonly ScheduleLine[],
  speed: PracticeSpeed = 'instant',
  size = 500,
): CaptureBatch[] {
  const events = buildSchedule(lines, { speed, base: BASE }).map((timed) => timed.event);
  const batches: CaptureBatch[] = [];
  for (let i = 0; i < events.length; i += size) {
    batches.push({
      type: 'capture/batch',
      doc: 'doc',
      seq: batches.length + 1,
      url: 'x',
      events: events.slice(i, i + size),
    });
  }
  batches[0]!.status = { ...PRACTICE_STATUS.playing };
  batches.push({
    type: 'capture/batch',
    doc: 'doc',
    seq: batches.length + 1,
    url: 'x',
    status: { ...PRACTICE_STATUS.ended },
    events: [],
  });
  return batches;
}

export function recordFor(batches: readonly CaptureBatch[], extra: Partial<StoredSession> = {}): StoredSession {
  const origin = batches[0]?.events[0]?.t ?? BASE;
  return {
    id: 's1',
    tabId: 7,
    platform: 'practice',
    callKey: 'practice:x',
    origin,
    startedAt: BASE,
    updatedAt: BASE,
    lastSeq: {},
    ...extra,
  };
}

export function perspectiveOf(scenario: Scenario): Perspective {
  return { role: scenario.myRole, me: scenario.me };
}

const cache = new Map<string, Debrief>();

/** The debrief of a scenario played instantly (cached: scenarios are analysed by several tests). */
export function debriefOf(scenario: Scenario, speed: PracticeSpeed = 'instant', size = 500): Debrief {
  const key = `${scenario.id}|${speed}|${size}`;
  let debrief = cache.get(key);
  if (!debrief) {
    const batches = batchesOf(linesOf(scenario), speed, size);
    // The practice page gives the background the scenario's role and "me" before the run starts.
    debrief = buildDebrief(recordFor(batches, { perspective: perspectiveOf(scenario) }), batches);
    cache.set(key, debrief);
  }
  return debrief;
}
