/**
 * Small text helpers for the debrief's own reading of a transcript (repairs). Deliberately simple and
 * local: the debrief only needs to know whether a later line comes back to an earlier one's topic.
 */

// Words that carry no topic: a shared "would" or "about" says nothing about coming back to a point.
const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being both but by can ' +
    'could did do does doing done down during each few for from further had has have having he her here hers ' +
    'him his how i if in into is it its just let lets like me more most much my no nor not now of off on once ' +
    'only or other our ours out over own same she should so some such than that the their theirs them then there ' +
    'these they this those through to too under until up very was way we well were what when where which while ' +
    'who whom why will with would yes yet you your yours yeah okay ok really thing things think know going get ' +
    'got one two first also still even back sure right good great thanks thank sorry please actually said say ' +
    'says tell told mean question questions earlier later today time'
  ).split(' '),
);

/** Lower-case words, apostrophes kept inside words, curly quotes straightened. */
export function wordsIn(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** The topic words of a text: no stopwords, no contractions' tails, a plural "s" dropped. */
export function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of wordsIn(text)) {
    const word = raw.replace(/'(s|re|ve|ll|d|m|t)$/, '');
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    out.add(word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return out;
}

export function sharedTopic(a: string, b: string): string[] {
  const left = topicWords(a);
  return [...topicWords(b)].filter((word) => left.has(word));
}
