import { analyse, isBackchannel, type Analysis, type Hit } from '../../nlp/index.ts';
import type { EngineContext, Turn } from '../types.ts';

/** What a reply answers: the other party's latest stretch of turns, and how many of its own turns came first. */
export interface ReplyContext {
  /** The other speaker's consecutive floor-taking turns, oldest first. */
  trigger: Turn[];
  /** Floor-taking turns the replier had already said since the trigger (0 = this is the first reply). */
  earlier: number;
}

/** How long after the trigger a reply may come and still answer it. */
export const REPLY_WINDOW = 30;
const MAX_TRIGGER_TURNS = 3;

/**
 * The context `turn` replies to, if it is a reply: walking back over backchannels and up to `ownTurns` of the
 * replier's own turns, the latest floor-taking turns of one other speaker, ending at most REPLY_WINDOW before.
 */
export function replyContext(turn: Turn, ctx: EngineContext, ownTurns: number): ReplyContext | null {
  if (isBackchannel(analyse(turn.text))) return null;
  let earlier = 0;
  let i = ctx.turns.length - 1;
  if (ctx.turns[i]?.id === turn.id) i--;
  for (; i >= 0; i--) {
    const t = ctx.turns[i]!;
    if (isBackchannel(analyse(t.text))) continue;
    if (t.speaker !== turn.speaker) break;
    if (++earlier > ownTurns) return null;
  }
  if (i < 0) return null;
  const speaker = ctx.turns[i]!.speaker;
  if (turn.start - ctx.turns[i]!.end > REPLY_WINDOW) return null;
  const trigger: Turn[] = [];
  for (; i >= 0 && trigger.length < MAX_TRIGGER_TURNS; i--) {
    const t = ctx.turns[i]!;
    if (isBackchannel(analyse(t.text))) continue;
    if (t.speaker !== speaker) break;
    trigger.unshift(t);
  }
  return { trigger, earlier };
}

/** The last `count` words of a stretch of turns. */
export function lastWords(turns: readonly Turn[], count: number): string[] {
  return turns.flatMap((t) => analyse(t.text).words).slice(-count);
}

/** The first trigger turn in which `find` sees a phrase, with the phrase; else the trigger's last turn. */
export function triggerHit(
  trigger: readonly Turn[],
  find: (a: Analysis) => Hit | undefined,
): { turn: Turn; hit?: Hit } {
  for (const turn of trigger) {
    const hit = find(analyse(turn.text));
    if (hit) return { turn, hit };
  }
  return { turn: trigger[trigger.length - 1]! };
}
