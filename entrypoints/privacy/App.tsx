import { ConfirmButton } from '../../components/confirm-button.tsx';
import { FirstUse } from '../../components/first-use.tsx';
import { PageHeader } from '../../components/page-header.tsx';
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
      <PageHeader current="privacy" />
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
            {inventory.sessions === 0 ? (
              <FirstUse title="No calls or practice runs are stored." />
            ) : (
              <p data-testid="calls-footprint">
                {inventory.sessions === 1 ? '1 call or practice run' : `${inventory.sessions} calls and practice runs`},
                with {sizeText(inventory.captionChars)} of captions. Transcripts, debriefs and your reflections are
                rebuilt from these captions and kept with them.
              </p>
            )}
            <p>
              <a href="calls.html">See them one by one</a>, search them, or set how long they are kept.
            </p>
            <ConfirmButton
              label="Delete all calls and runs…"
              question="Delete every call and practice run for good?"
              confirm="Delete for good"
              disabled={inventory.sessions === 0}
              onConfirm={() => void act('Every call and practice run was deleted.', () => store.deleteAll())}
            />
          </section>
          <section aria-labelledby="settings-title" className="card">
            <h2 id="settings-title">Settings</h2>
            {inventory.settings.length === 0 ? (
              <p>No settings are stored: Candor uses its defaults.</p>
            ) : (
              <ul data-testid="settings-list">
                {inventory.settings.map((setting) => (
                  <li key={setting.key} data-key={setting.key}>
                    <strong>{setting.description}</strong>{' '}
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => void act('That setting was deleted.', () => settings.remove([setting.key]))}
                      aria-label={`Reset: ${setting.description}`}
                    >
                      Reset
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <ConfirmButton
            label="Delete everything…"
            question="Delete every call, practice run and setting for good?"
            confirm="Delete everything"
            onConfirm={() =>
              void act('Everything Candor kept was deleted.', async () => {
                await store.deleteAll();
                await settings.remove(inventory.settings.map((setting) => setting.key));
              })
            }
          />
        </>
      )}
    </main>
  );
}

/** Characters of captions as a rough size a person can picture. */
function sizeText(chars: number): string {
  return chars < 1024 ? 'less than 1 KB' : `about ${Math.round(chars / 1024)} KB`;
}
