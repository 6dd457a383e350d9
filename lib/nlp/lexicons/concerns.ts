import { defineLexicon } from './types.ts';

/**
 * A party voicing a concern, objection or hesitation: the trigger of a dismissed-objection. Written as
 * first-person worry or a negative evaluation of cost, time, risk or fit (docs/design.md).
 */
export const CONCERNS = defineLexicon('concerns', [
  // First-person worry or doubt.
  {
    id: 'i-am-worried',
    match:
      '(i am|we are|i have been|we have been|i was|we were) (a bit|a little|slightly|really|quite|very|kind of|somewhat|honestly|genuinely|still)? (worried|concerned|nervous|uneasy|anxious|hesitant|wary|skeptical|sceptical|apprehensive)',
    reason: 'first-person worry',
    weight: 1,
  },
  {
    id: 'my-concern-is',
    match:
      '(my|our|the|one|a) (main|biggest|big|only|real|major|one|other)? (concern|worry|hesitation|reservation|hesitancy|fear|hang up) (is|was|would be|here|with|about|there)',
    reason: 'names a concern',
    weight: 1,
  },
  {
    id: 'i-have-concerns',
    match:
      '(i|we) (have|have got|still have) (some|a few|real|serious|a couple of|a|one|big|major)? (concerns|concern|doubts|reservations|worries|hesitations)',
    reason: 'announces concerns',
    weight: 1,
  },
  {
    id: 'not-convinced',
    match: '(i am|we are|i am still|we are still|i am just) not (convinced|sold|comfortable|confident)',
    reason: 'first-person doubt',
    weight: 1,
  },
  {
    id: 'not-sure-this-works',
    match:
      '(i am|we are) not (sure|certain) (this|that|it|we|the|your|about the|about this|about that) (will|would|is|can|could|fits|works|makes|really|scales|solves|is worth)?',
    reason: 'doubt about the proposal',
    weight: 0.8,
  },
  {
    id: 'dont-see-how',
    match: '(i|we) (do not|can not|cannot) (really)? see how (this|that|it|we|you|the)',
    reason: 'doubt that the proposal can work',
    weight: 1,
  },
  {
    id: 'dont-think-it-works',
    match: '(i|we) do not (think|believe) (this|that|it) (will|would|is going to|can) (work|fly|scale|fit|happen)',
    reason: 'doubt that the proposal can work',
    weight: 1,
  },
  {
    id: 'makes-me-nervous',
    match: '(that|this|it) (makes|is making) (me|us) (nervous|uneasy|worried|anxious)',
    reason: 'names unease',
    weight: 1,
  },
  {
    id: 'need-to-think',
    match:
      '(i|we) (need|would need|want|will need) to (think about it|think it over|sleep on it|run it by|check with|talk to)',
    reason: 'a hesitation to commit',
    weight: 0.7,
  },
  {
    id: 'on-the-fence',
    match: '(i am|we are) (a bit|still|kind of)? (on the fence|torn|undecided)',
    reason: 'a hesitation to commit',
    weight: 0.8,
  },
  { id: 'too-good-to-be-true', match: 'too good to be true', reason: 'doubt about a claim', weight: 1 },
  {
    id: 'heard-bad-things',
    match:
      '(i|we) (have|had)? (heard|read|seen) (some|mixed|bad|a few|mostly)? (complaints|reviews|horror stories|things) (about|that)',
    reason: 'doubt from hearsay',
    weight: 0.7,
  },
  // Cost.
  {
    id: 'seems-expensive',
    match:
      '(that|it|this|the price|the cost|the fee|the quote|the number) (is|seems|sounds|looks|feels) (a bit|a little|really|pretty|quite|way|too|very|kind of|rather|awfully|awful)? (expensive|pricey|steep|costly|high|much)',
    reason: 'a negative evaluation of cost',
    weight: 1,
  },
  {
    id: 'too-expensive',
    match: '(too|quite|really|very|pretty|way too) (expensive|pricey|costly|steep)',
    reason: 'a negative evaluation of cost',
    weight: 1,
  },
  {
    id: 'over-budget',
    match: '(out of|over|above|beyond|outside) (our|my|the) (budget|price range|range)',
    reason: 'the cost does not fit the budget',
    weight: 1,
  },
  {
    id: 'cannot-afford',
    match: '(we|i) (can not|cannot|could not) (afford|justify|stretch to)',
    reason: 'the cost does not fit',
    weight: 1,
  },
  {
    id: 'a-lot-of-money',
    match:
      '(that is|it is|that seems|it seems|that sounds) (a lot|a lot of money|quite a lot|a big ask|a big jump|a stretch|a big number)',
    reason: 'a negative evaluation of cost',
    weight: 0.9,
  },
  {
    id: 'more-than-we-pay',
    match: '(higher|more|steeper|pricier) than (what)? (we|i) (pay|paid|are paying|currently pay|have now|had in mind)',
    reason: 'the cost compares badly with today',
    weight: 1,
  },
  {
    id: 'lower-than-expected',
    match: '(lower|less|smaller|higher|more) than (i|we) (expected|hoped|was hoping|were hoping|budgeted|planned)',
    reason: 'an offer misses the expectation',
    weight: 0.9,
  },
  // Time and risk.
  {
    id: 'seems-risky',
    match:
      '(that|it|this) (is|seems|sounds|feels|looks) (a bit|a little|really|pretty|quite|too|very|kind of|rather)? (risky|scary|dangerous|aggressive|ambitious|tight|complicated|complex|unrealistic|rushed)',
    reason: 'a negative evaluation of risk or effort',
    weight: 0.9,
  },
  {
    id: 'timeline-tight',
    match:
      '(the|that|our|this|your) (timeline|deadline|schedule|timeframe|rollout|notice period|start date) (is|seems|sounds|looks|feels) (really|very|pretty|quite|a bit|too|kind of)? (tight|aggressive|short|long|unrealistic|ambitious|rushed)',
    reason: 'a negative evaluation of time',
    weight: 1,
  },
  {
    id: 'takes-too-long',
    match: '(that|it|this) (will|would|might|could|is going to) take (too long|way too long|forever|ages|a long time)',
    reason: 'a negative evaluation of time',
    weight: 0.9,
  },
  {
    id: 'could-be-a-problem',
    match:
      '(that|this|it) (could|might|may|would|is going to|will) be (a|an)? (real|big|serious)? (problem|issue|concern|risk|dealbreaker|deal breaker|blocker|headache)',
    reason: 'names a risk',
    weight: 1,
  },
  {
    id: 'the-problem-is',
    match: '^(but|well|so)? the (problem|issue|trouble|catch|risk|downside|sticking point) (is|with|here)',
    reason: 'names a problem',
    weight: 0.9,
  },
  {
    id: 'what-if-it-fails',
    match:
      'what (happens|if) (if)? (it|this|that|the system|something) (breaks|fails|goes down|does not work|goes wrong)',
    reason: 'a worried question about failure',
    weight: 0.9,
  },
  // Fit.
  {
    id: 'does-not-fit',
    match:
      '(does not|do not|would not|will not|might not|may not) (really)? (fit|work for|suit|match) (us|our|my|me|the way)',
    reason: 'doubt about fit',
    weight: 1,
  },
  { id: 'not-a-fit', match: 'not (a|the) (good|great|right)? fit', reason: 'doubt about fit', weight: 1 },
  { id: 'not-a-priority', match: '(is|is really|is just) not a priority', reason: 'declines on priority', weight: 0.8 },
]);

/** Phrases that look like a concern but are not one the speaker is raising. */
export const CONCERN_GUARDS = defineLexicon('concern-guards', [
  {
    id: 'not-worried',
    match: '(i am|we are|i was|we were) not (at all)? (worried|concerned|nervous)',
    reason: 'a negated worry',
    weight: 1,
  },
  {
    id: 'no-concerns',
    match: '(no|not any|zero) (concerns|worries|reservations|doubts)',
    reason: 'a negated worry',
    weight: 1,
  },
  {
    id: 'asks-about-their-concerns',
    match: '(are|were|is) you (worried|concerned|nervous)',
    reason: 'asks the other about their worry',
    weight: 1,
  },
  {
    id: 'do-you-have-concerns',
    match: '(do|did|would) you have (any)? (concerns|worries|doubts|reservations|questions)',
    reason: 'invites the other to raise concerns',
    weight: 1,
  },
  {
    id: 'any-concerns',
    match: '^(any|what) (concerns|worries|reservations|doubts)',
    reason: 'invites concerns',
    weight: 1,
  },
  {
    id: 'if-you-are-worried',
    match: 'if (you|anyone|they) (are|is|were|feel) (worried|concerned)',
    reason: 'a hypothetical worry',
    weight: 1,
  },
  {
    id: 'others-worry',
    match:
      '(some|many|other|a lot of|most) (people|clients|customers|folks|teams|candidates) (worry|are worried|get worried|think|say|feel)',
    reason: 'reports others, often to pre-empt',
    weight: 1,
  },
  {
    id: 'dont-think-it-will',
    match:
      'i do not (think|expect|believe) (it|that|this|we|they) (will|would|is|are) (take|be|cost|get|need|too|that|very|really|a)',
    reason: 'an opinion that negates the worry that follows',
    weight: 1,
  },
  {
    id: 'not-a-problem',
    match: '(is|be|was) not (a|an|really a|really an)? (problem|issue|concern)',
    reason: 'denies a problem',
    weight: 1,
  },
]);
