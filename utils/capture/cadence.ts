/**
 * How often the content script reads and sends, within the 50 ms budget from a caption change to the
 * background. A message costs the call page far more than reading a block, and words arrive every few ms:
 * the observer only records what changed, and one read this long after the first change covers the burst.
 * Its events are sent at once, so one timer paces both. A rolling window (Zoom) is read the same way: the
 * windows shown in between come from the records' old values (see runCapture), so none is skipped.
 */
export const READ_EVERY_MS = 30;
