import { describe, expect, it } from 'vitest';
import type { CaptureUpdate, QueueTimers } from '../../../lib/capture/send-queue.ts';
import { PRACTICE_STATUS, playSchedule } from '../../../lib/practice/player.ts';
import { buildSchedule } from '../../../lib/practice/schedule.ts';

function fakeClock() {
  let now = 0;
  const pending: Array<{ at: number; run: () => void; id: number }> = [];
  let ids = 0;
  const timers: QueueTimers = {
    setTimeout: (run, ms) => {
      const id = ++ids;
      pending.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = pending.findIndex((p) => p.id === id);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      pending.sort((a, b) => a.at - b.at);
      const next = pending[0];
      if (!next || next.at > until) break;
      pending.shift();
      now = next.at;
      next.run();
    }
    now = until;
  };
  return { timers, now: () => now, advance };
}

const lines = [
  { speaker: 'Ana', self: true, text: 'hello there everyone', start: 1, end: 2 },
  { speaker: 'Ben', self: false, text: 'hi Ana', start: 3, end: 4 },
];

describe('playSchedule', () => {
  it('sends events when they are due, says capture is on first and ended last', async () => {
    const clock = fakeClock();
    const pushed: CaptureUpdate[] = [];
    const progress: number[] = [];
    const schedule = buildSchedule(lines, { speed: '1x', base: 0 });
    const player = playSchedule(schedule, {
      push: (u) => pushed.push(u),
      timers: clock.timers,
      now: clock.now,
      onProgress: (sent) => progress.push(sent),
    });
    expect(pushed).toEqual([]);
    clock.advance(1000);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.status).toEqual(PRACTICE_STATUS.playing);
    clock.advance(10_000);
    expect(await player.finished).toBe('done');
    expect(pushed.at(-1)).toEqual({ status: PRACTICE_STATUS.ended, events: [] });
    expect(pushed.slice(1, -1).every((u) => u.status === undefined)).toBe(true);
    expect(pushed.flatMap((u) => u.events)).toEqual(schedule.map((e) => e.event));
    expect(progress.at(-1)).toBe(schedule.length);
  });

  it('sends everything at once when instant', async () => {
    const clock = fakeClock();
    const pushed: CaptureUpdate[] = [];
    const schedule = buildSchedule(lines, { speed: 'instant', base: 0 });
    const player = playSchedule(schedule, { push: (u) => pushed.push(u), timers: clock.timers, now: clock.now });
    expect(await player.finished).toBe('done');
    expect(pushed).toHaveLength(2);
    expect(pushed[0]!.events).toHaveLength(schedule.length);
  });

  it('stops on request and still closes the run', async () => {
    const clock = fakeClock();
    const pushed: CaptureUpdate[] = [];
    const player = playSchedule(buildSchedule(lines, { speed: '1x', base: 0 }), {
      push: (u) => pushed.push(u),
      timers: clock.timers,
      now: clock.now,
    });
    clock.advance(1500);
    player.stop();
    player.stop();
    clock.advance(10_000);
    expect(await player.finished).toBe('stopped');
    expect(pushed.filter((u) => u.status?.state === 'no-call')).toHaveLength(1);
    expect(pushed.flatMap((u) => u.events).every((e) => e.t <= 1500)).toBe(true);
  });
});
