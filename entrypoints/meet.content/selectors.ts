/**
 * Google Meet caption DOM hooks, as data. Role/ARIA/structure first; Meet's generated classes
 * churn every few months, so they are fallbacks only (see docs/capture.md, Google Meet).
 * tests/adapters/selectors.test.ts counts each selector on the frozen fixture pages.
 */

/** The caption region; turning captions on creates a new one, turning them off removes it. */
export const regionSelectors = [
  // Feb 2025+: the aria-label is localised, role + tabindex are not.
  'div[role="region"][tabindex="0"]',
  // 2024–2025 wrapper controller, kept in case the role is dropped again.
  'div[jscontroller="KPn5nb"]',
] as const;

/** Region labels that confirm a region is the caption one when several regions exist. */
export const regionLabels = [
  'Captions', // en
  'Sottotitoli', // it
  'Untertitel', // de
  'Sous-titres', // fr
  'Subtítulos', // es
  'Legendas', // pt
  'Субтитры', // ru
  '字幕', // ja, zh
] as const;

/** Trailing non-caption children of the region (Dec 2025+): never read as blocks. */
export const trailingMarkers = [
  // Hidden wrapper child.
  '.GvZY2',
  // "Jump to most recent captions" button container (label localised, so any button counts).
  'button',
] as const;

/** Block fallbacks when the header/text structure is not recognised. */
export const blockClassSelectors = [
  // 2024–2026 block class.
  '.nMcdL',
] as const;

/** Text div fallbacks inside a block; `VbkSUe` is in every dump seen. */
export const textClassSelectors = [
  '.VbkSUe', // 2025 and 2026
  '.ygicle', // 2026
  '.bh44bd', // 2025
] as const;

/** Name element inside the header. */
export const nameSelectors = [
  // Structure: the header's only span holds the display name.
  'span',
  // 2024–2026 class of that span.
  '.NWpY1d',
] as const;

/** Header class fallbacks, for when the avatar image is missing. */
export const headerClassSelectors = [
  '.adE6rb', // 2026
  '.M6cG9d', // 2025
] as const;

/** How Meet labels the local user's blocks, per UI language. */
export const selfNames = [
  'You', // en
  'Tu', // it, fr (informal)
  'Tú', // es
  'Du', // de
  'Vous', // fr
  'Você', // pt
  'Вы', // ru
] as const;

/** The captions toggle names the action: "Turn on…" means captions are off now. */
export const toggleOffLabels = [
  'Turn on captions', // en
  'Attiva i sottotitoli', // it
  'Untertitel aktivieren', // de
  'Activer les sous-titres', // fr
  'Activar subtítulos', // es
] as const;

export const toggleOnLabels = [
  'Turn off captions', // en
  'Disattiva i sottotitoli', // it
  'Untertitel deaktivieren', // de
  'Désactiver les sous-titres', // fr
  'Desactivar subtítulos', // es
] as const;

/** Icons inside buttons; the toggle's ligature is language-independent, so it backs up the labels. */
export const toggleIconSelectors = [
  // 2024–2026 icon font.
  'button i.google-symbols',
  // Older Material icon font, should Meet switch back.
  'button i.material-icons-extended',
] as const;
export const ligatureWhenOff = 'closed_caption_off';
export const ligatureWhenOn = 'closed_caption';

export function labelSelector(labels: readonly string[]): string {
  return labels.map((label) => `button[aria-label="${label}"]`).join(', ');
}
