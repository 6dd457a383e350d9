import { BACKCHANNEL_WORDS } from './lexicons/tokens.ts';
import { analyse, memo, type Analysis } from './parse.ts';

const BACKCHANNEL = new Set(BACKCHANNEL_WORDS);
/** Two- and three-word listener responses whose words are not all backchannel words on their own. */
const BACKCHANNEL_PHRASES = new Set([
  'got it',
  'i see',
  'oh i see',
  'makes sense',
  'that makes sense',
  'fair enough',
  "that's true",
  'that is true',
  'of course',
  'for sure',
  'sounds good',
  'no way',
  'oh wow',
  'i know',
  'oh no',
  'i agree',
  'me too',
  'good point',
  'oh nice',
  "that's right",
  'that is right',
  "that's fair",
  'go on',
  'uh huh',
  'oh okay',
  'ah okay',
  'yeah yeah',
  'oh god',
  'oh my',
  'oh yeah',
  'oh really',
  'you bet',
  'gotcha',
  'thank you',
  'thanks',
  'perfect',
  'ah right',
]);

/** A listener response of at most three words that does not take the floor ("mm-hm", "right", "got it"). */
export function isBackchannel(input: string | Analysis): boolean {
  const a = typeof input === 'string' ? analyse(input) : input;
  return memo(a, 'backchannel', () => {
    const w = a.words;
    if (w.length === 0) return true;
    if (w.length > 3) return false;
    return BACKCHANNEL_PHRASES.has(w.join(' ')) || w.every((x) => BACKCHANNEL.has(x));
  });
}

/** A turn that claims the floor: not a backchannel, and at least `minWords` words of speech. */
export function takesFloor(input: string | Analysis, minWords = 4): boolean {
  const a = typeof input === 'string' ? analyse(input) : input;
  return !isBackchannel(a) && a.words.length >= minWords;
}
