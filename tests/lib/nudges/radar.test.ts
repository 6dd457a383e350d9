import { describe, expect, it } from 'vitest';
import type { SpeakerStats } from '../../../lib/engine/stats.ts';
import type { Flag } from '../../../lib/engine/types.ts';
import { type LastHeard, lastHeardFrom, quietVoices, quoteOf, trackLastHeard } from '../../../lib/nudges/index.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

function stats(speaker: string, cues: number, self = false): SpeakerStats {
  return {
    speaker,
    self,
    cues,
    talkSeconds: cues * 10,
    share: 0,
    recentTalkSeconds: 0,
    recentShare: 0,
    words: cues * 20,
    turns: cues,
    longestMonologueSeconds: 0,
    longestMonologueWords: 0,
    questions: 0,
    interruptionsMade: 0,
    interruptionsReceived: 0,
  };
}

const panel = [stats('Ana', 5), stats('Me', 4, true), stats('Bo', 1), stats('Cy', 3)];
const heard: LastHeard = {
  Ana: { cues: 5, at: 600 },
  Me: { cues: 4, at: 100 },
  Bo: { cues: 1, at: 60 },
  Cy: { cues: 3, at: 350 },
};

describe('[nudges] quiet-voice radar', () => {
  it('lists who has been silent for four minutes or more, in order of appearance, never the user', () => {
    const radar = quietVoices({ speakers: panel, now: 600, lastHeard: heard, perspective: { role: 'host', me: 'Me' } });
    expect(radar.active).toBe(true);
    expect(radar.quiet).toEqual([
      { speaker: 'Bo', silentSeconds: 540, lastHeardAt: 60 },
      { speaker: 'Cy', silentSeconds: 250, lastHeardAt: 350 },
    ]);
    expect(radar.entryId).toBe('invite.quiet-voice');
    expect(radar.phrasings.length).toBeGreaterThanOrEqual(3);
    expect(radar.phrasings.every((p) => p.roles.includes('host'))).toBe(true);
  });

  it.each([
    ['a one-to-one call', [stats('Ana', 5), stats('Me', 1, true)], false],
    ['two people and unlabelled captions', [stats('Ana', 5), stats('Me', 1, true), stats('', 4)], false],
    ['three labelled speakers', [stats('Ana', 5), stats('Me', 1, true), stats('Bo', 1)], true],
  ])('runs only in group calls: %s', (_name, speakers, active) => {
    const radar = quietVoices({
      speakers,
      now: 900,
      lastHeard: { Ana: { cues: 5, at: 0 }, Bo: { cues: 1, at: 0 } },
      perspective: { role: 'interviewer' },
    });
    expect(radar.active).toBe(active);
    expect(radar.quiet.length > 0).toBe(active);
  });

  it('just under four minutes is not quiet yet', () => {
    const radar = quietVoices({ speakers: panel, now: 589, lastHeard: heard, perspective: { role: 'host', me: 'Me' } });
    expect(radar.quiet.map((q) => q.speaker)).toEqual(['Bo']);
  });

  it('offers no script without a role', () => {
    expect(quietVoices({ speakers: panel, now: 600, lastHeard: heard, perspective: {} }).phrasings).toEqual([]);
  });

  it('tracks who was last heard from statistics snapshots', () => {
    let last: LastHeard = {};
    last = trackLastHeard(last, [stats('Ana', 1), stats('Bo', 1)], 10);
    last = trackLastHeard(last, [stats('Ana', 3), stats('Bo', 1)], 200);
    last = trackLastHeard(last, [stats('Ana', 3), stats('Bo', 1), stats('Cy', 1)], 260);
    expect(last).toEqual({ Ana: { cues: 3, at: 200 }, Bo: { cues: 1, at: 10 }, Cy: { cues: 1, at: 260 } });
  });

  it('reads who was last heard from a transcript', () => {
    const u = (speaker: string, start: number, end: number): Utterance => ({
      id: `${speaker}${start}`,
      speaker,
      self: false,
      text: 'x',
      start,
      end,
      final: true,
    });
    expect(lastHeardFrom([u('Ana', 0, 5), u('Bo', 6, 9), u('Ana', 10, 30)])).toEqual({
      Ana: { cues: 2, at: 30 },
      Bo: { cues: 1, at: 9 },
    });
  });
});

describe('[nudges] quoting the evidence', () => {
  const base = {
    kind: 'flag',
    id: 'x',
    at: 0,
    anchor: 'a',
    speaker: 'Me',
    target: 'Ana',
    confidence: 0.9,
    rule: 'r',
  } as const;
  it('quotes the end of the cut-off sentence for an interruption', () => {
    const f: Flag = {
      ...base,
      type: 'interruption',
      evidence: [
        {
          cue: 'a',
          speaker: 'Ana',
          text: 'What I wanted to say is that the migration plan has three phases and the',
          at: 0,
          words: 'and the',
        },
        { cue: 'b', speaker: 'Me', text: 'Sorry, quick one', at: 3 },
      ],
    };
    expect(quoteOf(f)).toBe('…is that the migration plan has three phases and the');
  });

  it("quotes the skeptic's own words for a skeptical response", () => {
    const f: Flag = {
      ...base,
      type: 'skeptical-response',
      evidence: [
        { cue: 'a', speaker: 'Ana', text: "I haven't used it", at: 0, words: "I haven't used" },
        { cue: 'b', speaker: 'Me', text: "Really? That's pretty basic.", at: 3, words: 'really … pretty basic' },
      ],
    };
    expect(quoteOf(f)).toBe('really … pretty basic');
  });

  it('clips a long quote to one line', () => {
    const f: Flag = {
      ...base,
      type: 'unanswered-question',
      evidence: [{ cue: 'a', speaker: 'Me', text: 'q', at: 0, words: 'w'.repeat(200) }],
    };
    expect(quoteOf(f)!.length).toBeLessThanOrEqual(90);
    expect(quoteOf(f)!.endsWith('…')).toBe(true);
  });
});
