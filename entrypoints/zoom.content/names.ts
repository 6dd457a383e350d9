/**
 * Who is speaking on Zoom. A caption row shows only an avatar (a photo, or initials when there is none);
 * the name is found where the same avatar appears with a name: a video tile or the participants panel,
 * whose image sits inside a wrapper with the name beside the wrapper, or an accessible label. Names are
 * kept per call and, for photos, across calls (bounded); a stand-in ("Speaker N", initials) is used
 * only while nothing names the speaker, and is renamed once a name is found.
 */
import { trimHtmlSpace } from '../../utils/capture/adapter.ts';
import { participantContainers, tileNameSelectors } from './selectors.ts';

/** The avatar a row shows: a photo's src, or the initials Zoom draws without one. */
export type AvatarKey = { photo: string } | { initials: string };

/** A stand-in that has since been named. */
export interface NameLearned {
  from: string;
  to: string;
}

/** Names kept per document (call), and photos remembered across calls. */
const MAX_NAMES = 500;
export const MAX_REMEMBERED = 200;
/** An unnamed avatar is looked up again at most this often (a whole-page image scan). */
const RETRY_MS = 2000;

const tileNameSelector = tileNameSelectors.join(', ');
const containerSelector = participantContainers.join(', ');

interface Book {
  names: Map<string, string>;
  standIns: Map<string, string>;
  speakerCount: number;
  nextTry: Map<string, number>;
  learned: NameLearned[];
}

const books = new WeakMap<Document, Book>();
/** Photo src → name, shared by every call in this page (seeded from storage by the content script). */
const remembered = new Map<string, string>();
let onRemember: ((entries: Array<[string, string]>) => void) | null = null;

function bookFor(doc: Document): Book {
  let book = books.get(doc);
  if (!book) {
    book = { names: new Map(), standIns: new Map(), speakerCount: 0, nextTry: new Map(), learned: [] };
    books.set(doc, book);
  }
  return book;
}

function keyOf(avatar: AvatarKey): string {
  return 'photo' in avatar ? `img:${avatar.photo}` : `text:${avatar.initials}`;
}

/** Forgets this document's names and stand-ins (a new call in the same page). */
export function forgetCall(doc: Document): void {
  books.delete(doc);
}

/** Sets the photo → name memory (most recent last) and where it is saved when a name is learned. */
export function rememberNames(
  entries: Array<[string, string]>,
  save: (entries: Array<[string, string]>) => void,
): void {
  remembered.clear();
  for (const [src, name] of entries.slice(-MAX_REMEMBERED)) if (src && name) remembered.set(src, name);
  onRemember = save;
}

function remember(src: string, name: string): void {
  if (remembered.get(src) === name) return;
  remembered.delete(src);
  remembered.set(src, name);
  while (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  try {
    onRemember?.([...remembered]);
  } catch {
    // Saving is best effort; the name is still used for this call.
  }
}

function labelOf(el: Element): string {
  for (const attr of ['aria-label', 'title', 'alt']) {
    const value = trimHtmlSpace(el.getAttribute(attr) ?? '');
    if (value) return value;
  }
  return '';
}

function textOf(el: Element | null): string {
  return el ? trimHtmlSpace(el.textContent ?? '') : '';
}

/**
 * The name beside one image: a tile's or panel entry's name element, else the text beside the image's
 * wrapper (Zoom's nesting) or beside the image, else an accessible label.
 */
function nameBeside(img: Element): string {
  const container = img.closest(containerSelector);
  if (container) {
    const named = textOf(container.querySelector(tileNameSelector));
    if (named) return named;
  }
  const wrapper = img.parentElement;
  for (const start of [wrapper, img]) {
    if (!start) continue;
    for (let sib = start.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const text = textOf(sib);
      if (text) return text;
    }
  }
  // Labels only close to the image: an outer region's label ("Gallery") names no one.
  for (const el of [img, wrapper, container]) {
    const label = el ? labelOf(el) : '';
    if (label) return label;
  }
  return '';
}

/** The name shown with the same photo outside the captions (tiles, participants panel). */
function nameForPhoto(doc: Document, src: string, inCaptions: (img: Element) => boolean): string {
  const images = doc.getElementsByTagName('img');
  for (let i = 0; i < images.length; i++) {
    const img = images[i];
    if (!img || img.getAttribute('src') !== src || inCaptions(img)) continue;
    const name = nameBeside(img);
    if (name) return name;
  }
  return '';
}

export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Without a photo: the one displayed name whose initials match among participants shown without a
 * photo too, or '' when none or several do.
 */
function nameForInitials(doc: Document, initials: string): string {
  const found = new Set<string>();
  for (const el of doc.querySelectorAll(tileNameSelector)) {
    if (el.closest(containerSelector)?.querySelector('img')) continue;
    const name = textOf(el);
    if (name && initialsOf(name) === initials.toUpperCase()) found.add(name);
  }
  return found.size === 1 ? ([...found][0] as string) : '';
}

export interface SpeakerLookup {
  doc: Document;
  avatar: AvatarKey;
  /** True for images inside the caption overlay (never a source of names). */
  inCaptions: (img: Element) => boolean;
  /** Milliseconds, for spacing out look-ups of an unnamed avatar. */
  now: number;
}

/** The speaker's name, or a stable stand-in while nothing names them. */
export function speakerFor({ doc, avatar, inCaptions, now }: SpeakerLookup): string {
  const book = bookFor(doc);
  const key = keyOf(avatar);
  const known = book.names.get(key);
  if (known) return known;
  if (now >= (book.nextTry.get(key) ?? 0)) {
    book.nextTry.set(key, now + RETRY_MS);
    const name = lookUp(doc, avatar, inCaptions);
    if (name) return learn(book, key, avatar, name);
  }
  let standIn = book.standIns.get(key);
  if (!standIn) {
    const initials = 'initials' in avatar ? avatar.initials : '';
    standIn = initials || `Speaker ${++book.speakerCount}`;
    book.standIns.set(key, standIn);
  }
  return standIn;
}

function lookUp(doc: Document, avatar: AvatarKey, inCaptions: (img: Element) => boolean): string {
  if ('initials' in avatar) return avatar.initials ? nameForInitials(doc, avatar.initials) : '';
  if (!avatar.photo) return '';
  return nameForPhoto(doc, avatar.photo, inCaptions) || (remembered.get(avatar.photo) ?? '');
}

function learn(book: Book, key: string, avatar: AvatarKey, name: string): string {
  book.names.set(key, name);
  if (book.names.size > MAX_NAMES) book.names.delete(book.names.keys().next().value as string);
  if ('photo' in avatar && avatar.photo) remember(avatar.photo, name);
  const standIn = book.standIns.get(key);
  if (standIn && standIn !== name) book.learned.push({ from: standIn, to: name });
  book.standIns.delete(key);
  return name;
}

/**
 * Looks up every avatar still under a stand-in (spaced out like reads), and returns the names learned
 * since the last call, so earlier lines can be renamed.
 */
export function takeLearnedNames(doc: Document, inCaptions: (img: Element) => boolean, now: number): NameLearned[] {
  const book = books.get(doc);
  // Called after every read: nothing to look up or report is the usual case, and must cost nothing.
  if (!book || (book.standIns.size === 0 && book.learned.length === 0)) return [];
  for (const key of [...book.standIns.keys()]) {
    if (now < (book.nextTry.get(key) ?? 0)) continue;
    book.nextTry.set(key, now + RETRY_MS);
    const avatar: AvatarKey = key.startsWith('img:') ? { photo: key.slice(4) } : { initials: key.slice(5) };
    const name = lookUp(doc, avatar, inCaptions);
    if (name) learn(book, key, avatar, name);
  }
  return book.learned.splice(0);
}
