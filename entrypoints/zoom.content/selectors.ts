/**
 * Zoom web client caption DOM hooks, as data. Zoom's BEM class names have been stable since 2025;
 * rows repeat one id, so they are matched with attribute selectors, never getElementById.
 * See docs/capture.md (Zoom); counts are proven in tests/adapters/selectors.test.ts.
 */

/** The caption overlay; removed when captions are turned off, re-created (with a replay) on. */
export const regionSelectors = [
  // Aug 2026 capture: the draggable overlay (gets a `--hidden` modifier while empty).
  '.live-transcription-subtitle__overlay-container',
  // Sept 2025–Aug 2026 (TranscripTonic): the row box, in case the overlay class goes.
  '.live-transcription-subtitle__box',
  // Aug 2026 capture: the row container inside the frame.
  '.live-transcription-subtitle__content',
] as const;

/** One row per concurrent speaker. */
export const rowSelectors = [
  // The id is repeated on every row.
  '[id="live-transcription-subtitle"]',
] as const;

/** The row's caption text: a rolling window of the latest words. */
export const itemSelectors = [
  // Aug 2026 capture and March 2026 script.
  'span.live-transcription-subtitle__item',
  // Same class on another tag, should the span change.
  '.live-transcription-subtitle__item',
] as const;

/** The row's avatar; the only speaker hint in the caption DOM. */
export const avatarSelectors = [
  // Aug 2026 capture.
  'img.zmu-data-selector-item__icon',
  // Any image in the row, should the class change.
  'img',
] as const;

/** Where a video tile or participants-panel entry shows a display name, beside the avatar's wrapper. */
export const tileNameSelectors = [
  // Aug 2026 capture: the gallery tile's name footer.
  '.video-avatar__avatar-footer',
  // Participants panel entry (open only when the user shows the panel).
  '.participants-item__display-name',
] as const;

/** Containers of one participant (tile or panel entry), searched for a name when the image has no sibling. */
export const participantContainers = [
  '.video-avatar__avatar',
  '.participants-item-position',
  '[role="listitem"]',
] as const;

/** The captions footer button; its label names the action ("Show" = captions off now). */
export const toggleContainer = '[id="captions"][data-feature-type="captions"]';
export const toggleOnLabels = ['Hide Captions'] as const;
export const toggleOffLabels = ['Show Captions'] as const;

/** Signs of the in-call UI when the captions button is missing (e.g. the host disabled captions). */
export const callMarkers = [
  // TranscripTonic's in-call check.
  '#audioOptionMenu',
  // Leave button in the footer.
  '.footer__leave-btn-container',
] as const;

/** The meeting iframe inside the PWA shell; the shell frame itself stays silent. */
export const webclientFrameSelectors = [
  // 2025–2026 PWA shell.
  'iframe#webclient',
  // Class seen on the same iframe.
  'iframe.pwa-webclient__iframe',
] as const;

export function labelSelector(container: string, labels: readonly string[]): string {
  return labels
    .flatMap((label) => [`${container} button[aria-label="${label}"]`, `button[aria-label="${label}"]`])
    .join(', ');
}
