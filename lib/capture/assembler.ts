/**
 * Turns the platform-neutral caption stream into utterances. Pure and deterministic: no DOM, no timers, no clock.
 * Time is the events' `t` and the `tick(now)` calls, so a recorded session replays to the same utterances and ids.
 *
 * Model: each block keeps its last visible words, the `view` (Meet: the whole block text; Zoom: the rolling
 * window). A prefix of the view may be `frozen`: words already in a final utterance, or a replay we suppressed.
 * The words after it, plus (Zoom) the words that scrolled out of the window meanwhile, are the block's open
 * utterance. Finalising freezes the whole view, so later words of the same block become `${block}~2`, `~3`…
 * The platform facts behind the rules: docs/capture.md.
 */
import type { Utterance } from '../transcript/types.ts';
import { commonPrefix, commonSuffix, findRun, prefixEnd, staleConcat, suffixOverlap, trimOffset } from './align.ts';
import type { BlockSnapshot, CaptionEvent } from './types.ts';
import { dropFront, NO_TOKENS, tailKeys, textLength, tokenize, type Tokens } from './words.ts';

export interface AssemblerOptions {
  /** Epoch ms that is second 0 of the session: Utterance.start/end are (t - origin)/1000. */
  origin: number;
  /** Zoom shows a front-trimmed rolling window of the text; Meet shows the whole block text. */
  rollingWindow: boolean;
  /**
   * A block quiet this long AND followed by a newer block is final.
   * @default 1500
   */
  settleMs?: number;
  /**
   * A block quiet this long is final (Zoom callers pass 5000).
   * @default 8000
   */
  idleMs?: number;
  /**
   * A removed block that comes back (same id) within this stays the same utterance.
   * @default 400
   */
  removalGraceMs?: number;
  /**
   * How far back a re-created region's replayed text is looked for.
   * @default 120000
   */
  replayWindowMs?: number;
  /**
   * Whether final utterances stay listed by `utterances()` (and are renamed with their speaker). The
   * background passes false: its log in IndexedDB is the transcript, and a long call's worker keeps only
   * what is still open (docs/design.md, Memory of a long call).
   * @default true
   */
  keepFinals?: boolean;
}

export interface AssemblerStats {
  /** Updates that only rewrote words already reported final (dropped so final stays final). */
  lateRevisionsDropped: number;
  /** Blocks of a freshly found caption region whose text was recognised as a replay. */
  replaysSuppressed: number;
  /** Blocks whose text restarted unrelated (Meet long monologue, Zoom window that no longer lines up). */
  resets: number;
}

// Meet restarts the block of a ~30 min monologue; TranscripTonic flushes on a drop of more than 250 characters.
const RESET_SHRINK_CHARS = 250;
// Below this many words a previous text is too short to tell a restart from a rewrite: it is a revision. It
// applies to the old text, because right after a restart the new text is always short.
const RESET_MIN_WORDS = 8;
// A revision keeps at least this share of the previous words (counted as common head plus common tail).
const RESET_KEEP_RATIO = 0.5;
// Finished blocks remembered, so a node that returns (same id) continues as `~n` rather than repeating its text.
const CLOSED_MEMORY = 256;
// Finished blocks still on the page keep their words cut into tokens only while they are among this many most
// recent: older ones keep just their text, cut again if the page ever changes them (a long call's page may hold
// thousands of finished blocks, and their tokens would be most of the worker's memory).
const QUIET_MEMORY = 16;
// Final utterances remembered for replay matching (elsewise keeps 200 fingerprints), and how many last words each.
const RECENT_MEMORY = 200;
const RECENT_WORDS = 300;
// A replayed run that ends where the earlier utterance ended must be this long, unless it is the block's whole
// text: one shared word at a seam is chance.
const MIN_REPLAY_RUN = 2;
// A block's whole text found inside (not at the end of) an earlier utterance needs this many words to count.
const MIN_MID_REPLAY = 3;
// One replayed block may re-show several of our utterances (a Meet block we split into `b`, `b~2`).
const MAX_REPLAY_STEPS = 8;
// A new Zoom row continues a removed one only when this many of its first words line up with it.
const MIN_CONTINUATION_WORDS = 3;

/** The utterance a block is building. */
interface OpenUtterance {
  id: string;
  startMs: number;
  endMs: number;
  text: string;
  /** The parts `text` was built from, compared instead of `text` so a long Zoom monologue is not rescanned. */
  tail: string;
  carriedLength: number;
  /** Block starts counted when this began: a larger count later means a newer block exists (settle rule). */
  since: number;
}

/** Where a replayed block stands inside the earlier utterance it re-shows. */
interface ReplayCursor {
  keys: readonly string[];
  at: number;
}

interface Block {
  /** The DOM id it is tracked under now. */
  id: string;
  /** The id its utterance ids are built from: the first row's, even after a Zoom row took it over. */
  base: string;
  speaker: string;
  self: boolean;
  /** Last non-empty text or window. */
  view: Tokens;
  /** Leading words of `view` that never come out again. */
  frozen: number;
  /** Zoom: words of the open utterance that scrolled out of the window. */
  carried: string;
  cur: OpenUtterance | null;
  lastChangeMs: number;
  goneAtMs: number | null;
  /** Whether it has begun an utterance, i.e. counts as a started block. */
  started: boolean;
  replay: ReplayCursor | null;
  /** Set while the block sleeps: the text of `view`, which then holds no tokens (see QUIET_MEMORY). */
  asleep: string | null;
}

interface RecentFinal {
  speaker: string;
  endMs: number;
  keys: readonly string[];
}

export class CaptionAssembler {
  private readonly origin: number;
  private readonly rolling: boolean;
  private readonly settleMs: number;
  private readonly idleMs: number;
  private readonly graceMs: number;
  private readonly replayMs: number;
  private readonly keepFinals: boolean;

  private clock: number;
  /** Blocks on the page, including removed ones still within the grace, by DOM id. */
  private readonly open = new Map<string, Block>();
  /** The open blocks with a timer running (an open utterance or a pending removal): the only ones scanned. */
  private readonly active = new Map<string, Block>();
  /** The open blocks removed less than the grace ago. */
  private readonly removed = new Map<string, Block>();
  /** Finished blocks, oldest first, at most CLOSED_MEMORY. */
  private readonly closed = new Map<string, Block>();
  /** Highest continuation number used per base id. */
  private readonly parts = new Map<string, number>();
  /** Finished blocks still on the page with their tokens, oldest first, at most QUIET_MEMORY. */
  private readonly quiet = new Set<Block>();
  /** Latest version of every utterance (only the open ones without `keepFinals`). */
  private readonly store = new Map<string, Utterance>();
  /** Continuation ids handed out (`b~2`), so a page id that looks like one cannot reuse it. */
  private readonly derived = new Set<string>();
  private readonly recent: RecentFinal[] = [];
  private blockStarts = 0;
  /** No active block is due before this; -Infinity forces the next scan. */
  private nextDueMs = Infinity;
  private readonly counters: AssemblerStats = { lateRevisionsDropped: 0, replaysSuppressed: 0, resets: 0 };

  constructor(options: AssemblerOptions) {
    this.origin = options.origin;
    this.rolling = options.rollingWindow;
    this.settleMs = options.settleMs ?? 1500;
    this.idleMs = options.idleMs ?? 8000;
    this.graceMs = options.removalGraceMs ?? 400;
    this.replayMs = options.replayWindowMs ?? 120_000;
    this.keepFinals = options.keepFinals ?? true;
    this.clock = options.origin;
  }

  /** Feeds one event; returns the utterances created or changed by it (interim or final), in order. */
  push(event: CaptionEvent): Utterance[] {
    const now = this.advance(event.t);
    const out = this.finaliseDue(now);
    if (event.kind === 'gone') this.markGone(event.block, now);
    else if (event.kind === 'rename') this.rename(event.from, event.to, out);
    else this.applySnapshot(event, now, out);
    return out;
  }

  /**
   * A stand-in speaker got a name: every utterance kept and every block under it is renamed (never the
   * user's own), so later lines carry the name. Without `keepFinals`, final lines were handed out already:
   * whoever keeps them applies the same rename event (lib/transcript/rename.ts).
   */
  private rename(from: string, to: string, out: Utterance[]): void {
    if (from === to) return;
    for (const utterance of this.store.values()) {
      if (utterance.speaker !== from || utterance.self) continue;
      utterance.speaker = to;
      out.push({ ...utterance });
    }
    for (const blocks of [this.open, this.closed]) {
      for (const block of blocks.values()) if (block.speaker === from && !block.self) block.speaker = to;
    }
    for (const recent of this.recent) if (recent.speaker === from) recent.speaker = to;
  }

  /** Time passes without events: finalises what is due. */
  tick(now: number): Utterance[] {
    return this.finaliseDue(this.advance(now));
  }

  /** Capture stopped (captions off, page gone, end of call): finalises everything still open. */
  flush(now: number): Utterance[] {
    this.advance(now);
    const out: Utterance[] = [];
    const blocks = [...this.open.values()].sort(byOpenStart);
    for (const block of blocks) this.finalise(block, out);
    for (const block of blocks) this.close(block);
    this.nextDueMs = Infinity;
    return out;
  }

  /** Every utterance kept (final and interim, non-empty; without `keepFinals` only the open ones), ordered by start then id. */
  utterances(): Utterance[] {
    return [...this.store.values()].sort(byStartThenId).map((u) => ({ ...u }));
  }

  stats(): AssemblerStats {
    return { ...this.counters };
  }

  // Clocks of different frames may disagree a little: time never runs backwards here.
  private advance(t: number): number {
    if (t > this.clock) this.clock = t;
    return this.clock;
  }

  private seconds(ms: number): number {
    return (ms - this.origin) / 1000;
  }

  private finaliseDue(now: number): Utterance[] {
    const out: Utterance[] = [];
    if (now < this.nextDueMs) return out;
    const due: Block[] = [];
    let next = Infinity;
    for (const block of this.active.values()) {
      const at = this.dueAt(block);
      if (at <= now) due.push(block);
      else next = Math.min(next, at);
    }
    for (const block of due.sort(byOpenStart)) {
      this.finalise(block, out);
      if (block.goneAtMs === null) continue;
      const closesAt = block.goneAtMs + this.graceMs;
      if (closesAt <= now) this.close(block);
      else next = Math.min(next, closesAt);
    }
    this.nextDueMs = next;
    return out;
  }

  private dueAt(block: Block): number {
    let at = block.goneAtMs === null ? Infinity : block.goneAtMs + this.graceMs;
    if (block.cur) {
      at = Math.min(at, block.lastChangeMs + this.idleMs);
      if (this.blockStarts > block.cur.since) at = Math.min(at, block.lastChangeMs + this.settleMs);
    }
    return at;
  }

  private markGone(id: string, now: number): void {
    const block = this.open.get(id);
    if (!block || block.goneAtMs !== null) return;
    this.wake(block);
    block.goneAtMs = now;
    this.removed.set(id, block);
    this.active.set(id, block);
    this.nextDueMs = Math.min(this.nextDueMs, now + this.graceMs);
  }

  private applySnapshot(event: BlockSnapshot, now: number, out: Utterance[]): void {
    // A freshly found region replaced the old one: blocks removed from the old one will not come back.
    if (event.initial) this.closeRemoved(out);
    const known = this.open.get(event.block) ?? this.reopen(event);
    let block = known ? this.wake(known) : this.create(event, now);
    if (block.goneAtMs !== null) {
      block.goneAtMs = null;
      this.removed.delete(block.id);
      if (!block.cur) this.active.delete(block.id);
    }
    const speakerChanged = block.speaker !== event.speaker || block.self !== event.self;
    block.speaker = event.speaker;
    block.self = event.self;
    let emitted = false;
    const { tokens, same } = tokenize(event.text, block.view);
    // An empty text is a node between two states: it never erases words already seen.
    if (tokens.words.length > 0 && tokens !== block.view) {
      if (sameWords(tokens, block.view)) block.view = tokens;
      else [block, emitted] = this.applyText(block, tokens, same, event, now, out);
    }
    if (speakerChanged && block.cur && !emitted) this.emit(block, block.cur, false, out);
  }

  /** A new version of the block's words; returns the block now holding them and whether it emitted. */
  private applyText(
    block: Block,
    tokens: Tokens,
    same: number,
    event: BlockSnapshot,
    now: number,
    out: Utterance[],
  ): [Block, boolean] {
    let frozenRevised = false;
    if (block.view.words.length === 0) {
      const donor = this.rolling && !event.initial ? this.findDonor(block, tokens) : undefined;
      if (donor) {
        block = this.adopt(donor, block);
        frozenRevised = this.slide(block, tokens, out);
      } else {
        block.view = tokens;
        block.frozen = 0;
        if (event.initial) this.suppressReplay(block, now);
      }
    } else if (this.rolling) {
      frozenRevised = this.slide(block, tokens, out);
    } else {
      frozenRevised = this.revise(block, tokens, same, out);
    }
    block.lastChangeMs = now;
    const changed = this.refresh(block, now, out);
    if (frozenRevised && !changed) this.counters.lateRevisionsDropped++;
    return [block, changed];
  }

  /** Meet: the new text replaces the view; returns whether it rewrote frozen words. */
  private revise(block: Block, next: Tokens, same: number, out: Utterance[]): boolean {
    const previous = block.view;
    if (isRestart(previous, next)) {
      this.reset(block, next, out);
      return false;
    }
    const frozen = block.frozen;
    block.view = next;
    if (frozen === 0) return false;
    // No front-trim alignment here: Meet revisions shift words, which would look like a trim.
    const from = Math.min(same, frozen);
    if (commonPrefix(previous.keys, next.keys, from, frozen) === frozen) {
      // Same words; a change of case or punctuation in them is still a late revision.
      return commonPrefix(previous.words, next.words, from, frozen) !== frozen;
    }
    block.frozen = prefixEnd(previous.keys, frozen, next.keys, from);
    return true;
  }

  /**
   * Zoom: lines the new window up with the last one, keeping the words that scrolled out; returns whether it
   * rewrote frozen words.
   */
  private slide(block: Block, next: Tokens, out: Utterance[]): boolean {
    const previous = block.view;
    let window = next;
    let trim = staleConcat(previous.keys, next.keys);
    if (trim >= 0) window = dropFront(next, previous.keys.length);
    else trim = trimOffset(previous.keys, next.keys);
    if (trim < 0) {
      if (previous.keys.length >= RESET_MIN_WORDS) {
        this.reset(block, window, out);
        return false;
      }
      trim = 0; // a short window rewritten wholesale is a revision
    }
    const frozenGone = Math.min(block.frozen, trim);
    if (trim > frozenGone) block.carried = joinText(block.carried, previous.words.slice(frozenGone, trim).join(' '));
    const frozenEnd = Math.max(trim, block.frozen);
    const frozenLeft = previous.keys.slice(trim, frozenEnd);
    block.view = window;
    block.frozen = frozenLeft.length === 0 ? 0 : prefixEnd(frozenLeft, frozenLeft.length, window.keys);
    if (frozenLeft.length === 0) return false;
    const frozenWords = previous.words.slice(trim, frozenEnd);
    return block.frozen !== frozenWords.length || commonPrefix(frozenWords, window.words) !== block.frozen;
  }

  /** The text restarted: what was shown is final as it was, and the new text begins the next utterance. */
  private reset(block: Block, next: Tokens, out: Utterance[]): void {
    this.counters.resets++;
    this.finalise(block, out);
    block.view = next;
    block.frozen = 0;
    block.carried = '';
  }

  /** Brings the open utterance in line with the view; returns whether it emitted. */
  private refresh(block: Block, now: number, out: Utterance[]): boolean {
    if (block.replay && !block.cur) this.followReplay(block);
    const { words } = block.view;
    const tail = words.length > block.frozen ? words.slice(block.frozen).join(' ') : '';
    const text = joinText(block.carried, tail);
    const cur = block.cur;
    if (cur) {
      // Words retracted back into the frozen part leave nothing to show: keep the last words instead of emptying.
      if (text === '' || (tail === cur.tail && block.carried.length === cur.carriedLength)) return false;
      cur.text = text;
      cur.tail = tail;
      cur.carriedLength = block.carried.length;
      cur.endMs = now;
      this.emit(block, cur, false, out);
      return true;
    }
    if (text === '') return false;
    if (!block.started) {
      block.started = true;
      this.blockStarts++;
      this.nextDueMs = -Infinity; // older blocks may now settle
    }
    block.cur = {
      id: this.nextId(block.base),
      startMs: now,
      endMs: now,
      text,
      tail,
      carriedLength: block.carried.length,
      since: this.blockStarts,
    };
    this.active.set(block.id, block);
    this.nextDueMs = Math.min(this.nextDueMs, now + Math.min(this.settleMs, this.idleMs));
    this.emit(block, block.cur, false, out);
    return true;
  }

  private nextId(base: string): string {
    let part = this.parts.get(base) ?? 0;
    let id: string;
    do {
      part++;
      id = part === 1 ? base : `${base}~${part}`;
      // A page id that itself looks like `x~2` must not collide with a continuation, either way round.
    } while (part === 1 ? this.derived.has(id) : this.parts.has(id));
    this.parts.set(base, part);
    if (part > 1) this.derived.add(id);
    return id;
  }

  private emit(block: Block, cur: OpenUtterance, final: boolean, out: Utterance[]): void {
    const utterance: Utterance = {
      id: cur.id,
      speaker: block.speaker,
      self: block.self,
      text: cur.text,
      start: this.seconds(cur.startMs),
      end: this.seconds(cur.endMs),
      final,
    };
    if (final && !this.keepFinals) this.store.delete(utterance.id);
    else this.store.set(utterance.id, utterance);
    out.push({ ...utterance });
  }

  private finalise(block: Block, out: Utterance[]): void {
    const cur = block.cur;
    if (!cur) return;
    this.emit(block, cur, true, out);
    this.recent.push({ speaker: block.speaker, endMs: cur.endMs, keys: tailKeys(cur.text, RECENT_WORDS) });
    if (this.recent.length > RECENT_MEMORY) this.recent.shift();
    block.cur = null;
    block.frozen = block.view.words.length;
    block.carried = '';
    block.replay = null;
    if (block.goneAtMs === null) {
      this.active.delete(block.id);
      this.rest(block);
    }
  }

  /** A finished block stays on the page: it keeps its tokens while it is among the most recent. */
  private rest(block: Block): void {
    this.quiet.delete(block);
    this.quiet.add(block);
    if (this.quiet.size <= QUIET_MEMORY) return;
    const oldest = this.quiet.values().next();
    if (oldest.done) return;
    this.quiet.delete(oldest.value);
    sleep(oldest.value);
  }

  /** The page touches a block again: it gets its tokens back (cut from the same text, so the same tokens). */
  private wake(block: Block): Block {
    this.quiet.delete(block);
    if (block.asleep !== null) {
      block.view = tokenize(block.asleep).tokens;
      block.asleep = null;
    }
    return block;
  }

  private close(block: Block): void {
    this.open.delete(block.id);
    this.active.delete(block.id);
    this.removed.delete(block.id);
    block.goneAtMs = null;
    this.quiet.delete(block);
    sleep(block);
    this.closed.delete(block.id);
    this.closed.set(block.id, block);
    if (this.closed.size > CLOSED_MEMORY) {
      const oldest = this.closed.keys().next();
      if (!oldest.done) this.closed.delete(oldest.value);
    }
  }

  private closeRemoved(out: Utterance[]): void {
    const blocks = [...this.removed.values()].sort(byOpenStart);
    for (const block of blocks) {
      this.finalise(block, out);
      this.close(block);
    }
  }

  /** A finished block's node is back: its final words stay final, new words continue as `~n`. */
  private reopen(event: BlockSnapshot): Block | undefined {
    const block = this.closed.get(event.block);
    if (!block) return undefined;
    this.closed.delete(event.block);
    // A fresh region's node is a new node even if its id repeats: it starts over (and may be a replay).
    if (event.initial) return undefined;
    this.open.set(block.id, block);
    return block;
  }

  private create(event: BlockSnapshot, now: number): Block {
    const block: Block = {
      id: event.block,
      base: event.block,
      speaker: event.speaker,
      self: event.self,
      view: NO_TOKENS,
      frozen: 0,
      carried: '',
      cur: null,
      lastChangeMs: now,
      goneAtMs: null,
      started: false,
      replay: null,
      asleep: null,
    };
    this.open.set(block.id, block);
    return block;
  }

  /** Zoom: a removed row of the same speaker whose window the new row's text continues. */
  private findDonor(block: Block, tokens: Tokens): Block | undefined {
    let best: Block | undefined;
    for (const candidate of this.removed.values()) {
      if (candidate === block || candidate.speaker !== block.speaker || candidate.self !== block.self) continue;
      if (!continuesWindow(candidate.view.keys, tokens.keys)) continue;
      // The row removed last is the one being continued.
      if (!best || (candidate.goneAtMs ?? 0) > (best.goneAtMs ?? 0)) best = candidate;
    }
    return best;
  }

  /** The new row takes over the removed row's state and utterance id. */
  private adopt(donor: Block, row: Block): Block {
    this.open.delete(row.id);
    this.active.delete(row.id);
    this.open.delete(donor.id);
    this.active.delete(donor.id);
    this.removed.delete(donor.id);
    donor.id = row.id;
    donor.goneAtMs = null;
    this.open.set(donor.id, donor);
    if (donor.cur) this.active.set(donor.id, donor);
    return donor;
  }

  /** A fresh region's first read: freezes the words that re-show the same speaker's recent final utterances. */
  private suppressReplay(block: Block, now: number): void {
    const keys = block.view.keys;
    let done = 0;
    for (let step = 0; step < MAX_REPLAY_STEPS && done < keys.length; step++) {
      const run = this.replayRun(block.speaker, keys, done, now);
      if (!run) break;
      done += run.length;
      if (run.end < run.source.length) {
        // The text stops inside that utterance: words it later adds may still be the replay going on.
        block.replay = { keys: run.source, at: run.end };
        break;
      }
    }
    if (done === 0) return;
    block.frozen = done;
    this.counters.replaysSuppressed++;
  }

  private replayRun(
    speaker: string,
    keys: readonly string[],
    from: number,
    now: number,
  ): { source: readonly string[]; end: number; length: number } | undefined {
    let best: { source: readonly string[]; end: number; length: number } | undefined;
    const remaining = keys.length - from;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const earlier = this.recent[i];
      if (!earlier || earlier.speaker !== speaker || now - earlier.endMs > this.replayMs) continue;
      const source = earlier.keys;
      const atEnd = suffixOverlap(source, keys, from);
      if (atEnd > 0 && (atEnd >= MIN_REPLAY_RUN || atEnd === remaining) && (!best || atEnd > best.length)) {
        best = { source, end: source.length, length: atEnd };
      }
      const inside = findRun(keys, from, source);
      if (inside.length === remaining && remaining >= MIN_MID_REPLAY && (!best || remaining > best.length)) {
        best = { source, end: inside.at + inside.length, length: remaining };
      }
    }
    return best;
  }

  /** Words a replayed block adds that keep following the earlier utterance are replay too. */
  private followReplay(block: Block): void {
    const cursor = block.replay;
    if (!cursor) return;
    const keys = block.view.keys;
    while (block.frozen < keys.length && cursor.at < cursor.keys.length) {
      if (keys[block.frozen] !== cursor.keys[cursor.at]) break;
      block.frozen++;
      cursor.at++;
    }
    if (cursor.at >= cursor.keys.length || block.frozen < keys.length) block.replay = null;
  }
}

/** Keeps only the text of a finished block's words; `wake` cuts them again when needed. */
function sleep(block: Block): void {
  if (block.asleep !== null || block.cur) return;
  block.asleep = block.view.raw;
  block.view = NO_TOKENS;
}

/** Meet's restart of a long block: much shorter, and most old words gone from both ends. */
function isRestart(previous: Tokens, next: Tokens): boolean {
  if (previous.keys.length < RESET_MIN_WORDS) return false;
  if (textLength(previous) - textLength(next) <= RESET_SHRINK_CHARS) return false;
  const head = commonPrefix(previous.keys, next.keys);
  const kept = head + commonSuffix(previous.keys, next.keys, head);
  return kept < previous.keys.length * RESET_KEEP_RATIO;
}

function sameWords(a: Tokens, b: Tokens): boolean {
  if (a.words.length !== b.words.length) return false;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) return false;
  return true;
}

function joinText(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

function byOpenStart(a: Block, b: Block): number {
  const startA = a.cur?.startMs ?? Infinity;
  const startB = b.cur?.startMs ?? Infinity;
  if (startA !== startB) return startA < startB ? -1 : 1;
  const idA = a.cur?.id ?? a.id;
  const idB = b.cur?.id ?? b.id;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

function byStartThenId(a: Utterance, b: Utterance): number {
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether a new row's first words carry on a removed row's window. A new turn that merely opens with
 * a word the old row also had ("um", "so") is not a continuation, so a few words must line up.
 */
function continuesWindow(removed: readonly string[], next: readonly string[]): boolean {
  if (next.length < MIN_CONTINUATION_WORDS) return false;
  const p = trimOffset(removed, next);
  return p >= 0 && Math.min(removed.length - p, next.length) >= MIN_CONTINUATION_WORDS;
}
