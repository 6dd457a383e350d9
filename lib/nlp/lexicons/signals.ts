import { defineLexicon } from './types.ts';

/** Positive signals (docs/flags.md, positive signals). They feed the stage view and the debrief, never a nudge. */

/** Invitations to bring one's own view or story. */
export const INCLUSION_PROMPTS = defineLexicon('inclusion-prompts', [
  {
    id: 'what-would-you-bring',
    match: 'what (would|will|could) you (bring|add|change|want to see)',
    reason: "invites the other's contribution",
    weight: 1,
  },
  {
    id: 'what-made-you',
    match: 'what (made|makes|led|leads|got|drove) you (decide|choose|want|apply|pick|to|interested)',
    reason: "invites the other's motives",
    weight: 1,
  },
  {
    id: 'what-is-prompting',
    match: 'what is (prompting|driving|behind|motivating|sparking)',
    reason: "invites the other's motives",
    weight: 0.9,
  },
  { id: 'tell-me-why', match: '(tell|walk) (me|us) why', reason: "invites the other's motives", weight: 1 },
  {
    id: 'tell-me-about-your',
    match:
      '(tell|walk) (me|us) (a bit|a little|more)? (about|through) (your|what your|how your|what you|how you|the #Noun you)',
    reason: "invites the other's own account",
    weight: 0.9,
  },
  {
    id: 'how-are-you-finding',
    match: 'how (is|are) (you|the team|your team|everyone|people|folks) (finding|feeling about|getting on with)',
    reason: "invites the other's experience",
    weight: 1,
  },
  {
    id: 'what-would-success-look-like',
    match: 'what (would|does|will) (a great|a good|success|the ideal|good|great|a successful) #Noun? look like',
    reason: "invites the other's goals",
    weight: 1,
  },
  {
    id: 'tell-me-about-yourself',
    match:
      '(tell|walk) (me|us) (a bit|a little)? (about yourself|about you|your story|about your background|through your background)',
    reason: "invites the other's own story",
    weight: 1,
  },
  { id: 'own-words', match: 'in your own words', reason: "invites the other's own framing", weight: 1 },
  {
    id: 'how-do-you-see',
    match:
      'how (do|would) you (see|view|read|think about|feel about|approach|describe) (it|this|that|things|the|your|yourself)',
    reason: "invites the other's view",
    weight: 1,
  },
  {
    id: 'your-take',
    match: 'what (is|was|would be) your (take|view|perspective|read|opinion|sense|instinct|gut)',
    reason: "invites the other's view",
    weight: 1,
  },
  {
    id: 'love-to-hear',
    match:
      '(i would|i would really|we would|i am) (love|like|keen|curious|eager) to (hear|know|learn) (your|what you|how you|from you|about your|more about you)',
    reason: "invites the other's view",
    weight: 1,
  },
  {
    id: 'what-matters-to-you',
    match: 'what (matters|is important|is most important) (most)? to you',
    reason: "invites the other's priorities",
    weight: 1,
  },
  {
    id: 'what-do-you-think',
    match: 'what do you (think|make of|reckon|feel)',
    reason: "invites the other's view",
    weight: 0.9,
  },
  {
    id: 'anything-to-add',
    match:
      '(anything|something) (you would|you want|else you would) (to)? (like to|want to)? (add|share|tell us|us to know)',
    reason: 'invites the other to add',
    weight: 1,
  },
  {
    id: 'what-drew-you',
    match: 'what (drew|brought|brings|draws|attracted) you (to|here)',
    reason: "invites the other's motives",
    weight: 1,
  },
]);

/** The host naming an uncertainty, constraint or open problem of their own. */
export const VULNERABILITY = defineLexicon('vulnerability', [
  {
    id: 'still-figuring-out',
    match:
      '(i am|we are|i am honestly|we are honestly) (still)? (figuring|working|sorting) (it|that|this|some of this|some of that|things)? out',
    reason: 'names an open problem',
    weight: 1,
  },
  {
    id: 'still-working-on',
    match: '(we are|i am) still (working on|working through|learning|struggling with|thinking about|wrestling with)',
    reason: 'names an open problem',
    weight: 1,
  },
  {
    id: 'might-be-wrong',
    match: 'i (might|could|may) be (wrong|off|mistaken)',
    reason: 'admits fallibility',
    weight: 1,
  },
  {
    id: 'dont-have-all-answers',
    match: '(i|we) do not have (all)? (the)? (answers|answer|a good answer|a perfect answer)',
    reason: 'admits limits',
    weight: 1,
  },
  {
    id: 'havent-figured-out',
    match:
      '(we|i) (have not|have not fully|have not really|have not yet) (figured|worked|sorted|nailed) (out|that out|this out|it out)?',
    reason: 'names an open problem',
    weight: 1,
  },
  {
    id: 'one-constraint',
    match:
      '(one|a|the|our) (real|big|honest)? (constraint|limitation|gap|weakness|challenge) (we have|is|on our side|for us|i have)',
    reason: 'names a constraint',
    weight: 0.9,
  },
  {
    id: 'to-be-transparent',
    match: '(to be|i will be|i want to be|let me be) (transparent|honest|upfront|candid)',
    reason: 'signals candour about a limit',
    weight: 0.8,
  },
  {
    id: 'not-great-at',
    match: '(we are|i am) not (great|good|the best|strong) at',
    reason: 'names a weakness',
    weight: 1,
  },
  {
    id: 'i-got-wrong-host',
    match: 'i (made|have made) (a|my share of|plenty of) (mistake|mistakes)',
    reason: 'models owning mistakes',
    weight: 0.9,
  },
]);

/** The host explicitly welcoming questions. Clarifying questions themselves come from the classifier. */
export const QUESTION_INVITATIONS = defineLexicon('question-invitations', [
  {
    id: 'any-questions',
    match:
      '(any|what|what other|other) questions (so far|for me|for us|do you have|before|about|at this point|on that|on this)?',
    reason: 'opens the floor to questions',
    weight: 1,
  },
  {
    id: 'anything-to-ask',
    match:
      '(anything|something|any questions) (you would like|you want|you would want|you have|else|at all)? to (ask|clarify|check)',
    reason: 'opens the floor to questions',
    weight: 1,
  },
  {
    id: 'does-that-make-sense',
    match: '(does|did) (that|this|it|all that) (make sense|land|come across)',
    reason: 'checks understanding and opens the floor',
    weight: 1,
  },
  {
    id: 'feel-free-to-ask',
    match: '(feel free|please feel free|do not hesitate|you are welcome) to (ask|interrupt|stop me|jump in|push back)',
    reason: 'licenses questions',
    weight: 1,
  },
  {
    id: 'stop-me',
    match: '(stop|interrupt) me (if|any time|anytime|whenever|at any point)',
    reason: 'licenses questions',
    weight: 1,
  },
  {
    id: 'happy-to-clarify',
    match: '(happy|glad) to (clarify|explain|go over|walk through|unpack|repeat)',
    reason: 'offers clarification',
    weight: 1,
  },
  {
    id: 'is-that-clear',
    match: '(is|was) (that|this|anything|any of that|everything) (clear|unclear|confusing)',
    reason: 'checks understanding',
    weight: 0.9,
  },
  {
    id: 'let-me-know-if-unclear',
    match:
      '(let me know|tell me|shout) if (anything|that|this|something|any of this|any of that) (is|was|seems)? (unclear|confusing|not clear|does not make sense)',
    reason: 'licenses questions',
    weight: 1,
  },
  {
    id: 'no-dumb-questions',
    match: 'no (such thing as a)? (dumb|stupid|silly|bad) questions?',
    reason: 'licenses questions',
    weight: 1,
  },
  {
    id: 'what-can-i-clarify',
    match: '(what|anything) (can|could|should) i (clarify|explain|expand on)',
    reason: 'offers clarification',
    weight: 1,
  },
]);

/** Proposals framed as experiments. */
export const IDEA_FRAMES = defineLexicon('idea-frames', [
  {
    id: 'what-if-we-tried',
    match:
      'what if (we|you|i) (tried|try|test|tested|experiment|ran|run|piloted|pilot|started|start|flipped|swapped|did)',
    reason: 'floats an experiment',
    weight: 1,
  },
  {
    id: 'one-idea',
    match: '(one|an|another|a wild|a crazy|a small|a quick) idea (is|would be|could be|might be|here)',
    reason: 'offers an idea',
    weight: 1,
  },
  {
    id: 'we-could-try',
    match: '(we|you|i) (could|might|can) (try|experiment with|test|pilot|trial|prototype)',
    reason: 'floats an experiment',
    weight: 0.9,
  },
  {
    id: 'lets-try',
    match: '(let us|lets) (try|experiment|test|pilot|trial|prototype)',
    reason: 'floats an experiment',
    weight: 0.9,
  },
  {
    id: 'how-about-we',
    match: 'how about (we|trying|a pilot|a trial|running)',
    reason: 'floats an option',
    weight: 0.9,
  },
  {
    id: 'as-an-experiment',
    match: '(as|like) (an|a) (experiment|trial|test run|pilot)',
    reason: 'frames a proposal as a test',
    weight: 1,
  },
  {
    id: 'try-as-a-test',
    match: '(try|run|do) (it|this|that)? (as|like) (a|an) (test|trial|pilot|experiment)',
    reason: 'frames a proposal as a test',
    weight: 1,
  },
]);

/** Disagreement offered openly and courteously. */
export const CHALLENGE_FRAMES = defineLexicon('challenge-frames', [
  {
    id: 'see-it-differently',
    match:
      'i (see|view|read|think about|look at) (it|this|that|things) (a bit|a little|slightly|somewhat)? differently',
    reason: 'states a different view',
    weight: 1,
  },
  {
    id: 'push-back',
    match: '(i would|i want to|let me|can i|could i|i am going to|i might|i will) (gently|respectfully)? push back',
    reason: 'announces disagreement',
    weight: 1,
  },
  {
    id: 'not-sure-i-agree',
    match: 'i am not (sure|convinced) i (agree|buy|follow)',
    reason: 'announces disagreement',
    weight: 1,
  },
  {
    id: 'respectfully-disagree',
    match: 'i (would|might|have to|will|slightly|partly|respectfully)? (respectfully|gently|slightly|partly)? disagree',
    reason: 'announces disagreement',
    weight: 1,
  },
  {
    id: 'offer-another-view',
    match:
      '(can|could|may) i (offer|suggest|float|give) (a|another|an alternative|a different|a counter) (view|take|angle|perspective|argument)',
    reason: 'offers an alternative view',
    weight: 1,
  },
  {
    id: 'devils-advocate',
    match: '(play|playing) (the)? devil',
    reason: 'frames a challenge as exploration',
    weight: 0.9,
  },
  {
    id: 'have-we-considered',
    match: 'have (we|you) (considered|thought about|looked at) (the|whether|that|what)',
    reason: 'raises an alternative',
    weight: 0.8,
  },
  {
    id: 'counterpoint',
    match: '(one|a) (counterpoint|counter argument|counterargument|other side)',
    reason: 'offers a counterpoint',
    weight: 1,
  },
]);
