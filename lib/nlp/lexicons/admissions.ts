import { defineLexicon } from './types.ts';

/**
 * A speaker admitting a gap, a mistake or uncertainty about themselves: the trigger of a skeptical response
 * and of a reframed mistake. First person only; a hedge alone ("I think", "maybe") is not an admission.
 */
export const ADMISSIONS = defineLexicon('admissions', [
  {
    id: 'never-worked-with',
    match:
      'i (have not|had not|never|have never|did not|have not ever) (really|actually|personally|directly)? (worked|used|done|tried|built|touched|written|managed|led|run|deployed|dealt|shipped|configured|set up|owned|played) (with|on|in|a|an|any|that|it|this|much)?',
    reason: 'admits no experience',
    weight: 1,
  },
  // After "did not" the verb is bare: "I didn't touch the design system".
  {
    id: 'did-not-work-with',
    match:
      'i did not (really|actually|personally|ever)? (work|use|do|try|build|touch|write|manage|lead|run|deploy|deal|ship|configure|own|look at|learn) (with|on|in|a|an|any|that|it|this|the|much)',
    reason: 'admits no experience',
    weight: 0.9,
  },
  {
    id: 'not-sure-about-the-difference',
    match:
      'i am (honestly|really)? not (sure|certain|clear) (about|on|of) (the|that) (difference|details|specifics|distinction|answer)',
    reason: 'admits not knowing',
    weight: 0.9,
  },
  {
    id: 'never-heard-of',
    match: 'i (have not|have never|never) (heard of|come across|seen|read)',
    reason: 'admits not knowing a thing',
    weight: 1,
  },
  {
    id: 'dont-know-that',
    match:
      'i (do not|did not) (know|remember|recall) (that|the answer|offhand|off the top of my head|much about|exactly|the exact|the details|the specifics|how to|what that|it|for sure|the number|the figure)',
    reason: 'admits not knowing',
    weight: 1,
  },
  {
    id: 'dont-know-anything-about',
    match: 'i (do not|did not) (really)? know (anything|a thing|much|the first thing|very much) about',
    reason: 'admits not knowing a field',
    weight: 1,
  },
  {
    id: 'not-sure-of-the-figure',
    match: 'i am not (sure|certain) (of|about) (the|that|my|our) (exact|precise|specific|actual|final) #Noun',
    reason: 'admits not knowing a figure',
    weight: 0.9,
  },
  {
    id: 'dont-know-bare',
    match: '^(honestly|to be honest|um|well|hmm|yeah|sorry)? i (do not|did not) know$',
    reason: 'admits not knowing',
    weight: 0.8,
  },
  {
    id: 'not-familiar',
    match:
      'i am (not|not really|not very|not super|not too|not that) (familiar|experienced|comfortable|an expert|strong|confident|up to speed|fluent)',
    reason: 'admits a gap',
    weight: 1,
  },
  {
    id: 'no-experience',
    match:
      '(i have|i had|i have got)? (no|not much|not a lot of|limited|little|very little|zero) (real|direct|hands on|professional)? (experience|exposure|background) (with|in|of|using)',
    reason: 'admits a gap',
    weight: 1,
  },
  {
    id: 'new-to-me',
    match: '(that is|it is|this is|that area is|that one is) (new|pretty new|fairly new|unfamiliar|a gap) (to|for) me',
    reason: 'admits a gap',
    weight: 1,
  },
  {
    id: 'still-learning',
    match: 'i am (still)? (new to|learning|getting up to speed on|just starting with|a beginner)',
    reason: 'admits a gap',
    weight: 0.9,
  },
  // compromise ranges are greedy and never give a word back, so each object length gets its own entry.
  {
    id: 'got-it-wrong',
    match:
      'i (got|had) (that|it|this|those|these|that one|that part|the numbers|the dates) (completely|totally|all|a bit|slightly)? (wrong|backwards|mixed up)',
    reason: 'admits a mistake',
    weight: 1,
  },
  {
    id: 'got-the-x-wrong',
    match: 'i (got|had) (the|my|our|that) . (completely|totally|all|a bit|slightly)? (wrong|backwards|mixed up)',
    reason: 'admits a mistake',
    weight: 1,
  },
  {
    id: 'got-the-x-y-wrong',
    match: 'i (got|had) (the|my|our|that) . . (completely|totally|all|a bit|slightly)? (wrong|backwards|mixed up)',
    reason: 'admits a mistake',
    weight: 1,
  },
  {
    id: 'got-the-x-y-z-wrong',
    match: 'i (got|had) (the|my|our|that) . . . (completely|totally|all|a bit|slightly)? (wrong|backwards|mixed up)',
    reason: 'admits a mistake',
    weight: 1,
  },
  {
    id: 'did-the-wrong-thing',
    match: 'i #PastTense (a|an|the|her|him|them|my|our)? #Noun? (the|a) (wrong|incorrect) #Noun',
    reason: 'admits a mistake in what they did',
    weight: 0.9,
  },
  {
    id: 'that-was-a-mistake',
    match: '(that|it|which) was (a|my|a big|a real) (mistake|bad call|oversight|blind spot)',
    reason: 'owns a mistake',
    weight: 0.9,
  },
  {
    id: 'made-a-mistake',
    match: 'i (made|have made|did make) (a|an|one|the|that)? (mistake|error|bad call|wrong call)',
    reason: 'admits a mistake',
    weight: 1,
  },
  {
    id: 'my-mistake',
    match: '(my|that was my|it was my|that is my|that one is on) (mistake|bad|fault|error|me)',
    reason: 'owns a mistake',
    weight: 1,
  },
  {
    id: 'i-was-wrong',
    match: 'i (was|am|might have been|may have been) (wrong|mistaken|off) (about|on|there|earlier)?',
    reason: 'admits a mistake',
    weight: 0.9,
  },
  {
    id: 'messed-up',
    match: 'i (messed|screwed|mixed|botched) (that|it|this|the #Noun+)? up',
    reason: 'admits a mistake',
    weight: 1,
  },
  {
    id: 'missed-it',
    match: 'i (missed|overlooked|forgot|dropped) (that|it|this|the #Noun+|a|an|to)',
    reason: 'admits a slip',
    weight: 0.9,
  },
  {
    id: 'should-have',
    match: 'i should have (caught|checked|known|asked|tested|seen|flagged)',
    reason: 'admits a slip',
    weight: 0.9,
  },
  {
    id: 'have-to-look-up',
    match:
      'i (would|will|would need to|will need to|need to|have to) (have to)? (look it up|look that up|look up|check|double check|google)',
    reason: 'admits not knowing offhand',
    weight: 0.7,
  },
  {
    id: 'cant-remember',
    match: 'i (can not|cannot|could not) (remember|recall|think of)',
    reason: 'admits a lapse',
    weight: 0.9,
  },
  {
    id: 'blanking',
    match: 'i am (blanking|drawing a blank|not sure how|not sure what|not sure i)',
    reason: 'admits a lapse or uncertainty',
    weight: 0.8,
  },
]);

/** First-person phrases that look like admissions but are hypothetical, reported or about someone else. */
export const ADMISSION_GUARDS = defineLexicon('admission-guards', [
  { id: 'if-i-had-not', match: '^(if|even if|unless|when) i', reason: 'a hypothetical', weight: 1 },
  {
    id: 'i-dont-know-if-you',
    match: 'i (do not|did not) know (if|whether) (you|we|they|he|she|it|that|this)',
    reason: 'a softener before a proposal, not a gap',
    weight: 1,
  },
  {
    id: 'i-dont-know-about-you',
    match: 'i (do not|did not) know about you',
    reason: 'a conversational opener',
    weight: 1,
  },
  {
    id: 'never-worked-better',
    match: 'never (worked|been|felt) (better|so well|harder)',
    reason: 'praise, not a gap',
    weight: 1,
  },
]);
