/**
 * The contract between the shared capture runtime and one call platform. An adapter only reads the
 * DOM it is given: it keeps no timers, observers or listeners, so it can be tested on frozen pages.
 */
import type { CaptureState, Platform } from '../../lib/capture/types.ts';

/** What one caption block says right now. */
export interface BlockReading {
  /** Display name as inert text; never trusted as markup. */
  speaker: string;
  self: boolean;
  text: string;
}

/** The adapter's view of the page; the runtime upgrades `captions-on` to `capturing`. */
export interface StateJudgement {
  state: Exclude<CaptureState, 'capturing'>;
  detail?: string;
}

export interface CaptionAdapter {
  platform: Platform;
  /** True when a block shows only its latest words (Zoom), so every snapshot matters. */
  rollingWindow: boolean;
  /** The live caption region, or null when the page shows none. Cheap: a few querySelector calls. */
  findRegion(doc: Document): Element | null;
  /** Captions off/on, no call, or unreadable, from the toggle button and whether a region exists. */
  judgeState(doc: Document, region: Element | null): StateJudgement;
  /** The region's caption blocks in document order, without trailing non-caption children. */
  listBlocks(region: Element): Element[];
  /** The caption block containing `node` (or being `node`), or null when it is outside any block. */
  blockOf(node: Node, region: Element): Element | null;
  /** Reads a block; null when the element is not (or no longer) a caption block. */
  readBlock(block: Element): BlockReading | null;
  /**
   * True when this document must not report at all, e.g. a Zoom shell frame that only hosts the
   * meeting iframe (whose own content script reports). Optional: absent means never silent.
   */
  isSilent?(doc: Document): boolean;
  /**
   * True when a block node now shows an unrelated caption (a virtual list reusing its nodes), so it
   * must be reported as a new block. Optional: absent means a node keeps one caption for life.
   */
  isRecycled?(previous: BlockReading, next: BlockReading): boolean;
  /**
   * Stand-in speaker names ("Speaker 1") that have since been resolved, each returned once, so earlier
   * lines can be renamed. May look the page up again, spaced out. Optional: absent means names are final.
   */
  learnedNames?(doc: Document): Array<{ from: string; to: string }>;
}

/** Trims HTML whitespace only, so zero-width and direction marks in names survive verbatim. */
export function trimHtmlSpace(value: string): string {
  return value.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
}

/** First element matching any selector, trying alternatives in order of preference. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
