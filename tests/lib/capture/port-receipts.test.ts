import { describe, expect, it } from 'vitest';
import { createPortReceipts } from '../../../lib/capture/port-receipts.ts';
import type { CaptureReceipt } from '../../../lib/capture/protocol.ts';

function setup() {
  const posted: CaptureReceipt[] = [];
  let armed: Array<() => void> = [];
  const receipts = createPortReceipts({
    post: (receipt) => posted.push(receipt),
    timers: { setTimeout: (run) => armed.push(run) - 1, clearTimeout: () => void (armed = []) },
    everyMs: 500,
  });
  const fire = () => {
    const due = armed;
    armed = [];
    for (const run of due) run();
  };
  return { receipts, posted, fire, armed: () => armed.length };
}

describe('the background end of a capture port', () => {
  it('acknowledges stored batches with one receipt for all of them, not one per batch', () => {
    const { receipts, posted, fire, armed } = setup();
    for (let seq = 1; seq <= 5; seq++) receipts.settled(seq, { ok: true });
    expect(posted).toEqual([]);
    expect(armed()).toBe(1);
    fire();
    expect(posted).toEqual([{ type: 'capture/receipt', seq: 5, ack: { ok: true } }]);
    fire();
    expect(posted).toHaveLength(1); // nothing new: no receipt
  });

  it('refuses at once and takes no later batch until the refused one comes again', () => {
    const { receipts, posted, fire } = setup();
    receipts.settled(1, { ok: true });
    receipts.settled(2, { ok: false, error: 'store failed' });
    expect(posted).toEqual([{ type: 'capture/receipt', seq: 2, ack: { ok: false, error: 'store failed' } }]);
    expect(receipts.admits(3)).toBe(false); // already on its way: dropped, the page re-sends it
    expect(receipts.admits(1)).toBe(true); // a re-sent duplicate is still taken
    expect(receipts.admits(2)).toBe(true);
    receipts.settled(2, { ok: true });
    expect(receipts.admits(3)).toBe(true);
    receipts.settled(3, { ok: true });
    fire();
    expect(posted.at(-1)).toEqual({ type: 'capture/receipt', seq: 3, ack: { ok: true } });
  });

  it('posts nothing after the port closed', () => {
    const { receipts, posted, fire } = setup();
    receipts.settled(1, { ok: true });
    receipts.close();
    fire();
    receipts.settled(2, { ok: false });
    expect(posted).toEqual([]);
  });
});
