// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App, type AppProps } from '../../entrypoints/welcome/App.tsx';
import { CALL_PLATFORMS, type Platform } from '../../lib/capture/types.ts';
import type { Perspective } from '../../lib/engine/types.ts';
import { defaultCoachSettings, type CoachSettings } from '../../lib/session/coach-settings.ts';

afterEach(cleanup);

/** The settings the welcome page writes through, kept in memory. */
function memorySettings(perspectives: Partial<Record<Platform, Perspective>> = {}) {
  const state = { perspectives: { ...perspectives }, settings: defaultCoachSettings() as CoachSettings };
  const settings: AppProps['settings'] = {
    ready: Promise.resolve(),
    current: () => state.settings,
    perspectiveFor: async (platform) => state.perspectives[platform] ?? {},
    savePerspective: async (platform, perspective) => {
      state.perspectives[platform] = perspective;
    },
    saveTipPace: async (pace) => {
      state.settings = { ...state.settings, pace };
    },
  };
  return { settings, state };
}

/** Renders the page and waits until it has read what was saved (Save is enabled then). */
async function renderLoaded(settings: AppProps['settings']) {
  render(<App settings={settings} />);
  await waitFor(() => expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false));
}

async function save() {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText(/^Saved\./);
}

describe('welcome page', () => {
  it('says what Candor does not do and how to turn captions on in every platform, Teams included', () => {
    const { container } = render(<App settings={memorySettings().settings} />);
    expect(screen.getByText(/sends nothing anywhere/)).toBeTruthy();
    expect(screen.getByText(/records no audio or video/)).toBeTruthy();
    expect(screen.getByText(/does not write answers for you/)).toBeTruthy();
    expect(screen.getByText('More → Language and speech → Show live captions.', { exact: false })).toBeTruthy();
    // The manifest's shortcut (wxt.config.ts); Teams keeps Alt+Shift and C for its own captions.
    expect(container.textContent).toContain('Alt+Shift+Y');
    expect(container.textContent).not.toMatch(/Alt\+Shift\+C/);
  });

  it('saves the usual role for every call platform and the display name where the page does not mark the user', async () => {
    const { settings, state } = memorySettings({ meet: { me: 'You' } });
    await renderLoaded(settings);
    fireEvent.change(screen.getByLabelText('Your usual role'), { target: { value: 'candidate' } });
    fireEvent.change(screen.getByLabelText('Your display name in Zoom (web client)'), { target: { value: ' Sam ' } });
    fireEvent.change(screen.getByLabelText('Your display name in Microsoft Teams (web)'), {
      target: { value: 'Sam Lee' },
    });
    fireEvent.click(screen.getByRole('radio', { name: /^Quick/ }));
    expect(screen.queryByLabelText('Your display name in Google Meet')).toBeNull();
    await save();
    for (const platform of CALL_PLATFORMS) expect(state.perspectives[platform]?.role).toBe('candidate');
    // Meet marks the user's own lines: the "me" picked there in the panel stays as it was.
    expect(state.perspectives.meet).toEqual({ role: 'candidate', me: 'You' });
    expect(state.perspectives.zoom).toEqual({ role: 'candidate', me: 'Sam' });
    expect(state.perspectives.teams).toEqual({ role: 'candidate', me: 'Sam Lee' });
    expect(state.perspectives.practice).toBeUndefined();
    expect(state.settings.pace).toBe('quick');
  });

  it('shows what was saved before, so a second visit edits rather than resets', async () => {
    const { settings } = memorySettings({ zoom: { role: 'sales-rep', me: 'Alex' } });
    await renderLoaded(settings);
    expect(screen.getByDisplayValue('Alex')).toBeTruthy();
    expect((screen.getByLabelText('Your usual role') as HTMLSelectElement).value).toBe('sales-rep');
  });
});
