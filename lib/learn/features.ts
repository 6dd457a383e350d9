/**
 * Features are named strings with values ("r.open:anyway" = 1, "gap" = 0.4). Names keep every decision
 * explainable; a model hashes them into a fixed number of weights, so unseen words cost nothing.
 */
export type Features = Map<string, number>;

/** Collects named features; a repeated name adds up. */
export class FeatureBag {
  readonly features: Features = new Map();

  add(name: string, value = 1): this {
    if (value !== 0) this.features.set(name, (this.features.get(name) ?? 0) + value);
    return this;
  }

  /** A binary feature that is there only when `condition` holds. */
  flag(name: string, condition: unknown): this {
    return condition ? this.add(name) : this;
  }

  /** Word unigrams and bigrams of `words` under one prefix, each counted once. */
  ngrams(prefix: string, words: readonly string[]): this {
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      seen.add(`${prefix}:${words[i]}`);
      if (i + 1 < words.length) seen.add(`${prefix}:${words[i]}_${words[i + 1]}`);
    }
    for (const name of seen) this.add(name);
    return this;
  }

  /**
   * Character 4-grams of each word, with its edges marked, under one prefix, each counted once: "kinda",
   * "kind of" and a misheard "kindof" share most of them, where whole words share nothing.
   */
  chars(prefix: string, words: readonly string[]): this {
    const seen = new Set<string>();
    for (const word of words) {
      const marked = `<${word}>`;
      if (marked.length <= 4) seen.add(`${prefix}#${marked}`);
      else for (let i = 0; i + 4 <= marked.length; i++) seen.add(`${prefix}#${marked.slice(i, i + 4)}`);
    }
    for (const name of seen) this.add(name);
    return this;
  }

  /** A number as one of a few named ranges, so a linear model can bend around it. */
  bucket(name: string, value: number, edges: readonly number[]): this {
    let i = 0;
    while (i < edges.length && value > edges[i]!) i++;
    return this.add(`${name}:${i === 0 ? `<=${edges[0]}` : i === edges.length ? `>${edges[i - 1]}` : `<=${edges[i]}`}`);
  }
}

/** 32-bit FNV-1a: fast, dependency-free and the same in Node and in the extension. */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
