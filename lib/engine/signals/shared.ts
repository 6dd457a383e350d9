import { analyse, type Analysis, type Hit } from '../../nlp/index.ts';
import {
  defineDetector,
  type Detector,
  type EngineContext,
  type Finding,
  type Role,
  type SignalType,
  type Turn,
} from '../types.ts';

const HOST_ROLES: readonly Role[] = ['interviewer', 'sales-rep', 'host'];

/**
 * Whether a turn is by the call's host. The engine only knows the user's own role, so: with a host role
 * and "me" set, only the user's turns are the host's; without them every party is treated alike.
 */
export function byHost(turn: Turn, ctx: EngineContext): boolean {
  const { role, me } = ctx.perspective;
  if (!role || !me) return true;
  return HOST_ROLES.includes(role) ? turn.speaker === me : turn.speaker !== me;
}

/** Seconds within which a reply still answers an invitation or a challenge. */
export const REPLY_WINDOW = 30;

/** A trigger waiting for the other party's reply. */
export interface Pending {
  turn: Turn;
  hit: Hit;
}

interface ReplySignalSpec {
  id: SignalType;
  /** The words in this turn that open a pending item, if any. */
  trigger(analysis: Analysis): Hit | undefined;
  /** Whether another speaker's turn counts as the reply; a turn that does not leaves the item pending. */
  isReply(analysis: Analysis): boolean;
  /** The signal the reply confirms, or null when it does not (the item closes either way). */
  confirm(pending: Pending, reply: Turn, analysis: Analysis): Finding | null;
}

/**
 * The shape most positive signals share: a trigger (an invitation, an admission, a challenge) that the
 * other party's reply within REPLY_WINDOW confirms or not.
 */
export function defineReplySignal(spec: ReplySignalSpec): Detector<{ pending: Pending | null }> {
  return defineDetector<{ pending: Pending | null }>({
    id: spec.id,
    needsEnglish: true,
    init: () => ({ pending: null }),
    step(state, turn) {
      const findings: Finding[] = [];
      const analysis = analyse(turn.text);
      let pending = state.pending && turn.start - state.pending.turn.end <= REPLY_WINDOW ? state.pending : null;
      if (pending && turn.speaker !== pending.turn.speaker && spec.isReply(analysis)) {
        const found = spec.confirm(pending, turn, analysis);
        if (found) findings.push(found);
        pending = null;
      }
      const hit = spec.trigger(analysis);
      if (hit) pending = { turn, hit };
      return [{ pending }, findings];
    },
  });
}
