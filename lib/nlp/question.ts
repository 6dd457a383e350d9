import {
  CLARIFICATION_FRAMES,
  LEAD_INS,
  PROMPT_FRAMES,
  REACTION_QUESTIONS,
  RHETORICAL_FRAMES,
  SUGGESTION_FRAMES,
  TAG_ENDINGS,
} from './lexicons/questions.ts';
import { findAll, type Hit } from './match.ts';
import { memo, termsOf, type Analysis, type SentenceParse } from './parse.ts';

export type QuestionKind = 'info' | 'clarification' | 'tag' | 'suggestion' | 'rhetorical' | 'none';

export interface QuestionReading {
  kind: QuestionKind;
  /** Expects yes/no (inversion, declarative "?", "or not"); false for wh-questions and prompts. */
  polar: boolean;
  /** The wh-word that opens it, when there is one. */
  wh: string | null;
  /** Sentence index inside the utterance. */
  sentence: number;
  /** The question's words (for a question found at the tail of an unpunctuated run: only the tail). */
  text: string;
  /** Names the rule that decided. */
  rule: string;
}

interface Token {
  w: string;
  tags: ReadonlySet<string>;
}

const WH = new Set(['what', 'why', 'how', 'where', 'when', 'who', 'whom', 'which', 'whose']);
const AUX = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'have',
  'has',
  'had',
  'may',
  'might',
  'must',
]);
const SUBJECTS = new Set([
  'you',
  'we',
  'they',
  'i',
  'it',
  'he',
  'she',
  'that',
  'this',
  'there',
  'those',
  'these',
  'the',
  'a',
  'an',
  'your',
  'our',
  'their',
  'my',
  'his',
  'her',
  'any',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'everything',
  'someone',
  'somebody',
  'something',
  'anything',
  'people',
  'all',
  'each',
  'either',
  'both',
  'some',
]);
// Words that may follow a wh-word in a direct question without an auxiliary ("how many", "what about").
const WH_NEXT = new Set([
  'many',
  'much',
  'long',
  'often',
  'soon',
  'far',
  'big',
  'come',
  'about',
  'else',
  'exactly',
  'specifically',
  'kind',
  'sort',
  'type',
  'part',
  'one',
  'ones',
]);
// A wh-word after these opens an embedded clause, not a question ("I know what you mean").
const EMBEDDERS = new Set([
  'know',
  'knows',
  'knew',
  'see',
  'saw',
  'wonder',
  'wondering',
  'ask',
  'asked',
  'asking',
  'tell',
  'told',
  'mean',
  'means',
  'understand',
  'figure',
  'decide',
  'show',
  'explain',
  'remember',
  'sure',
  'idea',
  'clear',
  'matter',
  'matters',
  'depends',
  'care',
  'learn',
  'check',
  'discuss',
  'think',
  'thought',
  'exactly',
  'how',
  'why',
  'out',
  'like',
  'is',
  'was',
  'that',
  'on',
  'of',
  'about',
  'by',
  'to',
  'no',
  'just',
  'guess',
  'say',
  'said',
  'hear',
  'heard',
  'find',
  'found',
  'decided',
  'agree',
  'question',
  'from',
  'for',
  'in',
  'at',
  'with',
  'regardless',
  'unclear',
  'obvious',
  'clarify',
  'imagine',
]);
const LEAD = new Set(LEAD_INS);
const INDEFINITES = new Set([
  'everybody',
  'everyone',
  'everything',
  'somebody',
  'someone',
  'something',
  'anybody',
  'anyone',
  'anything',
  'nobody',
  'people',
  'i',
  'we',
  'you',
  'they',
]);
const FILLER_VERBS = new Set(['know', 'mean', 'guess']);
const QUANTITIES = new Set(['many', 'much', 'long', 'often', 'soon', 'far', 'big']);
const BOUNDARY_ADVERBS = new Set(['now', 'then', 'so', 'okay', 'well', 'right', 'anyway', 'also', 'actually']);
// Short repair requests: the speaker did not hear or follow, and wants a repeat.
const REPAIRS = new Set([
  'what',
  'huh',
  'sorry',
  'pardon',
  'come again',
  'sorry what',
  'what was that',
  'what is that',
  'what is this',
  'what did you say',
  'say again',
  'excuse me',
  'of what',
  'which',
  'what do you mean',
  'meaning',
]);
const CONFIRMING_TAIL = new Set(['right', 'correct', 'yes', 'yeah']);

function tokensOf(sentence: SentenceParse): Token[] {
  const out: Token[] = [];
  for (const t of termsOf(sentence)) {
    const w = (t.implicit || t.normal || '').toLowerCase().replace(/[^a-z0-9']/g, '');
    if (!w || t.tags?.has('Filler')) continue;
    out.push({ w, tags: t.tags ?? new Set() });
  }
  return out;
}

/** Whether tokens[k…] open a direct question; returns its shape. */
function interrogativeAt(tokens: readonly Token[], k: number): { polar: boolean; wh: string | null } | null {
  const a = tokens[k];
  const b = tokens[k + 1];
  const c = tokens[k + 2];
  if (!a) return null;
  if (WH.has(a.w)) {
    if (!b) return k === 0 ? { polar: false, wh: a.w } : null;
    if (b.w === 'a' || b.w === 'an') return null; // "what a day"
    if (a.w === 'which') {
      // "which one", "which team is…"; "which is…" continues someone's sentence as a relative clause.
      return b.tags.has('Noun') && !b.tags.has('Pronoun') && !INDEFINITES.has(b.w) ? { polar: false, wh: a.w } : null;
    }
    if (AUX.has(b.w) || WH_NEXT.has(b.w)) return { polar: false, wh: a.w };
    if (b.tags.has('Verb') && !b.tags.has('Gerund') && !b.tags.has('Pronoun')) return { polar: false, wh: a.w };
    // "what tools do you…", "how big is…": one word then an auxiliary. Not "when everybody is…" (embedded).
    const nounFirst =
      (a.w === 'what' || a.w === 'whose') && b.tags.has('Noun') && !b.tags.has('Pronoun') && !INDEFINITES.has(b.w);
    const adjFirst = a.w === 'how' && (b.tags.has('Adjective') || b.tags.has('Adverb'));
    if (c && AUX.has(c.w) && (nounFirst || adjFirst)) return { polar: false, wh: a.w };
    return null;
  }
  if (AUX.has(a.w) && b) {
    // "…are you know…" is the filler "you know", not an inversion.
    if (c && FILLER_VERBS.has(c.w) && (b.w === 'you' || b.w === 'i')) return null;
    if (SUBJECTS.has(b.w)) return { polar: true, wh: null };
    if (b.w === 'not' && c && SUBJECTS.has(c.w)) return { polar: true, wh: null };
  }
  return null;
}

function leadLength(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length - 1 && LEAD.has(tokens[i]!.w)) i++;
  return i;
}

// A question found at the tail of a long unpunctuated run ("that's the plan how long is lunch"): only when the
// word before it cannot embed a clause, and the tail is a clause of at least three words.
function tailQuestion(tokens: readonly Token[]): { at: number; polar: boolean; wh: string | null } | null {
  for (let k = tokens.length - 3; k >= 3; k--) {
    const shape = interrogativeAt(tokens, k);
    if (!shape) continue;
    const prev = tokens[k - 1]!;
    if (EMBEDDERS.has(prev.w) || AUX.has(prev.w) || WH.has(prev.w)) continue;
    if (['Verb', 'Preposition', 'Determiner', 'Pronoun', 'Adjective', 'Copula'].some((t) => prev.tags.has(t))) continue;
    if (prev.tags.has('Adverb') && !BOUNDARY_ADVERBS.has(prev.w)) continue; // "i'd only do it…"
    if (shape.polar && !['you', 'we', 'they', 'it', 'i'].includes(tokens[k + 1]!.w)) continue;
    // An inversion goes on with a verb or a complement ("can we start", "is it ready"), not "do it where…".
    const third = tokens[k + 2];
    if (
      shape.polar &&
      (!third || third.tags.has('QuestionWord') || third.tags.has('Preposition') || third.tags.has('Conjunction'))
    )
      continue;
    // Inside a run only the direct shapes count: wh + auxiliary ("how long is…" too), or auxiliary + pronoun.
    const afterWh = tokens[k + 1]!.w;
    const quantity = QUANTITIES.has(afterWh) && [tokens[k + 2], tokens[k + 3]].some((t) => t && AUX.has(t.w));
    if (shape.wh && !AUX.has(afterWh) && !quantity) continue;
    if (tokens.length - k < 4) continue;
    return { at: k, ...shape };
  }
  return null;
}

function hitsIn(hits: readonly Hit[], sentence: number): Hit[] {
  return hits.filter((h) => h.sentence === sentence);
}

function read(
  sentenceIndex: number,
  kind: QuestionKind,
  rule: string,
  text: string,
  polar = false,
  wh: string | null = null,
): QuestionReading {
  return { kind, polar, wh, sentence: sentenceIndex, text, rule };
}

/** Classify one sentence of an utterance. */
export function classifySentence(analysis: Analysis, index: number): QuestionReading {
  const sentence = analysis.sentences[index]!;
  const tokens = tokensOf(sentence);
  const words = tokens.map((t) => t.w);
  const joined = words.join(' ');
  const q = sentence.question;
  const text = sentence.text;
  if (tokens.length === 0) return read(index, 'none', 'empty', text);

  const lead = leadLength(tokens);
  const core = tokens.slice(lead);
  const coreText = core.map((t) => t.w).join(' ');
  const opening = interrogativeAt(core, 0);

  // Repair requests ("what's that?", "sorry?") are short and whole; without "?" only when they are the whole turn.
  if ((REPAIRS.has(coreText) || REPAIRS.has(joined)) && (q || (analysis.sentences.length === 1 && words.length > 1)))
    return read(index, 'clarification', 'repair-request', text, false, null);
  if (q && words.length <= 4 && ['sorry', 'pardon', 'again'].includes(words[words.length - 1]!))
    return read(index, 'clarification', 'repair-request', text, false, null);
  if (hitsIn(findAll(analysis, REACTION_QUESTIONS), index).length > 0 && words.length <= 3) {
    return read(index, 'none', 'reaction:really', text);
  }
  const rhetorical = hitsIn(findAll(analysis, RHETORICAL_FRAMES), index)[0];
  if (rhetorical && (q || opening || rhetorical.entry.weight === 1)) {
    return read(index, 'rhetorical', `rhetorical:${rhetorical.entry.id}`, text);
  }
  // Tags: a bare tag, or a tag ending on a statement. A sentence that opens as a question is not a tag.
  const tag = hitsIn(findAll(analysis, TAG_ENDINGS), index)[0];
  if (
    tag &&
    (tag.entry.id === 'bare-tag' || tag.entry.id === 'make-sense' || tag.entry.id === 'sound-good' || !opening)
  ) {
    // A bare "right." or "okay" without "?" is a backchannel, not a tag question.
    if (q || tag.entry.id !== 'bare-tag') return read(index, 'tag', `tag:${tag.entry.id}`, text);
  }
  if (
    q &&
    core.length <= 1 &&
    words.length <= 2 &&
    ['right', 'okay', 'ok', 'yeah', 'no', 'yes', 'correct', 'or', 'eh', 'huh', 'true'].includes(
      words[words.length - 1]!,
    )
  ) {
    return read(index, 'tag', 'tag:bare-word', text);
  }
  // "…, right?" after a statement: a confirmation tag, not an open question.
  if (
    q &&
    !opening &&
    words.length >= 3 &&
    /,\s*(right|okay|ok|yeah|correct|yes|no|eh|huh|true|you know)\s*\?["')\]]*$/i.test(text)
  ) {
    return read(index, 'tag', 'tag:comma-tag', text);
  }
  const suggestion = hitsIn(findAll(analysis, SUGGESTION_FRAMES), index)[0];
  const floorOffer = ['anything-else', 'any-other-business', 'does-anyone-want', 'any-questions-for-me'].includes(
    suggestion?.entry.id ?? '',
  );
  if (
    suggestion &&
    (q || opening || floorOffer || suggestion.entry.weight === 1) &&
    (floorOffer || suggestion.offset - offsetOf(analysis, index) <= lead + 1)
  ) {
    return read(index, 'suggestion', `suggestion:${suggestion.entry.id}`, text);
  }

  const frame = hitsIn(findAll(analysis, CLARIFICATION_FRAMES), index)[0];
  if (frame) {
    const strongFrame = (frame.entry.weight ?? 0) >= 0.8;
    const endsConfirming = CONFIRMING_TAIL.has(words[words.length - 1] ?? '');
    const rest = tokens.slice(Math.max(0, frame.offset - offsetOf(analysis, index) + 3));
    const restAsks = rest.some((_, k) => interrogativeAt(rest, k) !== null && k <= 2);
    if (q || strongFrame || endsConfirming || restAsks) {
      return read(
        index,
        'clarification',
        `clarification:${frame.entry.id}`,
        text,
        !opening || opening.polar,
        opening?.wh ?? null,
      );
    }
  }
  if (opening)
    return read(index, 'info', opening.wh ? 'info:wh-start' : 'info:inversion', text, opening.polar, opening.wh);
  // "…or not" closes a yes/no question, unless "whether/if" made it an embedded clause.
  if (/\bor not$/.test(joined) && !/\b(whether|if)\b/.test(joined))
    return read(index, 'info', 'info:or-not', text, true, null);
  const prompt = hitsIn(findAll(analysis, PROMPT_FRAMES), index)[0];
  if (prompt) return read(index, 'info', `info:prompt:${prompt.entry.id}`, text, false, null);
  if (q) return read(index, 'info', 'info:question-mark', text, true, null);
  // Captions without punctuation: look for a question that closes a long run.
  if (!/[.?!]/.test(analysis.raw) && tokens.length >= 7) {
    const tail = tailQuestion(tokens);
    if (tail) {
      return read(
        index,
        'info',
        'info:tail',
        tokens
          .slice(tail.at)
          .map((t) => t.w)
          .join(' '),
        tail.polar,
        tail.wh,
      );
    }
  }
  return read(index, 'none', 'statement', text);
}

function offsetOf(analysis: Analysis, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) n += analysis.sentences[i]!.terms.length;
  return n;
}

/** Every sentence of the utterance, classified; memoised per utterance. */
export function classifyQuestions(analysis: Analysis): readonly QuestionReading[] {
  return memo(analysis, 'questions', () => analysis.sentences.map((_, i) => classifySentence(analysis, i)));
}

/** Kinds that are requests for an answer. */
export function isRealQuestion(kind: QuestionKind): boolean {
  return kind === 'info' || kind === 'clarification';
}

/**
 * The question that hands the floor over: the utterance's last real question, when at most a short
 * afterthought follows it ("How long is it? Roughly, I mean."). A question followed by more talk is not
 * waiting for an answer. Falls back to the last sentence's reading.
 */
export function closingQuestion(analysis: Analysis): QuestionReading | null {
  const all = classifyQuestions(analysis);
  const last = all[all.length - 1];
  if (!last) return null;
  if (last.kind !== 'none') return last;
  let after = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const reading = all[i]!;
    if (reading.kind !== 'none') return after <= CLOSING_TAIL_WORDS ? reading : last;
    after += analysis.sentences[i]!.words.length;
  }
  return last;
}

// Words that end a preface before a direct question in a caption run ("just so i'm clear are the weeks paid").
const PREFACE_ENDS = new Set(['clear', 'clarify', 'check', 'ask', 'question', 'wondering', 'understand', 'confirm']);

/**
 * For captions without punctuation: the last direct-question shape among a run's closing words, also after
 * a preface that `classifySentence` reads as embedding ("sorry just to check is the fee fixed or…").
 * Looser than the sentence reading on purpose: it only proposes candidates, and a trained scorer decides.
 */
export function looseClosingQuestion(analysis: Analysis): QuestionReading | null {
  const index = analysis.sentences.length - 1;
  const sentence = analysis.sentences[index];
  if (!sentence || /[.?!]/.test(analysis.raw)) return null;
  const tokens = tokensOf(sentence);
  for (let k = tokens.length - 4; k >= Math.max(1, tokens.length - 25); k--) {
    const shape = interrogativeAt(tokens, k);
    if (!shape) continue;
    const prev = tokens[k - 1]!.w;
    if (AUX.has(prev) || WH.has(prev) || (EMBEDDERS.has(prev) && !PREFACE_ENDS.has(prev))) continue;
    const third = tokens[k + 2];
    if (shape.polar && (!third || third.tags.has('Preposition') || third.tags.has('Conjunction'))) continue;
    const text = tokens
      .slice(k)
      .map((t) => t.w)
      .join(' ');
    return read(index, 'info', 'info:loose-tail', text, shape.polar, shape.wh);
  }
  return null;
}

/** Words of statement that may follow a question in the same turn before it stops handing the floor over. */
const CLOSING_TAIL_WORDS = 12;
