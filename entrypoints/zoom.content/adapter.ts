/**
 * Reads Zoom's caption overlay: one row per concurrent speaker, each an avatar plus a span whose
 * text is a rolling window. Zoom puts no name in the row, so the avatar is matched to a video tile.
 */
import type { CaptionAdapter, StateJudgement } from '../../utils/capture/adapter.ts';
import { queryFirst, trimHtmlSpace } from '../../utils/capture/adapter.ts';
import {
  avatarSelectors,
  callMarkers,
  itemSelectors,
  labelSelector,
  regionSelectors,
  rowSelectors,
  toggleContainer,
  toggleOffLabels,
  toggleOnLabels,
  webclientFrameSelectors,
} from './selectors.ts';

const rowSelector = rowSelectors.join(', ');
const itemSelector = itemSelectors.join(', ');
const overlaySelector = regionSelectors.join(', ');
const callMarkerSelector = callMarkers.join(', ');
const toggleOnSelector = labelSelector(toggleContainer, toggleOnLabels);
const toggleOffSelector = labelSelector(toggleContainer, toggleOffLabels);

/** Per document: avatar key → resolved tile name, and avatar key → "Speaker N" stand-in. */
interface NameBook {
  names: Map<string, string>;
  standIns: Map<string, string>;
}
const books = new WeakMap<Document, NameBook>();

function bookFor(doc: Document): NameBook {
  let book = books.get(doc);
  if (!book) {
    book = { names: new Map(), standIns: new Map() };
    books.set(doc, book);
  }
  return book;
}

export function zoomToggleState(doc: Document): 'on' | 'off' | null {
  if (doc.querySelector(toggleOnSelector)) return 'on';
  if (doc.querySelector(toggleOffSelector)) return 'off';
  return null;
}

function isRow(el: Element): boolean {
  if (el.matches(rowSelector)) return true;
  // Fallback: whatever directly holds a caption item is a row.
  for (const child of el.children) if (child.matches(itemSelector)) return true;
  return false;
}

function textNextTo(img: Element): string {
  for (let sib = img.nextElementSibling; sib; sib = sib.nextElementSibling) {
    const text = trimHtmlSpace(sib.textContent ?? '');
    if (text) return text;
  }
  for (let sib = img.previousElementSibling; sib; sib = sib.previousElementSibling) {
    const text = trimHtmlSpace(sib.textContent ?? '');
    if (text) return text;
  }
  const parent = img.parentElement;
  // A small wrapper's own text (e.g. a bare text node beside the image), never a whole panel.
  if (parent && parent.childElementCount <= 2) return trimHtmlSpace(parent.textContent ?? '');
  return '';
}

/** The name shown beside a video tile image with the same src, outside the captions. */
function tileName(doc: Document, src: string): string {
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length; i++) {
    const img = images[i];
    if (!img || img.getAttribute('src') !== src || img.closest(overlaySelector) || img.closest(rowSelector)) continue;
    const name = textNextTo(img);
    if (name) return name;
  }
  return '';
}

function speakerOf(row: Element): string {
  const doc = row.ownerDocument;
  const book = bookFor(doc);
  const avatar = queryFirst(row, avatarSelectors);
  const src = avatar?.getAttribute('src') ?? '';
  // Without a photo Zoom may show initials instead of an image; they still tell speakers apart.
  let key = `img:${src}`;
  if (!avatar) {
    const first = row.firstElementChild;
    key = `text:${first && !first.matches(itemSelector) ? trimHtmlSpace(first.textContent ?? '') : ''}`;
  }
  const known = book.names.get(key);
  if (known) return known;
  if (avatar && src) {
    const name = tileName(doc, src);
    if (name) {
      book.names.set(key, name);
      return name;
    }
  }
  let standIn = book.standIns.get(key);
  if (!standIn) {
    standIn = `Speaker ${book.standIns.size + 1}`;
    book.standIns.set(key, standIn);
  }
  return standIn;
}

function isTopFrame(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return true;
  try {
    return win.top === win;
  } catch {
    return false;
  }
}

export const zoomAdapter: CaptionAdapter = {
  platform: 'zoom',
  rollingWindow: true,

  findRegion(doc) {
    return queryFirst(doc, regionSelectors);
  },

  judgeState(doc, region): StateJudgement {
    if (region) return { state: 'captions-on' };
    const toggle = zoomToggleState(doc);
    if (toggle === 'on') {
      return {
        state: 'unreadable',
        detail:
          'Zoom says captions are shown, but Candor cannot find them on the page. Zoom may have changed its layout.',
      };
    }
    if (toggle === 'off') return { state: 'captions-off' };
    if (doc.querySelector(callMarkerSelector)) {
      return { state: 'captions-off', detail: 'Zoom shows no captions button; the host may not allow captions.' };
    }
    return { state: 'no-call' };
  },

  listBlocks(region) {
    const rows = [...region.querySelectorAll(rowSelector)];
    if (rows.length > 0) return rows;
    const parents: Element[] = [];
    for (const item of region.querySelectorAll(itemSelector)) {
      const parent = item.parentElement;
      if (parent && parent !== region && !parents.includes(parent)) parents.push(parent);
    }
    return parents;
  },

  blockOf(node, region) {
    for (let current: Node | null = node; current && current !== region; current = current.parentNode) {
      if (current.nodeType === 1 && isRow(current as Element)) return current as Element;
    }
    return null;
  },

  readBlock(row) {
    if (!isRow(row)) return null;
    const item = queryFirst(row, itemSelectors);
    return { speaker: speakerOf(row), self: false, text: item?.textContent ?? '' };
  },

  isSilent(doc) {
    if (queryFirst(doc, regionSelectors) || zoomToggleState(doc) || doc.querySelector(callMarkerSelector)) return false;
    // The PWA shell only hosts iframe#webclient, whose own content script reports.
    if (queryFirst(doc, webclientFrameSelectors)) return true;
    // Other sub-frames without meeting UI have nothing to say; only the top frame reports no-call.
    return !isTopFrame(doc);
  },
};
