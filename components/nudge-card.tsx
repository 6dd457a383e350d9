import { useEffect, useId, useState } from 'react';
import type { Nudge } from '../lib/nudges/policy.ts';
import { STAGE_LABELS } from './finding-labels.ts';

export interface NudgeCardProps {
  /** The card on screen (`activeNudge(state)`), or null for none. */
  nudge: Nudge | null;
  /** The panel writes `text` to the clipboard; components never touch browser APIs. */
  onCopy: (text: string, nudgeId: string) => void;
  onAnotherPhrasing: (nudgeId: string) => void;
  /** Snoozes this kind of tip for ten minutes. */
  onNotNow: (nudgeId: string) => void;
  /** Makes this detector less sensitive for the user. */
  onNotUseful: (nudgeId: string) => void;
  /** Shown as a "Helpful" button only when given. */
  onHelpful?: (nudgeId: string) => void;
}

/**
 * One calm, glanceable tip: what happened (quoting the words), why it matters, and something to say.
 * The live region announces new tips politely, without reading the buttons out.
 */
export function NudgeCard({ nudge, onCopy, onAnotherPhrasing, onNotNow, onNotUseful, onHelpful }: NudgeCardProps) {
  const titleId = useId();
  const [copied, setCopied] = useState(false);
  const phrasing = nudge ? nudge.phrasings[nudge.phrasingIndex % Math.max(1, nudge.phrasings.length)] : undefined;

  // "Copied" belongs to the phrasing that was copied; a new one (or a new card) starts fresh.
  useEffect(() => setCopied(false), [nudge?.id, phrasing?.id]);

  const announcement = nudge
    ? `Tip: ${nudge.title}. ${nudge.whatHappened}${nudge.count > 1 ? ` This happened ${nudge.count} times.` : ''}`
    : '';
  return (
    <>
      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="nudge-announcer">
        {announcement}
      </div>
      {nudge && (
        <section
          className="nudge"
          aria-labelledby={titleId}
          data-testid="nudge-card"
          data-nudge-id={nudge.id}
          data-flag={nudge.type}
          data-confirmed-by={nudge.flag.evidence.at(-1)?.cue}
        >
          <header className="nudge-head">
            <h2 className="nudge-title" id={titleId}>
              {nudge.title}
            </h2>
            {nudge.count > 1 && (
              <span className="nudge-count" aria-label={`happened ${nudge.count} times`}>
                ×{nudge.count}
              </span>
            )}
          </header>
          <p className="nudge-what">{nudge.whatHappened}</p>
          <p className="nudge-why">
            <span className="nudge-label">Why it matters: </span>
            {nudge.whyItMatters}
          </p>
          {phrasing && (
            <figure className="nudge-script">
              <figcaption className="nudge-label">
                You could say
                {nudge.phrasings.length > 1
                  ? ` (${(nudge.phrasingIndex % nudge.phrasings.length) + 1} of ${nudge.phrasings.length})`
                  : ''}
                <span className="nudge-stage"> · builds {STAGE_LABELS[phrasing.stage].name.toLowerCase()} safety</span>
              </figcaption>
              <blockquote className="nudge-phrasing" data-testid="nudge-phrasing">
                {phrasing.text}
              </blockquote>
            </figure>
          )}
          <div className="nudge-actions">
            {phrasing && (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  onCopy(phrasing.text, nudge.id);
                  setCopied(true);
                }}
              >
                {copied ? 'Copied' : 'Copy'}
              </button>
            )}
            <button
              type="button"
              className="btn"
              onClick={() => onAnotherPhrasing(nudge.id)}
              disabled={nudge.phrasings.length < 2}
            >
              Another phrasing
            </button>
            {onHelpful && (
              <button
                type="button"
                className="btn"
                onClick={() => onHelpful(nudge.id)}
                aria-pressed={nudge.feedback.includes('helpful')}
              >
                Helpful
              </button>
            )}
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => onNotNow(nudge.id)}
              title="No tips like this for 10 minutes"
            >
              Not now
            </button>
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => onNotUseful(nudge.id)}
              title="Show fewer tips like this"
            >
              Not useful
            </button>
          </div>
        </section>
      )}
    </>
  );
}
