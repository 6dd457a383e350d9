/**
 * talk-dominance (docs/flags.md): a speaker's share of the talk over the last 10 minutes (from 3 minutes
 * in) goes beyond what the call's role allows. Fires at the cue where the share crosses the limit,
 * then stays quiet for that speaker until the share falls 5 points below the limit.
 */
import { cue, makeFlag } from '../findings.ts';
import { DOMINANCE, dominanceLimitFor } from '../roles.ts';
import { defineDetector, type EngineContext, type Flag, type Turn } from '../types.ts';
import { RollingTalk, sharesOf } from '../window.ts';

export interface TalkDominanceState {
  // Mutated in place: copying the window at every cue would make each step cost O(call length).
  // The engine gives each run a fresh state from init(), so replays stay deterministic.
  window: RollingTalk;
  firstStart: number;
  /** Speakers marked as the user by their cues (`self`). */
  me: Set<string>;
  /** Speakers that fired, with the limit they crossed; they re-arm below limit − rearmDrop. */
  fired: Map<string, number>;
  /** Each speaker's latest cue, quoted as evidence. */
  latest: Map<string, Turn>;
}

function isMe(state: TalkDominanceState, speaker: string, ctx: EngineContext): boolean {
  return state.me.has(speaker) || (ctx.perspective.me !== undefined && speaker === ctx.perspective.me);
}

export const talkDominanceDetector = defineDetector<TalkDominanceState>({
  id: 'talk-dominance',
  needsEnglish: false,
  init: () => ({
    window: new RollingTalk(DOMINANCE.windowSeconds),
    firstStart: Number.POSITIVE_INFINITY,
    me: new Set(),
    fired: new Map(),
    latest: new Map(),
  }),
  step(state, turn, ctx) {
    state.window.add(turn.speaker, turn.start, turn.end);
    state.firstStart = Math.min(state.firstStart, turn.start);
    if (turn.self) state.me.add(turn.speaker);
    if (turn.speaker !== '') state.latest.set(turn.speaker, turn);
    if (state.window.now - state.firstStart < DOMINANCE.minElapsedSeconds) return [state, []];

    const shares = sharesOf(state.window.totals());
    // Unlabelled talk still counts towards the total, but it is nobody's share and no party.
    let parties = 0;
    let meInWindow = false;
    for (const speaker of shares.keys()) {
      if (speaker === '') continue;
      parties++;
      if (isMe(state, speaker, ctx)) meInWindow = true;
    }

    const flags: Flag[] = [];
    for (const [speaker, share] of shares) {
      if (speaker === '') continue;
      const firedAt = state.fired.get(speaker);
      if (firedAt !== undefined) {
        if (share < firedAt - DOMINANCE.rearmDrop) state.fired.delete(speaker);
        continue;
      }
      const rule = dominanceLimitFor({ isMe: isMe(state, speaker, ctx), meInWindow }, ctx.perspective.role, parties);
      if (rule === null || share <= rule.limit) continue;
      state.fired.set(speaker, rule.limit);
      const evidence = [cue(turn)];
      const theirs = state.latest.get(speaker);
      if (theirs !== undefined && theirs !== turn) evidence.push(cue(theirs));
      flags.push(
        makeFlag('talk-dominance', {
          anchor: turn,
          qualifier: speaker,
          speaker,
          target: null,
          // Far over the limit is surer than just over it; speaker labels cap how sure it can be.
          confidence: Math.min(0.95, 0.8 + (share - rule.limit)),
          evidence,
          rule: `talk-dominance/${rule.name}`,
        }),
      );
    }
    return [state, flags];
  },
});
