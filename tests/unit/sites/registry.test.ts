/** Conventions: every platform has one adapter file, one content script and one test file. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/engine/types';
import { ADAPTERS } from '../../../src/sites/registry';

const ROOT = resolve(__dirname, '../../..');

describe('site registry', () => {
  it.each(PLATFORMS)('%s has an adapter, a content script and tests', (platform) => {
    expect(ADAPTERS[platform].platform).toBe(platform);
    expect(existsSync(join(ROOT, 'src/sites', `${platform}.ts`))).toBe(true);
    expect(existsSync(join(ROOT, 'tests/unit/sites', `${platform}.test.ts`))).toBe(true);
    const entry = readFileSync(join(ROOT, 'entrypoints', `${platform}.content.ts`), 'utf8');
    expect(entry).toContain(`src/sites/${platform}`);
  });
});
