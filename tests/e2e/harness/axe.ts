/** An accessibility check of a page with axe-core, reporting the serious and critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `id (node count)` per serious or critical violation; [] when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // evaluated through DevTools, so the extension's CSP does not block it
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: Array<{ id: string; impact: string | null; nodes: unknown[] }>;
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}
