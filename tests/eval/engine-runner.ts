import { existsSync } from 'node:fs';
import type { Runner } from './evaluate.ts';

/**
 * Use the engine's `analyzeTranscript` (lib/engine/engine.ts) when it exists; until then the evaluation
 * drives the detectors itself (runner.ts).
 */
export async function resolveEngineRunner(): Promise<{ run: Runner; note: string } | null> {
  const url = new URL('../../lib/engine/engine.ts', import.meta.url);
  if (!existsSync(url)) return null;
  return null;
}
