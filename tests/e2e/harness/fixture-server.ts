/**
 * Serves the fixture call pages over HTTPS as if they were meet.google.com, app.zoom.us and the Teams
 * hosts (Chromium maps those names to this server with --host-resolver-rules).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');

export interface FixtureServer {
  port: number;
  /** Every request the server saw, as `host path`. */
  requests: string[];
  close(): Promise<void>;
}

// Routes mirror the real URLs: a Meet code at the root, Zoom's web client under /wc/<meeting id>/.
const ROUTES: Array<[RegExp, (match: RegExpExecArray, query: URLSearchParams) => string]> = [
  [/^\/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}$/, (_, query) => `meet${variantSuffix(query)}.html`],
  [/^\/wc\/\d+\/join$/, () => 'zoom.html'],
  [/^\/wc\/\d+\/webclient$/, () => 'zoom-webclient.html'],
  // Teams: the v2 app (host view) and a guest's light-meetings launch page.
  [/^\/v2\/$/, () => 'teams.html'],
  [/^\/light-meetings\/launch$/, () => 'teams-guest.html'],
];

/** Every host name the fixture server stands in for. */
export const FIXTURE_HOSTS = [
  'meet.google.com',
  'app.zoom.us',
  'teams.microsoft.com',
  'teams.live.com',
  'teams.cloud.microsoft',
] as const;

/** Chromium's --host-resolver-rules value sending every fixture host to the server on `port`. */
export function hostRules(port: number): string {
  return FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
}

function variantSuffix(query: URLSearchParams): string {
  const variant = query.get('variant');
  return variant && /^[a-z0-9-]+$/.test(variant) ? `-${variant}` : '';
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const certDir = mkdtempSync(join(tmpdir(), 'candor-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=meet.google.com',
      '-addext',
      `subjectAltName=${FIXTURE_HOSTS.map((host) => `DNS:${host}`).join(',')}`,
      '-keyout',
      join(certDir, 'key.pem'),
      '-out',
      join(certDir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const replayBundle = await bundleReplayDriver();
  const requests: string[] = [];

  const server: Server = createServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    (request, response) => {
      const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
      requests.push(`${url.hostname} ${url.pathname}`);
      const send = (type: string, body: string | Buffer) => {
        // Cross-origin isolation gives performance.now() microsecond resolution for the benchmarks.
        response.writeHead(200, {
          'content-type': type,
          'cache-control': 'no-store',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        });
        response.end(body);
      };
      if (url.pathname === '/replay.js') return send('text/javascript', replayBundle);
      const avatar = /^\/avatars\/([a-z0-9-]+)\.svg$/.exec(url.pathname);
      if (avatar) return send('image/svg+xml', avatarSvg(avatar[1]!));
      for (const [pattern, page] of ROUTES) {
        const match = pattern.exec(url.pathname);
        if (match) {
          try {
            return send('text/html; charset=utf-8', readFileSync(join(PAGES, page(match, url.searchParams))));
          } catch {
            break;
          }
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
        rmSync(certDir, { recursive: true, force: true });
      }),
  };
}

async function bundleReplayDriver(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'tests/fixtures/replay/page-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A flat coloured circle per name, so Zoom's avatar-to-name lookup has distinct images. */
function avatarSvg(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="16" fill="hsl(${hash % 360} 60% 55%)"/></svg>`;
}
