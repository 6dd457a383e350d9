/**
 * Reads Google Meet's caption region: one block per speaker turn (a name header and a text div),
 * followed by trailing non-caption children. Blocks are recognised by structure, classes second.
 */
import type { CaptionAdapter, StateJudgement } from '../../utils/capture/adapter.ts';
import { queryFirst, trimHtmlSpace } from '../../utils/capture/adapter.ts';
import {
  blockClassSelectors,
  headerClassSelectors,
  labelSelector,
  ligatureWhenOff,
  ligatureWhenOn,
  nameSelectors,
  regionLabels,
  regionSelectors,
  selfNames,
  textClassSelectors,
  toggleIconSelectors,
  toggleOffLabels,
  toggleOnLabels,
  trailingMarkers,
} from './selectors.ts';

const toggleOnSelector = labelSelector(toggleOnLabels);
const toggleOffSelector = labelSelector(toggleOffLabels);
const toggleIconSelector = toggleIconSelectors.join(', ');
const trailingSelector = trailingMarkers.join(', ');
const blockClassSelector = blockClassSelectors.join(', ');
const headerClassSelector = headerClassSelectors.join(', ');
const selfNameSet = new Set<string>(selfNames);
const regionLabelSet = new Set<string>(regionLabels);

/** 'on' / 'off' from the toggle's label or icon ligature; null when no toggle is shown. */
export function meetToggleState(doc: Document): 'on' | 'off' | null {
  if (doc.querySelector(toggleOnSelector)) return 'on';
  if (doc.querySelector(toggleOffSelector)) return 'off';
  for (const icon of doc.querySelectorAll(toggleIconSelector)) {
    const ligature = trimHtmlSpace(icon.textContent ?? '');
    if (ligature === ligatureWhenOff) return 'off';
    if (ligature === ligatureWhenOn) return 'on';
  }
  return null;
}

function headerOf(block: Element): Element | null {
  const first = block.firstElementChild;
  if (!first) return null;
  // Structure: the header is the first child and carries the avatar and/or the name span.
  if (first.querySelector('img, span')) return first;
  return first.matches(headerClassSelector) ? first : null;
}

function textDivOf(block: Element, header: Element | null): Element | null {
  const next = header?.nextElementSibling;
  if (next) return next;
  return queryFirst(block, textClassSelectors);
}

/** A direct child of the region that is a caption block (not a trailing control or dummy child). */
export function isMeetBlock(el: Element): boolean {
  if (el.querySelector(trailingSelector)) return false;
  if (el.childElementCount >= 2 && headerOf(el)) return true;
  // Fallback on Meet's own classes, for a header without image or span.
  return el.matches(blockClassSelector) && queryFirst(el, textClassSelectors) !== null;
}

function isCaptionRegion(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  if (label !== null && regionLabelSet.has(trimHtmlSpace(label))) return true;
  for (const child of el.children) if (isMeetBlock(child)) return true;
  return el.querySelector(trailingMarkers[0]) !== null;
}

export const meetAdapter: CaptionAdapter = {
  platform: 'meet',
  rollingWindow: false,

  findRegion(doc) {
    const candidates: Element[] = [];
    for (const selector of regionSelectors) {
      for (const el of doc.querySelectorAll(selector)) if (!candidates.includes(el)) candidates.push(el);
    }
    for (const candidate of candidates) if (isCaptionRegion(candidate)) return candidate;
    // An unlabelled, still empty region: trust it only when it is the only one and captions are on.
    const only = candidates.length === 1 ? candidates[0] : undefined;
    return only && meetToggleState(doc) === 'on' ? only : null;
  },

  judgeState(doc, region): StateJudgement {
    if (region) return { state: 'captions-on' };
    const toggle = meetToggleState(doc);
    if (toggle === 'on') {
      return {
        state: 'unreadable',
        detail: 'Meet says captions are on, but Candor cannot find them on the page. Meet may have changed its layout.',
      };
    }
    if (toggle === 'off') return { state: 'captions-off' };
    return { state: 'no-call' };
  },

  listBlocks(region) {
    const blocks: Element[] = [];
    for (const child of region.children) if (isMeetBlock(child)) blocks.push(child);
    return blocks;
  },

  blockOf(node, region) {
    let current: Node | null = node;
    while (current && current.parentNode !== region) current = current.parentNode;
    if (!current || current.nodeType !== 1) return null;
    const el = current as Element;
    return isMeetBlock(el) ? el : null;
  },

  readBlock(block) {
    if (!isMeetBlock(block)) return null;
    const header = headerOf(block);
    const textDiv = textDivOf(block, header);
    if (!textDiv) return null;
    const nameEl = header ? (queryFirst(header, nameSelectors) ?? header) : block.querySelector(nameSelectors[1]);
    const speaker = trimHtmlSpace(nameEl?.textContent ?? '');
    return { speaker, self: selfNameSet.has(speaker), text: textDiv.textContent ?? '' };
  },
};
