/**
 * compromise's `doc.sweep(net)`, made cheaper for many nets over one sentence: the same steps in the same
 * order (hooks → needs → always → length → match), so it finds exactly what `sweep` finds, in the same
 * order. Two costs go away: the sentence's index of words and tags is built once for every net, not once
 * per sweep, and a net's hooks are looked up from the sentence's few words instead of testing every hook
 * of the net against the sentence.
 */
import nlp from 'compromise';

/** A net entry as compromise's buildNet leaves it (with our `id`). */
interface NetMatch {
  id: string;
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}
type Net = ReturnType<typeof nlp.buildNet>;
/** A parsed text's sentences of terms (`doc.document`). */
type Document = ReturnType<typeof nlp>['document'];
type Terms = Document[number];
interface Internals {
  cacheDoc(document: Document): Set<string>[];
  match(document: readonly Terms[], m: NetMatch): { ptrs: [number, number, number][] };
}

/** A net with its hooks ranked in the order compromise walks them. */
export interface RankedNet {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
  /** The hook keys in compromise's order, and each key's place in it. */
  keys: string[];
  rank: Map<string, number>;
}

/** What a sweep found: the entry id and the match's pointer, as `sweep(...).found[i].view.pointer[0]`. */
export interface SweepFound {
  id: string;
  pointer: [number, number, number];
}

const internals = (nlp.methods() as { one: unknown }).one as Internals;

export function rankNet(net: Net): RankedNet {
  const { hooks, always } = net as unknown as { hooks: Record<string, NetMatch[]>; always: NetMatch[] };
  const keys = Object.keys(hooks);
  return { hooks, always, keys, rank: new Map(keys.map((key, i) => [key, i])) };
}

/** The sentence index compromise builds at each sweep (words, tags, roots…), once per document. */
export function indexDocument(document: Document): Set<string>[] {
  return internals.cacheDoc(document);
}

// The candidate matches of a net for one sentence: compromise's getHooks, walking only the keys the
// sentence has, in the net's key order, with the same removal of repeated patterns.
function hooksOf(net: RankedNet, items: ReadonlySet<string>): NetMatch[] {
  const ranks: number[] = [];
  for (const item of items) {
    const r = net.rank.get(item);
    if (r !== undefined) ranks.push(r);
  }
  if (ranks.length === 0) return [];
  ranks.sort((a, b) => a - b);
  const already = new Set<string>();
  const maybe: NetMatch[] = [];
  for (const r of ranks) {
    for (const m of net.hooks[net.keys[r]!]!) {
      if (already.has(m.match)) continue;
      already.add(m.match);
      maybe.push(m);
    }
  }
  return maybe;
}

// compromise's trimDown: every need present, no ifNo present, enough wants present.
function possible(m: NetMatch, items: ReadonlySet<string>): boolean {
  if (!m.needs.every((need) => items.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => items.has(no))) return false;
  if (m.wants.length === 0) return true;
  return m.wants.filter((want) => items.has(want)).length >= m.minWant;
}

/** Sweeps one net over a parsed document whose index is `index` (from indexDocument). */
export function sweepIndexed(document: Document, index: readonly Set<string>[], net: RankedNet): SweepFound[] {
  const found: SweepFound[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    const items = index[n]!;
    const todo = hooksOf(net, items).filter((m) => possible(m, items));
    for (const m of net.always) todo.push(m);
    for (const m of todo) {
      if (terms.length < m.minWords) continue;
      for (const ptr of internals.match([terms], m).ptrs) {
        // As sweep does: point at the sentence, then re-base on the term's own index when it has one.
        const term = terms[ptr[1]];
        const length = ptr[2] - ptr[1];
        found.push({
          id: m.id,
          pointer: term?.index ? [term.index[0]!, term.index[1]!, ptr[1] + length] : [n, ptr[1], ptr[2]],
        });
      }
    }
  }
  return found;
}

/** The words a sweep found, as compromise prints them (`found[i].view.text()`). */
export function foundText(doc: ReturnType<typeof nlp>, pointer: SweepFound['pointer']): string {
  return (doc as unknown as { update(ptrs: SweepFound['pointer'][]): { text(): string } }).update([pointer]).text();
}
