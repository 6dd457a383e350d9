/**
 * Repairs: a flagged moment that someone later mended. Pure and deterministic, read from the final
 * transcript and the engine's findings:
 *
 * - interruption → the floor goes back: someone hands it back ("please go on", "I cut you off") and the
 *   interrupted person speaks, or the interrupted person picks up their own thread soon after;
 * - dismissed objection → someone other than the objector comes back to the concern, on its topic;
 * - unanswered question → someone other than the asker comes back to the question and answers it;
 * - skeptical response → the judgement is walked back, or the gap is later met with curiosity.
 *
 * Monologues and talk dominance are not repaired moment by moment: the talk shares show how they ended.
 */
import type { Flag, FlagType, Signal } from '../engine/types.ts';
import type { Utterance } from '../transcript/types.ts';
import { sharedTopic, wordsIn } from './text.ts';

export const REPAIRABLE: readonly FlagType[] = [
  'interruption',
  'dismissed-objection',
  'unanswered-question',
  'skeptical-response',
];

export type RepairKind =
  'floor-returned' | 'floor-reclaimed' | 'objection-revisited' | 'question-answered' | 'doubt-walked-back';

export interface Repair {
  /** The flag that was mended. */
  flag: string;
  flagType: FlagType;
  kind: RepairKind;
  /** The cue that mended it. */
  cue: string;
  speaker: string;
  at: number;
  text: string;
  /** One plain sentence on what happened, for the debrief. */
  summary: string;
}

export interface RepairReading {
  repairs: Repair[];
  /** Repairable flags nobody mended, in call order. */
  open: Flag[];
}

/** Seconds after an interruption in which the floor can still be given or taken back. */
export const REPAIR_WINDOWS = { floor: 60, reclaim: 30, doubt: 240 } as const;

// Phrases are matched on lower-cased words joined by single spaces (so "didn't" stays one word).
const HAND_BACK =
  /\b(please (go on|go ahead|finish|continue|carry on)|go ahead|carry on|you were saying|i cut you off|cut you off|i jumped in|i interrupted you|(got|get|let you) (to )?finish|finish your (point|thought|sentence)|back to you)\b/;
const RESUME =
  /^(\w+ )?(as|like) i (was saying|said)\b|\bwhat i was (going|trying|about) to say\b|\bto finish (my|that|the) (thought|point)\b|\b(let me|if i (could|can|may)) (just )?finish\b/;
const REVISIT =
  /\b(back to|coming back to|going back to|return to|returning to|revisit|circle back|you (raised|mentioned|asked|brought up)|your (concern|worry|question|point)|i (brushed|skipped|glossed|rushed) (past|over)|never answered|(did not|didn't) answer|(was not|wasn't) fair|fair (concern|point|question)|you(re| are) right to|to answer)\b/;
const WALK_BACK =
  /\b(i was (too )?(harsh|unfair|rude)|too harsh|came out (wrong|harsh|badly)|(did not|didn't) mean (that|it)|take (that|it) back|nobody knows everything|no one knows everything|(that is|that's) (fine|okay|normal|understandable)|thanks for being (honest|upfront|open)|what did you learn|what have you used instead|how would you (learn|get up to speed|approach))\b/;

const phrase = (text: string) => wordsIn(text).join(' ');

const who = (name: string) => name.trim() || 'someone';

export function findRepairs(
  utterances: readonly Utterance[],
  flags: readonly Flag[],
  signals: readonly Signal[],
): RepairReading {
  const turns = [...utterances].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const index = new Map(turns.map((turn, i) => [turn.id, i]));
  const repairs: Repair[] = [];
  const open: Flag[] = [];

  const after = (cue: string, from?: string): Utterance[] => {
    const start = Math.max(index.get(cue) ?? -1, from === undefined ? -1 : (index.get(from) ?? -1));
    return start < 0 ? [] : turns.slice(start + 1);
  };

  for (const flag of flags) {
    if (!REPAIRABLE.includes(flag.type)) continue;
    const repair = repairOf(flag);
    if (repair) repairs.push(repair);
    else open.push(flag);
  }
  return { repairs, open };

  function make(flag: Flag, kind: RepairKind, turn: Utterance, summary: string): Repair {
    return {
      flag: flag.id,
      flagType: flag.type,
      kind,
      cue: turn.id,
      speaker: turn.speaker,
      at: turn.start,
      text: turn.text,
      summary,
    };
  }

  function repairOf(flag: Flag): Repair | null {
    const target = flag.target ?? '';
    const source = flag.evidence[0];
    switch (flag.type) {
      case 'interruption': {
        const later = after(flag.anchor).filter((turn) => turn.start - flag.at <= REPAIR_WINDOWS.floor);
        for (const [i, turn] of later.entries()) {
          if (turn.speaker === target || !HAND_BACK.test(phrase(turn.text))) continue;
          const reply = later.slice(i + 1).find((next) => next.speaker === target && wordsIn(next.text).length >= 4);
          if (reply)
            return make(flag, 'floor-returned', turn, `${who(turn.speaker)} gave the floor back to ${who(target)}.`);
        }
        const own = later.find((turn) => turn.speaker === target);
        if (own && own.start - flag.at <= REPAIR_WINDOWS.reclaim && wordsIn(own.text).length >= 6) {
          const resumes =
            RESUME.test(phrase(own.text)) || (source !== undefined && sharedTopic(source.text, own.text).length >= 2);
          if (resumes)
            return make(flag, 'floor-reclaimed', own, `${who(target)} took the floor back to finish the thought.`);
        }
        return null;
      }
      case 'dismissed-objection': {
        const concern = source?.text ?? '';
        const turn = after(flag.anchor).find(
          (t) => t.speaker !== target && REVISIT.test(phrase(t.text)) && sharedTopic(concern, t.text).length > 0,
        );
        return turn
          ? make(flag, 'objection-revisited', turn, `${who(turn.speaker)} came back to ${who(target)}'s concern.`)
          : null;
      }
      case 'unanswered-question': {
        const question = source?.text ?? '';
        const steer = flag.evidence[1]?.cue;
        const turn = after(flag.anchor, steer).find(
          (t) => t.speaker !== flag.speaker && REVISIT.test(phrase(t.text)) && sharedTopic(question, t.text).length > 0,
        );
        return turn
          ? make(
              flag,
              'question-answered',
              turn,
              `${who(turn.speaker)} came back and answered ${who(flag.speaker)}'s question.`,
            )
          : null;
      }
      case 'skeptical-response': {
        const reframed = signals.find((s) => s.type === 'mistake-reframed' && s.target === target && s.at > flag.at);
        const later = after(flag.anchor).filter((turn) => turn.start - flag.at <= REPAIR_WINDOWS.doubt);
        const turn =
          (reframed && later.find((t) => t.id === reframed.anchor)) ??
          later.find((t) => t.speaker !== target && WALK_BACK.test(phrase(t.text)));
        return turn
          ? make(
              flag,
              'doubt-walked-back',
              turn,
              `${who(turn.speaker)} met ${who(target)}'s admitted gap with curiosity after all.`,
            )
          : null;
      }
      default:
        return null;
    }
  }
}
