import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripPunctuation } from '../../lib/nlp/normalise.ts';
import { CORPUS_DIR } from './path.ts';
import type { EvalConversation } from './types.ts';

/**
 * The real-meeting dev halves (ICSI MRDA and AMI, docs/evaluation.md) as caption-like conversations with gold events.
 * Dialogue-act units are finer than caption lines, so consecutive units of one speaker are merged into one
 * cue (as a caption block would be) and gold labels are mapped to the cue that holds their unit.
 */

/** Same-speaker units closer than this become one cue. */
const MERGE_GAP = 1.0;

interface RawTurn {
  speaker: string;
  text: string;
  start: number;
  end: number;
  labels: { da?: string | null; gold?: Record<string, unknown>; silver?: Record<string, unknown> };
}
interface RawConversation {
  id: string;
  turns: RawTurn[];
}
interface CandorLabel {
  conversation: string;
  task: 'dismissed-objection' | 'unanswered-question';
  turn: number;
  label: string;
  anchor: number | null;
}

export type CorpusName = 'ami' | 'icsi-mrda';

/**
 * What a meeting's labels cover: interruptions (MRDA gold; AMI silver), dismissals and unanswered questions
 * (hand labels over every objection and question candidate); skeptical responses have no gold, so every
 * such flag on these meetings counts as false (they are research and design meetings without any).
 */
export const MEETING_TYPES = [
  'interruption',
  'dismissed-objection',
  'unanswered-question',
  'skeptical-response',
  'clarification-invited',
] as const;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function mergeUnits(turns: readonly RawTurn[]): { cues: EvalConversation['cues']; cueOf: number[] } {
  const cues: EvalConversation['cues'] = [];
  const cueOf: number[] = [];
  for (const t of turns) {
    const last = cues[cues.length - 1];
    if (last && last.speaker === t.speaker && t.start - last.end <= MERGE_GAP) {
      last.text = `${last.text} ${t.text}`;
      last.end = Math.max(last.end, t.end);
    } else {
      cues.push({ speaker: t.speaker, text: t.text, start: t.start, end: t.end });
    }
    cueOf.push(cues.length - 1);
  }
  return { cues, cueOf };
}

const bool = (x: unknown): boolean => x === true;
const num = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

/** One corpus as conversations; `stripped` lower-cases and drops `.?!,` as a punctuation-free caption would. */
export function loadCorpus(name: CorpusName, stripped: boolean): EvalConversation[] {
  const raw = readJsonl<RawConversation>(join(CORPUS_DIR, name, 'dev.jsonl'));
  const labels = readJsonl<CandorLabel>(join(CORPUS_DIR, name, 'dev.candor-labels.jsonl'));
  return raw.map((conv) => {
    const { cues, cueOf } = mergeUnits(conv.turns);
    if (stripped) for (const c of cues) c.text = stripPunctuation(c.text);
    const T = conv.turns;
    const at = (i: number) => cueOf[i]!;
    const out: EvalConversation = {
      id: conv.id,
      source: name,
      group: conv.id,
      split: 'dev',
      perspective: {},
      labelled: MEETING_TYPES,
      cues,
      hours: (Math.max(...T.map((t) => t.end)) - Math.min(...T.map((t) => t.start))) / 3600,
      gold: {
        interruption: [],
        'dismissed-objection': [],
        'unanswered-question': [],
        'skeptical-response': [],
        'clarification-invited': [],
      },
      ignore: { 'dismissed-objection': [], 'unanswered-question': [] },
      notes: { 'unanswered-question': new Map(), 'dismissed-objection': new Map(), interruption: new Map() },
    };

    T.forEach((t, i) => {
      const g = t.labels.gold ?? {};
      const s = t.labels.silver ?? {};
      // Interruptions: MRDA's gold "%-" (interrupted) with its interrupter; AMI only has a silver heuristic.
      const by = num(s.interrupted_by);
      if ((bool(g.interrupted) || (name === 'ami' && bool(s.interrupted))) && by !== undefined && T[by]) {
        out.gold.interruption!.push({ anchor: at(by), speaker: T[by]!.speaker, target: t.speaker });
      }
      if (bool(g.abandoned)) out.notes!.interruption!.set(at(i), 'after-abandoned');
      if (bool(g.invites_clarification))
        out.gold['clarification-invited']!.push({ anchor: at(i), speaker: t.speaker, target: null });
      if (bool(g.is_question)) {
        const kind = g.is_tag_question
          ? 'tag'
          : g.is_rhetorical
            ? 'rhetorical'
            : g.is_backchannel_question
              ? 'reaction'
              : Array.isArray(g.answered_by) && g.answered_by.length > 0
                ? 'answered(gold link)'
                : 'question, no link';
        out.notes!['unanswered-question']!.set(at(i), kind);
      }
      if (bool(g.is_objection) || bool(g.is_disagreement)) out.notes!['dismissed-objection']!.set(at(i), 'objection');
    });

    for (const l of labels.filter((x) => x.conversation === conv.id)) {
      const task = l.task;
      const note = out.notes![task]!;
      if (task === 'unanswered-question') {
        if (l.label === 'unanswered')
          out.gold[task]!.push({ anchor: at(l.turn), speaker: T[l.turn]!.speaker, target: null });
        else if (l.label === 'unclear') out.ignore[task]!.push(at(l.turn));
        else note.set(at(l.turn), `labelled ${l.label}`);
      } else {
        if (l.label === 'dismissed' && l.anchor !== null) {
          out.gold[task]!.push({ anchor: at(l.anchor), speaker: T[l.anchor]!.speaker, target: T[l.turn]!.speaker });
        } else if (l.label === 'unclear') {
          // An unclear objection: any reply in the next few cues is unscorable.
          for (let k = at(l.turn); k <= at(l.turn) + 3; k++) out.ignore[task]!.push(k);
        } else if (l.anchor !== null) note.set(at(l.anchor), `reply labelled ${l.label}`);
      }
    }
    return out;
  });
}

/** Dialogue-act units as they are (not merged), for the question-detection sub-task. */
export function loadUnits(name: CorpusName): RawConversation[] {
  return readJsonl<RawConversation>(join(CORPUS_DIR, name, 'dev.jsonl'));
}
