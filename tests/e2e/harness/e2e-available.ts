// Can the e2e suite run here?
//
// It needs Chromium (findChromium()), openssl (for the fixture certificate, unless one was made earlier) and,
// for tests of Post Guard itself, the built extension at .output/chrome-mv3 (npm run build).
//
//  - Outside CI, a missing prerequisite SKIPS the suite and says so plainly, e.g.
//      e2e skipped: no Chromium found (apt-get install chromium)
//  - With CI=true (or any CI value but '' / 0 / false), a missing prerequisite FAILS the run.
//  - Under the unit-test config (no POSTGUARD_E2E=1, which vitest.e2e.config.ts sets), e2e suites are skipped:
//    `vitest run` with vitest.config.ts also matches tests/**/*.e2e.test.ts.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'vitest';
import { findChromium } from './browser.ts';
import { E2E_TMP, REPO_ROOT } from './server.ts';

/** Where `wxt build` puts the Chrome MV3 build. */
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

export function isCI(): boolean {
  const ci = (process.env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

/** True when running under vitest.e2e.config.ts (it sets POSTGUARD_E2E=1). */
export function isE2ERun(): boolean {
  return process.env.POSTGUARD_E2E === '1';
}

function hasOpenssl(): boolean {
  if (existsSync(join(E2E_TMP, 'certs', 'fixture-cert.pem'))) return true;
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface E2EStatus {
  /** Everything needed is there. */
  ok: boolean;
  chromium: string | null;
  extensionDir: string;
  extensionBuilt: boolean;
  /** Why not, in one line starting "e2e skipped:" (null when ok). */
  reason: string | null;
}

export interface E2EOptions {
  /** The tests load the built Post Guard from .output/chrome-mv3 (default true). */
  needsExtension?: boolean;
}

export function e2eStatus(options: E2EOptions = {}): E2EStatus {
  const needsExtension = options.needsExtension ?? true;
  const chromium = findChromium();
  const extensionBuilt = existsSync(join(EXTENSION_DIR, 'manifest.json'));
  let reason: string | null = null;
  if (!chromium) {
    reason = 'e2e skipped: no Chromium found (apt-get install chromium)';
  } else if (!hasOpenssl()) {
    reason = 'e2e skipped: openssl not found, needed for the fixture certificate (apt-get install openssl)';
  } else if (needsExtension && !extensionBuilt) {
    reason = `e2e skipped: no built extension at ${relative(REPO_ROOT, EXTENSION_DIR)} (npm run build)`;
  }
  return { ok: reason === null, chromium, extensionDir: EXTENSION_DIR, extensionBuilt, reason };
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`\n${message}\n`);
}

/**
 * describe() for an e2e suite: runs it when e2eStatus() is ok; otherwise skips it with the reason printed
 * (outside CI) or replaces it by one failing test that gives the reason (CI=true).
 */
export function describeE2E(name: string, fn: () => void, options: E2EOptions = {}): void {
  if (!isE2ERun()) {
    describe.skip(`${name} (e2e: run with npm run test:e2e)`, fn);
    return;
  }
  const status = e2eStatus(options);
  if (status.ok) {
    describe(name, fn);
    return;
  }
  const reason = status.reason ?? 'e2e skipped';
  if (isCI()) {
    describe(name, () => {
      test('e2e prerequisites are installed (CI=true: missing ones fail the run)', () => {
        throw new Error(`CI=true and ${reason.replace(/^e2e skipped: /, 'e2e cannot run: ')}`);
      });
    });
    return;
  }
  warnOnce(reason);
  describe.skip(`${name} — ${reason}`, fn);
}
