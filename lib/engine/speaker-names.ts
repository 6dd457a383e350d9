/**
 * Names learned during a call (Zoom names a stand-in such as "Speaker 1" once a video tile shows who it
 * is). The detectors keep reading the speaker under the key it was first seen by, so their running state
 * (talk windows, pending questions, floor runs) needs no rewrite and a replay decides exactly the same;
 * everything the engine hands out carries the learned name instead.
 */
import type { StageView } from './stages.ts';
import { round, type SpeakerStats } from './stats.ts';
import type { Finding } from './types.ts';

export class SpeakerNames {
  /** A name as it arrives on new cues → the key the detectors know that speaker by. */
  private readonly keyOfName = new Map<string, string>();
  /** A detector key → the name shown for it. */
  private readonly nameOfKey = new Map<string, string>();

  /** `from` turned out to be `to`: later cues named `to` continue the same speaker, and output says `to`. */
  rename(from: string, to: string, known: (key: string) => boolean): void {
    if (from === to) return;
    const key = this.keyOf(from);
    this.nameOfKey.set(key, to);
    // A name that already is a speaker of its own (one person seen under two rows) stays that speaker;
    // the two are shown, and counted, under the one name.
    if (!known(to)) this.keyOfName.set(to, key);
  }

  keyOf(name: string): string {
    return this.keyOfName.get(name) ?? name;
  }

  nameOf(key: string): string {
    return this.nameOfKey.get(key) ?? key;
  }

  finding<F extends Finding>(finding: F): F {
    if (this.nameOfKey.size === 0) return finding;
    return {
      ...finding,
      speaker: this.nameOf(finding.speaker),
      target: finding.target === null ? null : this.nameOf(finding.target),
      evidence: finding.evidence.map((item) => ({ ...item, speaker: this.nameOf(item.speaker) })),
    };
  }

  stages(view: StageView): StageView {
    if (this.nameOfKey.size === 0) return view;
    const named = {} as StageView;
    for (const [stage, reading] of Object.entries(view) as Array<[keyof StageView, StageView[keyof StageView]]>) {
      named[stage] = {
        ...reading,
        evidence: reading.evidence.map((item) => ({ ...item, speaker: this.nameOf(item.speaker) })),
      };
    }
    return named;
  }

  /** Per-speaker figures under the names shown; two keys shown under one name are added up. */
  speakers(stats: readonly SpeakerStats[], me: string | undefined): SpeakerStats[] {
    if (this.nameOfKey.size === 0) return [...stats];
    const byName = new Map<string, SpeakerStats>();
    for (const figures of stats) {
      const speaker = this.nameOf(figures.speaker);
      const self = figures.self || (me !== undefined && speaker === me);
      const earlier = byName.get(speaker);
      byName.set(speaker, earlier ? addUp(earlier, figures, self) : { ...figures, speaker, self });
    }
    return [...byName.values()];
  }
}

function addUp(a: SpeakerStats, b: SpeakerStats, self: boolean): SpeakerStats {
  return {
    speaker: a.speaker,
    self: a.self || self,
    talkSeconds: round(a.talkSeconds + b.talkSeconds, 2),
    share: round(a.share + b.share, 4),
    recentTalkSeconds: round(a.recentTalkSeconds + b.recentTalkSeconds, 2),
    recentShare: round(a.recentShare + b.recentShare, 4),
    words: a.words + b.words,
    turns: a.turns + b.turns,
    cues: a.cues + b.cues,
    longestMonologueSeconds: Math.max(a.longestMonologueSeconds, b.longestMonologueSeconds),
    longestMonologueWords: Math.max(a.longestMonologueWords, b.longestMonologueWords),
    questions: a.questions + b.questions,
    interruptionsMade: a.interruptionsMade + b.interruptionsMade,
    interruptionsReceived: a.interruptionsReceived + b.interruptionsReceived,
  };
}
