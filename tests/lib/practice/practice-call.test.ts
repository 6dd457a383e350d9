import { describe, expect, it } from 'vitest';
import { parseCaptureBatch } from '../../../lib/capture/protocol.ts';
import { callKeyOf } from '../../../lib/session/call-key.ts';

const RUN = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('practice runs as calls', () => {
  it.each([
    [`chrome-extension://abcdefghijklmnop/practice.html?run=${RUN}`, `practice:${RUN}`],
    [`chrome-extension://abcdefghijklmnop/practice.html?run=${RUN.toUpperCase()}&x=1`, `practice:${RUN}`],
    [`moz-extension://0f1e2d3c/practice.html?run=${RUN}`, `practice:${RUN}`],
  ])('recognises the run in %s', (url, key) => {
    expect(callKeyOf(url)).toEqual({ platform: 'practice', key });
  });

  it.each([
    'chrome-extension://abcdefghijklmnop/practice.html',
    'chrome-extension://abcdefghijklmnop/practice.html?run=not-a-uuid',
    `chrome-extension://abcdefghijklmnop/debrief.html?run=${RUN}`,
    `https://evil.example/practice.html?run=${RUN}`,
    `https://meet.google.com/practice.html?run=${RUN}`,
  ])('finds no practice run in %s', (url) => {
    expect(callKeyOf(url)).toBeNull();
  });

  it('accepts practice batches in the capture protocol', () => {
    const parsed = parseCaptureBatch({
      type: 'capture/batch',
      doc: 'd',
      seq: 1,
      url: `chrome-extension://abcdefghijklmnop/practice.html?run=${RUN}`,
      status: { platform: 'practice', state: 'capturing' },
      events: [{ kind: 'block', block: 'l1', speaker: 'Ana', self: true, text: 'Hello', t: 5 }],
    });
    expect('batch' in parsed).toBe(true);
    expect(
      'error' in
        parseCaptureBatch({
          type: 'capture/batch',
          doc: 'd',
          seq: 1,
          url: 'https://x.example/',
          status: { platform: 'webex', state: 'capturing' },
          events: [],
        }),
    ).toBe(true);
  });
});
