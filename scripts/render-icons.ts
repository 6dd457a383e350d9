/**
 * `npm run icons`: renders the SVG icons in public/icon/ to the PNG sizes Chrome and Firefox ask for,
 * with the same headless Chromium the tests use, so the committed PNGs always match their SVG.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const ICON_DIR = resolve(import.meta.dirname, '../public/icon');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const file of readdirSync(ICON_DIR).filter((name) => name.endsWith('.svg'))) {
    const svg = readFileSync(join(ICON_DIR, file), 'utf8');
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      const out = join(ICON_DIR, `${basename(file, '.svg')}-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true });
      console.log(out);
    }
  }
} finally {
  await browser.close();
}
