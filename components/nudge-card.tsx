import { useEffect, useId, useRef, useState } from 'react';
import { agoText, FLAG_LABELS } from '../lib/labels.ts';
import { clock } from '../lib/transcript/duration.ts';
import { currentPhrasing, latestEvidenceAt, type Nudge } from '../lib/nudges/index.ts';
import { glanceText } from '../lib/playbook/index.ts';

/** A card whose moment is older than this is no longer about now: it fades (call seconds). */
export const NUDGE_FADE_SECONDS = 90;

export interface NudgeCardProps {
  /** The card on screen (`activeNudge(state)`), or null for none. */
  nudge: Nudge | null;
  /** The call time now, in seconds: the card says how long ago its moment was, and fades with age. */
  now: number;
  /** The panel writes `text` to the clipboard; components never touch browser APIs. */
  onCopy: (text: string, nudgeId: string) => void;
  onAnotherPhrasing: (nudgeId: string) => void;
  /** Snoozes this kind of tip for ten minutes. */
  onNotNow: (nudgeId: string) => void;
  /** Makes this detector less sensitive for the user. */
  onNotUseful: (nudgeId: string) => void;
  /** Shown as a "Helpful" menu item only when given. */
  onHelpful?: (nudgeId: string) => void;
}

/**
 * One tip to read at a glance: a title, one short script with Copy, and the moment's time. What
 * happened and why it matters wait behind "Why?"; the rarer actions sit in a small menu. The live
 * region announces new tips politely, without reading the buttons out.
 */
export function NudgeCard({ nudge, now, onCopy, onAnotherPhrasing, onNotNow, onNotUseful, onHelpful }: NudgeCardProps) {
  const titleId = useId();
  const [copied, setCopied] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const phrasing = nudge ? currentPhrasing(nudge) : undefined;

  // "Copied" belongs to the phrasing that was copied; a new one (or a new card) starts fresh.
  useEffect(() => setCopied(false), [nudge?.id, phrasing?.id]);

  const title = nudge ? FLAG_LABELS[nudge.type] : '';
  const script = phrasing ? glanceText(phrasing) : '';
  const announcement = nudge ? `Tip: ${title}. ${script}` : '';
  if (!nudge) return <Announcer text={announcement} />;

  const at = latestEvidenceAt(nudge.flag);
  const stale = now - at > NUDGE_FADE_SECONDS;
  // Each menu item closes the menu, so the card goes back to its glanceable shape.
  const act = (action: (nudgeId: string) => void) => () => {
    if (menu.current) menu.current.open = false;
    action(nudge.id);
  };
  return (
    <>
      <Announcer text={announcement} />
      <section
        className={`nudge${stale ? ' nudge-stale' : ''}`}
        aria-labelledby={titleId}
        data-testid="nudge-card"
        data-nudge-id={nudge.id}
        data-flag={nudge.type}
        data-stale={stale}
        data-confirmed-by={nudge.flag.evidence.at(-1)?.cue}
      >
        <header className="nudge-head">
          <h2 className="nudge-title" id={titleId}>
            {title}
            {nudge.count > 1 && (
              <span className="nudge-count" aria-label={`, happened ${nudge.count} times`}>
                {' '}
                ×{nudge.count}
              </span>
            )}
          </h2>
          <p className="nudge-when" data-testid="nudge-when">
            at <time dateTime={`PT${Math.floor(at)}S`}>{clock(at)}</time> · {agoText(now - at)}
          </p>
        </header>
        {phrasing && (
          <div className="nudge-say">
            <p className="nudge-phrasing" data-testid="nudge-phrasing">
              {script}
            </p>
            <button
              type="button"
              className="btn btn-primary nudge-copy"
              onClick={() => {
                onCopy(script, nudge.id);
                setCopied(true);
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        )}
        <div className="nudge-foot">
          <details className="nudge-why" data-testid="nudge-why">
            <summary>Why?</summary>
            <p className="nudge-what">
              <bdi>{nudge.whatHappened}</bdi>
            </p>
            <p className="nudge-matters">{nudge.whyItMatters}</p>
            {phrasing && script !== phrasing.text && <p className="nudge-full">In full: “{phrasing.text}”</p>}
          </details>
          <details className="nudge-menu" ref={menu}>
            <summary aria-label="More actions for this tip">More</summary>
            <div className="nudge-menu-items">
              <button
                type="button"
                className="btn btn-small"
                onClick={act(onAnotherPhrasing)}
                disabled={nudge.phrasings.length < 2}
              >
                Another phrasing
              </button>
              {onHelpful && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={act(onHelpful)}
                  aria-pressed={nudge.feedback.includes('helpful')}
                >
                  Helpful
                </button>
              )}
              <button type="button" className="btn btn-small" onClick={act(onNotNow)}>
                Not now (10 min)
              </button>
              <button type="button" className="btn btn-small" onClick={act(onNotUseful)}>
                Not useful
              </button>
            </div>
          </details>
        </div>
      </section>
    </>
  );
}

function Announcer({ text }: { text: string }) {
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="nudge-announcer">
      {text}
    </div>
  );
}

export interface FeedbackNoticeProps {
  /** What the user answered on the card that just closed. */
  feedback: 'not-useful' | 'not-now';
  onUndo: () => void;
  /** The options page, where sensitivity is set. */
  settingsHref: string;
}

/** The answer to "Not useful" or "Not now": what changed, a way back, and where the setting lives. */
export function FeedbackNotice({ feedback, onUndo, settingsHref }: FeedbackNoticeProps) {
  return (
    <p className="feedback-notice" role="status" data-testid="feedback-notice">
      <span>{feedback === 'not-useful' ? 'Fewer tips like this' : 'No tips like this for 10 minutes'}</span>
      {' · '}
      <button type="button" className="link-button" onClick={onUndo}>
        Undo
      </button>
      {' · '}
      <a href={settingsHref} target="_blank" rel="noopener">
        Settings
      </a>
    </p>
  );
}

export interface NoTipLineProps {
  /** Why there is no tip on screen now. */
  reason: 'no-role' | 'no-self' | 'warming-up' | 'listening';
  /** Seconds until tips may start, for `warming-up`. */
  warmUpSeconds: number;
}

/** A quiet line saying why no tip is showing, so silence never reads as "broken". */
export function NoTipLine({ reason, warmUpSeconds }: NoTipLineProps) {
  const text = {
    'no-role': 'Pick your role above to get tips.',
    'no-self': 'Pick which speaker is you to get tips.',
    'warming-up': `Listening — first tips after ${spokenWait(warmUpSeconds)}.`,
    listening: 'Listening — a tip appears when a moment needs one.',
  }[reason];
  return (
    <p className="no-tip" data-testid="no-tip" data-reason={reason}>
      {text}
    </p>
  );
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** 120 → "two minutes", 20 → "20 seconds". */
function spokenWait(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return `${NUMBER_WORDS[minutes] ?? minutes} minute${minutes === 1 ? '' : 's'}`;
}
