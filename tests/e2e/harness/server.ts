// Fixture server for the e2e suite and `npm run demo`.
//
// A Node https server on 127.0.0.1 (port 0) that serves the static pages in tests/fixtures/sites/ under the
// real hostnames of the sites Post Guard watches. Chromium reaches it through --host-resolver-rules (see
// browser.ts), so https://x.com/home in the test browser is this server, never the real site.
//
// Routing (by Host header, then path):
//   any host   /demo, /demo.html            -> demo.html
//   any host   /<file in fixtures/sites/>   -> that file (fake-editor.js, fixtures.css, x.html, ...)
//   any host   /favicon.ico                 -> 204 (recorded like everything else)
//   x.com, www.x.com            /*          -> x.html
//   www.facebook.com            /*          -> facebook.html
//   www.linkedin.com            /in/*       -> linkedin-recommend.html
//   www.linkedin.com            /*          -> linkedin.html
//   127.0.0.1, localhost        /           -> a small index of the fixtures
//   anything else                           -> 404
//
// The certificate is self-signed, made by `openssl` on first use into tests/e2e/.tmp/certs/ (gitignored) and
// reused afterwards. Chromium trusts it through --ignore-certificate-errors-spki-list=<spkiHash>.
//
// Every request is recorded in `requests`, so a test can assert that the extension made none of its own.

import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests/e2e/harness/ -> ../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Scratch space for certificates, browser profiles, HOME; gitignored. */
export const E2E_TMP = join(REPO_ROOT, 'tests', 'e2e', '.tmp');
/** The static fixture pages. */
export const SITES_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'sites');

/** The names the certificate covers; browser.ts maps the same names to the server. */
export const FIXTURE_HOSTS = ['x.com', 'www.x.com', 'www.facebook.com', 'www.linkedin.com'] as const;
const CERT_DNS_NAMES = ['x.com', '*.x.com', 'www.facebook.com', 'www.linkedin.com', 'localhost'];

export interface RecordedRequest {
  /** Milliseconds since the server started. */
  at: number;
  method: string;
  /** Host header without the port, lower case ('' when missing). */
  host: string;
  /** Path and query as sent. */
  path: string;
  /** https://host/path as the browser saw it. */
  url: string;
  /** What the server answered with: the fixture file name, 'static', '204' or '404'. */
  servedAs: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FixtureServer {
  port: number;
  /** base64 sha256 of the certificate's SubjectPublicKeyInfo, for --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  /** Every request received so far, oldest first (the array is live). */
  requests: RecordedRequest[];
  /** Forget the recorded requests (e.g. between tests). */
  clearRequests(): void;
  /** https://HOST/PATH, for building URLs in tests (goes through the resolver rules, not the port). */
  url(host: (typeof FIXTURE_HOSTS)[number] | string, path?: string): string;
  close(): Promise<void>;
}

interface CertFiles {
  key: Buffer;
  cert: Buffer;
  spkiHash: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function certCoversAllNames(pem: Buffer): boolean {
  try {
    const x509 = new X509Certificate(pem);
    const san = x509.subjectAltName ?? '';
    if (new Date(x509.validTo).getTime() < Date.now() + 24 * 3600 * 1000) return false;
    return CERT_DNS_NAMES.every((name) => san.includes(`DNS:${name}`));
  } catch {
    return false;
  }
}

function spkiHashOf(pem: Buffer): string {
  const spkiDer = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spkiDer).digest('base64');
}

/** Creates (once) and loads the self-signed certificate. Safe against two test processes racing. */
export function ensureCertificate(): CertFiles {
  const dir = join(E2E_TMP, 'certs');
  const keyPath = join(dir, 'fixture-key.pem');
  const certPath = join(dir, 'fixture-cert.pem');
  if (!(existsSync(keyPath) && existsSync(certPath) && certCoversAllNames(readFileSync(certPath)))) {
    mkdirSync(dir, { recursive: true });
    const stamp = `${process.pid}-${Date.now()}`;
    const tmpKey = join(dir, `key-${stamp}.tmp`);
    const tmpCert = join(dir, `cert-${stamp}.tmp`);
    const san = [...CERT_DNS_NAMES.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
    try {
      execFileSync(
        'openssl',
        [
          'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
          '-keyout', tmpKey, '-out', tmpCert,
          '-subj', '/CN=Post Guard e2e fixtures (self-signed, local only)',
          '-addext', `subjectAltName=${san}`,
          '-addext', 'extendedKeyUsage=serverAuth',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (err) {
      rmSync(tmpKey, { force: true });
      rmSync(tmpCert, { force: true });
      const e = err as { code?: string; stderr?: Buffer };
      if (e.code === 'ENOENT') {
        throw new Error('openssl not found: the e2e fixture server needs it (apt-get install -y openssl)');
      }
      throw new Error(`openssl failed to make the fixture certificate: ${e.stderr?.toString() ?? String(err)}`);
    }
    // Key first, certificate last: a reader that sees the new certificate also sees its key.
    renameSync(tmpKey, keyPath);
    renameSync(tmpCert, certPath);
  }
  const cert = readFileSync(certPath);
  return { key: readFileSync(keyPath), cert, spkiHash: spkiHashOf(cert) };
}

/** Which fixture file answers HOST + PATH; null for 404. Exported for unit tests of the routing. */
export function routeFor(host: string, pathname: string): string | null {
  const staticFiles = new Set(readdirSync(SITES_DIR));
  if (pathname === '/demo' || pathname === '/demo/' || pathname === '/demo.html') return 'demo.html';
  const base = pathname.slice(1);
  if (base && !base.includes('/') && staticFiles.has(base)) return base;
  switch (host) {
    case 'x.com':
    case 'www.x.com':
      return 'x.html';
    case 'www.facebook.com':
      return 'facebook.html';
    case 'www.linkedin.com':
      return pathname === '/in' || pathname.startsWith('/in/') ? 'linkedin-recommend.html' : 'linkedin.html';
    case '127.0.0.1':
    case 'localhost':
      return pathname === '/' ? '#index' : null;
    default:
      return null;
  }
}

function indexPage(port: number): string {
  const links = [
    ['https://x.com/home', 'X home timeline (composer, reply box, compose modal, quote)'],
    ['https://x.com/compose/post', 'X compose modal opened by URL'],
    ['https://www.facebook.com/', 'Facebook feed (Create post dialog, comment box)'],
    ['https://www.linkedin.com/feed/', 'LinkedIn feed (share modal, comment box)'],
    ['https://www.linkedin.com/feed/?ui=2026', 'LinkedIn 2026 UI (share modal in a shadow root)'],
    ['https://www.linkedin.com/in/sam-someone/edit/forms/recommendation/write/', 'LinkedIn recommendation form'],
    ['https://x.com/demo', 'Demo page: all composers side by side'],
  ];
  return `<!doctype html><meta charset="utf-8"><title>Post Guard fixtures</title>
<h1>Post Guard fixture server (port ${port})</h1>
<p>These pages are only reachable under their real names from a browser started with the harness's
--host-resolver-rules.</p><ul>${links.map(([u, t]) => `<li><a href="${u}">${u}</a> ${t}</li>`).join('')}</ul>`;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const { key, cert, spkiHash } = ensureCertificate();
  const started = Date.now();
  const requests: RecordedRequest[] = [];
  let port = 0;

  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const rawPath = req.url ?? '/';
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(rawPath, 'https://fixture.invalid').pathname);
    } catch {
      pathname = '/';
    }
    const record: RecordedRequest = {
      at: Date.now() - started,
      method: req.method ?? 'GET',
      host,
      path: rawPath,
      url: `https://${host}${rawPath}`,
      servedAs: '404',
      headers: { ...req.headers },
    };
    requests.push(record);

    const headers = { 'cache-control': 'no-store', 'x-post-guard-fixture': '1' };
    if (pathname === '/favicon.ico') {
      record.servedAs = '204';
      res.writeHead(204, headers).end();
      return;
    }
    const file = routeFor(host, pathname);
    if (file === '#index') {
      record.servedAs = 'index';
      res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] }).end(indexPage(port));
      return;
    }
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end(`No fixture for ${host}${pathname}\n`);
      return;
    }
    const full = join(SITES_DIR, file);
    if (!existsSync(full) || !statSync(full).isFile()) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end(`Fixture file missing: ${file}\n`);
      return;
    }
    record.servedAs = file;
    res.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(full));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    spkiHash,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
