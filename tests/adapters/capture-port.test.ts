import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureBatch } from '../../lib/capture/protocol.ts';

type Listener = (value: unknown) => void;
interface FakePort {
  sent: unknown[];
  answer(message: unknown): void;
  drop(): void;
}
const ports: FakePort[] = [];

// The content script's end of the port; the background's receipts are played by the test.
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      connect() {
        const onMessage: Listener[] = [];
        const onDisconnect: Listener[] = [];
        const port = {
          sent: [] as unknown[],
          answer: (message: unknown) => onMessage.forEach((listener) => listener(message)),
          drop: () => onDisconnect.forEach((listener) => listener(undefined)),
          onMessage: { addListener: (listener: Listener) => onMessage.push(listener) },
          onDisconnect: { addListener: (listener: Listener) => onDisconnect.push(listener) },
          postMessage: (message: unknown) => port.sent.push(message),
          disconnect: () => undefined,
        };
        ports.push(port);
        return port;
      },
    },
  },
}));

const { openCapturePort } = await import('../../utils/capture/capture-port.ts');

const batch = (seq: number): CaptureBatch => ({ type: 'capture/batch', doc: 'd', seq, url: 'https://x/', events: [] });

beforeEach(() => {
  vi.useFakeTimers();
  ports.length = 0;
});
afterEach(() => void vi.useRealTimers());

describe('capture port', () => {
  it('answers each batch with its receipt, over one port, with no timer per batch', async () => {
    const port = openCapturePort();
    const answers = [port.send(batch(1)), port.send(batch(2))];
    expect(ports).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    ports[0]!.answer({ type: 'capture/receipt', seq: 2, ack: { ok: true } });
    ports[0]!.answer({ type: 'capture/receipt', seq: 1, ack: { ok: true } });
    expect(await Promise.all(answers)).toEqual([{ ok: true }, { ok: true }]);
    // Nothing waits any more: the check stops re-arming.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up on a batch left unanswered for 10 to 15 s, so the queue re-sends it', async () => {
    const port = openCapturePort();
    let answer: unknown = 'waiting';
    void port.send(batch(1)).then((ack) => (answer = ack));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(answer).toBe('waiting');
    await vi.advanceTimersByTimeAsync(5_001);
    expect(answer).toBeUndefined();
  });

  it('answers every waiting batch with no acknowledgement when the port closes', async () => {
    const port = openCapturePort();
    const answer = port.send(batch(1));
    ports[0]!.drop();
    expect(await answer).toBeUndefined();
    void port.send(batch(2));
    expect(ports).toHaveLength(2);
  });
});
