import { PageHeader } from '../../components/page-header.tsx';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { FLAG_LABELS, ROLE_LABELS, ROLE_NAMES, STAGE_LABELS } from '../../lib/labels.ts';
import { FLAG_TYPES, type FlagType, type Role, ROLES, STAGES, type Stage } from '../../lib/engine/types.ts';
import { downloadText } from '../../utils/download.ts';
import { raisedBy, resetSensitivity, SENSITIVITY, type Sensitivity } from '../../lib/nudges/sensitivity.ts';
import {
  DEFAULT_PLAYBOOK,
  LIMITS,
  type Phrasing,
  type Playbook,
  type PlaybookEntry,
} from '../../lib/playbook/index.ts';
import {
  checkEditedEntry,
  emptyOverrides,
  exportPlaybook,
  importPlaybook,
  mergePlaybook,
  newPhrasingId,
  type PlaybookOverrides,
  resetEntry,
  setEntryPhrasings,
} from '../../lib/playbook/overrides.ts';
import type { CoachSettings } from '../../lib/session/coach-settings.ts';
import type { OptionsStorage } from './storage.ts';

export interface AppProps {
  storage: OptionsStorage;
  /** Hands a file to the user; the default clicks a temporary download link. */
  download?: (filename: string, text: string) => void;
  /** @default DEFAULT_PLAYBOOK */
  defaults?: Playbook;
}

const KIND_HEADINGS: Record<PlaybookEntry['kind'], string> = {
  repair: 'After a red flag',
  moment: 'Tricky moments',
  opener: 'Openers',
  invite: 'Bringing quiet voices in',
};

/** Settings: the playbook's scripts (view, edit, add, import, export, reset) and nudge sensitivity. */
export function App({ storage, download = downloadJson, defaults = DEFAULT_PLAYBOOK }: AppProps) {
  const [settings, setSettings] = useState<CoachSettings | null>(null);
  const [message, setMessage] = useState('');
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [roleFilter, setRoleFilter] = useState<Role | ''>('');
  const [confirmReset, setConfirmReset] = useState(false);
  const filterId = useId();
  const importId = useId();

  useEffect(() => {
    let alive = true;
    void storage.load().then((loaded) => {
      if (alive) setSettings(loaded);
    });
    // Our own saves come back as change events too: keep the current objects when nothing really
    // changed, so unsaved drafts in other entries survive.
    const stop = storage.watch((changed) =>
      setSettings((prev) => {
        if (prev === null) return prev;
        const next = { ...prev, ...changed };
        return JSON.stringify(next) === JSON.stringify(prev) ? prev : next;
      }),
    );
    return () => {
      alive = false;
      stop();
    };
  }, [storage]);

  if (settings === null) {
    return (
      <main className="options">
        <p role="status">Loading settings…</p>
      </main>
    );
  }

  const playbook = mergePlaybook(defaults, settings.overrides);
  const entries = playbook.entries.filter((e) => roleFilter === '' || e.roles.includes(roleFilter));

  const saveOverrides = async (overrides: PlaybookOverrides, done: string) => {
    setSettings((prev) => (prev === null ? prev : { ...prev, overrides }));
    await storage.saveOverrides(overrides);
    setMessage(done);
  };
  const saveSensitivity = async (sensitivity: Sensitivity, done: string) => {
    setSettings((prev) => (prev === null ? prev : { ...prev, sensitivity }));
    await storage.saveSensitivity(sensitivity);
    setMessage(done);
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    const result = importPlaybook(await file.text(), defaults);
    input.value = '';
    if (!result.ok) {
      setImportErrors(result.errors);
      setMessage(`Nothing was imported from ${file.name}.`);
      return;
    }
    setImportErrors([]);
    const edited = Object.keys(result.value.entries).length;
    await saveOverrides(
      result.value,
      `Imported ${file.name}: ${edited} edited ${edited === 1 ? 'entry' : 'entries'}, the rest as shipped.`,
    );
  };

  return (
    <main className="options">
      <PageHeader current="options" />
      <h1>Settings</h1>
      <p className="muted">Everything here stays in this browser.</p>
      <p className="options-status" role="status" aria-live="polite">
        {message}
      </p>

      <section aria-labelledby="sensitivity-title" className="options-section">
        <h2 id="sensitivity-title">How many tips</h2>
        <p className="muted">
          Slide toward “Fewer tips” and Candor waits until it is surer of a moment before it says anything. “Not useful”
          on a tip moves its slider one step toward fewer.
        </p>
        <ul className="sensitivity-list">
          {FLAG_TYPES.map((type) => (
            <SensitivityRow
              key={type}
              type={type}
              value={settings.sensitivity[type]}
              raised={raisedBy(settings.sensitivity, type)}
              onChange={(value) =>
                void saveSensitivity({ ...settings.sensitivity, [type]: value }, `${FLAG_LABELS[type]}: saved.`)
              }
              onReset={() =>
                void saveSensitivity(
                  resetSensitivity(settings.sensitivity, type),
                  `${FLAG_LABELS[type]}: back to the default.`,
                )
              }
            />
          ))}
        </ul>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void saveSensitivity(
              resetSensitivity(settings.sensitivity),
              'All tip sensitivities are back to the default.',
            )
          }
        >
          Reset all sensitivities
        </button>
      </section>

      <section aria-labelledby="playbook-title" className="options-section">
        <h2 id="playbook-title">Playbook</h2>
        <p className="muted">
          The scripts tips suggest. Edit them into your own words; candidate and applicant scripts coach how to respond,
          never what to answer.
        </p>
        <div className="options-toolbar">
          <button
            type="button"
            className="btn"
            onClick={() => {
              download('candor-playbook.json', `${JSON.stringify(exportPlaybook(playbook), null, 2)}\n`);
              setMessage('Exported the playbook as candor-playbook.json.');
            }}
          >
            Export JSON
          </button>
          <label className="btn file-button" htmlFor={importId}>
            Import JSON…
          </label>
          <input
            id={importId}
            className="sr-only"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onImport(e)}
          />
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => {
              if (!confirmReset) {
                setConfirmReset(true);
                setMessage('Press “Confirm reset” to drop all your script edits.');
                return;
              }
              setConfirmReset(false);
              void saveOverrides(emptyOverrides(), 'The playbook is back to its defaults.');
            }}
          >
            {confirmReset ? 'Confirm reset' : 'Reset playbook to defaults'}
          </button>
        </div>
        {importErrors.length > 0 && (
          <div role="alert" className="options-errors">
            <p>The file could not be imported:</p>
            <ul>
              {importErrors.slice(0, 20).map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
            {importErrors.length > 20 && <p>…and {importErrors.length - 20} more.</p>}
          </div>
        )}
        <div className="field">
          <label htmlFor={filterId}>Show scripts for</label>
          <select id={filterId} value={roleFilter} onChange={(e) => setRoleFilter(e.currentTarget.value as Role | '')}>
            <option value="">Every role</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        {(Object.keys(KIND_HEADINGS) as PlaybookEntry['kind'][]).map((kind) => {
          const ofKind = entries.filter((e) => e.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="playbook-group">
              <h3>{KIND_HEADINGS[kind]}</h3>
              {ofKind.map((entry) => (
                <EntryEditor
                  key={entry.id}
                  entry={entry}
                  edited={settings.overrides.entries[entry.id] !== undefined}
                  check={(phrasings) => checkEditedEntry(entry.id, phrasings, defaults)}
                  onSave={(phrasings) =>
                    void saveOverrides(
                      setEntryPhrasings(settings.overrides, entry.id, phrasings, defaults),
                      `Saved “${entry.title}”.`,
                    )
                  }
                  onReset={() =>
                    void saveOverrides(
                      resetEntry(settings.overrides, entry.id),
                      `“${entry.title}” is back to its defaults.`,
                    )
                  }
                />
              ))}
            </div>
          );
        })}
      </section>
    </main>
  );
}

/** A phrasing with a change applied; rewritten words drop the shipped short form, which no longer matches. */
function withChange(phrasing: Phrasing, change: Partial<Phrasing>): Phrasing {
  const next = { ...phrasing, ...change };
  if (change.text === undefined || change.text === phrasing.text) return next;
  const { short: _stale, ...rest } = next;
  return rest;
}

/** The lowest bar a user may set: below it, tips would fire on guesses. */
const SLIDER_MIN = 0.4;

function SensitivityRow(props: {
  type: FlagType;
  value: number;
  raised: number;
  onChange: (value: number) => void;
  onReset: () => void;
}) {
  const id = useId();
  const { type, value, raised } = props;
  const isDefault = value === SENSITIVITY.initial;
  // The slider runs "Fewer tips" (a high bar) on the left to "More tips" (a low bar) on the right.
  const position = Math.round((SLIDER_MIN + SENSITIVITY.max - value) * 100) / 100;
  const steps = Math.round(Math.abs(value - SENSITIVITY.initial) / SENSITIVITY.step);
  const stepText = steps > 0 ? ` (${steps} step${steps === 1 ? '' : 's'})` : '';
  const setting = isDefault ? 'Default' : `${raised > 0 ? 'Fewer' : 'More'} tips than the default${stepText}`;
  return (
    <li className="sensitivity-row" data-flag={type}>
      <label htmlFor={id}>{FLAG_LABELS[type]}</label>
      <span className="sensitivity-scale">
        <span aria-hidden="true">Fewer tips</span>
        <input
          id={id}
          type="range"
          min={SLIDER_MIN}
          max={SENSITIVITY.max}
          step={0.05}
          value={position}
          aria-valuetext={setting}
          onChange={(e) =>
            props.onChange(Math.round((SLIDER_MIN + SENSITIVITY.max - Number(e.currentTarget.value)) * 100) / 100)
          }
        />
        <span aria-hidden="true">More tips</span>
      </span>
      <span className={`sensitivity-value${isDefault ? ' muted' : ''}`}>{setting}</span>
      <button type="button" className="btn btn-small" onClick={props.onReset} disabled={isDefault}>
        Reset<span className="sr-only"> {FLAG_LABELS[type]}</span>
      </button>
    </li>
  );
}

interface EntryEditorProps {
  entry: PlaybookEntry;
  edited: boolean;
  check: (phrasings: Phrasing[]) => string[];
  onSave: (phrasings: Phrasing[]) => void;
  onReset: () => void;
}

function EntryEditor({ entry, edited, check, onSave, onReset }: EntryEditorProps) {
  const [draft, setDraft] = useState<Phrasing[]>(entry.phrasings);
  const [errors, setErrors] = useState<string[]>([]);
  // The editors are only built for an open entry: a closed list of thirty entries stays light.
  const [open, setOpen] = useState(false);
  // A save, reset or import elsewhere replaces the entry: start the draft over from it.
  useEffect(() => {
    setDraft(entry.phrasings);
    setErrors([]);
  }, [entry.phrasings]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(entry.phrasings);
  const update = (index: number, change: Partial<Phrasing>) =>
    setDraft((d) => d.map((p, i) => (i === index ? withChange(p, change) : p)));

  return (
    <details className="entry" data-entry={entry.id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="entry-title">
          {/* The flag's one name leads, so the playbook reads like the tips and the debrief. */}
          {entry.flags[0] !== undefined && `${FLAG_LABELS[entry.flags[0]]}: `}
          {entry.title}
        </span>
        {edited && <span className="entry-badge"> · edited</span>}
        {dirty && <span className="entry-badge"> · unsaved</span>}
        <span className="entry-roles"> — {entry.roles.map((r) => ROLE_NAMES[r]).join(', ')}</span>
      </summary>
      {(open || dirty) && (
        <>
          <p className="entry-line">
            <span className="nudge-label">What happened: </span>
            {entry.whatHappened}
          </p>
          <p className="entry-line">
            <span className="nudge-label">Why it matters: </span>
            {entry.whyItMatters}
          </p>
          <ol className="phrasing-list">
            {draft.map((phrasing, index) => (
              <PhrasingEditor
                key={phrasing.id}
                index={index}
                phrasing={phrasing}
                roles={entry.roles}
                onChange={(change) => update(index, change)}
                onRemove={() => setDraft((d) => d.filter((_, i) => i !== index))}
              />
            ))}
          </ol>
          {errors.length > 0 && (
            <ul role="alert" className="options-errors">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
          <div className="options-toolbar">
            <button
              type="button"
              className="btn"
              onClick={() =>
                setDraft((d) => [
                  ...d,
                  {
                    id: newPhrasingId({ ...entry, phrasings: d }),
                    text: '',
                    roles: [...entry.roles],
                    stage: 'inclusion',
                  },
                ])
              }
            >
              Add phrasing
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!dirty}
              onClick={() => {
                const cleaned = draft.map((p) => ({ ...p, text: p.text.trim() }));
                const problems = check(cleaned).map(readableError);
                setErrors(problems);
                if (problems.length === 0) onSave(cleaned);
              }}
            >
              Save
            </button>
            <button
              type="button"
              className="btn"
              disabled={!dirty}
              onClick={() => {
                setDraft(entry.phrasings);
                setErrors([]);
              }}
            >
              Discard changes
            </button>
            {edited && (
              <button type="button" className="btn btn-quiet" onClick={onReset}>
                Reset to defaults
              </button>
            )}
          </div>
        </>
      )}
    </details>
  );
}

function PhrasingEditor(props: {
  index: number;
  phrasing: Phrasing;
  roles: Role[];
  onChange: (change: Partial<Phrasing>) => void;
  onRemove: () => void;
}) {
  const { index, phrasing, roles } = props;
  const textId = useId();
  const stageId = useId();
  const over = phrasing.text.length > LIMITS.phrasing;
  return (
    <li className="phrasing" data-phrasing={phrasing.id}>
      <label htmlFor={textId}>Phrasing {index + 1}</label>
      <textarea
        id={textId}
        rows={2}
        value={phrasing.text}
        aria-invalid={over || phrasing.text.trim() === ''}
        onChange={(e) => props.onChange({ text: e.currentTarget.value.replace(/[\r\n]+/g, ' ') })}
      />
      <span className={`char-count${over ? ' over' : ''}`}>
        {phrasing.text.length}/{LIMITS.phrasing}
      </span>
      <div className="phrasing-tags">
        <label htmlFor={stageId}>Builds</label>
        <select
          id={stageId}
          value={phrasing.stage}
          onChange={(e) => props.onChange({ stage: e.currentTarget.value as Stage })}
        >
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage].name} safety
            </option>
          ))}
        </select>
        {roles.length > 1 && (
          <fieldset className="phrasing-roles">
            <legend>For</legend>
            {roles.map((role) => (
              <label key={role}>
                <input
                  type="checkbox"
                  checked={phrasing.roles.includes(role)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    props.onChange({
                      roles: checked
                        ? roles.filter((r) => r === role || phrasing.roles.includes(r))
                        : phrasing.roles.filter((r) => r !== role),
                    });
                  }}
                />{' '}
                {ROLE_NAMES[role]}
              </label>
            ))}
          </fieldset>
        )}
        <button type="button" className="btn btn-small btn-quiet" onClick={props.onRemove}>
          Remove<span className="sr-only"> phrasing {index + 1}</span>
        </button>
      </div>
    </li>
  );
}

/** "moment.x.phrasings[2].text: …" → "Phrasing 3 (text): …", matching the numbers on screen. */
function readableError(error: string): string {
  return error
    .replace(
      /^[^:]*?\.phrasings\[(\d+)\]\.?(\w*): /,
      (_m, index: string, field: string) => `Phrasing ${Number(index) + 1}${field ? ` (${field})` : ''}: `,
    )
    .replace(/^[^:]*?\.phrasings: /, 'Phrasings: ');
}

function downloadJson(filename: string, text: string): void {
  downloadText(filename, text, 'application/json');
}
