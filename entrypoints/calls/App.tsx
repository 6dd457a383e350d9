import { PageHeader } from '../../components/page-header.tsx';
import { FirstUse } from '../../components/first-use.tsx';
import { speakerName } from '../../lib/labels.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { clock } from '../../lib/transcript/duration.ts';
import { buildDebrief, digestOf } from '../../lib/debrief/debrief.ts';
import { matchesQuery } from '../../lib/debrief/history.ts';
import type { RetentionPolicy } from '../../lib/debrief/retention-policy.ts';
import { formatDate, platformName, titleOf } from '../../lib/debrief/session-meta.ts';
import { MAX_IMPORT_BYTES, readCandorJson } from '../../lib/export/candor-json.ts';
import { sessionFromImport } from '../../lib/export/import.ts';
import { enforceRetention, openTabIds } from '../../utils/retention.ts';
import type { StoredSession } from '../../utils/session-store.ts';
import type { PageStore } from '../../utils/store-messages.ts';
import { RetentionForm } from './retention-form.tsx';

const SEARCH_DELAY_MS = 200;
/** What to do about a file that will not import. */
const IMPORT_HINT = 'Import a JSON file saved from a debrief (Export → JSON), as it was saved.';

export function App({ store, tabId }: { store: PageStore; tabId: number }) {
  const [sessions, setSessions] = useState<StoredSession[] | null>(null);
  const [query, setQuery] = useState('');
  const [textHits, setTextHits] = useState<Set<string>>(new Set());
  const [policy, setPolicy] = useState<RetentionPolicy | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string; link?: string } | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  // The one row asking "delete for good?", if any: deleting is never a single click.
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const list = await store.list();
    setSessions(list);
    return list;
  }, [store]);

  // Builds the missing summaries one call at a time, so the list fills in without blocking the page.
  const summarise = useCallback(
    async (list: StoredSession[]) => {
      for (const session of list) {
        if (session.digest?.builtFrom === session.updatedAt) continue;
        const batches = await store.batches(session.id);
        const updated = await store.annotate(session.id, { digest: digestOf(session, buildDebrief(session, batches)) });
        if (updated) setSessions((current) => current?.map((s) => (s.id === updated.id ? updated : s)) ?? current);
      }
    },
    [store],
  );

  useEffect(() => {
    void reload().then(summarise);
    void store.retention().then(setPolicy);
  }, [store, reload, summarise]);

  useEffect(() => {
    const timer = setTimeout(() => void store.searchText(query).then(setTextHits), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, query, sessions]);

  const shown = useMemo(
    () => (sessions ?? []).filter((s) => matchesQuery(s, query, textHits)),
    [sessions, query, textHits],
  );

  async function remove(session: StoredSession) {
    await store.delete(session.id);
    setConfirming(null);
    setMessage({ tone: 'ok', text: `Deleted “${titleOf(session)}”.` });
    await reload();
  }

  async function removeAll() {
    await store.deleteAll();
    setConfirmAll(false);
    setMessage({ tone: 'ok', text: 'Every call and practice run was deleted.' });
    await reload();
  }

  async function importFile(file: File | undefined) {
    setMessage(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ tone: 'error', text: `${file.name} is too large to be a Candor export. ${IMPORT_HINT}` });
      return;
    }
    const read = readCandorJson(await file.text());
    if (!read.ok) {
      setMessage({ tone: 'error', text: `${file.name} could not be imported. ${read.error} ${IMPORT_HINT}` });
      return;
    }
    const id = crypto.randomUUID();
    const { record, batches } = sessionFromImport(read.call, { id, tabId, now: Date.now(), fileName: file.name });
    await store.importSession(record, batches);
    setMessage({
      tone: 'ok',
      text: `Imported “${titleOf(record)}” with ${read.call.utterances.length} lines.`,
      link: `debrief.html?session=${encodeURIComponent(id)}`,
    });
    await summarise(await reload());
  }

  async function changePolicy(next: RetentionPolicy): Promise<number> {
    const saved = await store.setRetention(next);
    setPolicy(saved);
    const removed = await enforceRetention(
      store,
      saved,
      Date.now(),
      saved.kind === 'nothing' ? await openTabIds() : undefined,
    );
    await reload();
    return removed.length;
  }

  return (
    <main className="page">
      <PageHeader current="calls" />
      <h1>Calls and practice runs</h1>
      <p className="lede">
        Everything here is stored in this browser only. Open a call for its debrief, or delete it for good.
      </p>

      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone} data-testid="history-message">
          {message.text}{' '}
          {message.link && (
            <a href={message.link} data-testid="imported-link">
              Open its debrief
            </a>
          )}
        </p>
      )}

      <section className="card" aria-labelledby="list-heading">
        <div className="page-header" style={{ marginBottom: 10 }}>
          <h2 id="list-heading" style={{ margin: 0 }}>
            Stored calls{' '}
            {sessions ? `(${shown.length}${shown.length !== sessions.length ? ` of ${sessions.length}` : ''})` : ''}
          </h2>
          <label>
            <span className="visually-hidden">Search by name, date or words said</span>
            <input
              type="search"
              placeholder="Search by name, date or words said"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              data-testid="search"
            />
          </label>
        </div>
        {sessions === null ? (
          <p role="status">Loading…</p>
        ) : shown.length === 0 ? (
          sessions.length === 0 ? (
            <FirstUse title="No calls yet." />
          ) : (
            <p className="muted">No call matches “{query}”. Try a name, a date or a few words that were said.</p>
          )
        ) : (
          <table data-testid="history-list">
            <caption className="visually-hidden">Stored calls, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Call</th>
                <th scope="col">When</th>
                <th scope="col" className="num">
                  How long
                </th>
                <th scope="col" className="num">
                  Moments to work on
                </th>
                <th scope="col" className="num">
                  Put right
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((session) => (
                <tr key={session.id} data-session={session.id}>
                  <th scope="row">
                    <a href={`debrief.html?session=${encodeURIComponent(session.id)}`}>
                      <bdi>{titleOf(session)}</bdi>
                    </a>
                    <br />
                    <span className="small muted">
                      {platformName(session)}
                      {session.digest?.speakers.map((name) => (
                        <span key={name}>
                          {' · '}
                          <bdi>{speakerName(name)}</bdi>
                        </span>
                      ))}
                    </span>
                  </th>
                  <td>{formatDate(session.startedAt)}</td>
                  <td className="num">{session.digest ? clock(session.digest.duration) : '…'}</td>
                  <td className="num">{session.digest?.flags ?? '…'}</td>
                  <td className="num">{session.digest?.repairs ?? '…'}</td>
                  <td>
                    {confirming === session.id ? (
                      <span className="actions" role="group" aria-label={`Delete ${titleOf(session)}?`}>
                        <button
                          type="button"
                          className="button-danger"
                          onClick={() => void remove(session)}
                          data-action="confirm-delete"
                        >
                          Delete for good
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button-quiet"
                        onClick={() => setConfirming(session.id)}
                        data-action="delete"
                        aria-label={`Delete ${titleOf(session)}…`}
                      >
                        Delete…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {sessions !== null && sessions.length > 0 && (
          <div className="actions" style={{ marginTop: 12 }}>
            {confirmAll ? (
              <>
                <span>Delete all {sessions.length} calls and their captions for good?</span>
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => void removeAll()}
                  data-action="confirm-delete-all"
                >
                  Delete everything
                </button>
                <button type="button" onClick={() => setConfirmAll(false)}>
                  Keep them
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button-quiet"
                onClick={() => setConfirmAll(true)}
                data-action="delete-all"
              >
                Delete all…
              </button>
            )}
          </div>
        )}
      </section>

      <div className="grid-2" style={{ gridTemplateColumns: '1fr 1fr' }}>
        <section className="card" aria-labelledby="retention-heading">
          <h2 id="retention-heading">Keeping calls</h2>
          <RetentionForm policy={policy} onChange={changePolicy} />
        </section>
        <section className="card" aria-labelledby="import-heading">
          <h2 id="import-heading">Import</h2>
          <p className="small muted" style={{ marginTop: 0 }}>
            Bring back a call saved with a debrief's Export → JSON (from this or another browser).
          </p>
          <label htmlFor="import-file">Candor JSON file: </label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => void importFile(event.target.files?.[0]).finally(() => (event.target.value = ''))}
            data-testid="import"
          />
        </section>
      </div>
    </main>
  );
}
