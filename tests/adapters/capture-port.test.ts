import { beforeEach, describe, expect, it, vi } from 'vitest';
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

function open() {
  const receipts: unknown[] = [];
  let closed = 0;
  const port = openCapturePort({ onReceipt: (receipt) => receipts.push(receipt), onClosed: () => closed++ });
  return { port, receipts, closed: () => closed };
}

beforeEach(() => {
  ports.length = 0;
});

describe('capture port', () => {
  it('posts every batch on one port, with no timer, and reports only well-formed receipts', () => {
    vi.useFakeTimers();
    const { port, receipts } = open();
    port.send(batch(1));
    port.send(batch(2));
    expect(ports).toHaveLength(1);
    expect(ports[0]!.sent).toEqual([batch(1), batch(2)]);
    expect(vi.getTimerCount()).toBe(0);
    ports[0]!.answer({ type: 'capture/receipt', seq: 2, ack: { ok: true } });
    ports[0]!.answer({ type: 'capture/receipt', seq: '2', ack: { ok: true } });
    ports[0]!.answer({ type: 'panel/update' });
    expect(receipts).toEqual([{ type: 'capture/receipt', seq: 2, ack: { ok: true } }]);
    vi.useRealTimers();
  });

  it('reports a closed port once, and the next batch opens a new one', () => {
    const { port, closed } = open();
    port.send(batch(1));
    ports[0]!.drop();
    expect(closed()).toBe(1);
    port.send(batch(1));
    expect(ports).toHaveLength(2);
    expect(ports[1]!.sent).toEqual([batch(1)]);
  });

  it('reports nothing after close()', () => {
    const { port, receipts, closed } = open();
    port.send(batch(1));
    port.close();
    ports[0]!.answer({ type: 'capture/receipt', seq: 1, ack: { ok: true } });
    ports[0]!.drop();
    expect(receipts).toEqual([]);
    expect(closed()).toBe(0);
  });
});
