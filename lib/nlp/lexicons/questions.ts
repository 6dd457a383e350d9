import { defineLexicon } from './types.ts';

/**
 * Question frames for the classifier (lib/nlp/question.ts). compromise's own `questions()` misses
 * declaratives, "tell me about…" and "do you mean…" without "?", and wrongly counts tags and
 * suggestions (docs/design.md), so these frames decide first.
 */

/** Discourse markers that may precede a clause start; the classifier skips them. */
export const LEAD_INS: readonly string[] = [
  'so',
  'and',
  'but',
  'okay',
  'ok',
  'alright',
  'well',
  'oh',
  'then',
  'now',
  'sorry',
  'also',
  'yeah',
  'right',
  'hmm',
  'actually',
  'just',
  'quick',
  'question',
  'one',
  'last',
  'thing',
  'great',
  'cool',
  'sure',
  'mmhm',
  'uhhuh',
  'understood',
  'thanks',
  'perfect',
  'fine',
  'good',
  'nice',
  'interesting',
  'gotcha',
  'yes',
  'no',
];

/** Checks that the speaker understood: they expect a confirmation or a correction. */
export const CLARIFICATION_FRAMES = defineLexicon('clarification-frames', [
  { id: 'do-you-mean', match: '(do|did) you mean', reason: 'asks which meaning was intended', weight: 1 },
  {
    id: 'what-do-you-mean',
    match: 'what (do|did) you mean',
    reason: 'asks for the meaning of what was said',
    weight: 1,
  },
  { id: 'you-mean', match: '^(so|oh|wait|sorry)? you mean', reason: 'offers a reading for confirmation', weight: 0.9 },
  { id: 'are-you-saying', match: '(are|were) you saying', reason: 'checks a reading of what was said', weight: 1 },
  {
    id: 'so-you-are-saying',
    match: '^(so|okay so|wait so)? you (are|were) saying',
    reason: 'restates for confirmation',
    weight: 0.9,
  },
  {
    id: 'just-to-be-clear',
    match: '(just)? to be (clear|sure)',
    reason: 'announces an understanding check',
    weight: 0.7,
  },
  {
    id: 'to-clarify',
    match: '(just)? to (clarify|confirm|double check)',
    reason: 'announces an understanding check',
    weight: 0.7,
  },
  {
    id: 'make-sure-i-understand',
    match: 'to make sure i (understand|follow|got|get|have) (this|that|it|you)?',
    reason: 'announces an understanding check',
    weight: 0.8,
  },
  {
    id: 'if-i-understand',
    match: 'if i (understand|understood|follow|am following|heard) (you|that|this|correctly|right)',
    reason: 'offers a reading for confirmation',
    weight: 0.8,
  },
  { id: 'when-you-say', match: 'when you say', reason: 'asks about a term the other used', weight: 0.9 },
  {
    id: 'could-you-clarify',
    match: '(could|can|would) you (clarify|rephrase|repeat|unpack|expand on|elaborate on|say more about|explain what)',
    reason: 'asks for the point again, differently',
    weight: 1,
  },
  { id: 'say-that-again', match: '(say|repeat) that (again|one more time)', reason: 'asks for a repeat', weight: 1 },
  {
    id: 'is-that-right',
    match: '(is|was) that (right|correct|accurate)',
    reason: 'asks to confirm a reading',
    weight: 0.8,
  },
  {
    id: 'did-i-get-that-right',
    match: '(did|have) i (get|got|understand|understood) (that|this|it|you) (right|correctly)',
    reason: 'asks to confirm a reading',
    weight: 1,
  },
  {
    id: 'how-would-that-work',
    match: 'how (would|does|will|is) (that|this|it) (work|look|happen|play out)',
    reason: 'asks how a proposal would operate in practice',
    weight: 0.8,
  },
  {
    id: 'which-one',
    match: '^(sorry|wait)? which (one|ones|part|bit|version|team|role)',
    reason: 'asks which of several things was meant',
    weight: 0.8,
  },
  {
    id: 'what-does-that-mean',
    match: 'what (does|would) (that|this|it) mean (for|in|exactly)?',
    reason: 'asks for the consequence or meaning',
    weight: 0.9,
  },
]);

/** Bare tag questions and tag endings: they seek no real answer. */
export const TAG_ENDINGS = defineLexicon('tag-endings', [
  {
    id: 'bare-tag',
    match: '^(right|okay|ok|yeah|no|correct|yes|eh|huh|or|yeah no|you know|alright|agreed|fair|true) (or not)?$',
    reason: 'a one-word tag or check',
    weight: 1,
  },
  {
    id: 'negative-tag',
    match:
      '(is|are|was|were|do|does|did|have|has|had|can|could|would|will|should|wo) not (it|you|we|they|he|she|that|there|i)$',
    reason: '"…, isn\'t it?" confirms a statement',
    weight: 1,
  },
  {
    id: 'dont-you-think',
    match: '(do not|would not) you (think|agree|say)$',
    reason: 'asks for agreement with a stated view',
    weight: 0.9,
  },
  { id: 'know-what-i-mean', match: '(you)? know what i mean$', reason: 'a filler check, not a question', weight: 1 },
  {
    id: 'make-sense',
    match: '^(does|did) (that|this|it) (make sense|sound good|sound right|sound okay|sound fair)',
    reason: 'a comprehension or agreement check',
    weight: 1,
  },
  { id: 'sound-good', match: '^(sound|sounds) (good|okay|fair|right)', reason: 'an agreement check', weight: 1 },
  { id: 'with-me', match: '(are you|you) (with me|following)$', reason: 'a comprehension check', weight: 1 },
]);

/** Questions that propose rather than ask. */
export const SUGGESTION_FRAMES = defineLexicon('suggestion-frames', [
  { id: 'why-dont-we', match: 'why (do not|not) (we|you|i)', reason: 'proposes an action', weight: 1 },
  { id: 'why-not-bare', match: '^why not', reason: 'proposes or concedes', weight: 0.9 },
  { id: 'what-if-we', match: '^what if (we|you|i|they|it)', reason: 'floats an option', weight: 1 },
  {
    id: 'how-about',
    match: '^(how|what) about (we|if|trying|doing|going|starting|putting|using|a|an)',
    reason: 'floats an option',
    weight: 0.9,
  },
  { id: 'shall-we', match: '^shall (we|i)', reason: 'proposes to go ahead', weight: 1 },
  {
    id: 'should-we-move-on',
    match: '(should|can|could|shall) we (move on|wrap up|take a break|start|get started|go ahead|continue)',
    reason: 'procedural proposal',
    weight: 0.9,
  },
  { id: 'lets', match: '^(let us|lets)', reason: 'a proposal phrased as a question', weight: 0.9 },
  {
    id: 'anything-else',
    match: '(anything|something|anyone|anybody) else (we|that we|to|you|i|on)',
    reason: 'a floor offer: taking it up answers it, and the asker may close it',
    weight: 0.9,
  },
  {
    id: 'any-other-business',
    match: '(any|what) other (business|topics|items|points|comments|ideas|thoughts|input|suggestions)',
    reason: 'a floor offer',
    weight: 0.9,
  },
  {
    id: 'any-questions-for-me',
    match:
      '(any|what|what other|do you have any|have you got any) questions (for me|for us|so far|do you have|before|at this point)?',
    reason: 'a floor offer: a question back takes it up',
    weight: 0.9,
  },
  {
    id: 'does-anyone-want',
    match: '(does|do) (anyone|anybody|everyone|somebody|someone) (want|wanna|have anything|else)',
    reason: 'a floor offer to the room',
    weight: 0.9,
  },
]);

/** Questions nobody is meant to answer. */
export const RHETORICAL_FRAMES = defineLexicon('rhetorical-frames', [
  {
    id: 'who-knows',
    match: '^who (knows|cares|would have thought|would have guessed)',
    reason: 'a shrug, not a question',
    weight: 1,
  },
  { id: 'what-can-you-do', match: 'what (can|could) you do$', reason: 'a shrug, not a question', weight: 1 },
  { id: 'guess-what', match: '^(guess|you know) what$', reason: 'announces news', weight: 1 },
  {
    id: 'how-cool-is-that',
    match: '^how (cool|great|awesome|crazy|wild|nice|amazing|funny|weird|hard) (is|was) (that|this)',
    reason: 'an exclamation',
    weight: 1,
  },
  { id: 'whats-not-to-like', match: 'what is not to (like|love)', reason: 'an exclamation', weight: 1 },
  { id: 'what-a', match: '^what (a|an) #Adjective? #Noun', reason: 'an exclamation', weight: 1 },
  { id: 'can-you-believe', match: '^can you (believe|imagine)', reason: 'an exclamation', weight: 0.9 },
  { id: 'how-hard-can-it-be', match: 'how hard can (it|that) be', reason: 'an ironic question', weight: 1 },
  { id: 'what-do-i-know', match: 'what do i know', reason: 'self-deprecating shrug', weight: 1 },
  {
    id: 'isnt-that-great',
    match: '^(is|was) not (that|it) (great|nice|amazing|funny|wild|crazy|cool|interesting)',
    reason: 'an exclamation',
    weight: 1,
  },
  {
    id: 'why-would-anyone',
    match: '^why would (anyone|anybody|you ever)',
    reason: 'an argument, not a question',
    weight: 0.9,
  },
  { id: 'who-does-that', match: '^who (does|says) that', reason: 'an argument, not a question', weight: 0.9 },
  { id: 'you-know', match: '^you know$', reason: 'a filler', weight: 1 },
  {
    id: 'word-search',
    match: '(what|how) (do|did|would) (you|we|they) call (it|that|this|them|those)',
    reason: 'the speaker searching for a word, not asking',
    weight: 1,
  },
  {
    id: 'what-is-the-word',
    match: 'what is the (word|term|name) (for|i am looking for|again)?',
    reason: 'the speaker searching for a word, not asking',
    weight: 0.9,
  },
]);

/** Surprised reactions shaped like questions. */
export const REACTION_QUESTIONS = defineLexicon('reaction-questions', [
  {
    id: 'really',
    match:
      '^(oh)? (really|seriously|yeah|no way|is that so|is it|did you|are you|do you|was it|does it|did they|have you)$',
    reason: 'a surprised backchannel',
    weight: 1,
  },
]);

/** Requests for information phrased as statements or imperatives. */
export const PROMPT_FRAMES = defineLexicon('prompt-frames', [
  {
    id: 'tell-me',
    match:
      '^(so|and|okay|now)? (please)? (tell|walk|talk|take) (me|us) (about|through|more|how|what|why|where|when|a bit)',
    reason: 'an open request for an account',
    weight: 1,
  },
  {
    id: 'can-you-tell-me',
    match: '(can|could|would) you (tell|walk|talk|take|give|share|describe|explain|show)',
    reason: 'a polite request for information',
    weight: 0.9,
  },
  {
    id: 'describe',
    match: '^(please)? (describe|explain|share|give me) (a|an|the|how|what|your|some)',
    reason: 'an imperative prompt',
    weight: 0.8,
  },
  { id: 'help-me-understand', match: 'help me understand', reason: 'asks for an explanation', weight: 1 },
  {
    id: 'i-wonder',
    match: 'i (was|am)? (wondering|curious) (if|whether|how|what|why|when|where|about)',
    reason: 'an indirect question',
    weight: 0.9,
  },
  {
    id: 'id-like-to-know',
    match: 'i (would|want to|would like to|would love to) (know|understand|hear) (how|what|why|whether|if|about|more)',
    reason: 'an indirect question',
    weight: 0.9,
  },
]);

/** Replies that settle a yes/no or confirmation question at once. */
export const ANSWER_OPENERS = defineLexicon('answer-openers', [
  {
    id: 'yes-no',
    match:
      '^(yes|yeah|yep|yup|no|nope|nah|sure|correct|exactly|right|absolutely|definitely|of course|certainly|indeed|not really|not exactly|not quite|kind of|sort of|mostly|partly|both|neither|either|uhhuh|mmhm)',
    reason: 'an answer token first',
    weight: 1,
  },
  {
    id: 'i-think-so',
    match: '^(i think|i believe|i guess|i suppose|i hope) (so|not)',
    reason: 'a hedged yes or no',
    weight: 1,
  },
  { id: 'it-depends', match: '(it|that) (depends|varies)', reason: 'an answer that conditions', weight: 0.9 },
  {
    id: 'that-is-right',
    match: '^(that is|thats|that was) (right|correct|it|the idea|the plan)',
    reason: 'confirms a reading',
    weight: 1,
  },
]);

/** Replies that answer by admitting not knowing or promising to find out: the question was heard. */
export const DEFERRALS = defineLexicon('deferrals', [
  {
    id: 'dont-know',
    match: 'i (do not|did not|dunno) (know|remember|recall)',
    reason: 'answers by admitting not knowing',
    weight: 1,
  },
  {
    id: 'not-sure',
    match: '(i am|i am honestly)? not (sure|certain)',
    reason: 'answers with uncertainty',
    weight: 0.8,
  },
  { id: 'good-question', match: '(good|great|fair|interesting) question', reason: 'takes the question up', weight: 1 },
  {
    id: 'get-back-to-you',
    match: '(get back to|follow up with|circle back with) you',
    reason: 'promises an answer later',
    weight: 1,
  },
  {
    id: 'let-me-check',
    match:
      '(let me|i will|i can|i need to|i would have to|i have to) (check|find out|look into|look that up|confirm|ask)',
    reason: 'promises an answer later',
    weight: 1,
  },
  { id: 'no-idea', match: '(no idea|not a clue|no clue)', reason: 'answers by admitting not knowing', weight: 1 },
  {
    id: 'come-back-to-it',
    match:
      '(come back to|get to|return to|circle back to|loop back to|pick up) (that|this|it) (later|afterwards|another time|next time|in a bit|at the end)?',
    reason: 'puts the question off',
    weight: 1,
  },
  {
    id: 'park-it',
    match: '(park|table|parking|hold) (that|this|it) (for now|for later|for a moment|for a second|for a minute)?',
    reason: 'puts the question off',
    weight: 1,
  },
  { id: 'take-it-offline', match: '(take|taking) (that|this|it) offline', reason: 'puts the question off', weight: 1 },
  {
    id: 'one-for-later',
    match: '(that is|that one is|that is really) (one|a question|something) for (later|another|next|the)',
    reason: 'puts the question off',
    weight: 1,
  },
]);

/** Deferrals that promise an answer later rather than give one now. */
export const PUT_OFF = new Set([
  'get-back-to-you',
  'let-me-check',
  'come-back-to-it',
  'park-it',
  'take-it-offline',
  'one-for-later',
]);
