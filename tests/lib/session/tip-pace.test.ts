import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../../../lib/capture/protocol.ts';
import { CallSession } from '../../../lib/session/call-session.ts';
import { defaultCoachSettings, type TipPace } from '../../../lib/session/coach-settings.ts';
import type { ReplayLine } from '../../fixtures/replay/plan.ts';

const ORIGIN = 1_700_000_000_000;
const interview: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/transcripts/demo-interview.json'), 'utf8'),
);

/** The demo interview as one Zoom call of about a minute (a line every four seconds), as the interviewer. */
function runCall(pace: TipPace) {
  const session = new CallSession(
    {
      id: 's1',
      tabId: 1,
      platform: 'zoom',
      callKey: 'zoom:123456789',
      origin: ORIGIN,
      startedAt: ORIGIN,
      updatedAt: ORIGIN,
      lastSeq: {},
      perspective: { role: 'interviewer', me: 'Priya' },
    },
    () => ({ ...defaultCoachSettings(), pace }),
  );
  interview.lines.forEach((line, i) => {
    const batch: CaptureBatch = {
      type: 'capture/batch',
      doc: 'doc1',
      seq: i + 1,
      url: 'https://app.zoom.us/wc/123456789/join',
      events: [
        { kind: 'block', block: `b${i}`, speaker: line.speaker, self: false, text: line.text, t: ORIGIN + i * 4000 },
      ],
    };
    session.apply(batch, ORIGIN + i * 4000);
  });
  session.tick(ORIGIN + interview.lines.length * 4000 + 10_000);
  return session;
}

describe('tip pace', () => {
  it('holds every tip of a one-minute call back in the calm pace (two-minute warm-up)', () => {
    const session = runCall('calm');
    expect(session.record.nudges?.nudges ?? []).toEqual([]);
    expect(session.record.nudges?.held.map((held) => held.reason)).toContain('warm-up');
    expect(session.coach().pace).toBe('calm');
  });

  it('shows a tip in the same call at the quick pace, and says which pace is in force', () => {
    const session = runCall('quick');
    expect(session.record.nudges?.nudges.map((nudge) => nudge.type).length).toBeGreaterThan(0);
    expect(session.coach()).toMatchObject({ pace: 'quick', nudge: expect.objectContaining({ status: 'showing' }) });
  });
});
