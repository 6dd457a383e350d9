/**
 * The content-script runtime shared by every platform: finds the caption region the moment it is
 * inserted (a cheap childList observer on the document, with a slow poll as a safety net), watches it
 * with one MutationObserver, turns touched blocks into `CaptionEvent`s and reports the capture state.
 * Platform knowledge lives in the adapter; delivery lives in lib/capture/send-queue.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_SPEAKER_CHARS, MAX_TEXT_CHARS } from '../../lib/capture/protocol.ts';
import type { CaptureUpdate } from '../../lib/capture/send-queue.ts';
import type { CaptionEvent, CaptureState, CaptureStatus } from '../../lib/capture/types.ts';
import type { BlockReading, CaptionAdapter } from './adapter.ts';

/** The two things the runtime uses from WXT's ContentScriptContext (a fake is enough in tests). */
export type CaptureContext = Pick<ContentScriptContext, 'setInterval' | 'setTimeout' | 'onInvalidated'>;

export interface RunCaptureOptions {
  adapter: CaptionAdapter;
  doc: Document;
  /** Receives each read's events and status change; normally `SendQueue.push`. */
  send: (update: CaptureUpdate) => void;
  ctx: CaptureContext;
  /** Random per document unless given (the send queue needs the same id). */
  docId?: string;
  /** @default 1000 */
  pollMs?: number;
  /**
   * Caption mutations are only recorded as they happen and read together this often, so a burst of
   * words costs the page one read per block instead of one per word (0: read in every callback).
   * Removed blocks are still read, detached, so no final words are lost; a rolling window's windows
   * in between are recovered from the records' old values.
   * @default 0
   */
  readEveryMs?: number;
  /** @default Date.now */
  now?: () => number;
  /** Called with the duration in ms of every observer callback (for the benchmark). */
  onMeasure?: (ms: number) => void;
}

export interface CaptureRun {
  docId: string;
  /** One poll, run now: re-finds the region and re-judges the state. */
  check(): void;
  /** Disconnects everything; called by `ctx.onInvalidated`. */
  stop(): void;
  /** The id given to a block node, if it was ever reported (for tests and debugging). */
  blockId(node: Element): string | undefined;
}

export function randomDocId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** A rolling window also keeps the text each change replaced, so a read in bursts still sees every window. */
const OBSERVE_WINDOWS: MutationObserverInit = { ...OBSERVE, characterDataOldValue: true };

/**
 * The windows a rolling-window block showed between two reads, recovered from its records: while the
 * block's changes edit one text node, each record's old value is the window shown before that edit.
 */
interface WindowTrail {
  /** The text node of the latest run of edits, or null after a change that was not such an edit. */
  node: Node | null;
  /** Old values of that run, in order (the first may be the window already read). */
  replaced: string[];
}

function noteWindow(trails: Map<Element, WindowTrail>, block: Element, record: MutationRecord): void {
  let trail = trails.get(block);
  if (!trail) {
    trail = { node: null, replaced: [] };
    trails.set(block, trail);
  }
  if (record.type !== 'characterData' || record.oldValue === null) {
    // A node added or replaced: the windows before it cannot be told apart from partial texts.
    trail.node = null;
    trail.replaced = [];
  } else if (record.target !== trail.node) {
    trail.node = record.target;
    trail.replaced = [record.oldValue];
  } else {
    trail.replaced.push(record.oldValue);
  }
}

/** The windows shown between the last read and now, oldest first (empty when they are not known). */
function windowsBetween(trail: WindowTrail | undefined, text: string): readonly string[] {
  // Only when the block's whole text is that one node's text are its old values whole windows.
  if (!trail?.node || (trail.node as CharacterData).data !== text) return [];
  return trail.replaced;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Candor hit an error while reading the captions: ${message}`.slice(0, 300);
}

export function runCapture(options: RunCaptureOptions): CaptureRun {
  const { adapter, doc, ctx } = options;
  const docId = options.docId ?? randomDocId();
  const now = options.now ?? (() => Date.now());
  const clock = typeof performance === 'undefined' ? () => Date.now() : () => performance.now();

  // Identity lives on the node: a block removed and re-inserted keeps its id.
  const ids = new WeakMap<Element, string>();
  let nextId = 1;
  const lastRead = new WeakMap<Element, BlockReading>();
  const live = new Set<Element>();

  let region: Element | null = null;
  let observer: MutationObserver | null = null;
  let documentObserver: MutationObserver | null = null;
  let regionHasText = false;
  let status: CaptureStatus | undefined;
  // One poll of grace before `unreadable`: toggles flip a moment before the region appears.
  let unreadableOnce = false;
  let stopped = false;

  function idOf(block: Element): string {
    let id = ids.get(block);
    if (!id) {
      id = `${docId}:${nextId++}`;
      ids.set(block, id);
    }
    return id;
  }

  function emit(events: CaptionEvent[], next: CaptureStatus | undefined): void {
    if (events.length === 0 && !next) return;
    try {
      options.send(next ? { status: next, events } : { events });
    } catch {
      // Delivery problems are the queue's business; the page must never see them.
    }
  }

  function setStatus(state: CaptureState, detail?: string): CaptureStatus | undefined {
    if (status?.state === state && status.detail === detail) return undefined;
    status =
      detail === undefined ? { platform: adapter.platform, state } : { platform: adapter.platform, state, detail };
    return status;
  }

  function read(block: Element, events: CaptionEvent[], initial: boolean, trail?: WindowTrail): void {
    const reading = adapter.readBlock(block);
    if (!reading) return;
    live.add(block);
    const speaker = reading.speaker.slice(0, MAX_SPEAKER_CHARS);
    for (const window of windowsBetween(trail, reading.text)) {
      report(block, speaker, reading.self, window.slice(0, MAX_TEXT_CHARS), events, initial);
    }
    report(block, speaker, reading.self, reading.text.slice(0, MAX_TEXT_CHARS), events, initial);
  }

  function report(
    block: Element,
    speaker: string,
    self: boolean,
    text: string,
    events: CaptionEvent[],
    initial: boolean,
  ): void {
    const prev = lastRead.get(block);
    if (prev ? prev.speaker === speaker && prev.self === self && prev.text === text : text === '') return;
    if (prev && adapter.isRecycled?.(prev, { speaker, self, text })) {
      // The node now shows another caption: the old one is gone, the new one gets a fresh id.
      if (ids.has(block)) events.push({ kind: 'gone', block: idOf(block), t: now() });
      ids.delete(block);
    }
    lastRead.set(block, { speaker, self, text });
    if (text !== '') regionHasText = true;
    const snapshot: CaptionEvent = { kind: 'block', block: idOf(block), speaker, self, text, t: now() };
    if (initial) snapshot.initial = true;
    events.push(snapshot);
  }

  function addRenames(events: CaptionEvent[]): void {
    for (const { from, to } of adapter.learnedNames?.(doc) ?? []) {
      events.push({
        kind: 'rename',
        from: from.slice(0, MAX_SPEAKER_CHARS),
        to: to.slice(0, MAX_SPEAKER_CHARS),
        t: now(),
      });
    }
  }

  function markGone(block: Element, events: CaptionEvent[]): void {
    live.delete(block);
    // Forget the last reading so a re-inserted block is announced again under the same id.
    lastRead.delete(block);
    if (ids.has(block)) events.push({ kind: 'gone', block: idOf(block), t: now() });
  }

  // Caption records keep hitting the same few nodes (a block's text node): the block found for one is
  // remembered while the node stays inside it, instead of being looked up again on every change.
  const knownBlockOf = new WeakMap<Node, Element>();

  function blockOfTarget(target: Node, root: Element): Element | null {
    const known = knownBlockOf.get(target);
    if (known && known.contains(target)) return known;
    const block = adapter.blockOf(target, root);
    if (block) knownBlockOf.set(target, block);
    else knownBlockOf.delete(target);
    return block;
  }

  function handleRecords(records: MutationRecord[], events: CaptionEvent[]): void {
    const root = region;
    if (!root) return;
    const touched = new Set<Element>();
    const removed = new Set<Element>();
    // Elements inserted during this burst: one also removed during it was never read while attached.
    const inserted = new Set<Node>();
    const trails = new Map<Element, WindowTrail>();
    let rescan = false;
    for (const record of records) {
      const block = blockOfTarget(record.target, root);
      if (block) {
        touched.add(block);
        if (adapter.rollingWindow) noteWindow(trails, block, record);
        continue;
      }
      if (record.type !== 'childList') continue;
      record.addedNodes.forEach((node) => {
        const added = adapter.blockOf(node, root);
        if (added) touched.add(added);
        else if (isElement(node)) rescan = true; // a wrapper that may hold blocks
        if (isElement(node)) inserted.add(node);
      });
      record.removedNodes.forEach((node) => {
        if (!isElement(node)) return;
        if (live.has(node) || inserted.has(node)) removed.add(node);
        else if (node.firstElementChild) for (const known of live) if (node.contains(known)) removed.add(known);
      });
    }
    if (rescan) for (const block of adapter.listBlocks(root)) if (!live.has(block)) touched.add(block);
    for (const block of removed) {
      // Removed and put back within one callback: still the same live block.
      if (root.contains(block)) touched.add(block);
      else {
        // Its last words may have come after the last read: read it as it left.
        read(block, events, false, trails.get(block));
        markGone(block, events);
      }
    }
    for (const block of touched) if (root.contains(block)) read(block, events, false, trails.get(block));
  }

  function detach(events: CaptionEvent[]): void {
    if (observer) {
      // Records still waiting or queued would be dropped by disconnect(); read them first.
      handleRecords([...takePending(), ...observer.takeRecords()], events);
      observer.disconnect();
    }
    for (const block of [...live]) markGone(block, events);
    observer = null;
    region = null;
    regionHasText = false;
    watchDocument();
  }

  function attach(found: Element, events: CaptionEvent[]): void {
    region = found;
    regionHasText = false;
    observer = new MutationObserver((records) => onRecords(records));
    observer.observe(found, adapter.rollingWindow ? OBSERVE_WINDOWS : OBSERVE);
    watchDocument();
    for (const block of adapter.listBlocks(found)) read(block, events, true);
  }

  function judge(): CaptureStatus | undefined {
    const judgement = adapter.judgeState(doc, region);
    if (judgement.state === 'unreadable') {
      if (!unreadableOnce && status?.state !== 'unreadable') {
        unreadableOnce = true;
        return undefined;
      }
    } else {
      unreadableOnce = false;
    }
    const state: CaptureState = judgement.state === 'captions-on' && regionHasText ? 'capturing' : judgement.state;
    return setStatus(state, judgement.detail);
  }

  function fail(error: unknown): void {
    try {
      emit([], setStatus('unreadable', describeError(error)));
    } catch {
      // Nothing more can be done without risking the page.
    }
  }

  let pending: MutationRecord[] = [];
  let readScheduled = false;
  const readEveryMs = options.readEveryMs ?? 0;

  function takePending(): MutationRecord[] {
    const taken = pending;
    pending = [];
    return taken;
  }

  function onRecords(records: MutationRecord[]): void {
    if (stopped) return;
    if (readEveryMs <= 0) return readRecords(records);
    // Only remember what changed; the read comes once for the whole burst.
    for (const record of records) pending.push(record);
    if (readScheduled) return;
    readScheduled = true;
    ctx.setTimeout(() => {
      readScheduled = false;
      if (pending.length > 0) readRecords(takePending());
    }, readEveryMs);
  }

  function readRecords(records: MutationRecord[]): void {
    if (stopped) return;
    const started = clock();
    try {
      const events: CaptionEvent[] = [];
      handleRecords(records, events);
      addRenames(events);
      const next = status?.state === 'captions-on' && regionHasText ? setStatus('capturing') : undefined;
      emit(events, next);
    } catch (error) {
      fail(error);
    } finally {
      try {
        options.onMeasure?.(clock() - started);
      } catch {
        // A broken benchmark hook must not break capture.
      }
    }
  }

  /**
   * The document watcher. While no region is attached it watches the whole document (childList only)
   * and an inserted element triggers a check at once. While one is attached it watches only the
   * region's parent, so the page's caption mutations never reach it; the region's removal does (an
   * ancestor's removal is left to the poll).
   */
  function watchDocument(): void {
    const target = region ? region.parentNode : doc.documentElement;
    documentObserver?.disconnect();
    if (!target || stopped) return;
    documentObserver ??= new MutationObserver(onDocumentRecords);
    documentObserver.observe(target, { childList: true, subtree: !region });
  }

  function onDocumentRecords(records: MutationRecord[]): void {
    if (stopped) return;
    try {
      if (region) {
        if (!region.isConnected) check();
        return;
      }
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (isElement(node)) {
            if (adapter.findRegion(doc)) check();
            return;
          }
        }
      }
    } catch (error) {
      fail(error);
    }
  }

  function check(): void {
    if (stopped) return;
    try {
      const events: CaptionEvent[] = [];
      if (adapter.isSilent?.(doc)) {
        if (region) detach(events);
        emit(events, undefined);
        return;
      }
      const found = adapter.findRegion(doc);
      if (region && (found !== region || !region.isConnected)) detach(events);
      if (found && found !== region) attach(found, events);
      addRenames(events);
      emit(events, judge());
    } catch (error) {
      fail(error);
    }
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    pending = [];
    documentObserver?.disconnect();
    documentObserver = null;
    observer?.disconnect();
    observer = null;
    region = null;
    live.clear();
  }

  ctx.onInvalidated(stop);
  ctx.setInterval(check, options.pollMs ?? 1000);
  check();
  if (!region) watchDocument();

  return { docId, check, stop, blockId: (node) => ids.get(node) };
}
