import { PageHeader } from '../../components/page-header.tsx';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { spokenDuration } from '../../lib/transcript/duration.ts';
import { ROLE_LABELS, roleNoun, speakerName } from '../../lib/labels.ts';
import { ROLES, type Role } from '../../lib/engine/types.ts';
import { FormatError, parseTranscript } from '../../lib/formats/index.ts';
import { PRACTICE_SPEEDS, type PracticeSpeed, type ScheduleLine } from '../../lib/practice/schedule.ts';
import { SCENARIOS } from '../../lib/practice/scenarios/index.ts';
import type { Scenario } from '../../lib/practice/types.ts';
import type { Utterance } from '../../lib/transcript/types.ts';
import type { StoredSession } from '../../utils/session-store.ts';
import type { PageStore } from '../../utils/store-messages.ts';
import { startRun, applyPracticePerspective, type RunHandle } from './runner.ts';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** What to do about a file that will not play. */
const FILE_HINT =
  'Candor plays WebVTT (.vtt) or SRT (.srt) captions, plain text with one “Name: words” line per turn, or a Candor JSON export.';
const SPEED_TEXT: Record<PracticeSpeed, { name: string; hint: string }> = {
  '1x': { name: '1×', hint: 'real time, to watch the side panel coach' },
  '4x': { name: '4×', hint: 'four times faster' },
  instant: { name: 'Instant', hint: 'straight to the debrief' },
};

interface UploadedTranscript {
  fileName: string;
  utterances: Utterance[];
  speakers: string[];
  timings: string;
}

type Source = { kind: 'scenario'; id: string } | { kind: 'file' };

type RunState =
  | { kind: 'idle' }
  | { kind: 'playing'; sent: number; total: number; speaker: string }
  | { kind: 'done'; session: StoredSession; stopped: boolean }
  | { kind: 'error'; message: string };

function scenarioLength(scenario: Scenario): number {
  return Math.max(...scenario.lines.map((line) => line.end));
}

function readError(error: unknown): string {
  if (error instanceof FormatError) return `Line ${error.line}: ${error.message}.`;
  return error instanceof Error ? error.message : String(error);
}

export function App({ store, tabId }: { store: PageStore; tabId: number | null }) {
  const [source, setSource] = useState<Source>({ kind: 'scenario', id: SCENARIOS[0]!.id });
  const [speed, setSpeed] = useState<PracticeSpeed>('4x');
  const [upload, setUpload] = useState<UploadedTranscript | null>(null);
  const [uploadError, setUploadError] = useState('');
  const [me, setMe] = useState('');
  const [myRole, setMyRole] = useState<Role>('candidate');
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const [storesNothing, setStoresNothing] = useState(false);
  const handle = useRef<RunHandle | null>(null);
  const previousRun = useRef<string | null>(null);
  const stopRequested = useRef(false);
  const fileInput = useId();
  const canOpenPanel = tabId !== null && typeof browser.sidePanel?.open === 'function';

  useEffect(() => {
    void store.retention().then((policy) => setStoresNothing(policy.kind === 'nothing'));
  }, [store]);

  const scenario = source.kind === 'scenario' ? SCENARIOS.find((s) => s.id === source.id) : undefined;
  const playing = run.kind === 'playing';
  const ready = source.kind === 'scenario' || (upload !== null && me !== '');

  async function readFile(file: File | undefined) {
    setUploadError('');
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setUpload(null);
      setUploadError(`${file.name} is larger than 5 MB; Candor reads transcripts up to that size. ${FILE_HINT}`);
      return;
    }
    try {
      const { utterances, info } = parseTranscript(new Uint8Array(await file.arrayBuffer()));
      const speakers = [...new Set(utterances.map((u) => u.speaker).filter((s) => s !== ''))];
      setUpload({ fileName: file.name, utterances, speakers, timings: info.timings });
      setMe(utterances.find((u) => u.self)?.speaker ?? speakers[0] ?? '');
      setSource({ kind: 'file' });
    } catch (error) {
      setUpload(null);
      setUploadError(`${file.name} could not be read as a transcript. ${readError(error)} ${FILE_HINT}`);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  }

  function linesToPlay(): {
    lines: ScheduleLine[];
    title: string;
    role: Role;
    me: string;
    roles?: Record<string, string>;
    scenarioId?: string;
  } | null {
    if (scenario) {
      return {
        lines: scenario.lines.map((line, i) => ({ ...line, id: `l${i + 1}`, self: line.speaker === scenario.me })),
        title: `Practice: ${scenario.title}`,
        role: scenario.myRole,
        me: scenario.me,
        roles: scenario.roles,
        scenarioId: scenario.id,
      };
    }
    if (!upload || me === '') return null;
    return {
      lines: upload.utterances.map((u, i) => ({
        id: `l${i + 1}`,
        speaker: u.speaker,
        self: u.speaker === me,
        text: u.text,
        start: u.start,
        end: u.end,
      })),
      title: `Practice: ${upload.fileName}`,
      role: myRole,
      me,
    };
  }

  async function start() {
    const plan = linesToPlay();
    if (!plan || playing) return;
    setRun({ kind: 'playing', sent: 0, total: 1, speaker: '' });
    // Read now, not at load: the policy may have changed on the history page since.
    const policy = await store.retention();
    setStoresNothing(policy.kind === 'nothing');
    // Under "store nothing" a finished run is over once another starts.
    if (policy.kind === 'nothing' && previousRun.current) {
      const old = await store.findByCallKey(`practice:${previousRun.current}`);
      if (old) await store.delete(old.id);
    }
    const perspective = { role: plan.role, me: plan.me };
    await applyPracticePerspective(perspective).catch(() => undefined);
    const current = startRun({
      lines: plan.lines,
      perspective,
      tabId,
      speed,
      store,
      onProgress: (sent, total, speaker) => setRun({ kind: 'playing', sent, total, speaker }),
    });
    handle.current = current;
    previousRun.current = current.runId;
    stopRequested.current = false;
    try {
      const session = await current.result;
      const annotated = await store.annotate(session.id, {
        title: plan.title,
        myRole: plan.role,
        ...(plan.roles ? { roles: plan.roles } : {}),
        practice: plan.scenarioId ? { scenarioId: plan.scenarioId, source: 'scenario' } : { source: 'file' },
      });
      setRun({ kind: 'done', session: annotated ?? session, stopped: stopRequested.current });
    } catch (error) {
      setRun({ kind: 'error', message: readError(error) });
    } finally {
      handle.current = null;
    }
  }

  function openPanel() {
    // Must run inside the click: the browser only opens a side panel in response to a user gesture.
    if (tabId !== null) void browser.sidePanel?.open({ tabId })?.catch(() => undefined);
  }

  return (
    <main className="page">
      <PageHeader current="practice" />
      <h1>Practice a conversation</h1>
      <p className="lede">
        Replay a conversation through the same pipeline as a live call. Open Candor's side panel on this tab to be
        coached as it plays, then read the debrief. Nothing leaves your machine.
      </p>

      <div className="grid-2">
        <section className="card" aria-labelledby="source-heading">
          <h2 id="source-heading">1. Choose a conversation</h2>
          <fieldset disabled={playing}>
            <legend className="visually-hidden">Conversation</legend>
            <ul className="scenario-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
              {SCENARIOS.map((s) => (
                <li key={s.id}>
                  <label className="scenario" data-scenario={s.id}>
                    <input
                      type="radio"
                      name="source"
                      value={s.id}
                      checked={source.kind === 'scenario' && source.id === s.id}
                      onChange={() => setSource({ kind: 'scenario', id: s.id })}
                    />
                    <span>
                      <strong>{s.title}</strong>
                      <span className="small muted">
                        {' '}
                        · {s.lines.length} lines · {spokenDuration(scenarioLength(s))} · you play {s.me.split(' ')[0]} (
                        {roleNoun(s.myRole)})
                      </span>
                      <br />
                      <span className="small">{s.summary}</span>
                    </span>
                  </label>
                </li>
              ))}
              <li>
                <label className="scenario" data-scenario="file">
                  <input
                    type="radio"
                    name="source"
                    value="file"
                    checked={source.kind === 'file'}
                    disabled={!upload}
                    onChange={() => setSource({ kind: 'file' })}
                  />
                  <span>
                    <strong>Your own transcript</strong>
                    <span className="small muted"> · WebVTT, SRT, “Name: text” or a Candor JSON export</span>
                  </span>
                </label>
                <div className="drop" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
                  <label htmlFor={fileInput} className="small">
                    Drop a file here, or choose one:{' '}
                  </label>
                  <input
                    id={fileInput}
                    type="file"
                    accept=".vtt,.srt,.txt,.json,text/vtt,text/plain,application/json"
                    onChange={(event) => void readFile(event.target.files?.[0])}
                  />
                  {uploadError && (
                    <p role="alert" className="error small">
                      {uploadError}
                    </p>
                  )}
                  {upload && (
                    <div className="small" data-testid="upload-summary">
                      <p style={{ margin: '6px 0' }}>
                        <bdi>{upload.fileName}</bdi>: {upload.utterances.length} lines, {upload.speakers.length}{' '}
                        speakers
                        {upload.timings === 'estimated'
                          ? ' (no times in the file: timed at a steady speaking pace)'
                          : ''}
                        .
                      </p>
                      <p className="actions" style={{ margin: 0 }}>
                        <label>
                          I am{' '}
                          <select value={me} onChange={(event) => setMe(event.target.value)}>
                            {upload.speakers.map((speaker) => (
                              <option key={speaker} value={speaker}>
                                {speakerName(speaker)}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label>
                          as{' '}
                          <select value={myRole} onChange={(event) => setMyRole(event.target.value as Role)}>
                            {ROLES.map((role) => (
                              <option key={role} value={role}>
                                {ROLE_LABELS[role]}
                              </option>
                            ))}
                          </select>
                        </label>
                      </p>
                    </div>
                  )}
                </div>
              </li>
            </ul>
          </fieldset>
        </section>

        <div>
          <section className="card" aria-labelledby="play-heading">
            <h2 id="play-heading">2. Play it</h2>
            <fieldset disabled={playing}>
              <legend>Speed</legend>
              <div className="actions">
                {PRACTICE_SPEEDS.map((option) => (
                  <label key={option} title={SPEED_TEXT[option].hint}>
                    <input
                      type="radio"
                      name="speed"
                      value={option}
                      checked={speed === option}
                      onChange={() => setSpeed(option)}
                    />{' '}
                    {SPEED_TEXT[option].name}
                    <span className="visually-hidden">, {SPEED_TEXT[option].hint}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="actions">
              {playing ? (
                <button
                  type="button"
                  onClick={() => {
                    stopRequested.current = true;
                    handle.current?.stop();
                  }}
                  data-action="stop"
                >
                  Stop
                </button>
              ) : (
                <button
                  type="button"
                  className="button-primary"
                  disabled={!ready}
                  onClick={() => {
                    // A first-timer should see the coaching: the panel opens with the run (same click).
                    openPanel();
                    void start();
                  }}
                  data-action="start"
                >
                  Start practice
                </button>
              )}
              <button type="button" onClick={openPanel} disabled={!canOpenPanel} data-action="open-panel">
                Open the side panel
              </button>
            </div>
            {!canOpenPanel && (
              <p className="small muted">Open Candor from the toolbar button to see the side panel next to this tab.</p>
            )}
            <div
              role="status"
              aria-live="polite"
              data-testid="run-status"
              data-state={run.kind}
              style={{ marginTop: 12 }}
            >
              {run.kind === 'playing' && (
                <>
                  <progress value={run.sent} max={run.total} aria-label="Replay progress" style={{ width: '100%' }} />
                  <p className="small muted" style={{ margin: '4px 0 0' }} aria-live="off">
                    {run.speaker ? (
                      <>
                        <bdi>{speakerName(run.speaker)}</bdi> is speaking…
                      </>
                    ) : (
                      'Starting…'
                    )}
                  </p>
                </>
              )}
              {run.kind === 'done' && (
                <p className="ok">
                  {run.stopped ? 'Stopped. What was played is saved.' : 'Done. The run is saved.'}{' '}
                  <a
                    href={`debrief.html?session=${encodeURIComponent(run.session.id)}`}
                    target="_blank"
                    rel="noopener"
                    data-testid="debrief-link"
                  >
                    Open the debrief
                  </a>
                </p>
              )}
              {run.kind === 'error' && (
                <p role="alert" className="error">
                  {run.message}
                </p>
              )}
            </div>
            {storesNothing && (
              <p className="small muted">
                You chose to store nothing: a run is deleted when you close this tab or start another.
              </p>
            )}
          </section>

          {scenario && (
            <section className="card" aria-labelledby="watch-heading">
              <h2 id="watch-heading">What to watch for</h2>
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {scenario.watchFor.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
