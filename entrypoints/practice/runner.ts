/**
 * Runs one practice replay from this page exactly as a content script feeds a live call: caption
 * batches through the lossless send queue to the background, with this page's URL (`?run=<uuid>`)
 * as the "call page", so the background opens a `practice:<uuid>` session for this tab.
 */
import { browser } from 'wxt/browser';
import type { CaptureAck, CaptureBatch } from '../../lib/capture/protocol.ts';
import type { Perspective } from '../../lib/engine/types.ts';
import { PANEL_PORT, type PanelMessage } from '../../lib/session/panel-protocol.ts';
import { parsePerspectives } from '../../lib/session/schemas.ts';
import { PERSPECTIVES_KEY } from '../../utils/coach-settings.ts';
import { createSendQueue } from '../../lib/capture/send-queue.ts';
import { playSchedule } from '../../lib/practice/player.ts';
import { buildSchedule, type PracticeSpeed, type ScheduleLine } from '../../lib/practice/schedule.ts';
import type { StoredSession } from '../../utils/session-store.ts';
import type { PageStore } from '../../utils/store-messages.ts';

/** How long the background may take to store the last batches before the run counts as failed. */
const DRAIN_TIMEOUT_MS = 30_000;
/** How long the background may take to apply the run's perspective to its session. */
const PERSPECTIVE_TIMEOUT_MS = 5_000;

function samePerspective(a: Perspective | undefined, b: Perspective): boolean {
  return a?.role === b.role && a?.me === b.me;
}

/**
 * The background starts a session with the role and "me" saved for its platform, read from storage
 * when the first batch arrives: saving the run's own before it starts makes the live coaching and the
 * debrief read the scenario from its side.
 */
export async function applyPracticePerspective(perspective: Perspective): Promise<void> {
  const stored = parsePerspectives((await browser.storage.local.get(PERSPECTIVES_KEY))[PERSPECTIVES_KEY]);
  await browser.storage.local.set({ [PERSPECTIVES_KEY]: { ...stored, practice: perspective } });
}

/** If the background started the session before it read the setting, tells it as the side panel would. */
async function confirmPerspective(
  store: PageStore,
  session: StoredSession,
  tabId: number,
  perspective: Perspective,
): Promise<StoredSession> {
  if (samePerspective(session.perspective, perspective)) return session;
  const port = browser.runtime.connect({ name: PANEL_PORT });
  // The background stores the session before it tells its watchers, so the first message that shows
  // the new perspective means the store has it too.
  const applied = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), PERSPECTIVE_TIMEOUT_MS);
    port.onMessage.addListener((message: PanelMessage) => {
      if (message.tabId !== tabId || !message.coach) return;
      if (!samePerspective(message.coach.perspective, perspective)) return;
      clearTimeout(timer);
      resolve(true);
    });
  });
  try {
    port.postMessage({ type: 'watch', tabId });
    port.postMessage({ type: 'perspective', tabId, perspective });
    return (await applied) ? ((await store.get(session.id)) ?? session) : session;
  } finally {
    port.disconnect();
  }
}

export interface RunHandle {
  runId: string;
  stop(): void;
  /** The stored session once the background has everything, or an error. */
  result: Promise<StoredSession>;
}

export interface RunOptions {
  lines: readonly ScheduleLine[];
  perspective: Perspective;
  /** This page's tab, which the background knows the run by. */
  tabId: number | null;
  speed: PracticeSpeed;
  store: PageStore;
  onProgress: (sent: number, total: number, speaker: string) => void;
}

function send(batch: CaptureBatch): Promise<CaptureAck | undefined> {
  return browser.runtime.sendMessage(batch) as Promise<CaptureAck | undefined>;
}

export function startRun({ lines, perspective, tabId, speed, store, onProgress }: RunOptions): RunHandle {
  const runId = crypto.randomUUID();
  history.replaceState(null, '', `${location.pathname}?run=${runId}`);
  const url = location.href;
  let lastError = '';
  const queue = createSendQueue({
    doc: crypto.randomUUID(),
    url: () => url,
    send: async (batch) => {
      const ack = await send(batch);
      if (ack && !ack.ok) lastError = ack.error ?? 'refused';
      return ack;
    },
    // Every snapshot carries its own call time; merging two snapshots of a block would lose one.
    rollingWindow: true,
  });
  const schedule = buildSchedule(lines, { speed, base: Date.now() });
  const player = playSchedule(schedule, {
    push: (update) => queue.push(update),
    timers: {
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    now: () => performance.now(),
    onProgress: (sent, total) => {
      const last = schedule[sent - 1]?.event;
      onProgress(sent, total, last?.kind === 'block' ? last.speaker : '');
    },
  });

  const result = (async () => {
    await player.finished;
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (queue.pending() > 0) {
      if (Date.now() > deadline) {
        queue.stop();
        throw new Error(`Candor's background did not take the replay${lastError ? ` (${lastError})` : ''}.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const session = await store.findByCallKey(`practice:${runId}`);
    if (!session) throw new Error('The run finished but no session was stored.');
    return tabId === null ? session : confirmPerspective(store, session, tabId, perspective);
  })();
  return { runId, stop: () => player.stop(), result };
}
