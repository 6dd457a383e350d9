import { existsSync } from 'node:fs';
import type { Finding, Perspective } from '../../lib/engine/types.ts';
import type { Utterance } from '../../lib/transcript/types.ts';
import type { Runner } from './evaluate.ts';
import type { Predicted } from './types.ts';

type Analyze = (
  utterances: readonly Utterance[],
  perspective?: Perspective,
) => { flags: Finding[]; signals: Finding[] };

/**
 * The engine's own `analyzeTranscript` (lib/engine/engine.ts) when it exists, so the evaluation scores what
 * ships: the registry, the English gate and the reorder buffer included. Until then run.ts drives the
 * detectors itself (runner.ts).
 */
export async function resolveEngineRunner(): Promise<{ run: Runner; note: string } | null> {
  const url = new URL('../../lib/engine/engine.ts', import.meta.url);
  if (!existsSync(url)) return null;
  const mod = (await import(url.href)) as { analyzeTranscript?: Analyze };
  const analyze = mod.analyzeTranscript;
  if (typeof analyze !== 'function') return null;
  const run: Runner = (conv) => {
    const utterances: Utterance[] = conv.cues.map((c, i) => ({
      id: `${conv.id}#${i}`,
      speaker: c.speaker,
      self: conv.perspective.me === c.speaker,
      text: c.text,
      start: c.start,
      end: c.end,
      final: true,
    }));
    const snapshot = analyze(utterances, conv.perspective);
    const predicted: Predicted[] = [...snapshot.flags, ...snapshot.signals].map((f) => ({
      type: f.type,
      kind: f.kind,
      anchor: Number(f.anchor.slice(f.anchor.lastIndexOf('#') + 1)),
      speaker: f.speaker,
      target: f.target,
      rule: f.rule,
      confidence: f.confidence,
    }));
    return { predicted, perTurnMs: [] };
  };
  return { run, note: 'every registered detector, English gate included' };
}
