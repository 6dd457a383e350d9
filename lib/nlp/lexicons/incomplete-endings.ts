/**
 * Words a clause cannot stop on. When a speaker's caption ends on one of them (with no end punctuation),
 * they were cut off or trailed off mid-clause. Measured on the MRDA dev half: determiners, coordinators and
 * "of" end a cut-off unit far more often than a finished one; stranded prepositions and auxiliaries
 * ("what are you looking at", "yes we can"), "to" ("we have to") and "was" ("that's how it was") end finished
 * sentences too often on the dev half to count.
 */
export interface IncompleteEnding {
  word: string;
  /** 1: the clause is certainly open; 0.6: usually open. */
  weight: number;
  reason: string;
}

const strong = (words: string[], reason: string): IncompleteEnding[] =>
  words.map((word) => ({ word, weight: 1, reason }));
const usual = (words: string[], reason: string): IncompleteEnding[] =>
  words.map((word) => ({ word, weight: 0.6, reason }));

export const INCOMPLETE_ENDINGS: readonly IncompleteEnding[] = [
  ...strong(
    ['the', 'a', 'an', 'my', 'your', 'our', 'their', 'its', 'whose', 'every', 'each'],
    'a determiner needs its noun',
  ),
  ...strong(
    ['and', 'but', 'or', 'nor', 'because', 'cause', 'whereas', 'although'],
    'a connective announces a clause that never came',
  ),
  ...strong(['if', 'whether', 'unless', 'than'], 'a subordinator needs its clause'),
  ...strong(['of'], '"of" needs its object'),
  ...strong(['i', 'we', 'they', 'she', 'he'], 'a subject pronoun needs its verb'),
  ...usual(['just', 'like', 'be', 'is', 'are'], 'usually mid-clause in speech, though a clause can end on them'),
];
