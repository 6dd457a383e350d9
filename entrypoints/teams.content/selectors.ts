/**
 * Microsoft Teams web caption DOM hooks, as data. Teams marks its caption UI with `data-tid` test ids,
 * which have outlived several redesigns; generated (Griffel) classes are never used. Items are found by
 * structure: the innermost element holding both an author and a caption text.
 * Counts on the fixture pages are proven in tests/adapters/selectors.test.ts.
 */

/** The live-captions pane, outermost first; absent while captions are off. */
export const regionSelectors = [
  // 2025–2026: the pane (aria-label "Live Captions"), removed when captions are turned off.
  '[data-tid="closed-caption-renderer-wrapper"]',
  // Its window and virtual list, should the outer wrapper be renamed.
  '[data-tid="closed-caption-v2-window-wrapper"]',
  '[data-tid="closed-caption-v2-virtual-list-content"]',
] as const;

/** A caption item's text, edited in place as words arrive and are corrected. */
export const textSelectors = ['[data-tid="closed-caption-text"]'] as const;

/** A caption item's speaker name. */
export const authorSelectors = ['[data-tid="author"]'] as const;

/** Signs of the in-call screen when the captions pane is absent (captions off). */
export const callMarkers = [
  // The meeting controls' More button (2025–2026 ids).
  '#callingButtons-showMoreBtn',
  'button[data-tid="more-button"]',
  // Leave button.
  '#hangup-button',
] as const;

/** Names Teams shows before it knows who is speaking; it renames the same item in place later. */
export const placeholderNames = ['Unknown User', 'Unknown user'] as const;
