/** Candor's local NLP layer: one cached compromise parse per utterance, shared by every detector. */
export {
  analyse,
  memo,
  parseSentence,
  termsOf,
  cacheStats,
  clearCaches,
  type Analysis,
  type SentenceParse,
  type Doc,
} from './parse.ts';
export { normaliseText, stripPunctuation, splitSentences, wordsOf } from './normalise.ts';
export { findAll, findFirst, weightOf, type Hit } from './match.ts';
export { isBackchannel, takesFloor } from './turn-taking.ts';
export {
  classifyQuestions,
  classifySentence,
  closingQuestion,
  isRealQuestion,
  looseClosingQuestion,
  type QuestionKind,
  type QuestionReading,
} from './question.ts';
export { contentLemmas, sharedLemmas, stem } from './lemmas.ts';
export { Lru } from './lru.ts';
export { warmAhead, type WarmText } from './warm.ts';
