import type { EngineContext, Role, Turn } from '../types.ts';

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
