/**
 * Valibot schemas for what crosses a trust boundary into a session: messages from a side panel and the
 * perspectives kept in storage. Anything from outside is parsed here before use, never cast.
 */
import * as v from 'valibot';
import { PLATFORMS, type Platform } from '../capture/types.ts';
import { ROLES, type Perspective } from '../engine/types.ts';
import type { PanelRequest } from './panel-protocol.ts';

const MAX_NAME = 200;
const MAX_ID = 300;

/** A role and "me" as stored or sent: fields that do not fit are dropped, not the whole value. */
const LenientPerspective = v.object({
  role: v.fallback(v.optional(v.picklist(ROLES)), undefined),
  me: v.fallback(v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME))), undefined),
});

export const PerspectiveSchema = v.pipe(
  v.fallback(LenientPerspective, {}),
  v.transform(({ role, me }): Perspective => ({ ...(role ? { role } : {}), ...(me ? { me } : {}) })),
);

/** Storage is not trusted blindly: keep only known roles and short names. */
export function parsePerspective(value: unknown): Perspective {
  return v.parse(PerspectiveSchema, value);
}

/** The perspectives remembered per platform; platforms with nothing usable are left out. */
export function parsePerspectives(value: unknown): Partial<Record<Platform, Perspective>> {
  const raw = v.parse(v.fallback(v.record(v.string(), v.unknown()), {}), value);
  const out: Partial<Record<Platform, Perspective>> = {};
  for (const platform of PLATFORMS) {
    const perspective = parsePerspective(raw[platform]);
    if (perspective.role || perspective.me) out[platform] = perspective;
  }
  return out;
}

const TabId = v.pipe(v.number(), v.integer());
const NudgeId = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID - 1));

export const PanelRequestSchema = v.variant('type', [
  v.object({ type: v.literal('watch'), tabId: TabId }),
  v.object({ type: v.literal('perspective'), tabId: TabId, perspective: PerspectiveSchema }),
  v.object({
    type: v.literal('feedback'),
    tabId: TabId,
    nudgeId: NudgeId,
    feedback: v.picklist(['helpful', 'not-useful', 'not-now']),
  }),
  v.object({ type: v.literal('undo-feedback'), tabId: TabId, nudgeId: NudgeId }),
  v.object({ type: v.literal('another-phrasing'), tabId: TabId, nudgeId: NudgeId }),
]);

/** Panel messages are checked like any other input: a wrong shape is dropped (null). */
export function parsePanelRequest(message: unknown): PanelRequest | null {
  const result = v.safeParse(PanelRequestSchema, message);
  return result.success ? result.output : null;
}
