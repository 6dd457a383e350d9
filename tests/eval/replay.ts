/**
 * A conversation through the live path: each cue becomes a caption block that grows word by word (the
 * practice schedule), the caption assembler turns the events into utterances with the timing it really
 * sees, and the call session's engine analyses them as they become final.
 */
import type { CaptureBatch } from '../../lib/capture/protocol.ts';
import { buildSchedule } from '../../lib/practice/schedule.ts';
import { CallSession } from '../../lib/session/call-session.ts';
import type { EvalConversation } from '../corpus/types.ts';
import { toPredicted, type RunResult } from './runner.ts';

const ORIGIN = Date.UTC(2026, 0, 1);

export function runReplay(conv: EvalConversation): RunResult {
  const session = new CallSession({
    id: conv.id,
    tabId: 1,
    platform: 'meet',
    callKey: conv.id,
    origin: ORIGIN,
    startedAt: ORIGIN,
    updatedAt: ORIGIN,
    lastSeq: {},
    perspective: conv.perspective,
  });
  const lines = conv.cues.map((c, i) => ({
    id: `c${i}`,
    speaker: c.speaker,
    self: false,
    text: c.text,
    start: c.start,
    end: c.end,
  }));
  const schedule = buildSchedule(lines, { speed: 'instant', base: ORIGIN, growth: 'words' });
  let seq = 0;
  const batch = (events: CaptureBatch['events'], status?: CaptureBatch['status']): CaptureBatch => ({
    type: 'capture/batch',
    doc: 'replay',
    seq: ++seq,
    url: 'https://meet.google.com/eval-replay',
    events,
    ...(status ? { status } : {}),
  });
  for (const { event } of schedule) session.apply(batch([event]), event.t);
  const end = (schedule.at(-1)?.event.t ?? ORIGIN) + 10_000;
  session.tick(end);
  session.apply(batch([], { platform: 'meet', state: 'no-call' }), end);
  const snapshot = session.analysis();
  const findings = [...snapshot.flags, ...snapshot.signals];
  // Utterance ids are the block ids ("c12"), or "c12~2" when the assembler split a block.
  return { findings, predicted: findings.map((f) => toPredicted(f, Number(/^c(\d+)/.exec(f.anchor)?.[1] ?? -1))) };
}
