import { describe, expect, it } from 'vitest';
import type { CaptureAck } from '../../lib/capture/protocol.ts';
import { hostCapturePort } from '../../entrypoints/background/capture-port-host.ts';

type Listener = (message: unknown) => void;

/** A capture port as the background sees it, with the page's side played by the test. */
function fakePort() {
  const onMessage: Listener[] = [];
  const onDisconnect: Array<() => void> = [];
  const posted: unknown[] = [];
  const port = {
    sender: { id: 'ext', tab: { id: 1 } },
    postMessage: (message: unknown) => void posted.push(message),
    onMessage: { addListener: (listener: Listener) => void onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void onDisconnect.push(listener) },
  };
  return { port, posted, send: (message: unknown) => onMessage.forEach((listener) => listener(message)) };
}

const batch = (seq: number) => ({
  type: 'capture/batch',
  doc: 'd',
  seq,
  url: 'https://meet.google.com/abc-defg-hij',
  events: [],
});
const flush = () => new Promise((done) => setTimeout(done, 0));

function manualTimers() {
  let due: Array<() => void> = [];
  return {
    setTimeout: (run: () => void) => due.push(run),
    clearTimeout: () => void (due = []),
    fire: () => {
      const now = due;
      due = [];
      now.forEach((run) => run());
    },
  };
}

describe('the background end of a capture port', () => {
  it('applies batches one at a time, in order, even when an earlier one is slower', async () => {
    const { port, send } = fakePort();
    const applied: number[] = [];
    const answers: Array<() => void> = [];
    hostCapturePort(
      port as never,
      (message) =>
        new Promise<CaptureAck>((resolve) => {
          const { seq } = message as { seq: number };
          answers.push(() => {
            applied.push(seq);
            resolve({ ok: true });
          });
        }),
      manualTimers(),
    );
    send(batch(1));
    send(batch(2));
    await flush();
    expect(answers).toHaveLength(1); // the second waits for the first
    answers[0]!();
    await flush();
    answers[1]!();
    await flush();
    expect(applied).toEqual([1, 2]);
  });

  it('refuses at once, drops what follows a refusal, takes the re-sent batches, and acknowledges them together', async () => {
    const { port, posted, send } = fakePort();
    const timers = manualTimers();
    const seen: number[] = [];
    let failOnce = true;
    hostCapturePort(
      port as never,
      async (message) => {
        const { seq } = message as { seq: number };
        seen.push(seq);
        if (seq === 2 && failOnce) {
          failOnce = false;
          return { ok: false, error: 'store failed' };
        }
        return { ok: true };
      },
      timers,
    );
    for (const seq of [1, 2, 3, 4]) send(batch(seq));
    await flush();
    expect(seen).toEqual([1, 2]); // 3 and 4 are not applied after 2 was refused
    expect(posted).toEqual([{ type: 'capture/receipt', seq: 2, ack: { ok: false, error: 'store failed' } }]);
    // The page re-sends everything unacknowledged, in order.
    for (const seq of [1, 2, 3, 4]) send(batch(seq));
    await flush();
    expect(seen).toEqual([1, 2, 1, 2, 3, 4]);
    timers.fire();
    expect(posted.at(-1)).toEqual({ type: 'capture/receipt', seq: 4, ack: { ok: true } });
    expect(posted).toHaveLength(2);
  });

  it('ignores messages that are not batches or carry no usable seq', async () => {
    const { port, send } = fakePort();
    const seen: unknown[] = [];
    hostCapturePort(port as never, async (message) => (seen.push(message), { ok: true }), manualTimers());
    send({ type: 'panel/watch', tabId: 1 });
    send({ ...batch(1), seq: 0 });
    send({ ...batch(1), seq: '1' });
    await flush();
    expect(seen).toEqual([]);
  });
});
