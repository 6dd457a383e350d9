/**
 * Single-word lists used by the normaliser and the turn-taking helpers. Plain data: lower case,
 * after normalisation (hyphenated backchannels are already joined: "mm-hm" → "mmhm").
 */

/** Words a listener says to show they are following without taking the floor. */
export const BACKCHANNEL_WORDS: readonly string[] = [
  'absolutely', 'ah', 'aha', 'alright', 'cool', 'definitely', 'exactly', 'gotcha', 'great', 'hm', 'hmm',
  'huh', 'i', 'interesting', 'mhm', 'mm', 'mmhm', 'mmhmm', 'mmm', 'nice', 'no', 'oh', 'ok', 'okay',
  'really', 'right', 'see', 'sure', 'totally', 'true', 'uhhuh', 'wow', 'yeah', 'yep', 'yes', 'yup',
];

/** Vocal fillers that carry no content; removed before matching so "I'm, um, not sure" reads "I'm not sure". */
export const FILLER_WORDS: readonly string[] = ['um', 'uh', 'uhm', 'umm', 'uhh', 'er', 'erm', 'ehm'];

/** Hyphenated or spaced listener tokens, joined into one word before parsing (compromise splits them). */
export const JOINED_TOKENS: readonly (readonly [RegExp, string])[] = [
  [/\bm+-?h+m+\b/gi, 'mmhm'],
  [/\buh-huh\b/gi, 'uhhuh'],
  [/\buh-oh\b/gi, 'uhoh'],
  [/\buh-uh\b/gi, 'nope'],
];

/**
 * Contractions that captions often print without the apostrophe. Only unambiguous ones: "its", "were",
 * "well", "lets" and "wont" are real words too, so they stay as they are.
 */
export const BARE_CONTRACTIONS: Readonly<Record<string, string>> = {
  arent: "aren't",
  cant: "can't",
  couldnt: "couldn't",
  didnt: "didn't",
  doesnt: "doesn't",
  dont: "don't",
  hadnt: "hadn't",
  hasnt: "hasn't",
  havent: "haven't",
  im: "i'm",
  isnt: "isn't",
  ive: "i've",
  shouldnt: "shouldn't",
  thats: "that's",
  theyre: "they're",
  theyve: "they've",
  wasnt: "wasn't",
  werent: "weren't",
  weve: "we've",
  whats: "what's",
  wouldnt: "wouldn't",
  youre: "you're",
  youve: "you've",
};

/** Words that never carry a topic; content-lemma overlap ignores them. */
export const STOP_LEMMAS: readonly string[] = [
  'actually', 'also', 'anyway', 'basically', 'be', 'bit', 'case', 'do', 'get', 'go', 'going', 'good', 'great',
  'guess', 'have', 'honestly', 'idea', 'just', 'kind', 'know', 'let', 'like', 'look', 'lot', 'make', 'maybe',
  'mean', 'need', 'now', 'okay', 'one', 'point', 'pretty', 'probably', 'question', 'quite', 'really', 'right',
  'say', 'see', 'so', 'something', 'sort', 'stuff', 'sure', 'talk', 'tell', 'thing', 'think', 'time', 'try',
  'very', 'want', 'way', 'well', 'work', 'yeah', 'yes', 'thank', 'thanks', 'sorry', 'hear', 'bring', 'use',
  // Words about the worry itself, not its topic: "worried" in a concern and "worry" in a brush-off share nothing.
  'worry', 'worri', 'worried', 'concern', 'concerned', 'issue', 'problem', 'fine', 'honest',
];
