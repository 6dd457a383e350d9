/**
 * How often the content script reads and sends, within the 50 ms budget from a caption change to the
 * background. A message costs the call page far more than reading a block, and words arrive every few ms.
 */

/**
 * Whole-text blocks (Meet, Teams): the observer only records what changed, and one read this long after
 * the first change covers the burst; its events are sent at once, so one timer paces both.
 */
export const READ_EVERY_MS = 30;

/**
 * A rolling window (Zoom) is read on every change, because a window read only after several words arrived
 * can line up with the previous one in more than one place; its reads share a message this long.
 */
export const COALESCE_MS = 30;
