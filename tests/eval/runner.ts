import type { Detector, EngineContext, Finding, Turn } from '../../lib/engine/types.ts';
import type { EvalConversation, Predicted } from './types.ts';

export function toTurns(conv: EvalConversation): Turn[] {
  return conv.cues.map((c, index) => ({
    id: `${conv.id}#${index}`,
    speaker: c.speaker,
    self: conv.perspective.me === c.speaker,
    text: c.text,
    start: c.start,
    end: c.end,
    final: true,
    index,
  }));
}

function toPredicted(f: Finding, indexOf: Map<string, number>): Predicted {
  return {
    type: f.type,
    kind: f.kind,
    anchor: indexOf.get(f.anchor) ?? -1,
    speaker: f.speaker,
    target: f.target,
    rule: f.rule,
    confidence: f.confidence,
  };
}

export interface RunResult {
  predicted: Predicted[];
  findings: Finding[];
  /** Milliseconds all detectors spent on each turn (parse included: the first detector to read a text pays). */
  perTurnMs: number[];
}

/**
 * A tiny stand-in for the engine loop: each final turn to every detector in start order, then
 * `advance(end, ended)`. Used until lib/engine/engine.ts offers `analyzeTranscript`.
 */
export function runLocal(conv: EvalConversation, detectors: readonly Detector[]): RunResult {
  const turns = toTurns(conv);
  const indexOf = new Map(turns.map((t) => [t.id, t.index]));
  const states = detectors.map((d) => d.init());
  const findings: Finding[] = [];
  const perTurnMs: number[] = [];
  const seen: Turn[] = [];
  for (const turn of turns) {
    seen.push(turn);
    const ctx: EngineContext = { perspective: conv.perspective, turns: seen, english: true };
    const t0 = performance.now();
    detectors.forEach((d, i) => {
      const [next, out] = d.step(states[i], turn, ctx);
      states[i] = next;
      findings.push(...out);
    });
    perTurnMs.push(performance.now() - t0);
  }
  const end = turns.reduce((m, t) => Math.max(m, t.end), 0);
  const ctx: EngineContext = { perspective: conv.perspective, turns: seen, english: true };
  detectors.forEach((d, i) => {
    if (!d.advance) return;
    const [, out] = d.advance(states[i], end, ctx, true);
    findings.push(...out);
  });
  return { predicted: findings.map((f) => toPredicted(f, indexOf)), findings, perTurnMs };
}
