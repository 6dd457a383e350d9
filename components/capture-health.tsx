import type { ReactNode } from 'react';
import type { CaptureState, CaptureStatus, Platform } from '../lib/capture/types.ts';
import type { Connection } from '../lib/store/panel-store.ts';

const PLATFORM_NAMES: Record<Platform, string> = {
  meet: 'Google Meet',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  practice: 'Practice run',
};

// How to turn captions on, in the words of each platform's own buttons.
const TURN_ON_HINT: Record<Platform, string> = {
  meet: 'Click the CC button ("Turn on captions") in the call toolbar, or press c.',
  zoom: 'Click "Show Captions" in the call toolbar. If it is missing, the host has to allow captions.',
  teams:
    'Open More (…) in the meeting controls, then Language and speech → Show live captions. As a guest: More → Captions.',
  practice: 'Start the replay on the practice page.',
};

const STATE_TEXT: Record<CaptureState, string> = {
  'no-call': 'Waiting for a call to start in this tab.',
  'captions-off': 'Captions are off, so Candor cannot hear the call.',
  'captions-on': 'Captions are on. Waiting for someone to speak.',
  capturing: 'Listening: captions are being transcribed.',
  unreadable: 'Candor cannot read the captions on this page.',
};

export interface CaptureHealthProps {
  status: CaptureStatus | null;
  connection: Connection;
  hasTab: boolean;
  /** Set once a call (or practice run) that was heard has ended: the debrief to open. */
  endedDebriefHref?: string | undefined;
}

/**
 * One state at a time: whether Candor can hear the call, what to do when it cannot, or, once the
 * call is over, where its debrief is.
 */
export function CaptureHealth({ status, connection, hasTab, endedDebriefHref }: CaptureHealthProps) {
  if (endedDebriefHref !== undefined) {
    return (
      <Health tone="idle" title={status?.platform === 'practice' ? 'Practice run' : 'Call'}>
        <p className="health-text" role="status">
          Call ended —{' '}
          <a href={endedDebriefHref} target="_blank" rel="noopener" data-testid="panel-debrief-link">
            open the debrief
          </a>
        </p>
      </Health>
    );
  }
  if (!hasTab)
    return (
      <Health tone="idle" title="No tab" text="Open a Google Meet, Zoom or Microsoft Teams web call in this window." />
    );
  if (connection !== 'live') return <Health tone="idle" title="Connecting" text="Reaching Candor's background…" />;
  if (!status) {
    return (
      <Health
        tone="idle"
        title="Not a call page"
        text="Candor works in Google Meet, Zoom (app.zoom.us/wc) and Microsoft Teams web calls."
      >
        <p className="health-hint">
          New to Candor?{' '}
          <a href="practice.html" target="_blank" rel="noopener">
            Try a 4-minute practice
          </a>
        </p>
      </Health>
    );
  }
  const tone =
    status.state === 'capturing' || status.state === 'captions-on'
      ? 'ok'
      : status.state === 'no-call'
        ? 'idle'
        : 'warn';
  return (
    <Health tone={tone} title={PLATFORM_NAMES[status.platform]} text={STATE_TEXT[status.state]}>
      {status.state === 'captions-off' && <p className="health-hint">{TURN_ON_HINT[status.platform]}</p>}
      {/* A detail explains a problem; on a calm state it would only say the same thing twice. */}
      {status.detail && tone === 'warn' && <p className="health-hint">{status.detail}</p>}
    </Health>
  );
}

function Health(props: { tone: 'ok' | 'warn' | 'idle'; title: string; text?: string; children?: ReactNode }) {
  return (
    <section className={`health health-${props.tone}`} aria-label="Capture status" data-testid="capture-health">
      <span className="health-dot" aria-hidden="true" />
      <div>
        <h2 className="health-title">{props.title}</h2>
        {props.text !== undefined && (
          <p className="health-text" role="status">
            {props.text}
          </p>
        )}
        {props.children}
      </div>
    </section>
  );
}
