/**
 * Plays a schedule into a send queue on a timer, the way a content script pushes what it reads. Pure:
 * the queue's push, the timers and the clock are injected, so it runs in tests without a browser.
 */
import type { CaptureUpdate, QueueTimers } from '../capture/send-queue.ts';
import type { CaptureStatus } from '../capture/types.ts';
import type { TimedEvent } from './schedule.ts';

export const PRACTICE_STATUS = {
  playing: { platform: 'practice', state: 'capturing' },
  // Captions "off" at the end tells the background the run is over: what was said is final.
  ended: { platform: 'practice', state: 'no-call', detail: 'The practice run has ended.' },
} as const satisfies Record<string, CaptureStatus>;

export interface PlayerDeps {
  push: (update: CaptureUpdate) => void;
  timers: QueueTimers;
  /** A monotonic millisecond clock (performance.now in the page). */
  now: () => number;
  onProgress?: (sent: number, total: number) => void;
}

export interface Player {
  /** Stops sending; what was sent stays, and the run is closed as ended. */
  stop(): void;
  /** Resolves once the last event (or the stop) has been handed to the queue. */
  readonly finished: Promise<'done' | 'stopped'>;
}

export function playSchedule(schedule: readonly TimedEvent[], deps: PlayerDeps): Player {
  const startedAt = deps.now();
  let next = 0;
  let handle: unknown = null;
  let over = false;
  let announced = false;
  let settle: (how: 'done' | 'stopped') => void = () => undefined;
  const finished = new Promise<'done' | 'stopped'>((resolve) => (settle = resolve));

  function end(how: 'done' | 'stopped'): void {
    if (over) return;
    over = true;
    if (handle !== null) deps.timers.clearTimeout(handle);
    handle = null;
    deps.push({ status: { ...PRACTICE_STATUS.ended }, events: [] });
    settle(how);
  }

  function tick(): void {
    handle = null;
    if (over) return;
    const elapsed = deps.now() - startedAt;
    const events = [];
    while (next < schedule.length && schedule[next]!.due <= elapsed) events.push(schedule[next++]!.event);
    if (events.length > 0) {
      // The first batch says captions are on, as a content script's first read does.
      deps.push(announced ? { events } : { status: { ...PRACTICE_STATUS.playing }, events });
      announced = true;
      deps.onProgress?.(next, schedule.length);
    }
    if (next >= schedule.length) return end('done');
    handle = deps.timers.setTimeout(tick, Math.max(0, schedule[next]!.due - elapsed));
  }

  tick();
  return { stop: () => end('stopped'), finished };
}
