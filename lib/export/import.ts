/**
 * An imported call becomes an ordinary stored session: its utterances are turned into the caption
 * events a call page would have shown (lib/practice/schedule.ts), so the debrief rebuilds it through
 * the same CallSession as any live call or practice run.
 */
import type { CaptureBatch } from '../capture/protocol.ts';
import { MAX_EVENTS_PER_BATCH } from '../capture/protocol.ts';
import type { StoredSession } from '../debrief/session-meta.ts';
import { PRACTICE_STATUS } from '../practice/player.ts';
import { buildSchedule } from '../practice/schedule.ts';
import type { ImportedCall } from './candor-json.ts';

export interface ImportOptions {
  id: string;
  /** The tab importing it: under "store nothing" the call lives as long as that tab. */
  tabId: number;
  now: number;
  fileName?: string;
}

export function sessionFromImport(
  call: ImportedCall,
  options: ImportOptions,
): { record: StoredSession; batches: CaptureBatch[] } {
  const startedAt = call.startedAt ?? options.now;
  // Second 0 is the call's start, so every utterance keeps its exact time.
  const origin = startedAt;
  const events = buildSchedule(call.utterances, { speed: 'instant', base: origin }).map((timed) => timed.event);
  const batches: CaptureBatch[] = [];
  const doc = `import-${options.id}`.slice(0, 100);
  for (let i = 0; i < events.length; i += MAX_EVENTS_PER_BATCH) {
    batches.push({
      type: 'capture/batch',
      doc,
      seq: batches.length + 1,
      url: 'about:blank',
      events: events.slice(i, i + MAX_EVENTS_PER_BATCH),
    });
  }
  // Capture "ended": what was said is final, as at the end of a practice run.
  batches.push({
    type: 'capture/batch',
    doc,
    seq: batches.length + 1,
    url: 'about:blank',
    status: { ...PRACTICE_STATUS.ended },
    events: [],
  });
  const record: StoredSession = {
    id: options.id,
    tabId: options.tabId,
    // Stored as practice: its events were made by the practice schedule, which that assembly expects.
    platform: 'practice',
    callKey: `import:${options.id}`,
    origin,
    startedAt,
    updatedAt: options.now,
    lastSeq: { [doc]: batches.length },
    title: call.title ?? `Imported ${options.fileName ?? 'call'}`,
    ...(call.perspective
      ? { perspective: call.perspective, ...(call.perspective.role ? { myRole: call.perspective.role } : {}) }
      : {}),
    ...(call.roles ? { roles: call.roles } : {}),
    imported: {
      at: options.now,
      ...(options.fileName ? { fileName: options.fileName } : {}),
      ...(call.platform ? { platform: call.platform } : {}),
    },
  };
  return { record, batches };
}
