import { describe, expect, test } from 'vitest';
import { analyse, closingQuestion, looseClosingQuestion, type QuestionKind } from '../../../lib/nlp/index.ts';
import { stripPunctuation } from '../../../lib/nlp/normalise.ts';

// [text, kind as written, kind without punctuation (when it differs)]
const cases: [string, QuestionKind, QuestionKind?][] = [
  ['How many engineers are on the team?', 'info'],
  ['What tools do you use for monitoring?', 'info'],
  ['Is the role remote or hybrid?', 'info'],
  ['Tell me about a time you disagreed with your manager.', 'info'],
  ['I was wondering whether the team uses Go.', 'info'],
  ['Can you walk me through the pricing?', 'info'],
  ['You start on Monday?', 'info', 'none'],
  ['Do you mean the API or the dashboard?', 'clarification'],
  ['Just to be clear, is the contract monthly?', 'clarification'],
  ["So you're saying the price includes training?", 'clarification'],
  ['How would that work with our single sign-on?', 'clarification'],
  ['Sorry, what?', 'clarification'],
  ["It's a great team, right?", 'tag', 'none'],
  ['Right?', 'tag', 'none'],
  ["Isn't it?", 'info'],
  ['Does that make sense?', 'tag'],
  ['You know what I mean?', 'tag'],
  ["Why don't we take a break?", 'suggestion'],
  ['What if we tried a pilot?', 'suggestion'],
  ['How about we start with the backend?', 'suggestion'],
  ['Any questions for me?', 'suggestion'],
  ['Who knows?', 'rhetorical'],
  ['How cool is that?', 'rhetorical'],
  ['What a week.', 'rhetorical'],
  ['Really?', 'none'],
  ['I know what you mean.', 'none'],
  ['What we did was rewrite the importer.', 'none'],
  ['When I was at the bank we used Oracle.', 'none'],
  ['We shipped it in March.', 'none'],
];

describe('[nlp/question] classify the closing question', () => {
  test.each(cases)('%s → %s', (text, kind, bare) => {
    expect(closingQuestion(analyse(text))?.kind).toBe(kind);
    expect(closingQuestion(analyse(stripPunctuation(text)))?.kind).toBe(bare ?? kind);
  });
});

describe('[nlp/question] position and shape', () => {
  test('a question followed by a short afterthought still closes the turn', () => {
    expect(closingQuestion(analyse('How does it handle Canada? We have six people there.'))?.kind).toBe('info');
  });
  test('a question followed by a long statement does not', () => {
    const text =
      'How does it handle Canada? Anyway we looked at three vendors last year and all of them struggled with payroll in other countries.';
    expect(closingQuestion(analyse(text))?.kind).toBe('none');
  });
  test('an unpunctuated run ending in a question', () => {
    const q = closingQuestion(analyse("okay that's the plan for monday how long is the lunch break"));
    expect(q).toMatchObject({ kind: 'info', wh: 'how', text: 'how long is the lunch break' });
  });
  test('polar vs wh', () => {
    expect(closingQuestion(analyse('Do you have a budget?'))).toMatchObject({ polar: true, wh: null });
    expect(closingQuestion(analyse('Why did you leave?'))).toMatchObject({ polar: false, wh: 'why' });
  });
  test('"you know" inside a statement is not an inversion', () => {
    expect(closingQuestion(analyse('the results are you know a long shot but it is nice we got them'))?.kind).toBe(
      'none',
    );
  });
});

describe('looseClosingQuestion (caption runs without punctuation)', () => {
  test('finds a question after a preface that the sentence reading takes as embedding', () => {
    const text = "okay sorry just so i'm clear are the block weeks paid or is that on my own time";
    expect(closingQuestion(analyse(text))?.kind).toBe('none');
    expect(looseClosingQuestion(analyse(text))).toMatchObject({
      kind: 'info',
      rule: 'info:loose-tail',
      polar: true,
      text: 'are the block weeks paid or is that on my own time',
    });
    expect(
      looseClosingQuestion(analyse("totally fair three days is workable what's the salary band you've got")),
    ).toMatchObject({ wh: 'what' });
  });
  test('stays out of punctuated text and of embedded clauses', () => {
    expect(looseClosingQuestion(analyse('Just so I am clear. Are the weeks paid'))).toBeNull();
    expect(looseClosingQuestion(analyse('honestly i know what you mean about the rota'))).toBeNull();
    expect(looseClosingQuestion(analyse('we shipped it on friday and the team was happy'))).toBeNull();
  });
});
