/**
 * Names → roles, for a debrief that can be shared: speakers become "Interviewer", "Candidate",
 * "Panelist 2"…, and their names are replaced in what was said and in the findings' evidence too.
 */
import type { EngineSnapshot } from '../engine/engine.ts';
import type { Evidence, Finding, Role } from '../engine/types.ts';
import type { Utterance } from '../transcript/types.ts';
import { ROLE_NAMES } from '../labels.ts';

// The other side of the table for each role; several of them on a panel become numbered panelists.
const COUNTERPART: Record<Role, { one: string; many: string }> = {
  interviewer: { one: 'Candidate', many: 'Candidate' },
  candidate: { one: 'Interviewer', many: 'Panelist' },
  'sales-rep': { one: 'Buyer', many: 'Buyer' },
  buyer: { one: 'Sales rep', many: 'Sales rep' },
  host: { one: 'Guest', many: 'Guest' },
  applicant: { one: 'Admissions officer', many: 'Panelist' },
};

// Names that are ordinary words in a caption ("You" is Meet's own label for the user).
const NOT_NAMES = new Set(['you', 'me', 'i', 'we', 'host', 'guest', 'speaker', 'unknown', 'everyone']);

export interface LabelSource {
  /** Speakers in order of first appearance. */
  speakers: readonly string[];
  /** Speakers marked as the user. */
  self?: ReadonlySet<string>;
  myRole?: Role;
  /** Known role labels per speaker (practice scenarios know theirs). */
  roles?: Readonly<Record<string, string>>;
}

/** A label per speaker; a label shared by several speakers is numbered in order of appearance. */
export function speakerLabels({ speakers, self = new Set(), myRole, roles = {} }: LabelSource): Map<string, string> {
  const others = speakers.filter((s) => !self.has(s) && roles[s] === undefined).length;
  const base = speakers.map((speaker) => {
    const known = roles[speaker];
    if (known !== undefined && known.trim() !== '') return known.trim();
    if (self.has(speaker)) return myRole ? ROLE_NAMES[myRole] : 'Me';
    if (!myRole) return 'Speaker';
    return others > 1 ? COUNTERPART[myRole].many : COUNTERPART[myRole].one;
  });
  const counts = new Map<string, number>();
  for (const label of base) counts.set(label, (counts.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  speakers.forEach((speaker, i) => {
    const label = base[i]!;
    if ((counts.get(label) ?? 0) < 2) labels.set(speaker, label);
    else {
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      labels.set(speaker, `${label} ${n}`);
    }
  });
  return labels;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each speaker's name (whole, and its capitalised parts) wherever it appears in a text. */
export function nameReplacer(labels: ReadonlyMap<string, string>): (text: string) => string {
  const variants: Array<[string, string]> = [];
  const taken = new Set<string>();
  for (const [name, label] of labels) {
    const whole = name.trim();
    if (whole === '' || NOT_NAMES.has(whole.toLowerCase())) continue;
    for (const part of [whole, ...whole.split(/\s+/)]) {
      // Parts must look like names: two letters or more, capitalised; the first speaker keeps a shared one.
      if (part.length < 2 || NOT_NAMES.has(part.toLowerCase()) || taken.has(part)) continue;
      if (part !== whole && !/^\p{Lu}/u.test(part)) continue;
      taken.add(part);
      variants.push([part, label]);
    }
  }
  if (variants.length === 0) return (text) => text;
  variants.sort((a, b) => b[0].length - a[0].length);
  const lookup = new Map(variants);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${variants.map(([v]) => escapeRegExp(v)).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return (text) => text.replace(pattern, (match) => lookup.get(match) ?? match);
}

export interface Anonymised {
  utterances: Utterance[];
  analysis: EngineSnapshot;
  labels: Map<string, string>;
}

/** The transcript and analysis with every name replaced by its label. Pure: the inputs are not changed. */
export function anonymise(
  utterances: readonly Utterance[],
  analysis: EngineSnapshot,
  source: Omit<LabelSource, 'speakers'>,
): Anonymised {
  const speakers: string[] = [];
  for (const u of utterances) if (!speakers.includes(u.speaker)) speakers.push(u.speaker);
  for (const s of analysis.speakers) if (!speakers.includes(s.speaker)) speakers.push(s.speaker);
  const labels = speakerLabels({ ...source, speakers });
  const replace = nameReplacer(labels);
  const who = (name: string) => labels.get(name) ?? replace(name);
  const evidence = (e: Evidence): Evidence => ({
    ...e,
    speaker: who(e.speaker),
    text: replace(e.text),
    ...(e.words !== undefined ? { words: replace(e.words) } : {}),
  });
  // Finding ids may carry a speaker's name (one per speaker at the same cue), so they are renamed too.
  const finding = <T extends Finding>(f: T): T => ({
    ...f,
    id: replace(f.id),
    speaker: who(f.speaker),
    target: f.target === null ? null : who(f.target),
    evidence: f.evidence.map(evidence),
  });
  const stages = Object.fromEntries(
    Object.entries(analysis.stages).map(([stage, reading]) => [
      stage,
      { ...reading, evidence: reading.evidence.map((e) => ({ ...e, id: replace(e.id), speaker: who(e.speaker) })) },
    ]),
  ) as EngineSnapshot['stages'];
  return {
    labels,
    utterances: utterances.map((u) => ({ ...u, speaker: who(u.speaker), text: replace(u.text) })),
    analysis: {
      ...analysis,
      flags: analysis.flags.map(finding),
      signals: analysis.signals.map(finding),
      speakers: analysis.speakers.map((s) => ({ ...s, speaker: who(s.speaker) })),
      stages,
    },
  };
}
