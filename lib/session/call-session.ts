import { CaptionAssembler } from '../capture/assembler.ts';
import { createEngine, type Engine, type EngineSnapshot } from '../engine/engine.ts';
import type { Finding, Perspective } from '../engine/types.ts';
import {
  activeNudge,
  anotherPhrasing,
  giveFeedback,
  initialNudgeState,
  NUDGE_POLICY,
  nudgesFor,
  renamedNudge,
  resolvePerspective,
  undoFeedback,
  type Nudge,
  type NudgeFeedback,
  type NudgePolicyConfig,
  type NudgePolicyState,
  type Sensitivity,
} from '../nudges/index.ts';
import { type CoachSettings, defaultCoachSettings, playbookOf, type TipPace } from './coach-settings.ts';
import type { CaptureBatch } from '../capture/protocol.ts';
import type { CaptionEvent, CaptureStatus, Platform } from '../capture/types.ts';
import type { Rename } from '../transcript/rename.ts';
import type { Utterance } from '../transcript/types.ts';

/** What the background remembers about one call in one tab; stored, so a restart finds it again. */
export interface SessionRecord {
  id: string;
  tabId: number;
  platform: Platform;
  callKey: string;
  /** Epoch ms of the first caption event: second 0 of the transcript. */
  origin: number;
  startedAt: number;
  /** Epoch ms of the last stored batch: an old session is not resumed by a reused tab id. */
  updatedAt: number;
  /** Highest batch seq stored per capturing document, so a re-sent batch is dropped. */
  lastSeq: Record<string, number>;
  /** The user's role and which speaker is them, as chosen in the panel. */
  perspective?: Perspective;
  /** The nudge policy's state: the cards shown, the feedback given, what was held back and why. */
  nudges?: NudgePolicyState;
}

/** What the panel shows of the coach: the perspective in force, the card on screen and the tip pace. */
export interface CoachView {
  perspective: Perspective;
  nudge: Nudge | null;
  pace: TipPace;
  /** Call seconds before the first tip may show (the panel says so while it waits). */
  warmUpSeconds: number;
}

export interface SessionChange {
  changed: Utterance[];
  /**
   * Names learned in this change, in order. Final lines handed out before are not sent again: whoever
   * keeps them renames them (lib/transcript/rename.ts).
   */
  renamed?: Rename[];
  status?: CaptureStatus;
  /** Flags and signals the engine completed because of this change. */
  findings: Finding[];
  /** Set when the coach's card changed. */
  coach?: CoachView;
}

// Zoom's rolling rows are final after 5 s of quiet, Meet's blocks after 8 s (docs/capture.md, Finalising).
const PLATFORM_ASSEMBLY = {
  meet: { rollingWindow: false, idleMs: 8_000 },
  zoom: { rollingWindow: true, idleMs: 5_000 },
  // Teams edits each caption item in place like a Meet block.
  teams: { rollingWindow: false, idleMs: 8_000 },
  // Practice replays whole-text blocks like Meet; a short idle closes the last line soon after a run.
  practice: { rollingWindow: false, idleMs: 3_000 },
} as const satisfies Record<Platform, { rollingWindow: boolean; idleMs: number }>;

type PaceTimings = Pick<NudgePolicyConfig, 'warmUpSeconds' | 'spacingSeconds' | 'cooldownSeconds'>;

// A practice scenario packs a call's tricky moments into a few minutes, so its coach (and a live call
// at the quick pace) speaks sooner and more often than the calm live policy.
export const PACE_TIMINGS: Record<TipPace, PaceTimings> = {
  calm: {
    warmUpSeconds: NUDGE_POLICY.warmUpSeconds,
    spacingSeconds: NUDGE_POLICY.spacingSeconds,
    cooldownSeconds: NUDGE_POLICY.cooldownSeconds,
  },
  quick: { warmUpSeconds: 20, spacingSeconds: 30, cooldownSeconds: 60 },
};

/** "the first tip after 2 minutes, then at most one every 90 seconds", from the pace's timings. */
export function describePace(pace: TipPace): string {
  const { warmUpSeconds, spacingSeconds } = PACE_TIMINGS[pace];
  const span = (seconds: number) =>
    seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`;
  return `the first tip after ${span(warmUpSeconds)}, then at most one every ${span(spacingSeconds)}`;
}

export interface CallSessionOptions {
  /**
   * Whether the session keeps its final utterances (`utterances()` lists them). The background passes
   * false: the log in IndexedDB is the transcript, and `replayTranscript` reads it back when a page needs
   * the past (docs/design.md, Memory of a long call).
   * @default true
   */
  keepFinals?: boolean;
}

/** The final lines of a stored call, read back from its log (the background keeps none in memory). */
export function replayTranscript(record: SessionRecord, batches: readonly CaptureBatch[], until: number): Utterance[] {
  const assembler = assemblerFor(record, true);
  let latest = record.origin;
  for (const batch of batches) latest = assemble(assembler, batch, latest, () => undefined);
  assembler.tick(Math.max(latest, until));
  return assembler.utterances().filter((utterance) => utterance.final);
}

function assemblerFor(record: SessionRecord, keepFinals: boolean): CaptionAssembler {
  return new CaptionAssembler({ origin: record.origin, keepFinals, ...PLATFORM_ASSEMBLY[record.platform] });
}

/**
 * Feeds one batch to an assembler event by event, calling `each` with what every event changed; a status
 * other than capturing ends with a flush (captions off or the call gone: what was said so far is final).
 * Returns the latest caption time seen.
 */
function assemble(
  assembler: CaptionAssembler,
  batch: CaptureBatch,
  latest: number,
  each: (changed: Utterance[], at: number, event?: CaptionEvent) => void,
): number {
  for (const event of batch.events) {
    latest = Math.max(latest, event.t);
    // What falls due before a rename is final under the old name, and handed out on its own: the lines
    // a rename hands out are nothing new to analyse.
    if (event.kind === 'rename') each(assembler.tick(event.t), latest);
    each(assembler.push(event), latest, event);
  }
  const state = batch.status?.state;
  if (state !== undefined && state !== 'capturing' && state !== 'captions-on') each(assembler.flush(latest), latest);
  return latest;
}

/**
 * One call's live state, rebuilt deterministically from its stored batches: the same batches in the
 * same order always give the same transcript, which is what makes a service-worker restart lossless.
 */
export class CallSession {
  readonly record: SessionRecord;
  status: CaptureStatus | undefined;
  private readonly assembler: CaptionAssembler;
  private engine: Engine;
  /** Latest caption time seen, so a status-only batch can close what is open at the right time. */
  private latest: number;

  /** The latest time the assembler was brought to (a caption or a tick): a replay of the log ends there. */
  private clock: number;

  constructor(
    record: SessionRecord,
    private readonly settings: () => CoachSettings = defaultCoachSettings,
    options: CallSessionOptions = {},
  ) {
    this.record = record;
    this.engine = createEngine(record.perspective ?? {});
    this.assembler = assemblerFor(record, options.keepFinals ?? true);
    this.latest = record.origin;
    this.clock = record.origin;
  }

  /** True when this batch was already applied (a retry after a lost acknowledgement). */
  isDuplicate(batch: CaptureBatch): boolean {
    return (this.record.lastSeq[batch.doc] ?? 0) >= batch.seq;
  }

  apply(batch: CaptureBatch, receivedAt: number): SessionChange {
    this.record.lastSeq[batch.doc] = batch.seq;
    this.record.updatedAt = receivedAt;
    const change: SessionChange = { changed: [], findings: [], ...(batch.status ? { status: batch.status } : {}) };
    // Analysed event by event: a batch can span minutes of call (a practice run sent at once, a backlog
    // after a restart), and the coach must decide each flag at the call time it was confirmed.
    this.latest = assemble(this.assembler, batch, this.latest, (changed, at, event) => {
      change.changed.push(...changed);
      if (event?.kind === 'rename') {
        // The engine renames what it holds; lines re-sent by the rename are nothing new to analyse.
        this.engine.rename(event.from, event.to);
        (change.renamed ??= []).push({ from: event.from, to: event.to });
      } else {
        merge(change, this.analyse(changed, at));
      }
    });
    this.clock = Math.max(this.clock, this.latest);
    if (batch.status) this.status = batch.status;
    return change;
  }

  /** Time passes without captions: quiet speakers' words become final, pending flags may close. */
  tick(now: number): SessionChange {
    this.clock = Math.max(this.clock, now);
    const changed = this.assembler.tick(now);
    return { changed, ...this.analyse(changed, now) };
  }

  analysis(): EngineSnapshot {
    return this.engine.snapshot();
  }

  /** The utterances kept: every one, or only the open ones without `keepFinals`. */
  utterances(): Utterance[] {
    return this.assembler.utterances();
  }

  /** The final lines of this call from its stored log, as this session has assembled them. */
  finalsFrom(batches: readonly CaptureBatch[]): Utterance[] {
    return replayTranscript(this.record, batches, this.clock);
  }

  coach(): CoachView {
    return {
      perspective: this.record.perspective ?? {},
      nudge: this.named(activeNudge(this.nudgeState())),
      pace: this.pace(),
      warmUpSeconds: this.policyConfig().warmUpSeconds ?? NUDGE_POLICY.warmUpSeconds,
    };
  }

  /** A card shown before a name was learned reads with the name, as the engine's flags now do. */
  private named(nudge: Nudge | null): Nudge | null {
    if (!nudge) return nudge;
    const flag = this.engine.snapshot().flags.find((candidate) => candidate.id === nudge.flag.id);
    if (!flag || (flag.speaker === nudge.flag.speaker && flag.target === nudge.flag.target)) return nudge;
    return renamedNudge(nudge, flag, playbookOf(this.settings()));
  }

  private pace(): TipPace {
    return this.record.platform === 'practice' ? 'quick' : this.settings().pace;
  }

  private policyConfig(): Partial<NudgePolicyConfig> {
    return PACE_TIMINGS[this.pace()];
  }

  /**
   * The user picked a role or said which speaker they are: the engine reads the call again from its
   * final utterances with the new perspective (flags already decided are not nudged twice). Without
   * `keepFinals` the caller passes them (`finalsFrom` the stored log).
   */
  setPerspective(
    perspective: Perspective,
    finals: readonly Utterance[] = this.assembler.utterances().filter((utterance) => utterance.final),
  ): SessionChange {
    this.record.perspective = perspective;
    this.engine = createEngine(perspective);
    // Flags held back under the old perspective (no role yet, not the user's to act on) are decided afresh.
    const state = this.nudgeState();
    const held = new Set(state.held.map((entry) => entry.flagId));
    this.record.nudges = { ...state, seen: state.seen.filter((id) => !held.has(id)) };
    return { changed: [], ...this.analyse(finals, this.clock), coach: this.coach() };
  }

  /** The user's answer to a card; returns the sensitivity to keep when it changed. */
  feedback(nudgeId: string, feedback: NudgeFeedback): { change: SessionChange; sensitivity?: Sensitivity } {
    const before = this.settings().sensitivity;
    const result = giveFeedback({
      state: this.nudgeState(),
      sensitivity: before,
      nudgeId,
      feedback,
      now: this.engine.snapshot().now,
      config: this.policyConfig(),
    });
    this.record.nudges = result.state;
    return {
      change: { changed: [], findings: [], coach: this.coach() },
      ...(result.sensitivity !== before ? { sensitivity: result.sensitivity } : {}),
    };
  }

  /** Takes back the latest "not useful" or "not now" on a card; returns the sensitivity when it changed. */
  undoFeedback(nudgeId: string): { change: SessionChange; sensitivity?: Sensitivity } {
    const before = this.settings().sensitivity;
    const result = undoFeedback({ state: this.nudgeState(), sensitivity: before, nudgeId });
    this.record.nudges = result.state;
    return {
      change: { changed: [], findings: [], coach: this.coach() },
      ...(result.sensitivity !== before ? { sensitivity: result.sensitivity } : {}),
    };
  }

  anotherPhrasing(nudgeId: string): SessionChange {
    this.record.nudges = anotherPhrasing(this.nudgeState(), nudgeId);
    return { changed: [], findings: [], coach: this.coach() };
  }

  private nudgeState(): NudgePolicyState {
    return (this.record.nudges ??= initialNudgeState());
  }

  /**
   * Feeds final utterances to the engine, moves its clock (call seconds) to `at`, and lets the nudge
   * policy decide what the new flags become.
   */
  private analyse(changed: readonly Utterance[], at: number): Pick<SessionChange, 'findings' | 'coach'> {
    const findings: Finding[] = [];
    // Interim versions too: the engine decides nothing on them, but parses their finished sentences early.
    for (const utterance of changed) findings.push(...this.engine.push(utterance));
    findings.push(...this.engine.advance((at - this.record.origin) / 1000));
    if (!findings.some((finding) => finding.kind === 'flag')) return { findings };
    const before = activeNudge(this.nudgeState());
    const snapshot = this.engine.snapshot();
    const settings = this.settings();
    const { sensitivity } = settings;
    const playbook = playbookOf(settings);
    const { state } = nudgesFor(findings, {
      now: snapshot.now,
      perspective: resolvePerspective(this.record.perspective ?? {}, snapshot.speakers),
      state: this.nudgeState(),
      sensitivity,
      playbook,
      config: this.policyConfig(),
    });
    this.record.nudges = state;
    const after = activeNudge(state);
    return after === before ? { findings } : { findings, coach: this.coach() };
  }
}

function merge(change: SessionChange, analysed: Pick<SessionChange, 'findings' | 'coach'>): void {
  change.findings.push(...analysed.findings);
  if (analysed.coach) change.coach = analysed.coach;
}
