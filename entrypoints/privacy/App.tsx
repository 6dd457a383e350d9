import { useCallback, useEffect, useState } from 'react';
import type { PageStore } from '../../utils/store-messages.ts';
import { SETTING_DESCRIPTIONS, type SettingsArea } from './settings.ts';

interface Inventory {
  sessions: number;
  batches: number;
  captionChars: number;
  settings: Array<{ key: string; description: string; bytes: number }>;
}

export interface AppProps {
  store: Pick<PageStore, 'footprint' | 'deleteAll'>;
  settings: SettingsArea;
}

/**
 * Everything Candor keeps, all of it on this computer, each with a way to delete it. Nothing is sent
 * anywhere: the extension makes no network requests at all.
 */
export function App({ store, settings }: AppProps) {
  const [inventory, setInventory] = useState<Inventory | null>(null);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    const [footprint, stored] = await Promise.all([store.footprint(), settings.all()]);
    setInventory({
      ...footprint,
      settings: Object.entries(stored).map(([key, value]) => ({
        key,
        description: SETTING_DESCRIPTIONS[key] ?? 'A setting of an older or newer version of Candor.',
        bytes: JSON.stringify(value ?? null).length,
      })),
    });
  }, [store, settings]);

  useEffect(() => void load(), [load]);

  const act = async (done: string, action: () => Promise<void>) => {
    await action();
    setMessage(done);
    await load();
  };

  return (
    <main className="page" aria-labelledby="privacy-title">
      <h1 id="privacy-title">What Candor keeps</h1>
      <p>
        Everything below is stored in this browser, on this computer. Candor makes no network requests: no analytics, no
        remote models, nothing uploaded.
      </p>
      <p role="status" aria-live="polite" data-testid="privacy-status">
        {message}
      </p>
      {inventory === null ? (
        <p>Reading what is stored…</p>
      ) : (
        <>
          <section aria-labelledby="calls-title" className="card">
            <h2 id="calls-title">Calls and practice runs</h2>
            <p data-testid="calls-footprint">
              {inventory.sessions} calls or runs, {inventory.batches} caption batches, about{' '}
              {Math.ceil(inventory.captionChars / 1024)} KB of caption text (the transcripts, their analysis and your
              reflections are rebuilt from these).
            </p>
            <p>
              <a href="calls.html">See them one by one</a>, search them, or set how long they are kept.
            </p>
            <button
              type="button"
              className="button-danger"
              disabled={inventory.sessions === 0}
              onClick={() => void act('Every call and practice run was deleted.', () => store.deleteAll())}
            >
              Delete all calls and runs
            </button>
          </section>
          <section aria-labelledby="settings-title" className="card">
            <h2 id="settings-title">Settings</h2>
            {inventory.settings.length === 0 ? (
              <p>No settings are stored: Candor uses its defaults.</p>
            ) : (
              <ul data-testid="settings-list">
                {inventory.settings.map((setting) => (
                  <li key={setting.key} data-key={setting.key}>
                    <strong>{setting.description}</strong> <span className="muted">({setting.bytes} bytes)</span>{' '}
                    <button
                      type="button"
                      onClick={() => void act('That setting was deleted.', () => settings.remove([setting.key]))}
                      aria-label={`Delete: ${setting.description}`}
                    >
                      Delete
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <button
            type="button"
            className="button-danger"
            onClick={() =>
              void act('Everything Candor kept was deleted.', async () => {
                await store.deleteAll();
                await settings.remove(inventory.settings.map((setting) => setting.key));
              })
            }
          >
            Delete everything
          </button>
        </>
      )}
    </main>
  );
}
