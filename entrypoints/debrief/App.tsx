import { useEffect, useMemo, useState } from 'react';
import { ChecklistView } from '../../components/debrief/checklist-view.tsx';
import { FindingsView } from '../../components/debrief/findings-view.tsx';
import { clock, spokenDuration } from '../../lib/transcript/duration.ts';
import { ReflectionForm } from '../../components/debrief/reflection-form.tsx';
import { RepairsView } from '../../components/debrief/repairs-view.tsx';
import { SpeakerTable } from '../../components/debrief/speaker-table.tsx';
import { StagesView } from '../../components/debrief/stages-view.tsx';
import { TimelineChart } from '../../components/debrief/timeline-chart.tsx';
import { ROLE_LABELS } from '../../lib/debrief/anonymise.ts';
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
      <header className="page-header">
        <p className="brand">Candor · Debrief</p>
        <nav className="nav-links" aria-label="Candor pages">
          <a href="calls.html">All calls</a>
          <a href="practice.html">Practice</a>
        </nav>
      </header>
      {state.kind === 'loading' && <p role="status">Rebuilding the call from its captions…</p>}
      {state.kind === 'missing' && (
        <>
          <h1>No such call</h1>
          <p>This call is not stored (it may have been deleted, or kept only while its tab was open).</p>
          <p>
            <a href="calls.html">See all stored calls</a>
          </p>
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
          The call could not be loaded: {state.message}
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
  const title = titleOf(session);
  const mended = useMemo(() => new Set(repairs.repairs.map((r) => r.flag)), [repairs]);
  const self = useMemo(() => new Set(analysis.speakers.filter((s) => s.self).map((s) => s.speaker)), [analysis]);
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

  async function setRole(value: string) {
    const role = ROLES.find((r) => r === value);
    const next = await store.annotate(session.id, { myRole: role });
    if (next) onChange(next);
  }

  return (
    <>
      <h1>{title}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {formatDate(session.startedAt)} · {clock(duration)} ({spokenDuration(duration)}) · {platformName(session)}
      </p>
      <ul className="counts" aria-label="Summary" data-testid="summary">
        <li>
          <strong>{analysis.flags.length}</strong>flags
        </li>
        <li>
          <strong>{repairs.repairs.length}</strong>mended
        </li>
        <li>
          <strong>{analysis.signals.length}</strong>positive signals
        </li>
        <li>
          <strong>{checklist.filter((i) => i.present).length} of 5</strong>indicators present
        </li>
      </ul>

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
          />
        )}
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">Checklist</h2>
          <ChecklistView indicators={checklist} />
        </section>
        <div>
          <section className="card" aria-labelledby="stages-heading">
            <h2 id="stages-heading">Four stages of safety</h2>
            <StagesView stages={analysis.stages} />
          </section>
          <section className="card" aria-labelledby="repairs-heading">
            <h2 id="repairs-heading">Repairs</h2>
            <RepairsView reading={repairs} flags={analysis.flags} />
          </section>
        </div>
      </div>

      <section className="card" aria-labelledby="moments-heading">
        <h2 id="moments-heading">Moments</h2>
        <FindingsView flags={analysis.flags} signals={analysis.signals} mended={mended} />
      </section>

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
              <span>Delete this call and its captions for good?</span>
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
            <button type="button" className="button-danger" data-action="delete" onClick={() => setConfirming(true)}>
              Delete this call…
            </button>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="transcript-heading">
        <h2 id="transcript-heading">Transcript</h2>
        <details>
          <summary>Show all {utterances.length} lines</summary>
          <ol className="transcript" data-testid="transcript">
            {utterances.map((u) => (
              <li key={u.id} data-speaker={u.speaker}>
                <span className="moment-time">{clock(u.start)}</span> <strong>{u.speaker || 'Unknown'}</strong>:{' '}
                <span className="cue-text">{u.text}</span>
              </li>
            ))}
          </ol>
        </details>
      </section>
    </>
  );
}
