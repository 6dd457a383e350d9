import { useEffect, useState, type FormEvent } from 'react';
import { ROLE_LABELS } from '../../lib/labels.ts';
import { CALL_PLATFORMS, type CallPlatform } from '../../lib/capture/types.ts';
import { ROLES, type Perspective, type Role } from '../../lib/engine/types.ts';
import { describePace } from '../../lib/session/call-session.ts';
import type { TipPace } from '../../lib/session/coach-settings.ts';
import type { CoachSettingsStore } from '../../utils/coach-settings.ts';
import { PLATFORM_GUIDES } from './platform-guides.ts';

export interface AppProps {
  settings: Pick<CoachSettingsStore, 'ready' | 'current' | 'perspectiveFor' | 'savePerspective' | 'saveTipPace'>;
}

type Saved = Partial<Record<CallPlatform, Perspective>>;

const PACES: Array<{ value: TipPace; label: string }> = [
  { value: 'calm', label: `Calm: ${describePace('calm')}.` },
  { value: 'quick', label: `Quick: ${describePace('quick')}. Handy for trying Candor out on a short call.` },
];

/** The page opened once after install: what Candor is, how to start, and the defaults for every call. */
export function App({ settings }: AppProps) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [names, setNames] = useState<Partial<Record<CallPlatform, string>>>({});
  const [pace, setPace] = useState<TipPace>('calm');
  const [message, setMessage] = useState('');

  useEffect(() => {
    void (async () => {
      await settings.ready;
      const entries = await Promise.all(
        CALL_PLATFORMS.map(async (p) => [p, await settings.perspectiveFor(p)] as const),
      );
      const stored: Saved = Object.fromEntries(entries);
      setSaved(stored);
      setPace(settings.current().pace);
      setRole(entries.find(([, perspective]) => perspective.role)?.[1].role ?? '');
      setNames(Object.fromEntries(entries.map(([p, perspective]) => [p, perspective.me ?? ''])));
    })();
  }, [settings]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    for (const platform of CALL_PLATFORMS) {
      // Where the page marks the user itself, a "me" picked in the panel is kept as it is.
      const me = PLATFORM_GUIDES[platform].marksSelf ? saved?.[platform]?.me : names[platform]?.trim();
      await settings.savePerspective(platform, { ...(role ? { role } : {}), ...(me ? { me } : {}) });
    }
    await settings.saveTipPace(pace);
    setMessage(
      role
        ? 'Saved. Your next call starts with these; you can still change them in the panel.'
        : 'Saved. Without a role the panel will ask for one in your first call.',
    );
  };

  return (
    <main className="page welcome" aria-labelledby="welcome-title">
      <header className="welcome-header">
        <img src="/icon/candor-128.png" width="56" height="56" alt="" />
        <div>
          <p className="brand">Candor</p>
          <h1 id="welcome-title">Welcome to Candor</h1>
        </div>
      </header>

      <section className="card" aria-labelledby="what-title">
        <h2 id="what-title">What it does</h2>
        <p>
          Candor reads the live captions of your video call and, in a panel beside it, points out moments worth a second
          look: an interruption, a concern waved away, a question nobody answered. Each tip comes with a short line you
          could say next.
        </p>
        <h2>What it does not do</h2>
        <ul>
          <li>It sends nothing anywhere. The transcript, the tips and your settings stay in this browser.</li>
          <li>It records no audio or video; it only reads the captions the call already shows you.</li>
          <li>
            It does not write answers for you. In an interview it coaches how the conversation goes, never what to say
            about the questions themselves.
          </li>
        </ul>
      </section>

      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title">In a call</h2>
        <ol>
          <li>Join the call in this browser and turn its captions on:</li>
        </ol>
        <dl className="welcome-platforms">
          {Object.values(PLATFORM_GUIDES).map((guide) => (
            <div key={guide.name}>
              <dt>
                {guide.name} <span className="muted small">({guide.where})</span>
              </dt>
              {guide.captionSteps.map((step) => (
                <dd key={step}>{step}</dd>
              ))}
            </div>
          ))}
        </dl>
        <ol start={2}>
          <li>
            Open the panel with Candor's toolbar button (pin it from the puzzle-piece menu if you do not see it) or
            press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Y</kbd>. The button shows <strong>ON</strong> while Candor is
            reading a call and <strong>!</strong> when the call's captions are off.
          </li>
        </ol>
      </section>

      <form className="card" aria-labelledby="setup-title" onSubmit={(event) => void save(event)}>
        <h2 id="setup-title">Your defaults</h2>
        <p className="muted">
          With these, tips start in your first call without a visit to the panel's pickers. They are kept in this
          browser only.
        </p>
        <label className="welcome-name">
          Your usual role
          <select value={role} onChange={(event) => setRole(event.currentTarget.value as Role | '')}>
            <option value="">Choose later</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Your name as each call shows it</legend>
          {CALL_PLATFORMS.map((platform) => {
            const guide = PLATFORM_GUIDES[platform];
            return guide.marksSelf ? (
              <p key={platform} className="small">
                {guide.name} marks your own captions as "You": nothing to fill in.
              </p>
            ) : (
              <label key={platform} className="welcome-name">
                Your display name in {guide.name}
                <input
                  type="text"
                  name={`name-${platform}`}
                  maxLength={200}
                  autoComplete="name"
                  value={names[platform] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setNames((current) => ({ ...current, [platform]: value }));
                  }}
                />
              </label>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>When tips start</legend>
          {PACES.map((option) => (
            <label key={option.value} className="welcome-choice">
              <input
                type="radio"
                name="pace"
                value={option.value}
                checked={pace === option.value}
                onChange={() => setPace(option.value)}
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={saved === null}>
            Save
          </button>
          <a href="practice.html">Or try a practice run first</a>
        </div>
        <p role="status" aria-live="polite" className="ok" data-testid="welcome-status">
          {message}
        </p>
      </form>
    </main>
  );
}
