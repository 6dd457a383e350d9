import { wordsOf } from '../nlp/normalise.ts';

// Words of a display name nobody is called by: titles, and the stand-ins a page shows for a device.
const NOT_CALLED = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'prof',
  'professor',
  'cllr',
  'sir',
  'dame',
  'rev',
  'fr',
  'speaker',
  'guest',
  'iphone',
  'ipad',
  'android',
  'phone',
  'laptop',
  'macbook',
  'pc',
  'the',
  'room',
]);

/**
 * The name a speaker is called by in the call: the first word of the display name that is not a title
 * ("Cllr. Margaret Hughes" → "margaret", "Marco's iPhone" → "marco", "Dana | Acme" → "dana"); null when the
 * name is a stand-in ("Speaker 2").
 */
export function callNameOf(displayName: string): string | null {
  const person = displayName.split('|')[0] ?? '';
  for (const raw of wordsOf(person)) {
    const word = raw.replace(/'s$/, '');
    if (word.length >= 2 && !NOT_CALLED.has(word) && !/\d/.test(word)) return word;
  }
  return null;
}

/** How many words at a turn's start or end a name may sit in to be calling on someone ("Sam, over to you"). */
const CALL_EDGE = 3;

/**
 * The speakers a turn calls on by name at its start or end ("ok ngozi castlegate whats happening there",
 * "…did you want to add something, Mei?"): how the floor is handed to someone in particular.
 */
export function speakersCalledOn(text: string, speakers: Iterable<string>): string[] {
  const words = wordsOf(text);
  const edges = new Set([...words.slice(0, CALL_EDGE), ...words.slice(-CALL_EDGE)]);
  const called: string[] = [];
  for (const speaker of speakers) {
    const name = callNameOf(speaker);
    if (name && edges.has(name)) called.push(speaker);
  }
  return called;
}
