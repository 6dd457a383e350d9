/** The `--json` output: one object, the shape scripts and the evaluation rely on. */
import type { EngineSnapshot } from '../engine/engine.ts';
import type { Evidence, Finding } from '../engine/types.ts';

export interface JsonFinding {
  type: Finding['type'];
  at: number;
  speaker: string;
  target: string | null;
  confidence: number;
  evidence: Evidence[];
  rule: string;
}

const finding = ({ type, at, speaker, target, confidence, evidence, rule }: Finding): JsonFinding => ({
  type,
  at,
  speaker,
  target,
  confidence,
  evidence,
  rule,
});

export function toJson(snapshot: EngineSnapshot): string {
  return JSON.stringify({
    flags: snapshot.flags.map(finding),
    speakers: snapshot.speakers,
    stages: snapshot.stages,
    signals: snapshot.signals.map(finding),
    english: snapshot.english,
    abstained: snapshot.abstained,
  });
}
