/** Small helpers shared by the benchmark scripts: percentiles and a plain table. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Prints `measure | figure | target` rows under a heading. */
export function printTable(heading: string, rows: ReadonlyArray<readonly [string, string, string]>): void {
  const width = Math.max(...rows.map(([measure]) => measure.length));
  const figureWidth = Math.max(...rows.map(([, figure]) => figure.length));
  console.log(`\n${heading}`);
  for (const [measure, figure, target] of rows) {
    console.log(`  ${measure.padEnd(width)}  ${figure.padEnd(figureWidth)}  (target ${target})`);
  }
}
