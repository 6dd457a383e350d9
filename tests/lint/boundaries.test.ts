// The import boundaries are enforced by lint, not by discipline: a forbidden import in a probe file linted
// with the repo's own config must fail, and the allowed direction must pass.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probe files do not exist on disk, so the type-aware rules (which need a program) are turned off.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'candor/boundaries').map((m) => m.message);
}

const use = (specifier: string) => `import * as other from '${specifier}';\nexport const probe = other;\n`;

describe('lint boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['lib/engine/probe.ts', '../../entrypoints/sidepanel/App.tsx', 'lib/ may not import entrypoints/'],
    ['lib/engine/probe.ts', '../../components/talk-bars.tsx', 'lib/ may not import components/'],
    ['lib/session/probe.ts', '../../utils/session-store.ts', 'lib/ may not import utils/'],
    ['lib/engine/probe.ts', 'react', 'lib/ is pure'],
    ['lib/store/probe.ts', 'wxt/browser', 'lib/ is pure'],
    ['lib/store/probe.ts', 'webextension-polyfill', 'lib/ is pure'],
    ['lib/engine/probe.ts', 'node:fs', 'no Node built-ins'],
    ['lib/nlp/probe.ts', '../engine/types.ts', 'lib/nlp may not import lib/engine'],
    ['lib/engine/probe.ts', '../session/call-session.ts', 'lib/engine may not import lib/session'],
    ['lib/capture/probe.ts', '../nlp/tokens.ts', 'lib/capture may not import lib/nlp'],
    ['lib/debrief/probe.ts', '../store/panel-store.ts', 'lib/debrief may not import lib/store'],
    ['components/probe.tsx', 'wxt/browser', 'components/ render only'],
    ['components/probe.tsx', '../entrypoints/sidepanel/connection.ts', 'components/ may not import an entrypoint'],
    ['components/probe.tsx', '../utils/coach-settings.ts', 'components/ may not import utils/'],
    ['entrypoints/options/probe.ts', '../sidepanel/connection.ts', 'entrypoint options may not import entrypoint'],
    ['entrypoints/options/probe.ts', '@/entrypoints/sidepanel/connection.ts', 'may not import entrypoint'],
    ['utils/probe.ts', '../entrypoints/background/session-hub.ts', 'utils/ is shared'],
    ['entrypoints/calls/probe.ts', '../../utils/session-store.ts', 'only the background opens the call store'],
    ['utils/probe.ts', 'idb', 'only utils/session-store.ts opens IndexedDB'],
  ])('%s importing %s fails', async (file, specifier, reason) => {
    const errors = await boundaryErrors(file, use(specifier));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(reason);
  });

  it.each([
    ['lib/engine/probe.ts', '../nlp/tokens.ts'],
    ['lib/session/probe.ts', '../nudges/index.ts'],
    ['lib/export/probe.ts', '../debrief/debrief.ts'],
    ['lib/cli/probe.ts', 'node:fs'],
    ['lib/store/probe.ts', 'zustand/vanilla'],
    ['components/probe.tsx', '../lib/engine/types.ts'],
    ['entrypoints/options/probe.ts', '../../utils/coach-settings.ts'],
    ['entrypoints/options/probe.ts', './storage.ts'],
    ['entrypoints/background/probe.ts', '../../utils/session-store.ts'],
  ])('%s importing %s passes', async (file, specifier) => {
    expect(await boundaryErrors(file, use(specifier))).toEqual([]);
  });

  it("lets pages name the store's types, not open it", async () => {
    const code = "import type { StoredSession } from '../../utils/session-store.ts';\nexport type S = StoredSession;\n";
    expect(await boundaryErrors('entrypoints/calls/probe.ts', code)).toEqual([]);
  });

  it('catches re-exports and dynamic imports too', async () => {
    const code = "export * from '../../utils/retention.ts';\nexport const late = () => import('react');\n";
    expect(await boundaryErrors('lib/debrief/probe.ts', code)).toHaveLength(2);
  });

  it('forbids the extension runtime as a global in lib/', async () => {
    const [result] = await eslint.lintText('export const id = browser.runtime.id;\n', {
      filePath: 'lib/session/probe.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});
