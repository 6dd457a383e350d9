/**
 * Shared set-up for the adapter tests: load a fixture page into happy-dom's document, run the real
 * capture runtime with a fake send function and a fake ContentScriptContext, and drive the page
 * with the replay plan and DOM appliers on fake timers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import type { CaptionAdapter } from '../../utils/capture/adapter.ts';
import type { CaptureRun } from '../../utils/capture/run-capture.ts';
import { runCapture } from '../../utils/capture/run-capture.ts';
import type { CaptureUpdate } from '../../lib/capture/send-queue.ts';
import type { BlockGone, BlockSnapshot, CaptureState, SpeakerRename } from '../../lib/capture/types.ts';
import type { DomApplier } from '../fixtures/replay/dom.ts';
import type { TimedStep } from '../fixtures/replay/plan.ts';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export function pageHtml(name: string): string {
  return readFileSync(resolve(PAGES, name), 'utf8');
}

/** Puts a fixture page into the test document (scripts dropped: /replay.js is driven directly). */
export function loadPage(name: string): void {
  // happy-dom does not load frame pages; the shell's iframe only needs to exist (empty srcdoc).
  const html = pageHtml(name).replace(/(<iframe\b[^>]*?)\ssrc="[^"]*"/g, '$1 srcdoc=""');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  for (const attr of [...document.documentElement.attributes]) document.documentElement.removeAttribute(attr.name);
  for (const attr of parsed.documentElement.attributes) document.documentElement.setAttribute(attr.name, attr.value);
  for (const attr of [...document.body.attributes]) document.body.removeAttribute(attr.name);
  for (const attr of parsed.body.attributes) document.body.setAttribute(attr.name, attr.value);
  document.body.innerHTML = parsed.body.innerHTML;
}

export interface FakeContext {
  setInterval(handler: () => void, ms?: number): number;
  setTimeout(handler: () => void, ms?: number): number;
  onInvalidated(callback: () => void): () => void;
  invalidate(): void;
}

export function fakeContext(): FakeContext {
  const callbacks: Array<() => void> = [];
  const intervals: number[] = [];
  return {
    setInterval(handler, ms) {
      const id = setInterval(handler, ms) as unknown as number;
      intervals.push(id);
      return id;
    },
    setTimeout(handler, ms) {
      return setTimeout(handler, ms) as unknown as number;
    },
    onInvalidated(callback) {
      callbacks.push(callback);
      return () => undefined;
    },
    invalidate() {
      for (const id of intervals) clearInterval(id);
      for (const callback of callbacks) callback();
    },
  };
}

export interface Capture {
  run: CaptureRun;
  ctx: FakeContext;
  updates: CaptureUpdate[];
  /** Every block event (snapshots and removals), in order. */
  events(): Array<BlockSnapshot | BlockGone>;
  /** Every speaker rename, in order. */
  renames(): SpeakerRename[];
  snapshots(): BlockSnapshot[];
  /** Every reported state, in order. */
  states(): CaptureState[];
  /** The last snapshot of the block with this id. */
  last(id: string): BlockSnapshot | undefined;
  measures: number[];
}

export function startCapture(
  adapter: CaptionAdapter,
  options: { docId?: string; pollMs?: number; readEveryMs?: number } = {},
): Capture {
  const updates: CaptureUpdate[] = [];
  const measures: number[] = [];
  const ctx = fakeContext();
  const run = runCapture({
    adapter,
    doc: document,
    ctx,
    docId: options.docId ?? 'doc1',
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.readEveryMs === undefined ? {} : { readEveryMs: options.readEveryMs }),
    send: (update) => updates.push(structuredClone(update)),
    onMeasure: (ms) => measures.push(ms),
  });
  const all = () => updates.flatMap((u) => u.events);
  const events = () => all().filter((e): e is BlockSnapshot | BlockGone => e.kind !== 'rename');
  const snapshots = () => events().filter((e): e is BlockSnapshot => e.kind === 'block');
  return {
    run,
    ctx,
    updates,
    measures,
    events,
    renames: () => all().filter((e): e is SpeakerRename => e.kind === 'rename'),
    snapshots,
    states: () => updates.flatMap((u) => (u.status ? [u.status.state] : [])),
    last: (id) =>
      snapshots()
        .filter((s) => s.block === id)
        .at(-1),
  };
}

/** Lets MutationObserver callbacks (microtasks) and due timers run. */
export async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Applies the plan on fake time: each step at its `at`, observers and polls running in between. */
export async function play(applier: DomApplier, steps: readonly TimedStep[], tailMs = 1500): Promise<void> {
  let clock = 0;
  for (const step of steps) {
    await settle(step.at - clock);
    clock = step.at;
    applier.apply(step);
  }
  await settle(tailMs);
}

/** The runtime's id for the node showing plan block `block`. */
export function idOf(capture: Capture, applier: DomApplier, block: number): string {
  const node = applier.node(block);
  const id = node ? capture.run.blockId(node) : undefined;
  if (!id) throw new Error(`block ${block} was never read`);
  return id;
}

/** Consecutive duplicates removed: the state transitions a user would see. */
export function transitions(states: readonly CaptureState[]): CaptureState[] {
  return states.filter((state, i) => state !== states[i - 1]);
}
