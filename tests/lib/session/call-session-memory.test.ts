import { describe, expect, test } from 'vitest';
import type { CaptureBatch } from '../../../lib/capture/protocol.ts';
import type { CaptionEvent } from '../../../lib/capture/types.ts';
import { rebuildCall } from '../../../lib/debrief/rebuild.ts';
import { CallSession, replayTranscript, type SessionRecord } from '../../../lib/session/call-session.ts';

const T0 = 1_000_000;
const record: SessionRecord = {
  id: 's',
  tabId: 1,
  platform: 'zoom',
  callKey: 'zoom:1',
  origin: T0,
  startedAt: T0,
  updatedAt: T0,
  lastSeq: {},
};

/** A Zoom-like call: rows grow word by word; "Speaker 1" is named "Jo Banks" after the first lines. */
function call(): CaptureBatch[] {
  const batches: CaptureBatch[] = [];
  const events = (i: number, speaker: string, text: string): CaptionEvent[] => {
    const words = text.split(' ');
    return words.map((_, k) => ({
      kind: 'block',
      block: `d:${i}`,
      speaker,
      self: speaker === 'Me',
      text: words.slice(0, k + 1).join(' '),
      t: T0 + i * 12_000 + k * 300,
    }));
  };
  const lines: Array<[string, string]> = [];
  for (let i = 0; i < 80; i++) {
    const speaker = i % 3 === 0 ? 'Me' : i % 3 === 1 ? (i < 40 ? 'Speaker 1' : 'Jo Banks') : 'Ben';
    lines.push([speaker, `this is line ${i} and we are talking about the budget for next year`]);
  }
  for (const [i, [speaker, text]] of lines.entries()) {
    const batch: CaptureBatch = {
      type: 'capture/batch',
      doc: 'd',
      seq: i + 1,
      url: 'https://app.zoom.us/wc/1',
      events: [],
    };
    if (i === 40) batch.events.push({ kind: 'rename', from: 'Speaker 1', to: 'Jo Banks', t: T0 + i * 12_000 - 1 });
    batch.events.push(...events(i, speaker, text));
    batches.push(batch);
  }
  return batches;
}

function run(keepFinals: boolean) {
  const session = new CallSession({ ...record }, undefined, { keepFinals });
  const handedOut = new Map<string, string>();
  for (const batch of call()) {
    const change = session.apply(batch, 0);
    for (const line of change.changed) handedOut.set(line.id, line.speaker);
  }
  session.tick(T0 + 81 * 12_000 + 60_000);
  return { session, handedOut };
}

describe('a live session that keeps no final lines', () => {
  test('holds only what is open, and its log gives back the transcript a full session keeps', () => {
    const lean = run(false);
    const full = run(true);
    expect(lean.session.utterances()).toEqual([]);
    const finals = full.session.utterances();
    expect(finals).toHaveLength(80);
    expect(lean.session.finalsFrom(call())).toEqual(finals);
    expect(replayTranscript(record, call(), T0 + 2_000_000)).toEqual(finals);
    // Read back before the last line fell quiet, the log leaves it open, as the live session does.
    expect(replayTranscript(record, call(), 0)).toEqual(finals.slice(0, -1));
    // The same analysis either way: the engine never depended on the kept lines.
    expect(lean.session.analysis()).toEqual(full.session.analysis());
  });

  test('a learned name reaches every earlier line, the figures and the debrief, without losing or doubling a line', () => {
    const finals = replayTranscript(record, call(), T0 + 2_000_000);
    expect(finals.map((line) => line.speaker)).not.toContain('Speaker 1');
    expect(finals.filter((line) => line.speaker === 'Jo Banks')).toHaveLength(27);
    expect(new Set(finals.map((line) => line.id)).size).toBe(80);

    const { session } = run(false);
    const speakers = session.analysis().speakers.map((s) => [s.speaker, s.cues]);
    expect(speakers).toEqual([
      ['Me', 27],
      ['Jo Banks', 27],
      ['Ben', 26],
    ]);

    const debrief = rebuildCall(record, call());
    expect(debrief.utterances).toEqual(finals);
    // The debrief runs on past the last line, so only the recent-window figures may differ.
    const totals = (list: typeof debrief.analysis.speakers) => list.map((s) => [s.speaker, s.cues, s.talkSeconds]);
    expect(totals(debrief.analysis.speakers)).toEqual(totals(session.analysis().speakers));
  });
});
