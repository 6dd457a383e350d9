import { callKeyOf } from '../../lib/session/call-key.ts';
import { CallSession, type SessionChange, type SessionRecord } from '../../lib/session/call-session.ts';
import { type CoachSettings, defaultCoachSettings } from '../../lib/session/coach-settings.ts';
import type { Perspective } from '../../lib/engine/types.ts';
import type { Sensitivity } from '../../lib/nudges/index.ts';
import type { CaptureAck, CaptureBatch } from '../../lib/capture/protocol.ts';
import type { CaptureStatus } from '../../lib/capture/types.ts';
import type { CoachRequest, PanelMessage, PanelSnapshot, SessionSummary } from '../../lib/session/panel-protocol.ts';
import type { SessionStore } from '../../utils/session-store.ts';
import type { Utterance } from '../../lib/transcript/types.ts';

/** A session untouched this long is not resumed when its tab (id) shows the same call again. */
const RESUME_WITHIN_MS = 30 * 60_000;
/** Live sessions keep no final lines: the log in IndexedDB is the transcript (docs/design.md, Memory of a long call). */
const LIVE = { keepFinals: false } as const;

export interface HubDeps {
  store: SessionStore;
  now: () => number;
  newId: () => string;
  /** The user's coaching settings; defaults when absent (tests). */
  coach?: {
    current: () => CoachSettings;
    perspectiveFor: (platform: SessionRecord['platform']) => Promise<Perspective>;
    savePerspective: (platform: SessionRecord['platform'], perspective: Perspective) => Promise<void>;
    saveSensitivity: (sensitivity: Sensitivity) => Promise<void>;
  };
}

/**
 * Owns the live sessions, one per call tab. Every operation runs on one queue, so batches are stored
 * and applied strictly in arrival order even when messages overlap.
 */
export class SessionHub {
  private readonly live = new Map<number, CallSession>();
  /** Capture state of tabs that are not (yet) in a recognised call. */
  private readonly idleStatus = new Map<number, CaptureStatus>();
  private readonly listeners = new Set<(message: PanelMessage) => void>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: HubDeps) {}

  subscribe(listener: (message: PanelMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  handleBatch(tabId: number, batch: CaptureBatch): Promise<CaptureAck> {
    return this.serial(async () => {
      const call = callKeyOf(batch.url);
      if (!call) {
        if (batch.status) this.setIdleStatus(tabId, batch.status);
        return { ok: true };
      }
      const session = await this.sessionFor(tabId, call.platform, call.key, batch);
      if (session.isDuplicate(batch)) return { ok: true };
      const received = this.deps.now();
      const change = session.apply(batch, received);
      await this.deps.store.append(session.record, batch);
      this.idleStatus.delete(tabId);
      this.emitChange(tabId, session, change);
      return { ok: true };
    });
  }

  /** Finalises utterances whose speakers went quiet, in every live session. */
  tick(): Promise<void> {
    return this.serial(async () => {
      const now = this.deps.now();
      for (const [tabId, session] of this.live) this.emitChange(tabId, session, session.tick(now));
    });
  }

  snapshot(tabId: number): Promise<PanelSnapshot> {
    return this.serial(async () => {
      const session = this.live.get(tabId) ?? (await this.restoreLatest(tabId));
      return {
        type: 'snapshot',
        tabId,
        session: session ? summaryOf(session) : null,
        status: session?.status ?? this.idleStatus.get(tabId) ?? null,
        utterances: session ? await this.transcriptOf(session) : [],
        analysis: session?.analysis() ?? null,
        coach: session?.coach() ?? null,
      };
    });
  }

  /** A choice made in the panel for a tab's call: role and "me", or an answer to a card. */
  handleCoach(request: CoachRequest): Promise<void> {
    return this.serial(async () => {
      const session = this.live.get(request.tabId) ?? (await this.restoreLatest(request.tabId));
      if (!session) return;
      let change: SessionChange;
      if (request.type === 'perspective') {
        change = session.setPerspective(request.perspective, await this.finalsOf(session));
        await this.deps.coach?.savePerspective(session.record.platform, request.perspective);
      } else if (request.type === 'feedback' || request.type === 'undo-feedback') {
        const result =
          request.type === 'feedback'
            ? session.feedback(request.nudgeId, request.feedback)
            : session.undoFeedback(request.nudgeId);
        change = result.change;
        if (result.sensitivity) await this.deps.coach?.saveSensitivity(result.sensitivity);
      } else {
        change = session.anotherPhrasing(request.nudgeId);
      }
      await this.deps.store.saveRecord(session.record);
      this.emitChange(request.tabId, session, change);
    });
  }

  /** The tab closed: its session stays stored, but nothing more will arrive for it. */
  forgetTab(tabId: number): void {
    this.live.delete(tabId);
    this.idleStatus.delete(tabId);
  }

  /**
   * The session keeps only what is still open; the final lines come back from the stored log, which
   * holds every batch the session has applied (each is stored before it is acknowledged).
   */
  private async finalsOf(session: CallSession): Promise<Utterance[]> {
    return session.finalsFrom(await this.deps.store.batches(session.record.id));
  }

  /** The whole transcript of a live session: the final lines from the log, then what is still open. */
  private async transcriptOf(session: CallSession): Promise<Utterance[]> {
    const open = session.utterances();
    const ids = new Set(open.map((utterance) => utterance.id));
    const finals = (await this.finalsOf(session)).filter((utterance) => !ids.has(utterance.id));
    return [...finals, ...open].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private async sessionFor(tabId: number, platform: SessionRecord['platform'], callKey: string, batch: CaptureBatch) {
    const current = this.live.get(tabId);
    if (current?.record.callKey === callKey) return current;
    const stored = await this.deps.store.latestForTab(tabId, callKey);
    const now = this.deps.now();
    const session =
      stored && now - stored.updatedAt < RESUME_WITHIN_MS
        ? await this.rebuild(stored)
        : new CallSession(
            {
              id: this.deps.newId(),
              tabId,
              platform,
              callKey,
              origin: batch.events[0]?.t ?? now,
              startedAt: now,
              updatedAt: now,
              lastSeq: {},
              perspective: (await this.deps.coach?.perspectiveFor(platform)) ?? {},
            },
            this.settings,
            LIVE,
          );
    this.live.set(tabId, session);
    return session;
  }

  private async restoreLatest(tabId: number): Promise<CallSession | undefined> {
    const stored = await this.deps.store.latestForTab(tabId);
    if (!stored || this.deps.now() - stored.updatedAt >= RESUME_WITHIN_MS) return undefined;
    const session = await this.rebuild(stored);
    this.live.set(tabId, session);
    return session;
  }

  /** Replays the stored log: the service worker may have been stopped at any point before. */
  private async rebuild(record: SessionRecord): Promise<CallSession> {
    const session = new CallSession({ ...record, lastSeq: {} }, this.settings, LIVE);
    for (const batch of await this.deps.store.batches(record.id)) session.apply(batch, record.updatedAt);
    session.tick(this.deps.now());
    return session;
  }

  private setIdleStatus(tabId: number, status: CaptureStatus): void {
    this.idleStatus.set(tabId, status);
    if (!this.live.has(tabId)) this.emit({ type: 'update', tabId, changed: [], status });
  }

  private readonly settings = (): CoachSettings => this.deps.coach?.current() ?? defaultCoachSettings();

  private emitChange(tabId: number, session: CallSession, change: SessionChange): void {
    const { changed, renamed, status, findings, coach } = change;
    if (changed.length === 0 && !renamed && !status && findings.length === 0 && !coach) return;
    const analysed = findings.length > 0 || changed.some((utterance) => utterance.final);
    this.emit({
      type: 'update',
      tabId,
      session: summaryOf(session),
      changed,
      ...(renamed ? { renamed } : {}),
      ...(status ? { status } : {}),
      ...(analysed ? { analysis: session.analysis() } : {}),
      // Also sent with a new status or analysis, so a panel that watched before the call began learns
      // the role and the warm-up without waiting for the first tip; plain caption updates stay small.
      ...(coach || status || analysed ? { coach: coach ?? session.coach() } : {}),
    });
  }

  private emit(message: PanelMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function summaryOf(session: CallSession): SessionSummary {
  const { id, platform, callKey, origin } = session.record;
  return { id, platform, callKey, origin };
}
