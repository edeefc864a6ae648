// npm run demo: Debian's Chromium, in a window, with the built Post Guard (.output/chrome-mv3) loaded, on the
// demo page https://x.com/demo served by the e2e fixture server (tests/e2e/harness/server.ts). Nothing reaches
// the real sites: the browser resolves x.com, www.facebook.com and www.linkedin.com to the local server and
// every other name to nothing.
//
//   tsx scripts/demo.ts            open the window; the server runs until you close the browser
//   tsx scripts/demo.ts --check    headless smoke test: load the demo page with the extension, report, exit
//
// Needs $DISPLAY (a desktop session, or `xvfb-run -a npm run demo`), Chromium (apt-get install chromium) and a
// build (npm run build).

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findChromium, launchWithExtension } from '../tests/e2e/harness/browser.ts';
import { REPO_ROOT, startFixtureServer } from '../tests/e2e/harness/server.ts';

const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
const DEMO_URL = 'https://x.com/demo';
const check = process.argv.includes('--check');

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

if (!check && !process.env.DISPLAY) {
  fail([
    'npm run demo opens a Chromium window, and there is no display here ($DISPLAY is not set).',
    '  - On a Linux desktop, run it from a terminal inside your graphical session.',
    '  - On a headless machine: apt-get install -y xvfb, then `xvfb-run -a npm run demo` (to look at it,',
    '    add a VNC server or take screenshots), or `npx tsx scripts/demo.ts --check` for a headless smoke test.',
  ]);
}

const executablePath = findChromium();
if (!executablePath) {
  fail([
    'npm run demo needs Debian\'s Chromium and none was found (/usr/lib/chromium/chromium, /usr/bin/chromium or $CHROMIUM_PATH).',
    '  Install it with: sudo apt-get update && sudo apt-get install -y chromium',
  ]);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  fail([`No built extension at ${relative(REPO_ROOT, EXTENSION_DIR)}. Run \`npm run build\` first.`]);
}

const server = await startFixtureServer();
const browser = await launchWithExtension({
  extensionDir: EXTENSION_DIR,
  port: server.port,
  spkiHash: server.spkiHash,
  executablePath,
  headless: check,
  startUrl: DEMO_URL,
});

console.log(`Post Guard demo: ${DEMO_URL} (fixture server on 127.0.0.1:${server.port}, extension ${browser.extensionId})`);
// Each site's content script guards its own hostname, so the three sites' composers open in tabs of their own.
const SITE_TABS = ['https://x.com/home', 'https://www.facebook.com/', 'https://www.linkedin.com/feed/'];
if (!check) {
  for (const url of SITE_TABS) await (await browser.context.newPage()).goto(url);
  await browser.context.pages()[0]?.bringToFront();
}
console.log(`Tabs: ${SITE_TABS.join(', ')}. The same browser also serves these (type them in the address bar):`);
for (const url of [
  'https://www.linkedin.com/feed/?ui=2026',
  'https://www.linkedin.com/in/sam-someone/edit/forms/recommendation/write/',
  'https://www.facebook.com/demo  and  https://www.linkedin.com/demo (the demo page under the other hostnames)',
]) {
  console.log(`  ${url}`);
}

let closing = false;
async function shutdown(code: number): Promise<never> {
  if (!closing) {
    closing = true;
    await browser.close();
    await server.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

if (check) {
  const page = browser.context.pages()[0];
  const title = page ? await page.title() : '(no page)';
  const worker = await browser.serviceWorker(5_000).then(
    (w) => w.url(),
    () => '(no service worker)',
  );
  const foreign = browser.foreignRequests();
  console.log(`--check: page "${title}", worker ${worker}, requests ${browser.requests.length}, foreign ${foreign.length}`);
  await shutdown(title === 'Post Guard demo' && foreign.length === 0 ? 0 : 1);
}

console.log('Close the browser window (or press Ctrl+C) to stop the demo.');
await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
await shutdown(0);
