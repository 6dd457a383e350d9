import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { pageTimers } from '../../utils/capture/page-timers.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function fakeContext() {
  const callbacks: Array<() => void> = [];
  return {
    onInvalidated: vi.fn((callback: () => void) => {
      callbacks.push(callback);
      return () => undefined;
    }),
    invalidate: () => callbacks.forEach((callback) => callback()),
  };
}

it('runs timers, registering with the content-script context once rather than per timer', async () => {
  const ctx = fakeContext();
  const timers = pageTimers(ctx);
  const fired: number[] = [];
  for (let i = 0; i < 100; i++) timers.setTimeout(() => fired.push(i), 10);
  const cleared = timers.setTimeout(() => fired.push(-1), 10);
  timers.clearTimeout(cleared);
  await vi.advanceTimersByTimeAsync(10);
  expect(fired).toHaveLength(100);
  expect(fired).not.toContain(-1);
  expect(ctx.onInvalidated).toHaveBeenCalledTimes(1);
});

it('clears every armed timer when the content script is invalidated', async () => {
  const ctx = fakeContext();
  const timers = pageTimers(ctx);
  const fired: string[] = [];
  timers.setTimeout(() => fired.push('before'), 5);
  timers.setTimeout(() => fired.push('after'), 50);
  await vi.advanceTimersByTimeAsync(10);
  ctx.invalidate();
  timers.setTimeout(() => fired.push('late'), 5);
  await vi.advanceTimersByTimeAsync(100);
  expect(fired).toEqual(['before']);
  expect(vi.getTimerCount()).toBe(0);
});
