/**
 * Reads Microsoft Teams' live captions: a virtualised list of items, each with an author and a text
 * edited in place. The host view wraps items one level deeper than the guest view, so items are found
 * by structure (the innermost element holding an author and a text), not by their wrappers.
 */
import type { BlockReading, CaptionAdapter, StateJudgement } from '../../utils/capture/adapter.ts';
import { queryFirst, trimHtmlSpace } from '../../utils/capture/adapter.ts';
import { authorSelectors, callMarkers, placeholderNames, regionSelectors, textSelectors } from './selectors.ts';

const textSelector = textSelectors.join(', ');
const authorSelector = authorSelectors.join(', ');
const callMarkerSelector = callMarkers.join(', ');
const placeholders = new Set<string>(placeholderNames);

/** The item holding caption text `text`: its innermost ancestor that also holds an author. */
function itemOfText(text: Element, region: Element): Element | null {
  for (let el = text.parentElement; el && el !== region; el = el.parentElement) {
    if (el.querySelector(authorSelector)) return el;
  }
  return null;
}

/** The one caption text inside or above `el`, or null when `el` is a wrapper of several items (or none). */
function textFor(el: Element, region: Element): Element | null {
  const inside = el.closest(textSelector);
  if (inside) return inside;
  for (let current: Element | null = el; current && current !== region; current = current.parentElement) {
    const texts = current.querySelectorAll(textSelector);
    if (texts.length === 1) return texts[0] ?? null;
    if (texts.length > 1) return null;
  }
  return null;
}

export const teamsAdapter: CaptionAdapter = {
  platform: 'teams',
  rollingWindow: false,

  findRegion(doc) {
    return queryFirst(doc, regionSelectors);
  },

  judgeState(doc, region): StateJudgement {
    if (region) return { state: 'captions-on' };
    return { state: doc.querySelector(callMarkerSelector) ? 'captions-off' : 'no-call' };
  },

  listBlocks(region) {
    const items: Element[] = [];
    for (const text of region.querySelectorAll(textSelector)) {
      const item = itemOfText(text, region);
      if (item && items.at(-1) !== item) items.push(item);
    }
    return items;
  },

  blockOf(node, region) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || el === region || !region.contains(el)) return null;
    const text = textFor(el, region);
    return text ? itemOfText(text, region) : null;
  },

  readBlock(item): BlockReading | null {
    const text = item.querySelector(textSelector);
    const author = item.querySelector(authorSelector);
    if (!text || !author) return null;
    // A wrapper around an item (the host view's list entry) is not an item itself.
    if (itemOfText(text, item) !== null) return null;
    return { speaker: trimHtmlSpace(author.textContent ?? ''), self: false, text: text.textContent ?? '' };
  },

  isRecycled(previous, next) {
    // The virtual list reuses an item node for an unrelated caption; a placeholder being named is not that.
    return previous.speaker !== next.speaker && previous.speaker !== '' && !placeholders.has(previous.speaker);
  },
};
