import { useEffect, useId, useState } from 'react';
import type { QuietRadar as QuietRadarData } from '../lib/nudges/radar.ts';
import { speakerName } from '../lib/labels.ts';
import { spokenDuration } from '../lib/transcript/duration.ts';

export interface QuietRadarProps {
  /** From `quietVoices(...)`. Nothing is drawn for a one-to-one call. */
  radar: QuietRadarData;
  /** The panel writes `text` to the clipboard. */
  onCopy?: (text: string) => void;
}

/** Who has been quiet for a while in a group call, and one way to invite them in. */
export function QuietRadar({ radar, onCopy }: QuietRadarProps) {
  const titleId = useId();
  const [index, setIndex] = useState(0);
  const [copied, setCopied] = useState(false);
  const phrasing = radar.phrasings.length > 0 ? radar.phrasings[index % radar.phrasings.length] : undefined;
  useEffect(() => setCopied(false), [phrasing?.id]);

  if (!radar.active) return null;
  return (
    <section className="radar" aria-labelledby={titleId} data-testid="quiet-radar">
      <h2 className="section-title" id={titleId}>
        Quiet voices
      </h2>
      {radar.quiet.length === 0 ? (
        <p className="muted">Everyone has spoken in the last few minutes.</p>
      ) : (
        <>
          <ul className="radar-list">
            {radar.quiet.map((voice) => (
              <li key={voice.speaker} data-speaker={voice.speaker}>
                <bdi className="radar-name">{speakerName(voice.speaker)}</bdi> · quiet for{' '}
                {spokenDuration(voice.silentSeconds, 'minutes')}
              </li>
            ))}
          </ul>
          {phrasing && (
            <figure className="nudge-script">
              <figcaption className="nudge-label">An invitation you could use</figcaption>
              <blockquote className="nudge-phrasing" data-testid="radar-phrasing">
                {phrasing.text}
              </blockquote>
              <div className="nudge-actions">
                {onCopy && (
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() => {
                      onCopy(phrasing.text);
                      setCopied(true);
                    }}
                  >
                    {copied ? 'Copied' : 'Copy'}
                  </button>
                )}
                <button
                  type="button"
                  className="btn"
                  onClick={() => setIndex((i) => i + 1)}
                  disabled={radar.phrasings.length < 2}
                >
                  Another phrasing
                </button>
              </div>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
