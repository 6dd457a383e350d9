import { FirstUse } from '../../components/first-use.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useEffect, useMemo, useState } from 'react';
import { ChecklistView } from '../../components/debrief/checklist-view.tsx';
import { MetricTiles, NextStepsView } from '../../components/debrief/debrief-lead.tsx';
import { MomentList } from '../../components/debrief/moment-list.tsx';
import { clock, spokenDuration } from '../../lib/transcript/duration.ts';
import { ReflectionForm } from '../../components/debrief/reflection-form.tsx';
import { RepairsView } from '../../components/debrief/repairs-view.tsx';
import { SpeakerTable } from '../../components/debrief/speaker-table.tsx';
import { StagesView } from '../../components/debrief/stages-view.tsx';
import { TimelineChart } from '../../components/debrief/timeline-chart.tsx';
import { metricTiles, MIN_JUDGED_SECONDS, nextSteps } from '../../lib/debrief/moments.ts';
import { ROLE_LABELS, speakerName } from '../../lib/labels.ts';
import { formatDate, platformName, titleOf } from '../../lib/debrief/session-meta.ts';
import { ROLES, type Role } from '../../lib/engine/types.ts';
import type { CallExport } from '../../lib/export/types.ts';
import type { PageStore } from '../../utils/store-messages.ts';
import { ExportPanel } from './export-panel.tsx';
import { loadCall, type LoadedCall } from './load.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'deleted' }
  | { kind: 'ready'; call: LoadedCall };

export function App({ store, sessionId }: { store: PageStore; sessionId: string | null }) {
  const [state, setState] = useState<State>(sessionId ? { kind: 'loading' } : { kind: 'missing' });

  useEffect(() => {
    if (!sessionId) return;
    loadCall(store, sessionId).then(
      (call) => setState(call ? { kind: 'ready', call } : { kind: 'missing' }),
      (error: unknown) => setState({ kind: 'error', message: String(error) }),
    );
  }, [store, sessionId]);

  useEffect(() => {
    document.title = state.kind === 'ready' ? `${titleOf(state.call.session)} — Candor debrief` : 'Candor — Debrief';
  }, [state]);

  return (
    <main className="page" aria-busy={state.kind === 'loading'}>
      <PageHeader current="debrief" />
      {state.kind === 'loading' && <p role="status">Rebuilding the call from its captions…</p>}
      {state.kind === 'missing' && (
        <>
          <h1>This call is not here</h1>
          <p>
            It may have been deleted, or kept only while its tab was open (see “Keeping calls” on the{' '}
            <a href="calls.html">Calls</a> page).
          </p>
          <FirstUse title="A debrief appears here after a call or a practice run." />
        </>
      )}
      {state.kind === 'deleted' && (
        <>
          <h1>Call deleted</h1>
          <p role="status">The call and its captions are gone from this browser.</p>
          <p>
            <a href="calls.html">See all stored calls</a>
          </p>
        </>
      )}
      {state.kind === 'error' && (
        <p role="alert" className="error">
          This call could not be rebuilt from its stored captions ({state.message}). Reload the page to try again; if it
          keeps failing, the call can still be deleted from the <a href="calls.html">Calls</a> page.
        </p>
      )}
      {state.kind === 'ready' && (
        <Debrief
          call={state.call}
          store={store}
          onChange={(session) => setState({ kind: 'ready', call: { ...state.call, session } })}
          onDeleted={() => setState({ kind: 'deleted' })}
        />
      )}
    </main>
  );
}

interface DebriefProps {
  call: LoadedCall;
  store: PageStore;
  onChange: (session: LoadedCall['session']) => void;
  onDeleted: () => void;
}

function Debrief({ call, store, onChange, onDeleted }: DebriefProps) {
  const { session, debrief } = call;
  const { analysis, repairs, checklist, utterances, duration } = debrief;
  const [confirming, setConfirming] = useState(false);
  const [transcriptOpen, setTranscriptOpen] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const title = titleOf(session);
  const mended = useMemo(() => new Set(repairs.repairs.map((r) => r.flag)), [repairs]);
  const self = useMemo(() => new Set(analysis.speakers.filter((s) => s.self).map((s) => s.speaker)), [analysis]);
  const byId = useMemo(() => new Map(utterances.map((u) => [u.id, u])), [utterances]);
  const exported: CallExport = {
    title,
    startedAt: session.startedAt,
    platform: session.platform,
    duration,
    utterances,
    analysis,
    repairs,
    checklist,
    ...(session.reflection ? { reflection: session.reflection } : {}),
    ...(session.perspective ? { perspective: session.perspective } : {}),
    ...(session.roles ? { roles: session.roles } : {}),
  };
  const myRole = (session.myRole ?? session.perspective?.role) as Role | undefined;
  const meStats =
    analysis.speakers.find((s) => s.speaker === session.perspective?.me) ?? analysis.speakers.find((s) => s.self);
  const me = meStats?.speaker;
  const tiles = meStats ? metricTiles(meStats, myRole) : [];
  const steps = nextSteps({ flags: analysis.flags, tiles, role: myRole, me });
  const tooShort = duration < MIN_JUDGED_SECONDS;

  // A moment's link opens the transcript and brings its line into view.
  useEffect(() => {
    if (target === null || !transcriptOpen) return;
    const line = document.getElementById(`line-${target}`);
    line?.scrollIntoView({ block: 'center' });
    line?.focus({ preventScroll: true });
  }, [target, transcriptOpen]);
  const openLine = (cue: string) => {
    setTranscriptOpen(true);
    setTarget(cue);
    history.replaceState(null, '', `#line-${cue}`);
  };

  async function setRole(value: string) {
    const role = ROLES.find((r) => r === value);
    const next = await store.annotate(session.id, { myRole: role });
    if (next) onChange(next);
  }

  return (
    <>
      <h1>
        <bdi>{title}</bdi>
      </h1>
      <p className="muted" style={{ margin: 0 }}>
        {formatDate(session.startedAt)} · {clock(duration)} ({spokenDuration(duration)}) · {platformName(session)}
      </p>

      <section className="card lead" aria-labelledby="next-heading">
        <h2 id="next-heading">Next time, try</h2>
        <NextStepsView steps={steps} />
        {meStats ? (
          <MetricTiles tiles={tiles} />
        ) : (
          <p className="muted small">
            Pick which speaker you were (in the side panel during a call) to see your own figures.
          </p>
        )}
        {meStats && !myRole && (
          <p className="muted small">Set your role below to compare these with the usual ranges for it.</p>
        )}
      </section>

      <section className="card" aria-labelledby="moments-heading">
        <h2 id="moments-heading">Moments</h2>
        <p className="small muted" style={{ marginTop: 0 }}>
          Each time opens the transcript at the line that caused it.
        </p>
        <MomentList
          findings={[...analysis.flags, ...analysis.signals]}
          utterances={byId}
          me={me}
          mended={mended}
          onOpenLine={openLine}
        />
      </section>

      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Who spoke when</h2>
        {utterances.length === 0 ? (
          <p className="muted">No captions were stored for this call.</p>
        ) : (
          <TimelineChart
            utterances={utterances}
            flags={analysis.flags}
            signals={analysis.signals}
            repairs={repairs.repairs}
            speakers={analysis.speakers}
            duration={duration}
            onSelectLine={openLine}
          />
        )}
      </section>

      <section className="card" aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Transcript</h2>
        <details open={transcriptOpen} onToggle={(event) => setTranscriptOpen(event.currentTarget.open)}>
          <summary>Show all {utterances.length} lines</summary>
          <ol className="transcript" data-testid="transcript">
            {utterances.map((u) => (
              <li
                key={u.id}
                id={`line-${u.id}`}
                tabIndex={-1}
                className={u.id === target ? 'line-target' : undefined}
                data-speaker={u.speaker}
              >
                <span className="moment-time">{clock(u.start)}</span>{' '}
                <strong>
                  <bdi>{speakerName(u.speaker)}</bdi>
                </strong>
                : <bdi className="cue-text">{u.text}</bdi>
              </li>
            ))}
          </ol>
        </details>
      </section>

      <details className="card more-detail">
        <summary>
          <h2>Checklist, stages and repairs</h2>
        </summary>
        {tooShort && (
          <p className="muted" data-testid="too-short">
            This call was {spokenDuration(duration)} long: not enough to judge the four stages yet.
          </p>
        )}
        <div className="grid-2">
          <section aria-labelledby="checklist-heading">
            <h3 id="checklist-heading">Checklist</h3>
            <ChecklistView indicators={checklist} />
          </section>
          <div>
            <section aria-labelledby="stages-heading">
              <h3 id="stages-heading">Four stages of safety</h3>
              <StagesView stages={analysis.stages} tooShort={tooShort} />
            </section>
            <section aria-labelledby="repairs-heading">
              <h3 id="repairs-heading">Repairs</h3>
              <RepairsView reading={repairs} flags={analysis.flags} />
            </section>
          </div>
        </div>
      </details>

      <section className="card" aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">Speakers</h2>
        <SpeakerTable speakers={analysis.speakers} />
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">Reflection</h2>
          <p className="small muted" style={{ marginTop: 0 }}>
            Private: kept with this call and left out of anything you share.
          </p>
          <ReflectionForm
            key={session.id}
            initial={session.reflection}
            onSave={async (reflection) => {
              const saved = await store.setReflection(session.id, reflection);
              const next = await store.get(session.id);
              if (next) onChange(next);
              return saved;
            }}
          />
        </section>
        <section className="card" aria-labelledby="export-heading">
          <h2 id="export-heading">Export</h2>
          <p>
            <label htmlFor="my-role">My role in this call </label>
            <select id="my-role" value={myRole ?? ''} onChange={(event) => void setRole(event.target.value)}>
              <option value="">Not set</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </p>
          <ExportPanel
            call={exported}
            labels={{ self, ...(myRole ? { myRole } : {}), ...(session.roles ? { roles: session.roles } : {}) }}
          />
          <h3 style={{ marginTop: 18 }}>Delete</h3>
          {confirming ? (
            <div className="actions" role="group" aria-label="Confirm deletion">
              <span>Delete this call and its captions for good? This cannot be undone.</span>
              <button
                type="button"
                className="button-danger"
                data-action="confirm-delete"
                onClick={() => void store.delete(session.id).then(onDeleted)}
              >
                Delete for good
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          ) : (
            <button type="button" className="button-quiet" data-action="delete" onClick={() => setConfirming(true)}>
              Delete this call…
            </button>
          )}
        </section>
      </div>
    </>
  );
}
