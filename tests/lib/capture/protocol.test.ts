import { describe, expect, it } from 'vitest';
import { MAX_SPEAKER_CHARS, isCaptureReceipt, parseCaptureBatch } from '../../../lib/capture/protocol.ts';
import { CALL_PLATFORMS, PLATFORMS } from '../../../lib/capture/types.ts';

const batch = (extra: Record<string, unknown> = {}) => ({
  type: 'capture/batch',
  doc: 'd0c',
  seq: 1,
  url: 'https://teams.microsoft.com/v2/',
  events: [],
  ...extra,
});

describe('the capture protocol', () => {
  it('knows Teams as a call platform from the one platform list', () => {
    expect(PLATFORMS).toContain('teams');
    expect(CALL_PLATFORMS).toEqual(['meet', 'zoom', 'teams']);
    for (const platform of PLATFORMS) {
      expect(parseCaptureBatch(batch({ status: { platform, state: 'captions-on' } }))).toHaveProperty('batch');
    }
    expect(parseCaptureBatch(batch({ status: { platform: 'webex', state: 'captions-on' } }))).toHaveProperty('error');
  });

  it('accepts a rename of a stand-in speaker, with names that are neither empty nor too long', () => {
    const rename = { kind: 'rename', from: 'Speaker 1', to: 'Alice', t: 2 };
    expect(parseCaptureBatch(batch({ events: [rename] }))).toEqual({ batch: batch({ events: [rename] }) });
    expect(parseCaptureBatch(batch({ events: [{ ...rename, to: '' }] }))).toHaveProperty('error');
    expect(parseCaptureBatch(batch({ events: [{ ...rename, to: 'x'.repeat(MAX_SPEAKER_CHARS + 1) }] }))).toHaveProperty(
      'error',
    );
    expect(parseCaptureBatch(batch({ events: [{ ...rename, extra: 1 }] }))).toHaveProperty('error');
  });

  it('checks the receipts the background sends on the capture port', () => {
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: 3, ack: { ok: true } })).toBe(true);
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: 3, ack: { ok: false, error: 'invalid' } })).toBe(true);
    expect(isCaptureReceipt({ seq: 3, ack: { ok: true } })).toBe(false);
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: '3', ack: { ok: true } })).toBe(false);
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: 0, ack: { ok: true } })).toBe(false);
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: 1.5, ack: { ok: true } })).toBe(false);
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: 3 })).toBe(false);
    expect(isCaptureReceipt({ type: 'capture/receipt', seq: 3, ack: { ok: 'yes' } })).toBe(false);
    expect(isCaptureReceipt(null)).toBe(false);
  });
});
