// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App.tsx';
import type { OptionsStorage } from '../../entrypoints/options/storage.ts';
import type { CoachSettings } from '../../lib/session/coach-settings.ts';
import { defaultSensitivity } from '../../lib/nudges/sensitivity.ts';
import {
  emptyOverrides,
  exportPlaybook,
  mergePlaybook,
  PLAYBOOK_FILE_FORMAT,
  setEntryPhrasings,
} from '../../lib/playbook/overrides.ts';

afterEach(cleanup);

function memoryStorage(initial: Partial<CoachSettings> = {}) {
  const saved: CoachSettings = {
    overrides: emptyOverrides(),
    sensitivity: defaultSensitivity(),
    pace: 'calm',
    ...initial,
  };
  const listeners = new Set<(changed: Partial<CoachSettings>) => void>();
  const storage: OptionsStorage = {
    load: async () => structuredClone(saved),
    saveOverrides: vi.fn(async (overrides) => {
      saved.overrides = overrides;
    }),
    saveSensitivity: vi.fn(async (sensitivity) => {
      saved.sensitivity = sensitivity;
    }),
    watch: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  return { storage, saved, emit: (changed: Partial<CoachSettings>) => listeners.forEach((fn) => fn(changed)) };
}

async function renderApp(storage: OptionsStorage, download = vi.fn()) {
  render(<App storage={storage} download={download} />);
  await screen.findByRole('heading', { name: 'Settings' });
  return download;
}

/** Opens an entry's <details>, as a click on its summary would. */
function entry(id: string): HTMLElement {
  const details = document.querySelector(`[data-entry="${id}"]`) as HTMLDetailsElement;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return details;
}

describe('options page', () => {
  it("shows each detector's sensitivity, saves a change, and resets it", async () => {
    const { storage, saved } = memoryStorage({ sensitivity: { ...defaultSensitivity(), interruption: 0.8 } });
    await renderApp(storage);
    const row = document.querySelector('[data-flag="interruption"]') as HTMLElement;
    expect(row.textContent).toContain('Fewer tips than the default');
    expect(within(row).getByRole('slider').getAttribute('aria-valuetext')).toBe(
      'Fewer tips than the default (2 steps)',
    );
    fireEvent.click(within(row).getByRole('button', { name: 'Reset Cut off mid-sentence' }));
    await screen.findByText('Cut off mid-sentence: back to the default.');
    expect(saved.sensitivity.interruption).toBe(0.6);
    const monologue = screen.getByLabelText('Long stretch of talk');
    // Toward "More tips" (right) lowers the bar: position 0.6 on the 0.4–0.95 scale is a 0.75 bar.
    fireEvent.change(monologue, { target: { value: '0.6' } });
    await screen.findByText('Long stretch of talk: saved.');
    expect(saved.sensitivity.monologue).toBe(0.75);
  });

  it('shows a "not useful" press made in the panel without reloading', async () => {
    const { storage, emit } = memoryStorage();
    await renderApp(storage);
    act(() => emit({ sensitivity: { ...defaultSensitivity(), monologue: 0.7 } }));
    expect(document.querySelector('[data-flag="monologue"]')!.textContent).toContain(
      'Fewer tips than the default (1 step)',
    );
  });

  it('edits, adds and saves a phrasing, refusing invalid text with a clear error', async () => {
    const { storage, saved } = memoryStorage();
    await renderApp(storage);
    const box = entry('moment.interrupted');
    fireEvent.click(within(box).getByRole('button', { name: 'Add phrasing' }));
    const fields = within(box).getAllByRole('textbox');
    const added = fields[fields.length - 1]!;
    fireEvent.change(added, { target: { value: 'The correct answer is a hash map.' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Save' }));
    expect(within(box).getByRole('alert').textContent).toMatch(
      /^Phrasing 5 \(text\): a candidate or applicant script must coach behaviour only/,
    );
    expect(storage.saveOverrides).not.toHaveBeenCalled();

    fireEvent.change(added, { target: { value: 'One moment, let me finish this thought.' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “You were cut off”.');
    const phrasings = saved.overrides.entries['moment.interrupted']!.phrasings;
    expect(phrasings.at(-1)).toEqual({
      id: 'mine-1',
      text: 'One moment, let me finish this thought.',
      roles: ['candidate', 'applicant'],
      stage: 'inclusion',
    });
    expect(box.querySelector('summary')!.textContent).toContain('edited');

    fireEvent.click(within(box).getByRole('button', { name: 'Reset to defaults' }));
    await screen.findByText('“You were cut off” is back to its defaults.');
    expect(saved.overrides.entries).toEqual({});
  });

  it('exports the merged playbook as JSON', async () => {
    const overrides = setEntryPhrasings(emptyOverrides(), 'invite.quiet-voice', [
      ...mergePlaybook()
        .entries.find((e) => e.id === 'invite.quiet-voice')!
        .phrasings.slice(1),
    ]);
    const { storage } = memoryStorage({ overrides });
    const download = await renderApp(storage);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0]! as [string, string];
    expect(name).toBe('candor-playbook.json');
    expect(JSON.parse(text)).toEqual(exportPlaybook(mergePlaybook(undefined, overrides)));
  });

  it('imports a valid file and lists the errors of an invalid one', async () => {
    const { storage, saved } = memoryStorage();
    await renderApp(storage);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const bad = new File(
      [JSON.stringify({ format: PLAYBOOK_FILE_FORMAT, version: 1, entries: [{ id: 'nope', phrasings: [] }] })],
      'bad.json',
    );
    fireEvent.change(input, { target: { files: [bad] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('entries[0].id: there is no playbook entry "nope"');
    await screen.findByText('Nothing was imported from bad.json.');

    const edited = mergePlaybook(
      undefined,
      setEntryPhrasings(emptyOverrides(), 'opener.panel-script', [
        { id: 'mine-1', text: 'Welcome, and ask us anything.', roles: ['interviewer', 'host'], stage: 'inclusion' },
      ]),
    );
    const good = new File([JSON.stringify(exportPlaybook(edited))], 'good.json');
    fireEvent.change(input, { target: { files: [good] } });
    await screen.findByText('Imported good.json: 1 edited entry, the rest as shipped.');
    expect(saved.overrides.entries['opener.panel-script']!.phrasings[0]!.text).toBe('Welcome, and ask us anything.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('resets the whole playbook after a confirmation press', async () => {
    const overrides = setEntryPhrasings(emptyOverrides(), 'opener.panel-script', [
      { id: 'mine-1', text: 'Welcome.', roles: ['interviewer', 'host'], stage: 'inclusion' },
    ]);
    const { storage, saved } = memoryStorage({ overrides });
    await renderApp(storage);
    fireEvent.click(screen.getByRole('button', { name: 'Reset playbook to defaults' }));
    expect(storage.saveOverrides).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm reset' }));
    await screen.findByText('The playbook is back to its defaults.');
    expect(saved.overrides.entries).toEqual({});
  });

  it('filters the scripts by role', async () => {
    const { storage } = memoryStorage();
    await renderApp(storage);
    fireEvent.change(screen.getByLabelText('Show scripts for'), { target: { value: 'buyer' } });
    const ids = [...document.querySelectorAll('[data-entry]')].map((e) => e.getAttribute('data-entry'));
    expect(ids).toEqual(['repair.unanswered-question.buyer', 'opener.inclusion', 'invite.quiet-voice']);
  });
});
