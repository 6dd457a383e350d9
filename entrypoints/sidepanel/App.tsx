import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { CallClock } from '../../components/call-clock.tsx';
import { CaptureHealth } from '../../components/capture-health.tsx';
import { FeedbackNotice, NoTipLine, NudgeCard } from '../../components/nudge-card.tsx';
import { QuietRadar } from '../../components/quiet-radar.tsx';
import { RolePicker } from '../../components/role-picker.tsx';
import { StageLadder } from '../../components/stage-ladder.tsx';
import { TalkBars } from '../../components/talk-bars.tsx';
import { TranscriptView } from '../../components/transcript-view.tsx';
import type { Perspective } from '../../lib/engine/types.ts';
import { flagHighlights } from '../../lib/labels.ts';
import { lastHeardFrom, quietVoices, resolvePerspective } from '../../lib/nudges/index.ts';
import { describePace } from '../../lib/session/call-session.ts';
import type { PanelStore } from '../../lib/store/panel-store.ts';
import type { PanelConnection } from './connection.ts';

export interface AppProps {
  store: PanelStore;
  connection: Pick<PanelConnection, 'send'>;
}

/** The side panel: capture health, who I am, the one current tip, then the live views of the call. */
export function App({ store, connection }: AppProps) {
  const {
    status,
    connection: link,
    tabId,
    session,
    analysis,
    coach,
  } = useStore(
    store,
    useShallow((state) => ({
      status: state.status,
      connection: state.connection,
      tabId: state.tabId,
      session: state.session,
      analysis: state.analysis,
      coach: state.coach,
    })),
  );
  const utterances = useStore(
    store,
    useShallow((state) => state.order.map((id) => state.utterances[id]!)),
  );
  const speakers = useMemo(() => analysis?.speakers ?? [], [analysis?.speakers]);
  const chosen: Perspective = useMemo(() => coach?.perspective ?? {}, [coach?.perspective]);
  const perspective = useMemo(() => resolvePerspective(chosen, speakers), [chosen, speakers]);
  const highlights = useMemo(() => flagHighlights(analysis?.flags ?? []), [analysis?.flags]);
  const radar = useMemo(
    () => quietVoices({ speakers, now: analysis?.now ?? 0, lastHeard: lastHeardFrom(utterances), perspective }),
    [speakers, analysis?.now, utterances, perspective],
  );

  const setPerspective = (next: Perspective) => {
    if (tabId !== null) connection.send({ type: 'perspective', tabId, perspective: next });
  };
  const copy = (text: string) => void navigator.clipboard?.writeText(text).catch(() => undefined);
  const inCall = tabId !== null && coach !== null;
  // A call that was heard and is over: its tips are no longer about now, and the debrief is next.
  const ended = session !== null && status?.state === 'no-call' && utterances.length > 0;
  const now = analysis?.now ?? 0;
  // The card the user just answered "not useful" or "not now" on, for the Undo line.
  const [answered, setAnswered] = useState<{ nudgeId: string; feedback: 'not-useful' | 'not-now' } | null>(null);
  const nudge = ended ? null : (coach?.nudge ?? null);
  // A new card takes the place of the answered one, and its Undo line goes with it.
  const nudgeId = nudge?.id ?? null;
  useEffect(() => {
    if (nudgeId !== null) setAnswered(null);
  }, [nudgeId]);
  const answer = (nudgeId: string, feedback: 'not-useful' | 'not-now') => {
    if (tabId === null) return;
    connection.send({ type: 'feedback', tabId, nudgeId, feedback });
    setAnswered({ nudgeId, feedback });
  };

  return (
    <main className="panel">
      <header className="panel-header">
        <h1 className="brand">
          <picture>
            <source srcSet="/icon/candor-light-32.png" media="(prefers-color-scheme: dark)" />
            <img className="brand-icon" src="/icon/candor-32.png" width="20" height="20" alt="" />
          </picture>
          Candor
        </h1>
        {inCall && <CallClock seconds={now} />}
      </header>
      {coach?.pace === 'quick' && status?.platform !== 'practice' && (
        <p className="pace-note" data-testid="pace-note">
          Quick tips are on: {describePace('quick')} (set on the welcome page).
        </p>
      )}
      <CaptureHealth
        status={status}
        connection={link}
        hasTab={tabId !== null}
        endedDebriefHref={ended ? `debrief.html?session=${encodeURIComponent(session.id)}` : undefined}
      />
      {inCall && (
        <>
          <RolePicker
            role={chosen.role}
            me={perspective.me}
            speakers={speakers.map((speaker) => speaker.speaker)}
            onRoleChange={(role) => setPerspective({ ...chosen, ...(role ? { role } : { role: undefined }) })}
            onMeChange={(me) => setPerspective({ ...chosen, ...(me ? { me } : { me: undefined }) })}
          />
          <NudgeCard
            nudge={nudge}
            now={now}
            onCopy={copy}
            onAnotherPhrasing={(nudgeId) => connection.send({ type: 'another-phrasing', tabId, nudgeId })}
            onNotNow={(nudgeId) => answer(nudgeId, 'not-now')}
            onNotUseful={(nudgeId) => answer(nudgeId, 'not-useful')}
            onHelpful={(nudgeId) => connection.send({ type: 'feedback', tabId, nudgeId, feedback: 'helpful' })}
          />
          {answered && !ended && (
            <FeedbackNotice
              feedback={answered.feedback}
              settingsHref="options.html"
              onUndo={() => {
                connection.send({ type: 'undo-feedback', tabId, nudgeId: answered.nudgeId });
                setAnswered(null);
              }}
            />
          )}
          {!nudge && !answered && !ended && (
            <NoTipLine
              reason={
                !chosen.role
                  ? 'no-role'
                  : !perspective.me
                    ? 'no-self'
                    : now < coach.warmUpSeconds
                      ? 'warming-up'
                      : 'listening'
              }
              warmUpSeconds={coach.warmUpSeconds}
            />
          )}
          {speakers.length > 0 && (
            <details className="panel-section">
              <summary>Talk and safety</summary>
              <TalkBars speakers={speakers} {...(perspective.me ? { me: perspective.me } : {})} />
              <QuietRadar radar={radar} onCopy={copy} />
              {analysis && <StageLadder stages={analysis.stages} />}
            </details>
          )}
        </>
      )}
      <TranscriptView utterances={utterances} highlights={highlights} />
      <nav className="panel-links" aria-label="Candor pages">
        <a href="practice.html" target="_blank" rel="noopener">
          Practice
        </a>
        <a href="calls.html" target="_blank" rel="noopener">
          Calls
        </a>
        <a href="privacy.html" target="_blank" rel="noopener">
          What is stored
        </a>
        <a href="welcome.html" target="_blank" rel="noopener">
          Setup
        </a>
        <a href="options.html" target="_blank" rel="noopener">
          Settings
        </a>
      </nav>
    </main>
  );
}
