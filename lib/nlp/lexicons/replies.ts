import { defineLexicon } from './types.ts';

/**
 * How a reply to a concern can go. A brush-off reassures without substance; a pivot changes the subject;
 * an acknowledgement takes the concern up (docs/design.md). Reassurance markers are only
 * brush-offs after a concern: "no worries" after thanks is politeness.
 */
export const BRUSH_OFFS = defineLexicon('brush-offs', [
  {
    id: 'dont-worry',
    match: '(do not|no need to|you do not need to|you do not have to|never) worry (about)? (it|that|this|any of that)?',
    reason: 'tells the other to drop the worry',
    weight: 1,
  },
  {
    id: 'wouldnt-worry',
    match: 'i would not (worry|stress|lose sleep|fret) (about)? (it|that|this)?',
    reason: 'tells the other to drop the worry',
    weight: 1,
  },
  { id: 'trust-me', match: '(trust|believe) me', reason: 'asks for faith instead of giving reasons', weight: 1 },
  {
    id: 'take-my-word',
    match: 'take my word (for it)?',
    reason: 'asks for faith instead of giving reasons',
    weight: 1,
  },
  {
    id: 'not-an-issue',
    match:
      '(it is|that is|this is|that will be|it will be|honestly it is|honestly that is) (really|honestly|totally|just|actually|genuinely)? not (really|actually|even)? (a|an)? (big deal|issue|problem|concern|thing|factor)',
    reason: 'denies the concern without saying why',
    weight: 1,
  },
  {
    id: 'wont-be-a-problem',
    match:
      '(that|it|this) (will not|would not|is not going to|never) (be|become|turn into) (a|an)? (problem|issue|concern)',
    reason: 'denies the concern without saying why',
    weight: 1,
  },
  {
    id: 'everyone-says-that',
    match:
      '(everyone|everybody|all our clients|every client|every customer|all our customers|people|every candidate) (says|say|said|asks|ask|worries about|worry about|thinks|think) (that|this|the same)',
    reason: 'treats the concern as a routine objection',
    weight: 1,
  },
  {
    id: 'heard-that-before',
    match: '(i|we) (have|had)? (heard|hear|get) that (before|a lot|all the time|every day)',
    reason: 'treats the concern as a routine objection',
    weight: 1,
  },
  {
    id: 'youll-be-fine',
    match: 'you (will|are going to|would) be (fine|okay|alright|totally fine|good)',
    reason: 'reassures without substance',
    weight: 1,
  },
  {
    id: 'its-fine',
    match:
      '^(oh|nah|no|honestly|look|listen)? (it is|it will be|that is|it will all be|everything will be) (totally|completely|all|perfectly)? (fine|okay|good|no big deal)$',
    reason: 'reassures without substance',
    weight: 0.9,
  },
  {
    id: 'no-worries',
    match: '^(oh|nah|no|honestly)? no (worries|big deal|biggie)',
    reason: 'waves the concern away',
    weight: 0.8,
  },
  {
    id: 'overthinking',
    match: 'you are (overthinking|worrying too much|over thinking|reading too much into)',
    reason: 'blames the worrier',
    weight: 1,
  },
  {
    id: 'dont-overthink',
    match: '(do not|no need to) (overthink|stress about|sweat|get hung up on|fuss about) (it|that|this|the)?',
    reason: 'tells the other to drop the worry',
    weight: 1,
  },
  {
    id: 'nothing-to-worry',
    match: '(nothing|not something|not anything) to (worry|be worried|stress) about',
    reason: 'denies the concern without saying why',
    weight: 1,
  },
  {
    id: 'never-happens',
    match: '(that|it) (never|basically never|pretty much never|rarely) (happens|comes up)',
    reason: 'denies the risk without evidence',
    weight: 0.8,
  },
  {
    id: 'just-a-formality',
    match: '(it is|that is) (just|only|really just) a (formality|detail|small thing|minor thing|technicality)',
    reason: 'minimises the concern',
    weight: 0.9,
  },
  {
    id: 'lets-not-dwell',
    match: '(let us|lets) not (worry|get hung up|get bogged down|dwell|get stuck|go down that road)',
    reason: 'closes the topic',
    weight: 1,
  },
  {
    id: 'worth-it',
    match: '(it is|it will be|trust me it is) (totally|so|absolutely|completely)? worth it',
    reason: 'reassures without substance',
    weight: 0.8,
  },
]);

/** A reply that moves off the concern. Only counts when it also shares no topic words with the concern. */
export const PIVOTS = defineLexicon('pivots', [
  {
    id: 'anyway',
    match: '^(but|so|okay|ok|alright|well)? (anyway|anyways|anyhow)',
    reason: 'a topic-closing marker',
    weight: 0.8,
  },
  {
    id: 'moving-on',
    match:
      '^(but|so|okay|ok|alright)? (moving on|let us move on|lets move on|we should move on|let us keep going|lets keep going)',
    reason: 'moves on explicitly',
    weight: 1,
  },
  {
    id: 'lets-look-at',
    match:
      '^(but|so|okay|ok|alright|now)? (let us|lets|let me) (first|just|quickly|now)? (look at|talk about|get to|focus on|go to|jump to|switch to|turn to|show you|walk you through|get into|move to|tell you about)',
    reason: 'steers to another topic',
    weight: 0.8,
  },
  {
    id: 'heres-the',
    match: '^(great|okay|ok|so|alright|right|and)? (and|so)? here is (the|our|a|my)',
    reason: 'moves the screen share on to the next thing',
    weight: 0.6,
  },
  {
    id: 'before-we-get-into',
    match:
      '^(but|so|okay|ok|alright)? before we (get into|go into|talk about|dig into|get to|discuss) (that|this|those|the)',
    reason: 'puts the point off to talk about something else',
    weight: 0.8,
  },
  {
    id: 'real-point',
    match: '^(but)? the (real|important|key|bigger|main) (point|thing|question|story) (is|here)',
    reason: 'declares another point more important',
    weight: 0.9,
  },
  {
    id: 'setting-aside',
    match: '^(so|but)? (setting|putting|leaving) (that|it|this) aside',
    reason: 'sets the topic aside',
    weight: 1,
  },
  { id: 'that-aside', match: '^(but|so)? (that|all that) aside', reason: 'sets the topic aside', weight: 1 },
  {
    id: 'either-way',
    match: '^(but|so)? (in any case|either way|whatever|regardless)',
    reason: 'dismisses the difference',
    weight: 0.8,
  },
  {
    id: 'get-to-that-later',
    match:
      '(we will|we can|we could|i will|let us|lets) (get|come back|circle back|return) to (that|this|it) (later|another time|at the end|offline|in the next|at the next|next time)',
    reason: 'postpones the point without answering it',
    weight: 0.9,
  },
  {
    id: 'keep-to-my-questions',
    match:
      '(let us|lets|i would like to|i want to) (keep|stick|stay) (to|with) (my|our|the) (questions|agenda|plan|script)',
    reason: 'declines the question and keeps the floor',
    weight: 0.9,
  },
  {
    id: 'park-that',
    match: '(let us|lets|we can|we could|i would) (park|table|shelve|put a pin in) (that|this|it)',
    reason: 'postpones the point without answering it',
    weight: 0.9,
  },
  {
    id: 'hold-that-thought',
    match: 'hold that thought',
    reason: 'postpones the point without answering it',
    weight: 0.9,
  },
  {
    id: 'next-item',
    match:
      '^(so|okay|alright)? (next|on to the next|onto the next|the next thing|the next slide|the next item|the next question)',
    reason: 'moves to the next item',
    weight: 0.8,
  },
]);

/**
 * Pivots that may stand mid-sentence: for captions without punctuation, where "…trust me it's worth it let's
 * look at the app" is one sentence and `^` cannot see the turn. Only phrases that are pivots wherever they are.
 */
export const INLINE_PIVOTS = defineLexicon('inline-pivots', [
  {
    id: 'moving-on',
    match: '(moving on|let us move on|lets move on|we should move on)',
    reason: 'moves on explicitly',
    weight: 1,
  },
  {
    id: 'let-me-show-you',
    match:
      '(let us|lets|let me) (first|just|quickly|now)? (look at|show you|walk you through|move to|jump to|switch to|tell you about)',
    reason: 'steers to another topic',
    weight: 0.8,
  },
  { id: 'but-anyway', match: '(but|so|okay|well) (anyway|anyways)', reason: 'a topic-closing marker', weight: 0.8 },
]);

/** A reply that takes the concern up: its presence rules a dismissal out (docs/design.md). */
export const ACKNOWLEDGEMENTS = defineLexicon('acknowledgements', [
  {
    id: 'i-hear-you',
    match: 'i (hear|get|understand|see) (you|that|it|why|where you|the concern|your concern|your point|what you)',
    reason: 'registers the concern',
    weight: 1,
  },
  {
    id: 'fair-point',
    match: '(fair|good|great|valid|reasonable|legitimate|important|real) (point|concern|question|worry)',
    reason: 'validates the concern',
    weight: 1,
  },
  { id: 'fair-enough', match: 'fair enough', reason: 'concedes', weight: 1 },
  {
    id: 'makes-sense',
    match: '(that|it) (makes|totally makes|completely makes) sense',
    reason: 'validates the concern',
    weight: 1,
  },
  {
    id: 'you-are-right',
    match: 'you (are|were|might be|may be) (right|not wrong|onto something)',
    reason: 'concedes',
    weight: 1,
  },
  {
    id: 'understandable',
    match: '(that is|it is|totally|completely) (understandable|fair)',
    reason: 'validates the concern',
    weight: 1,
  },
  {
    id: 'can-see-why',
    match: 'i (can|totally|completely) (see|understand) (why|that|how|where)',
    reason: 'validates the concern',
    weight: 1,
  },
  {
    id: 'tell-me-more',
    match:
      '(tell me more|say more|can you say more|what specifically|what exactly|what part|what aspect|which part|what worries you|what is behind that|where is that coming from)',
    reason: 'explores the concern',
    weight: 1,
  },
  {
    id: 'thanks-for-raising',
    match: '(thanks|thank you) for (raising|flagging|bringing|mentioning|pointing)',
    reason: 'welcomes the concern',
    weight: 1,
  },
  {
    id: 'lets-dig-in',
    match:
      '(let us|lets|we can|we should|happy to) (talk|dig|look|go) (into|through|at|about) (that|it|this|the concern|your concern)',
    reason: 'takes the concern up',
    weight: 1,
  },
  {
    id: 'agree',
    match: '(i|we) (agree|take your point|take the point|hear the concern|share that concern|had the same worry)',
    reason: 'concedes',
    weight: 1,
  },
  {
    id: 'true',
    match: '^(yeah|yes|well|okay|oh)? (that is|that is very|that is totally|it is) true',
    reason: 'concedes',
    weight: 0.9,
  },
  {
    id: 'real-risk',
    match: '(it is|that is) a (real|genuine|fair) (risk|concern|issue|worry)',
    reason: 'concedes the risk',
    weight: 1,
  },
]);

/** Reasons, numbers and offers: a reassurance that carries them is an answer, not a brush-off. */
export const SUBSTANCE = defineLexicon('substance', [
  {
    id: 'because',
    match: '(because|since|the reason|that is why|which is why|so that|given that)',
    reason: 'gives a reason',
    weight: 1,
  },
  {
    id: 'for-example',
    match: '(for example|for instance|such as|like when|case study|last quarter|last year)',
    reason: 'gives evidence',
    weight: 1,
  },
  // Not #Value: compromise tags "a" and "first" as values too.
  {
    id: 'number',
    match:
      '(#NumericValue|#Money|#Percent|percent|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|half)',
    reason: 'gives a figure',
    weight: 1,
  },
  { id: 'means', match: '(which|that|this) means', reason: 'spells out a consequence', weight: 1 },
  {
    id: 'offer',
    match:
      '(we|i) (can|could|will|would be happy to|are happy to) (offer|give|start|phase|pilot|cap|lock|extend|waive|include|split|adjust|set up|do a|run a|arrange)',
    reason: 'offers a concrete remedy',
    weight: 1,
  },
  {
    id: 'guarantee',
    match:
      '(guarantee|contract|clause|refund|trial|pilot|discount|warranty|sla|opt out|exit|cancel anytime|money back|support team|onboarding)',
    reason: 'names a concrete safeguard',
    weight: 0.8,
  },
]);
