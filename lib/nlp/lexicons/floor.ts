import { defineLexicon } from './types.ts';

/** How a newcomer opens when they take the floor from someone still speaking. */
export const FLOOR_GRABS = defineLexicon('floor-grabs', [
  {
    id: 'sorry-to-cut-in',
    match: '^sorry? (to|for) (interrupt|interrupting|cut in|cutting in|jump in|jumping in|butt in)',
    reason: 'names the interruption itself',
    weight: 1,
  },
  {
    id: 'can-i-jump-in',
    match: '^(sorry|so)? (can|could|may) i (just|quickly)? (jump|cut|come|chime) in',
    reason: 'asks for the floor while another holds it',
    weight: 1,
  },
  {
    id: 'let-me-stop-you',
    match: '^(sorry|okay)? let me (just)? (stop|interrupt|pause) you',
    reason: 'stops the current speaker',
    weight: 1,
  },
  {
    id: 'hold-on',
    match: '^(wait|sorry|okay|no)? (hold on|hang on|hold up|one second|one sec|just a second)',
    reason: 'halts the current speaker',
    weight: 1,
  },
  { id: 'wait-wait', match: '^wait (wait|a second|a minute|a sec)', reason: 'halts the current speaker', weight: 1 },
  { id: 'no-no', match: '^no no', reason: 'cuts across with an objection', weight: 0.6 },
  {
    id: 'before-you-go-on',
    match: '^(sorry)? before you (go on|continue|move on)',
    reason: 'stops the current speaker mid-flow',
    weight: 1,
  },
  {
    id: 'opening-but',
    match: '^(but|well|actually|wait)',
    reason: 'a contrastive opener often takes the floor, but also starts ordinary replies',
    weight: 0.3,
  },
]);

/**
 * Openers that answer or agree with the previous speaker: a turn that starts this way responds to what was
 * said (often finishing it together) rather than taking the floor away. On the MRDA dev half about half of
 * the "cut-off + overlap" switches opening this way were annotated as the first speaker trailing off.
 */
// "okay" is left out: it opens floor grabs as often as replies ("okay, and how many…").
export const RESPONSIVE_OPENERS = defineLexicon('responsive-openers', [
  {
    id: 'agreement-token',
    match: '^(yeah|yes|yep|yup|right|sure|exactly|true|uhhuh|mmhm|absolutely|definitely|correct)',
    reason: 'accepts or confirms what was said',
    weight: 1,
  },
]);

/** How someone who was cut off takes the floor back to finish the same thought. */
export const RESUMPTIONS = defineLexicon('resumptions', [
  {
    id: 'as-i-was-saying',
    match: '(as|like|so as|so like|anyway as|anyway like) i was (saying|going to say|about to say|trying to say)',
    reason: 'picks up the cut-off thought',
    weight: 1,
  },
  {
    id: 'as-i-said',
    match: '^(so|anyway|but)? (as|like) i (said|was saying)',
    reason: 'picks up the cut-off thought',
    weight: 0.8,
  },
  {
    id: 'what-i-was-going-to-say',
    match: 'what i was (going to|trying to|about to) (say|finish|get at)',
    reason: 'returns to an unfinished point',
    weight: 1,
  },
  {
    id: 'let-me-finish',
    match: '(let me|if i could|if i can|if i may|can i|could i) (just)? finish',
    reason: 'claims the floor back to finish',
    weight: 1,
  },
  {
    id: 'finish-my-thought',
    match: 'to (finish|complete) (my|that|the) (thought|point|sentence)',
    reason: 'returns to an unfinished point',
    weight: 1,
  },
  {
    id: 'back-to-my-point',
    match: '(back|coming back|getting back|going back) to (my|what i was saying|the point i was making)',
    reason: 'returns to an unfinished point',
    weight: 0.9,
  },
  { id: 'where-was-i', match: 'where was i', reason: 'looks for the dropped thread', weight: 0.8 },
]);
