import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { CallClock } from '../../components/call-clock.tsx';
import { CaptureHealth } from '../../components/capture-health.tsx';
import { flagHighlights } from '../../components/finding-labels.ts';
import { NudgeCard } from '../../components/nudge-card.tsx';
import { QuietRadar } from '../../components/quiet-radar.tsx';
import { RolePicker } from '../../components/role-picker.tsx';
import { StageLadder } from '../../components/stage-ladder.tsx';
import { TalkBars } from '../../components/talk-bars.tsx';
import { TranscriptView } from '../../components/transcript-view.tsx';
import type { Perspective } from '../../lib/engine/types.ts';
import { lastHeardFrom, quietVoices, resolvePerspective } from '../../lib/nudges/index.ts';
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
    analysis,
    coach,
  } = useStore(
    store,
    useShallow((state) => ({
      status: state.status,
      connection: state.connection,
      tabId: state.tabId,
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

  return (
    <main className="panel">
      <header className="panel-header">
        <h1 className="brand">Candor</h1>
        {inCall && <CallClock seconds={analysis?.now ?? 0} />}
      </header>
      <CaptureHealth status={status} connection={link} hasTab={tabId !== null} />
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
            nudge={coach.nudge}
            onCopy={copy}
            onAnotherPhrasing={(nudgeId) => connection.send({ type: 'another-phrasing', tabId, nudgeId })}
            onNotNow={(nudgeId) => connection.send({ type: 'feedback', tabId, nudgeId, feedback: 'not-now' })}
            onNotUseful={(nudgeId) => connection.send({ type: 'feedback', tabId, nudgeId, feedback: 'not-useful' })}
            onHelpful={(nudgeId) => connection.send({ type: 'feedback', tabId, nudgeId, feedback: 'helpful' })}
          />
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
      </nav>
    </main>
  );
}
