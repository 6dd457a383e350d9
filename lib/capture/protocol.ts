/**
 * Messages from a call page's content script to the background. The content script numbers its
 * batches per document and re-sends a batch until the background acknowledges it, so a batch may
 * arrive twice (never out of order): the background drops a `seq` it has already stored.
 */
import * as v from 'valibot';
import { PLATFORMS, type CaptionEvent, type CaptureStatus } from './types.ts';

export interface CaptureBatch {
  type: 'capture/batch';
  /** Random id of the page document that captured these events (a reload makes a new one). */
  doc: string;
  /** 1, 2, 3… per document. */
  seq: number;
  /** The call page's URL, from which the call is recognised. */
  url: string;
  /** The capture state, when it changed since the previous batch (always in the first batch). */
  status?: CaptureStatus;
  events: CaptionEvent[];
}

/**
 * The port name call pages deliver batches on (practice pages send each batch as a one-off message and
 * get a {@link CaptureAck} for it). On the port the background answers with {@link CaptureReceipt}s.
 */
export const CAPTURE_PORT = 'candor/capture';

export interface CaptureAck {
  ok: boolean;
  /** Set when the batch was refused, e.g. because it did not validate. */
  error?: string;
}

/**
 * The background's answer on the capture port. `ok: true` is cumulative: every batch up to `seq` is
 * stored (sent at most every {@link RECEIPT_EVERY_MS}, not once per batch). `ok: false` refuses the
 * batch `seq` at once; the background then takes no later batch of the port until `seq` comes again,
 * so the page re-sends everything unacknowledged, in order, and nothing is stored out of order.
 */
export interface CaptureReceipt {
  type: 'capture/receipt';
  seq: number;
  ack: CaptureAck;
}

/**
 * How often at most the background acknowledges a capture port's batches. Receipts cost the call page
 * a message each; what they free is only the page's copy of batches already stored.
 */
export const RECEIPT_EVERY_MS = 500;

// Limits keep a hostile page from making the background hold or store unbounded data.
export const MAX_TEXT_CHARS = 100_000;
export const MAX_SPEAKER_CHARS = 200;
export const MAX_EVENTS_PER_BATCH = 500;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const BlockSnapshotSchema = v.strictObject({
  kind: v.literal('block'),
  block: id,
  speaker: v.pipe(v.string(), v.maxLength(MAX_SPEAKER_CHARS)),
  self: v.boolean(),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS)),
  t: time,
  initial: v.optional(v.literal(true)),
});

const BlockGoneSchema = v.strictObject({ kind: v.literal('gone'), block: id, t: time });

const speakerName = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SPEAKER_CHARS));
const SpeakerRenameSchema = v.strictObject({ kind: v.literal('rename'), from: speakerName, to: speakerName, t: time });

const CaptureStatusSchema = v.strictObject({
  platform: v.picklist(PLATFORMS),
  state: v.picklist(['no-call', 'captions-off', 'captions-on', 'capturing', 'unreadable']),
  detail: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const CaptureBatchSchema = v.strictObject({
  type: v.literal('capture/batch'),
  doc: id,
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  url: v.pipe(v.string(), v.url(), v.maxLength(2000)),
  status: v.optional(CaptureStatusSchema),
  events: v.pipe(
    v.array(v.variant('kind', [BlockSnapshotSchema, BlockGoneSchema, SpeakerRenameSchema])),
    v.maxLength(MAX_EVENTS_PER_BATCH),
  ),
});

/**
 * Checks a message on the capture port; anything but a receipt is false. Written out rather than a
 * schema: it runs in the call page for every receipt, and the background is the only sender.
 */
export function isCaptureReceipt(message: unknown): message is CaptureReceipt {
  if (typeof message !== 'object' || message === null) return false;
  const { type, seq, ack } = message as Partial<Record<keyof CaptureReceipt, unknown>>;
  return (
    type === 'capture/receipt' &&
    Number.isInteger(seq) &&
    (seq as number) >= 1 &&
    typeof ack === 'object' &&
    ack !== null &&
    typeof (ack as { ok?: unknown }).ok === 'boolean'
  );
}

/** Validates an untrusted message; returns the batch or a one-line reason. */
export function parseCaptureBatch(message: unknown): { batch: CaptureBatch } | { error: string } {
  const result = v.safeParse(CaptureBatchSchema, message);
  if (result.success) return { batch: result.output satisfies CaptureBatch };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { error: `invalid capture batch${path ? ` at ${path}` : ''}: ${issue.message}` };
}

export function isCaptureBatchLike(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'capture/batch';
}

// Compile-time check that the schema and the hand-written types agree.
type _Same = CaptionEvent extends
  | v.InferOutput<typeof BlockSnapshotSchema>
  | v.InferOutput<typeof BlockGoneSchema>
  | v.InferOutput<typeof SpeakerRenameSchema>
  ? true
  : never;
const _same: _Same = true;
void _same;
