import { CaptionAssembler } from '../capture/assembler.ts';
import { createEngine, type Engine, type EngineSnapshot } from '../engine/engine.ts';
import type { Finding, Perspective } from '../engine/types.ts';
import type { CaptureBatch } from '../capture/protocol.ts';
import type { CaptureStatus, Platform } from '../capture/types.ts';
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
}

export interface SessionChange {
  changed: Utterance[];
  status?: CaptureStatus;
  /** Flags and signals the engine completed because of this change. */
  findings: Finding[];
}

// Zoom's rolling rows settle faster than Meet's blocks (captions.md §2: 5 s vs 60 s idle).
const PLATFORM_ASSEMBLY = {
  meet: { rollingWindow: false, idleMs: 8_000 },
  zoom: { rollingWindow: true, idleMs: 5_000 },
} as const satisfies Record<Platform, { rollingWindow: boolean; idleMs: number }>;

/**
 * One call's live state, rebuilt deterministically from its stored batches: the same batches in the
 * same order always give the same transcript, which is what makes a service-worker restart lossless.
 */
export class CallSession {
  readonly record: SessionRecord;
  status: CaptureStatus | undefined;
  private readonly assembler: CaptionAssembler;
  private readonly engine: Engine;
  /** Latest caption time seen, so a status-only batch can close what is open at the right time. */
  private latest: number;

  constructor(record: SessionRecord, perspective: Perspective = {}) {
    this.record = record;
    this.engine = createEngine(perspective);
    this.assembler = new CaptionAssembler({ origin: record.origin, ...PLATFORM_ASSEMBLY[record.platform] });
    this.latest = record.origin;
  }

  /** True when this batch was already applied (a retry after a lost acknowledgement). */
  isDuplicate(batch: CaptureBatch): boolean {
    return (this.record.lastSeq[batch.doc] ?? 0) >= batch.seq;
  }

  apply(batch: CaptureBatch, receivedAt: number): SessionChange {
    this.record.lastSeq[batch.doc] = batch.seq;
    this.record.updatedAt = receivedAt;
    const changed: Utterance[] = [];
    for (const event of batch.events) {
      this.latest = Math.max(this.latest, event.t);
      changed.push(...this.assembler.push(event));
    }
    if (batch.status) {
      this.status = batch.status;
      // Captions off or the call gone: what was said so far is final.
      if (batch.status.state !== 'capturing' && batch.status.state !== 'captions-on') {
        changed.push(...this.assembler.flush(this.latest));
      }
    }
    return { changed, status: batch.status, findings: this.analyse(changed, this.latest) };
  }

  /** Time passes without captions: quiet speakers' words become final, pending flags may close. */
  tick(now: number): SessionChange {
    const changed = this.assembler.tick(now);
    return { changed, findings: this.analyse(changed, now) };
  }

  analysis(): EngineSnapshot {
    return this.engine.snapshot();
  }

  /** Feeds final utterances to the engine and moves its clock (call seconds) to `at`. */
  private analyse(changed: readonly Utterance[], at: number): Finding[] {
    const found: Finding[] = [];
    for (const utterance of changed) if (utterance.final) found.push(...this.engine.push(utterance));
    found.push(...this.engine.advance((at - this.record.origin) / 1000));
    return found;
  }

  utterances(): Utterance[] {
    return this.assembler.utterances();
  }
}
