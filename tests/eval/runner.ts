import { analyzeTranscript, type EngineOptions } from '../../lib/engine/engine.ts';
import type { Finding } from '../../lib/engine/types.ts';
import type { EvalConversation } from '../corpus/types.ts';
import { toUtterances } from '../learn/pipeline.ts';
import type { Predicted } from './predicted.ts';

export interface RunResult {
  predicted: Predicted[];
  findings: Finding[];
}

/** The cue index an utterance id of `toUtterances` points to. */
export const cueIndex = (id: string): number => Number(id.slice(id.lastIndexOf('#') + 1));

export function toPredicted(f: Finding, anchor: number): Predicted {
  return {
    type: f.type,
    kind: f.kind,
    anchor,
    speaker: f.speaker,
    target: f.target,
    rule: f.rule,
    confidence: f.confidence,
  };
}

/** One conversation through the engine's own `analyzeTranscript`, as the CLI and the extension run it. */
export function runEngine(conv: EvalConversation, options: EngineOptions = {}): RunResult {
  const snapshot = analyzeTranscript(toUtterances(conv), conv.perspective, options);
  const findings = [...snapshot.flags, ...snapshot.signals];
  return { findings, predicted: findings.map((f) => toPredicted(f, cueIndex(f.anchor))) };
}
