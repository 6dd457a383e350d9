import { useId } from 'react';
import type { SpeakerStats } from '../lib/engine/stats.ts';
import { speakerName } from '../lib/labels.ts';

export interface TalkBarsProps {
  /** In order of first appearance (the engine's order); shown in that order, never sorted by share. */
  speakers: readonly SpeakerStats[];
  /** The user's speaker name, labelled "you". */
  me?: string;
}

/**
 * Talk share per speaker, for the whole call and the last 10 minutes. Deliberately unranked: people stay
 * in the order they first spoke, so the bars describe the conversation rather than score anyone.
 */
export function TalkBars({ speakers, me }: TalkBarsProps) {
  const titleId = useId();
  return (
    <section className="talk" aria-labelledby={titleId} data-testid="talk-bars">
      <h2 className="section-title" id={titleId}>
        Talk share
      </h2>
      {speakers.length === 0 ? (
        <p className="muted">Nobody has spoken yet.</p>
      ) : (
        <>
          <p className="section-hint">Listed in the order people first spoke.</p>
          <ul className="talk-list">
            {speakers.map((s) => {
              const isMe = s.self || (me !== undefined && s.speaker === me);
              const name = s.speaker === '' ? 'Unlabelled speech' : speakerName(s.speaker);
              const whole = percent(s.share);
              const recent = percent(s.recentShare);
              return (
                <li key={s.speaker} className={`talk-row${isMe ? ' talk-self' : ''}`} data-speaker={s.speaker}>
                  <span className="talk-name">
                    <bdi>{name}</bdi>
                    {/* Meet already calls the user "You". */}
                    {isMe && name.toLowerCase() !== 'you' && <span className="talk-you"> (you)</span>}
                  </span>
                  <span className="talk-figures">
                    whole call {whole}% · last 10 min {recent}%
                  </span>
                  <span className="talk-bar" aria-hidden="true">
                    <span className="talk-fill" style={{ width: `${whole}%` }} />
                  </span>
                  <span className="talk-bar talk-bar-recent" aria-hidden="true">
                    <span className="talk-fill" style={{ width: `${recent}%` }} />
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function percent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
