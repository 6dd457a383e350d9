/**
 * The store packages: `npm run zip` builds the Chrome and Firefox zips; their manifests ask for the
 * pinned permissions only, carry package.json's version and an icon at every size, and the Firefox
 * package passes `web-ext lint` without errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_PAGE_MATCHES } from '../../wxt.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const SIZES = ['16', '32', '48', '128'];

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  icons: Record<string, string>;
  action?: { default_icon: Record<string, string> };
  sidebar_action?: { default_panel: string; default_icon: string };
  browser_action?: {
    default_icon: Record<string, string>;
    theme_icons: Array<{ light: string; dark: string; size: number }>;
  };
  content_security_policy: string | { extension_pages: string };
}

const unpacked = mkdtempSync(join(tmpdir(), 'candor-packages-'));

/** Unzips one package into its own folder and reads its manifest. */
function unpack(browser: 'chrome' | 'firefox'): { dir: string; manifest: Manifest } {
  const zip = readdirSync(OUTPUT).find((name) => name === `candor-${version}-${browser}.zip`);
  if (!zip) throw new Error(`npm run zip made no ${browser} package for version ${version}`);
  const dir = join(unpacked, browser);
  execFileSync('unzip', ['-q', '-o', join(OUTPUT, zip), '-d', dir]);
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest };
}

/** A PNG's width and height, read from its IHDR header. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function expectIconsAtEverySize(dir: string, icons: Record<string, string>): void {
  expect(Object.keys(icons).sort()).toEqual([...SIZES].sort());
  for (const size of SIZES) expect(pngSize(join(dir, icons[size]!))).toEqual([Number(size), Number(size)]);
}

beforeAll(() => {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build into the packages.
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}, 240_000);

afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

describe('store packages', () => {
  it('Chrome: MV3, pinned permissions, version from package.json, every icon size', () => {
    const { dir, manifest } = unpack('chrome');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    expect(manifest.permissions).toEqual(['storage', 'sidePanel']);
    expect(manifest.host_permissions).toEqual(CALL_PAGE_MATCHES);
    expect(manifest.content_security_policy).toEqual({
      extension_pages: expect.stringContaining("connect-src 'none'"),
    });
    expectIconsAtEverySize(dir, manifest.icons);
    expectIconsAtEverySize(dir, manifest.action!.default_icon);
  });

  it('Firefox: pinned permissions, version, icons with theme variants, and web-ext lint finds no errors', () => {
    const { dir, manifest } = unpack('firefox');
    expect(manifest.version).toBe(version);
    expect(manifest.permissions).toEqual(['storage', ...CALL_PAGE_MATCHES]);
    expect(manifest.content_security_policy).toContain("connect-src 'none'");
    expectIconsAtEverySize(dir, manifest.icons);
    expectIconsAtEverySize(dir, manifest.browser_action!.default_icon);
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      default_icon: 'icon/candor-32.png',
    });
    const themed = manifest.browser_action!.theme_icons;
    expect(themed.map((icon) => String(icon.size))).toEqual(SIZES);
    for (const icon of themed) {
      expect(pngSize(join(dir, icon.light))).toEqual([icon.size, icon.size]);
      expect(pngSize(join(dir, icon.dark))).toEqual([icon.size, icon.size]);
    }

    const lint = JSON.parse(
      execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(lint.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    expect(lint.summary.errors).toBe(0);
  }, 120_000);
});
