/**
 * Quiet-voice radar for panels and group calls: who has not spoken for a while, with an invitation the
 * user can borrow. Pure: the speaker statistics and the call time go in, a list comes out, in the order
 * people first spoke (never ranked; docs/design.md: Quiet voices, never ranked).
 */
import type { SpeakerStats } from '../engine/stats.ts';
import type { Perspective } from '../engine/types.ts';
import {
  DEFAULT_PLAYBOOK,
  entryById,
  type Phrasing,
  type Playbook,
  QUIET_VOICE_ENTRY,
  phrasingsFor,
} from '../playbook/index.ts';
import type { Utterance } from '../transcript/types.ts';

export const QUIET_RADAR = {
  /** Silence that counts as quiet. */
  quietSeconds: 240,
  /** The radar only runs when at least this many labelled speakers have spoken (a panel or group). */
  minSpeakers: 3,
} as const;

/** When each speaker was last heard: their cue count then, and the call time. */
export type LastHeard = Record<string, { cues: number; at: number }>;

export interface QuietVoice {
  speaker: string;
  /** Call seconds since they were last heard. */
  silentSeconds: number;
  lastHeardAt: number;
}

export interface QuietRadar {
  /** False in one-to-one calls (fewer than three speakers): nothing to show. */
  active: boolean;
  /** In order of first appearance. */
  quiet: QuietVoice[];
  entryId: string;
  /** Invitations for the user's role; empty without a role. */
  phrasings: Phrasing[];
}

/**
 * Moves the "last heard" record on from a new statistics snapshot: a speaker whose cue count grew was
 * heard by `now`. Feed it every analysis snapshot (the engine's `now` and `speakers`).
 */
export function trackLastHeard(previous: LastHeard, speakers: readonly SpeakerStats[], now: number): LastHeard {
  const next: LastHeard = { ...previous };
  for (const s of speakers) {
    const before = previous[s.speaker];
    if (before === undefined || s.cues > before.cues) next[s.speaker] = { cues: s.cues, at: now };
  }
  return next;
}

/** The exact "last heard" record from a transcript: each speaker's latest cue end. */
export function lastHeardFrom(utterances: readonly Utterance[]): LastHeard {
  const heard: LastHeard = {};
  for (const u of utterances) {
    const before = heard[u.speaker];
    heard[u.speaker] = { cues: (before?.cues ?? 0) + 1, at: Math.max(before?.at ?? 0, u.end) };
  }
  return heard;
}

export interface QuietRadarInput {
  speakers: readonly SpeakerStats[];
  /** Call time, in seconds. */
  now: number;
  lastHeard: LastHeard;
  perspective: Perspective;
  playbook?: Playbook;
  quietSeconds?: number;
  minSpeakers?: number;
}

export function quietVoices(input: QuietRadarInput): QuietRadar {
  const { speakers, now, lastHeard, perspective } = input;
  const quietSeconds = input.quietSeconds ?? QUIET_RADAR.quietSeconds;
  const minSpeakers = input.minSpeakers ?? QUIET_RADAR.minSpeakers;
  const entry = entryById(QUIET_VOICE_ENTRY, input.playbook ?? DEFAULT_PLAYBOOK);
  const phrasings = entry !== undefined && perspective.role !== undefined ? phrasingsFor(entry, perspective.role) : [];
  // Unlabelled captions are nobody in particular: they neither count as a speaker nor get invited.
  const labelled = speakers.filter((s) => s.speaker !== '');
  const active = labelled.length >= minSpeakers;
  const quiet: QuietVoice[] = [];
  if (active) {
    for (const s of labelled) {
      if (s.self || s.speaker === perspective.me) continue;
      const heard = lastHeard[s.speaker];
      if (heard === undefined) continue;
      const silentSeconds = now - heard.at;
      if (silentSeconds >= quietSeconds)
        quiet.push({ speaker: s.speaker, silentSeconds: Math.round(silentSeconds), lastHeardAt: heard.at });
    }
  }
  return { active, quiet, entryId: QUIET_VOICE_ENTRY, phrasings };
}
