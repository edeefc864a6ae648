// Launches Debian's Chromium with an unpacked extension, pointed at the fixture server.
//
// Recipe from /work/shared/reference/toolchain.md: playwright-core launchPersistentContext, new headless mode,
// --disable-extensions-except/--load-extension, background networking off, and --host-resolver-rules that map
// the four fixture hostnames to 127.0.0.1:PORT and every other name to NOTFOUND. HOME and XDG_* point under
// tests/e2e/.tmp/ so Chromium writes nothing into the real home directory.

import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { E2E_TMP, FIXTURE_HOSTS } from './server.ts';

/**
 * The Chromium binary to use, or null.
 * - $CHROMIUM_PATH, when set, is the only candidate (null if it is not an executable file: a wrong explicit
 *   path should not silently fall back to another browser; CHROMIUM_PATH=/nonexistent simulates "no browser").
 * - Otherwise the real binary /usr/lib/chromium/chromium, then Debian's wrapper script /usr/bin/chromium. The
 *   wrapper works too, but it sources /etc/chromium.d (Google API keys, --enable-remote-extensions, an extra
 *   --load-extension for /usr/share/chromium/extensions) and prints a harmless "[: ...: unexpected operator"
 *   on this machine, so the binary is preferred.
 */
export function findChromium(): string | null {
  const explicit = process.env.CHROMIUM_PATH?.trim();
  const candidates = explicit ? [explicit] : ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there or not executable: try the next one
    }
  }
  return null;
}

export interface BrowserRequest {
  url: string;
  method: string;
  resourceType: string;
  /** True when an extension or page service worker made the request. */
  fromServiceWorker: boolean;
  /** URL of the page whose frame made the request ('' for workers). */
  pageUrl: string;
}

export interface LaunchOptions {
  /** An unpacked extension folder (manifest.json at its root), e.g. .output/chrome-mv3. */
  extensionDir: string;
  /** The fixture server's port (startFixtureServer().port). */
  port: number;
  /** The fixture server's certificate SPKI hash (startFixtureServer().spkiHash). */
  spkiHash: string;
  /** Default true (new headless mode). false needs $DISPLAY. */
  headless?: boolean;
  executablePath?: string;
  /** Open this URL in the first tab (the demo); otherwise the first tab is about:blank. */
  startUrl?: string;
  /** Wait this long for the extension's service worker before falling back to the id computed from the path. */
  serviceWorkerTimeoutMs?: number;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request the context made (pages, frames, service workers incl. the extension's), oldest first. */
  requests: BrowserRequest[];
  /** Requests to anything other than the fixture hosts, chrome-extension://, data:, blob: and about:. */
  foreignRequests(): BrowserRequest[];
  /**
   * The extension's service worker handle. If the worker was stopped, waits (default 10 s) until something
   * starts it again; never returns a handle to a stopped worker (its evaluate() would hang).
   */
  serviceWorker(timeoutMs?: number): Promise<Worker>;
  /** Whether the extension's service worker is running now (CDP ServiceWorker domain). */
  isServiceWorkerRunning(): Promise<boolean>;
  /** Stops the extension's service worker now, as Chromium does after ~30 s idle. See ServiceWorkerControl. */
  stopServiceWorker(): Promise<void>;
  /** Starts the stopped service worker without an extension event (CDP ServiceWorker.startWorker). */
  startServiceWorker(): Promise<void>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** --host-resolver-rules: the fixture hosts go to the server, every other name fails to resolve. */
export function hostResolverRules(port: number): string {
  const maps = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ');
}

/** Chromium's id for an unpacked extension: from the manifest `key` if present, else from the folder path. */
export function computeExtensionId(extensionDir: string): string {
  const dir = resolve(extensionDir);
  let input: Buffer;
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { key?: string };
    input = manifest.key ? Buffer.from(manifest.key, 'base64') : Buffer.from(dir, 'utf8');
  } catch {
    input = Buffer.from(dir, 'utf8');
  }
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

function hasServiceWorker(extensionDir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
      background?: { service_worker?: string };
    };
    return Boolean(manifest.background?.service_worker);
  } catch {
    return true;
  }
}

/** HOME and XDG_* for Chromium, all under tests/e2e/.tmp/home (created, XDG_RUNTIME_DIR mode 0700). */
export function browserEnv(): Record<string, string> {
  const home = join(E2E_TMP, 'home');
  const dirs = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: join(home, 'run'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, ...dirs };
}

function isAllowedUrl(url: string, extensionId: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (FIXTURE_HOSTS as readonly string[]).includes(u.hostname) && u.port === '';
  } catch {
    return false;
  }
}

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error('e2e: no Chromium found (apt-get install chromium)');
  const extensionDir = resolve(options.extensionDir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`e2e: no manifest.json in ${extensionDir}`);
  }
  const headless = options.headless ?? true;
  mkdirSync(join(E2E_TMP, 'profiles'), { recursive: true });
  const profileDir = mkdtempSync(join(E2E_TMP, 'profiles', 'chromium-'));

  const args = [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-pings',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-crash-reporter',
    '--no-default-browser-check',
    `--host-resolver-rules=${hostResolverRules(options.port)}`,
    `--ignore-certificate-errors-spki-list=${options.spkiHash}`,
  ];

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    args,
    env: browserEnv(),
    viewport: headless ? { width: 1280, height: 900 } : null,
    // Playwright's own default list contains --disable-extensions; --disable-extensions-except overrides it
    // for our folder, so nothing needs removing here.
  });

  const requests: BrowserRequest[] = [];
  context.on('request', (request) => {
    let pageUrl = '';
    try {
      pageUrl = request.frame().page().url();
    } catch {
      // service-worker requests have no frame
    }
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
      pageUrl,
    });
  });

  const expectedId = computeExtensionId(extensionDir);
  const anyExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');

  // The extension's worker usually registers within ~100 ms of launch (none to wait for without one).
  let extensionId = expectedId;
  const firstWorker =
    context.serviceWorkers().find(anyExtensionWorker) ??
    (hasServiceWorker(extensionDir)
      ? await context
          .waitForEvent('serviceworker', {
            predicate: anyExtensionWorker,
            timeout: options.serviceWorkerTimeoutMs ?? 5_000,
          })
          .catch(() => null)
      : null);
  if (firstWorker) extensionId = new URL(firstWorker.url()).host;

  const workers = new ServiceWorkerControl(context, extensionId);

  if (options.startUrl) {
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(options.startUrl);
  }

  const launched: LaunchedBrowser = {
    context,
    extensionId,
    requests,
    foreignRequests: () => requests.filter((r) => !isAllowedUrl(r.url, extensionId)),
    serviceWorker: (timeoutMs) => workers.handle(timeoutMs),
    isServiceWorkerRunning: () => workers.isRunning(),
    stopServiceWorker: () => workers.stop(),
    startServiceWorker: () => workers.start(),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return launched;
}

/**
 * Stopping and starting the extension's MV3 service worker mid-test.
 *
 * What works here (Chromium 156, playwright-core 1.65): a CDP session on any ordinary page of the context
 * (context.newCDPSession(page)) sees the profile's service workers, the extension's included, through the
 * ServiceWorker domain: `ServiceWorker.enable` reports every version (workerVersionUpdated: versionId,
 * scriptURL chrome-extension://ID/background.js, runningStatus), `ServiceWorker.stopWorker({versionId})` stops
 * it (runningStatus 'stopped' in ~30 ms; its target disappears from Target.getTargets), and
 * `ServiceWorker.startWorker({scopeURL: 'chrome-extension://ID/'})` starts it again (~60 ms), as does any
 * extension event (a content-script message, an alarm). `ServiceWorker.stopAllWorkers` and
 * `Target.closeTarget` on the worker's target also stop it. chrome://serviceworker-internals lists no Stop
 * buttons for extension workers here, so it is no use.
 *
 * Playwright keeps the same Worker object across the restart (same target id): while the worker is stopped,
 * worker.evaluate() HANGS, and its 'close' event does not fire; after the restart the same object works again
 * (in the new worker: globals are fresh). So always go through serviceWorker(), which waits for 'running'.
 * The session lives on a dedicated about:blank tab opened on first use.
 */
/** The fields of CDP's ServiceWorker.ServiceWorkerVersion used here (the Protocol types are not exported). */
interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
  status: string;
}

class ServiceWorkerControl {
  private cdp: CDPSession | null = null;
  private page: Page | null = null;
  private readonly versions = new Map<string, WorkerVersion>();
  private readonly scope: string;

  constructor(
    private readonly context: BrowserContext,
    extensionId: string,
  ) {
    this.scope = `chrome-extension://${extensionId}/`;
  }

  private async session(): Promise<CDPSession> {
    if (this.cdp && this.page && !this.page.isClosed()) return this.cdp;
    this.page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(this.page);
    this.versions.clear();
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      for (const v of event.versions) this.versions.set(v.versionId, v);
    });
    await cdp.send('ServiceWorker.enable');
    this.cdp = cdp;
    // The current versions arrive as events right after enable.
    await this.waitFor(() => this.ours().length > 0, 2_000).catch(() => undefined);
    return cdp;
  }

  private ours(): WorkerVersion[] {
    return [...this.versions.values()].filter((v) => v.scriptURL.startsWith(this.scope) && v.status !== 'redundant');
  }

  private async waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async isRunning(): Promise<boolean> {
    await this.session();
    return this.ours().some((v) => v.runningStatus === 'running');
  }

  async stop(): Promise<void> {
    const cdp = await this.session();
    const running = this.ours().filter((v) => v.runningStatus !== 'stopped');
    for (const v of running) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    await this.waitFor(() => this.ours().every((v) => v.runningStatus === 'stopped'), 5_000).catch(() => {
      throw new Error(`stopServiceWorker: ${this.scope} did not stop within 5 s`);
    });
  }

  async start(): Promise<void> {
    const cdp = await this.session();
    if (this.ours().some((v) => v.runningStatus === 'running')) return;
    await cdp.send('ServiceWorker.startWorker', { scopeURL: this.scope });
    await this.waitFor(() => this.ours().some((v) => v.runningStatus === 'running'), 5_000).catch(() => {
      throw new Error(`startServiceWorker: ${this.scope} did not start within 5 s`);
    });
  }

  /** The Worker handle once the worker is running (waits for it to be woken, up to timeoutMs). */
  async handle(timeoutMs = 10_000): Promise<Worker> {
    const deadline = Date.now() + timeoutMs;
    if (this.cdp) {
      await this.session(); // re-opens the CDP tab if a test closed it
      // We have stopped it before (or asked about it): wait until it runs again.
      await this.waitFor(() => this.ours().some((v) => v.runningStatus === 'running'), timeoutMs).catch(() => {
        throw new Error(`serviceWorker: ${this.scope} is not running (wake it with an extension event or startServiceWorker())`);
      });
    }
    const isOurs = (w: Worker) => w.url().startsWith(this.scope);
    const known = this.context.serviceWorkers().find(isOurs);
    if (known) return known;
    return this.context.waitForEvent('serviceworker', {
      predicate: isOurs,
      timeout: Math.max(1, deadline - Date.now()),
    });
  }
}
