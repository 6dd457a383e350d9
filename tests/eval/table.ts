import type { Interval, Score } from './metrics.ts';

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '  – ');
const ci = (i: Interval): string =>
  Number.isFinite(i.value) ? `${f2(i.value)} [${f2(i.low)}–${f2(i.high)}]` : '  –              ';

export function scoreHeader(): string {
  return `${'type'.padEnd(24)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'TP'.padStart(4)}  ${'precision [95% CI]'.padEnd(18)}  ${'recall [95% CI]'.padEnd(18)}  ${'F1'.padStart(4)}  ${'false/h'.padStart(7)}`;
}

export function scoreRow(label: string, s: Score): string {
  const ign = s.ignored > 0 ? `  (${s.ignored} unscorable)` : '';
  return `${label.padEnd(24)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${String(s.tp).padStart(4)}  ${ci(s.precision).padEnd(18)}  ${ci(s.recall).padEnd(18)}  ${f2(s.f1).padStart(4)}  ${f2(s.falsePerHour).padStart(7)}${ign}`;
}

export function rule(title: string): string {
  return `\n${title}\n${'─'.repeat(Math.max(title.length, 100))}`;
}
