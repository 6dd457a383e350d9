import { STOP_LEMMAS } from './lexicons/tokens.ts';
import { memo, termsOf, type Analysis } from './parse.ts';

const STOP = new Set(STOP_LEMMAS);

/** A crude stem so "price", "prices", "priced" and "pricing" meet: enough for topic overlap, cheap and stable. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  let verbal = false;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ing')) [w, verbal] = [w.slice(0, -3), true];
  else if (w.length > 4 && w.endsWith('ed')) [w, verbal] = [w.slice(0, -2), true];
  else if (w.length > 3 && w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "running" → "runn" → "run", "stopped" → "stop"; "billed", "passed", "added" keep the letters their
  // verbs end on (l, s, f, z, d double in the base form far more often than by inflection).
  if (verbal && w.length > 3 && /([bgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const CONTENT_TAGS = ['Noun', 'Verb', 'Adjective', 'Value', 'Acronym', 'ProperNoun'];
const NON_CONTENT_TAGS = [
  'Pronoun',
  'Auxiliary',
  'Copula',
  'Modal',
  'Determiner',
  'Conjunction',
  'Preposition',
  'QuestionWord',
  'Expression',
  'Negative',
];

/** Content-word stems of an utterance (nouns, verbs, adjectives, numbers), without filler words. */
export function contentLemmas(analysis: Analysis): ReadonlySet<string> {
  return memo(analysis, 'lemmas', () => {
    const out = new Set<string>();
    for (const sentence of analysis.sentences) {
      for (const term of termsOf(sentence)) {
        const word = term.normal;
        if (!word || word.length < 3 || !/^[a-z0-9]/.test(word)) continue;
        const tags = term.tags ?? new Set<string>();
        if (NON_CONTENT_TAGS.some((t) => tags.has(t))) continue;
        if (!CONTENT_TAGS.some((t) => tags.has(t))) continue;
        const s = stem(word);
        if (STOP.has(word) || STOP.has(s)) continue;
        out.add(s);
      }
    }
    return out;
  });
}

/** The stems two utterances share. */
export function sharedLemmas(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((x) => b.has(x));
}
