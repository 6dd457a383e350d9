/**
 * Reads Zoom's caption overlay: one row per concurrent speaker, each an avatar plus a span whose
 * text is a rolling window. Zoom puts no name in the row; names.ts finds it from the avatar.
 */
import type { CaptionAdapter, StateJudgement } from '../../utils/capture/adapter.ts';
import { queryFirst, trimHtmlSpace } from '../../utils/capture/adapter.ts';
import { type AvatarKey, speakerFor, takeLearnedNames } from './names.ts';
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

/** Images in the caption overlay show avatars, never names. */
function inCaptions(img: Element): boolean {
  return img.closest(overlaySelector) !== null || img.closest(rowSelector) !== null;
}

/** The row's avatar: its photo, or (no photo) the initials shown in its place. */
function avatarOf(row: Element): AvatarKey {
  const img = queryFirst(row, avatarSelectors);
  if (img) return { photo: img.getAttribute('src') ?? '' };
  const first = row.firstElementChild;
  return { initials: first && !first.matches(itemSelector) ? trimHtmlSpace(first.textContent ?? '') : '' };
}

const clock = typeof performance === 'undefined' ? () => Date.now() : () => performance.now();

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
    const speaker = speakerFor({ doc: row.ownerDocument, avatar: avatarOf(row), inCaptions, now: clock() });
    return { speaker, self: false, text: item?.textContent ?? '' };
  },

  learnedNames(doc) {
    return takeLearnedNames(doc, inCaptions, clock());
  },

  isSilent(doc) {
    if (queryFirst(doc, regionSelectors) || zoomToggleState(doc) || doc.querySelector(callMarkerSelector)) return false;
    // The PWA shell only hosts iframe#webclient, whose own content script reports.
    if (queryFirst(doc, webclientFrameSelectors)) return true;
    // Other sub-frames without meeting UI have nothing to say; only the top frame reports no-call.
    return !isTopFrame(doc);
  },
};
