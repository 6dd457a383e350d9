import { defineDetector, type EngineContext, type Finding, type Turn } from '../types.ts';
import { analyse, closingQuestion, findFirst, isBackchannel, isRealQuestion, takesFloor } from '../../nlp/index.ts';
import { cue, makeFlag } from '../findings.ts';
import { FLOOR_GRABS, RESPONSIVE_OPENERS, RESUMPTIONS } from '../../nlp/lexicons/floor.ts';
import { INCOMPLETE_ENDINGS } from '../../nlp/lexicons/incomplete-endings.ts';

/**
 * Interruption (flags.md): a newcomer takes the floor while the previous speaker is mid-clause. Trigger: a
 * speaker switch onto a running or cut-off turn. Confirmation: the newcomer keeps the floor (five words or
 * more, not a backchannel, not a reply that opens by agreeing), plus at least two independent cues among:
 * the previous turn stops mid-clause (dash, ellipsis, or no end mark after "and", "the", "of"…), the turns
 * overlap and the previous speaker stops soon after, the newcomer opens with an explicit floor grab, the
 * cut-off speaker resumes the same thought next ("as I was saying"). Anchor: the interrupting cue.
 * With estimated timings (a transcript without times) overlap is unknown, so the text cues must carry it.
 */

/** Thresholds, tuned on the MRDA dev half (tests/eval). */
export const INTERRUPTION = {
  /** The newcomer must say at least this many words to hold the floor (4 on paper; 5 halves the false flags on MRDA dev). */
  minFloorWords: 5,
  /** The cut-off turn must have started a clause. */
  minCutWords: 3,
  /** Overlap counts when the earlier speaker was still talking this long after the newcomer began… */
  minOverlap: 0.15,
  /** …and stopped within this long of it (talking on for longer is parallel talk, not a cut-off). */
  maxOverlap: 1.5,
  /** How far back a turn may have ended and still be the one the newcomer followed. */
  maxGap: 0.5,
  /** How long a one-cue switch waits for the cut-off speaker to resume. */
  resumeWindow: 30,
} as const;

const ENDINGS = new Map(INCOMPLETE_ENDINGS.map((e) => [e.word, e]));

type CueName = 'cut-off' | 'overlap' | 'floor-grab' | 'resumed';
interface Candidate {
  interrupter: Turn;
  interrupted: Turn;
  cues: CueName[];
  cutWords: string | undefined;
  grabWords: string | undefined;
}
interface State {
  /** Speaker switches with one cue, waiting for the cut-off speaker to resume. */
  waiting: Candidate[];
}

/** The words that show the previous turn stopped mid-clause, if it did. */
export function cutOffWords(turn: Turn): string | undefined {
  const a = analyse(turn.text);
  if (a.words.length < INTERRUPTION.minCutWords) return undefined;
  if (a.end === '-' || a.end === '…') return a.raw.trim().split(/\s+/).slice(-2).join(' ');
  if (a.end !== null) return undefined;
  const last = a.words[a.words.length - 1]!;
  const ending = ENDINGS.get(last);
  if (!ending) return undefined;
  // "…a functional design or a technical design or": a question trailing "or" hands the floor over.
  const q = closingQuestion(a);
  if (last === 'or' && q && isRealQuestion(q.kind)) return undefined;
  return a.words.slice(-2).join(' ');
}

function overlaps(earlier: Turn, later: Turn): boolean {
  const over = earlier.end - later.start;
  return over >= INTERRUPTION.minOverlap && over <= INTERRUPTION.maxOverlap;
}

/** The other speaker's turn the newcomer came in on: the latest-starting one still running or just ended. */
function previousTurn(turn: Turn, ctx: EngineContext): Turn | undefined {
  if (ctx.timings === 'estimated') {
    // Synthesised times say nothing about who was still talking: take the cue just before, if another's.
    const prev = ctx.turns[ctx.turns.length - 2];
    return prev && prev.speaker !== turn.speaker && !isBackchannel(prev.text) ? prev : undefined;
  }
  let best: Turn | undefined;
  for (let i = ctx.turns.length - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const t = ctx.turns[i]!;
    if (t.id === turn.id || t.speaker === turn.speaker || t.start > turn.start) continue;
    if (t.end < turn.start - INTERRUPTION.maxGap) continue;
    if (isBackchannel(t.text)) continue;
    if (!best || t.start > best.start) best = t;
  }
  return best;
}

function flagFor(c: Candidate): Finding {
  const strength = c.cues.length + (c.cues.includes('resumed') ? 0.5 : 0);
  return makeFlag('interruption', {
    anchor: c.interrupter,
    speaker: c.interrupter.speaker,
    target: c.interrupted.speaker,
    confidence: 0.45 + 0.15 * strength,
    evidence: [cue(c.interrupted, c.cutWords), cue(c.interrupter, c.grabWords)],
    rule: `interruption:${c.cues.join('+')}`,
  });
}

export const interruptionDetector = defineDetector<State>({
  id: 'interruption',
  needsEnglish: true,
  init: () => ({ waiting: [] }),
  step(state, turn, ctx) {
    const findings: Finding[] = [];
    const a = analyse(turn.text);
    let waiting = state.waiting.filter((c) => turn.start - c.interrupter.start <= INTERRUPTION.resumeWindow);

    // Confirmation by resumption: the cut-off speaker's next turn picks the same thought back up.
    const mine = waiting.filter((c) => c.interrupted.speaker === turn.speaker);
    if (mine.length > 0) {
      const resumed = findFirst(a, RESUMPTIONS, 8);
      const last = mine[mine.length - 1]!;
      if (resumed) {
        findings.push(flagFor({ ...last, cues: [...last.cues, 'resumed'], cutWords: last.cutWords }));
        // The resumption phrase is evidence too: keep it on the resuming cue.
        findings[findings.length - 1]!.evidence.push(cue(turn, resumed.text));
      }
      waiting = waiting.filter((c) => c.interrupted.speaker !== turn.speaker);
    }

    if (!takesFloor(a, INTERRUPTION.minFloorWords)) return [{ waiting }, findings];
    // A reply that opens by agreeing responds to the previous speaker rather than taking the floor away,
    // unless it turns at once ("sure, sure, but…").
    if (findFirst(a, RESPONSIVE_OPENERS, 1) && !a.words.slice(0, 4).includes('but')) return [{ waiting }, findings];
    const prev = previousTurn(turn, ctx);
    if (!prev) return [{ waiting }, findings];

    const cutWords = cutOffWords(prev);
    const grab = findFirst(a, FLOOR_GRABS, 4);
    const cues: CueName[] = [];
    if (cutWords) cues.push('cut-off');
    if (ctx.timings !== 'estimated' && overlaps(prev, turn)) cues.push('overlap');
    if (grab && (grab.entry.weight ?? 0) >= 0.6) cues.push('floor-grab');
    const candidate: Candidate = { interrupter: turn, interrupted: prev, cues, cutWords, grabWords: grab?.text };

    // Two independent cues, at least one of them about the words (a cut-off clause or an explicit grab):
    // overlap alone is ordinary in conversation (nlp.md §1).
    if (cues.length >= 2) findings.push(flagFor(candidate));
    else if (cues.length === 1 && cues[0] !== 'floor-grab') waiting = [...waiting, candidate];
    return [{ waiting }, findings];
  },
  advance(state, now) {
    return [{ waiting: state.waiting.filter((c) => now - c.interrupter.start <= INTERRUPTION.resumeWindow) }, []];
  },
});
