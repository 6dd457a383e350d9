import { defineLexicon } from './types.ts';

/**
 * How the other party meets an admitted gap. Weights add up: a weak cue ("really?") alone never decides,
 * an explicit judgement ("you should know that") does (docs/design.md).
 */
export const SKEPTICISM = defineLexicon('skepticism', [
  {
    id: 'really-opener',
    match: '^(oh)? (really|seriously|wait really|huh really)',
    reason: 'incredulity, but also a plain surprised backchannel',
    weight: 0.45,
  },
  {
    id: 'you-have-never',
    match:
      'you (have|had)? (honestly|really)? (never|not even|not ever|not once) (even|ever|actually|really)? (#Verb|#Adjective)',
    reason: 'echoes the admission as incredulity',
    weight: 0.9,
  },
  {
    id: 'you-havent-even',
    match: 'you (have not|had not) (even|actually|really)? (looked|read|checked|tried|used|heard|done|thought)',
    reason: 'turns the admission into an accusation',
    weight: 0.6,
  },
  {
    id: 'you-didnt-even',
    match: 'you (did not|never) (even)? (check|test|read|ask|verify|look|double check|think|notice|try)',
    reason: 'turns the admission into an accusation',
    weight: 0.6,
  },
  {
    id: 'you-dont-know',
    match: 'you (do not|did not|really do not|honestly do not) (even)? know (that|how|what|the|about|this|it)',
    reason: 'echoes the admission as incredulity',
    weight: 0.9,
  },
  {
    id: 'you-dont-know-end',
    match: 'you (do not|did not) (even)? know$',
    reason: 'echoes the admission as incredulity',
    weight: 0.8,
  },
  { id: 'are-you-serious', match: '(are|were) you (serious|kidding|joking)', reason: 'open incredulity', weight: 0.9 },
  {
    id: 'how-can-you-not',
    match: 'how (can|could|do|did|is it) (you|that you) (not|never|still not)',
    reason: 'incredulity that judges',
    weight: 1,
  },
  // Not "it is…": speakers call their own work simple ("it's really simple, basically a detector").
  {
    id: 'pretty-basic',
    match:
      '(that is|this is|that was|those are|that is like) (pretty|really|very|quite|kind of|fairly|rather|super|just)? (basic|elementary|fundamental|standard|simple|entry level|table stakes|trivial|day one|one on one|intro level|beginner) (stuff|material|knowledge|level|things|though)?',
    reason: 'minimises what the other does not know',
    weight: 1,
  },
  {
    id: 'everyone-knows',
    match:
      '(everyone|everybody|anyone|anybody|most people) (here|on this team|on the team|in this field|in this role|in the industry|in growth|at this level)? (knows|should know|uses|has used|learns|can do) (that|this|it)?',
    reason: 'judges the gap against everyone',
    weight: 0.9,
  },
  {
    id: 'you-should-know',
    match:
      'you (should|ought to|really should|need to|would need to) (really)? (know|have known|be familiar with|have used|have done|know how)',
    reason: 'judges the gap',
    weight: 1,
  },
  {
    id: 'you-should-have-caught',
    match: 'you (should|ought to|really should) have (caught|checked|noticed|spotted|seen|double checked|tested|read)',
    reason: 'judges the slip',
    weight: 1,
  },
  {
    id: 'thats-concerning',
    match:
      '(that is|it is|that was|this is) (a bit|a little|really|very|quite|kind of|somewhat|pretty|honestly)? (concerning|worrying|alarming|troubling|disappointing|a red flag|a problem|a concern|a gap|surprising)',
    reason: 'judges the admission',
    weight: 0.9,
  },
  {
    id: 'would-have-expected',
    match: 'i (would have|had|honestly would have) (expected|assumed|hoped|thought) (you|someone|that|more)',
    reason: 'judges against an expectation',
    weight: 0.9,
  },
  {
    id: 'surprised-you',
    match: 'i am (a bit|a little|really|very|quite)? (surprised|shocked|amazed|taken aback) (that|you|to hear|by that)',
    reason: 'judges against an expectation',
    weight: 0.9,
  },
  {
    id: 'even-a-junior',
    match: '(even|any|every) (a)? (junior|intern|student|first year|beginner|new grad|graduate|fresher)',
    reason: 'judges against a lower bar',
    weight: 0.9,
  },
  {
    id: 'at-your-level',
    match: '(at|for) (your|this|that) (level|seniority|stage)',
    reason: 'judges against seniority',
    weight: 0.7,
  },
  {
    id: 'and-you-applied',
    match: '(and|but|yet) you (applied|are applying|want|are asking)',
    reason: "questions the other's standing",
    weight: 0.8,
  },
  {
    id: 'interjection',
    match: '^(hmm|wow|yikes|oof|oh dear|oh boy|huh|whoa|jeez)',
    reason: 'a reaction that can mean doubt',
    weight: 0.35,
  },
  {
    id: 'not-great',
    match: '(not|that is not) (great|ideal|good|what i wanted to hear) (to hear)?',
    reason: 'a negative judgement',
    weight: 0.6,
  },
  { id: 'come-on', match: '^(oh)? come on', reason: 'incredulity', weight: 0.6 },
  {
    id: 'echo-never',
    match: '^(never|not once|not at all|not even once|none)$',
    reason: 'an echo question of disbelief',
    weight: 0.5,
  },
]);

/** Curiosity, thanks or support: meeting an admission this way is the opposite of skepticism. */
export const SUPPORTIVE_REPLIES = defineLexicon('supportive-replies', [
  {
    id: 'thanks-for-honesty',
    match:
      '(thanks|thank you|i appreciate|appreciate) (for)? (being|your|the|that|you) (honest|honesty|candor|candour|sharing|telling|saying|flagging|owning|transparency|being upfront)',
    reason: 'thanks the other for the admission',
    weight: 1,
  },
  {
    id: 'appreciate-that',
    match: '(i|we|really) (appreciate|value) (that|it|the honesty|you saying)',
    reason: 'thanks the other for the admission',
    weight: 1,
  },
  {
    id: 'thats-fine',
    match:
      '(that is|it is|that is totally|it is totally|that is completely|that is perfectly|honestly that is) (fine|okay|ok|alright|all right|understandable|normal|no problem|common|fair)',
    reason: 'normalises the gap',
    weight: 1,
  },
  {
    id: 'no-problem',
    match: '^(oh|yeah|okay)? (no problem|no worries|not a problem|no big deal|all good)',
    reason: 'normalises the gap',
    weight: 0.9,
  },
  {
    id: 'fair-enough',
    match: '(fair enough|good to know|makes sense|got it)',
    reason: 'accepts the admission',
    weight: 0.8,
  },
  {
    id: 'what-did-you-learn',
    match: 'what (did|would) you (learn|take away|do differently|change|do next|try)',
    reason: 'curiosity about the lesson',
    weight: 1,
  },
  {
    id: 'how-would-you',
    match:
      'how (would|did|do|might|will) you (approach|handle|go about|learn|tackle|figure|pick|get up to speed|ramp up|find out|work out|compensate|fill)',
    reason: 'curiosity about the approach',
    weight: 1,
  },
  {
    id: 'what-would-you',
    match: 'what would you (do|try|use|look at|check)',
    reason: 'curiosity about the approach',
    weight: 1,
  },
  {
    id: 'tell-me-more',
    match: '(tell me|walk me through|talk me through) (more|about|how|what)',
    reason: 'curiosity',
    weight: 1,
  },
  {
    id: 'nobody-knows-everything',
    match: '(nobody|no one) (knows|can know) (everything|it all)',
    reason: 'normalises the gap',
    weight: 1,
  },
  {
    id: 'you-can-learn',
    match:
      '(you can|you will|you would|easy to|we can|we will) (learn|pick it up|pick that up|teach|train|ramp up|get you up to speed)',
    reason: 'offers a way to close the gap',
    weight: 1,
  },
  {
    id: 'what-have-you-used',
    match: 'what (have|did) you (used|use|worked with|done) (instead|there|then)',
    reason: 'curiosity about adjacent experience',
    weight: 1,
  },
  {
    id: 'closest-thing',
    match: '(closest|nearest|similar) (thing|experience|tool)',
    reason: 'curiosity about adjacent experience',
    weight: 0.9,
  },
  { id: 'interesting', match: '^(oh)? (interesting|okay interesting)', reason: 'curiosity opener', weight: 0.5 },
]);
