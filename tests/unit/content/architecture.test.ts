/**
 * The content scripts stay small and never carry the engine: nothing they import (following value imports,
 * not `import type`) may reach src/engine (other than its type and constant lists), src/policy or src/time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// Constant lists with no dependencies: the category names and the time states.
const ALLOWED_ENGINE = new Set(['src/engine/types.ts', 'src/time/states.ts']);
const FORBIDDEN = /^src\/(engine|policy|time)\//;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every project file a file loads at run time (type-only imports are erased). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    const names = m[3] ?? '';
    // `import { type A, type B } from` is erased too.
    const braces = names.match(/\{([^}]*)\}/);
    if (braces && !names.replace(braces[0], '').replace(/,/g, '').trim() && braces[1]!.split(',').every((n) => !n.trim() || n.trim().startsWith('type '))) continue;
    const target = resolveImport(file, m[4]!);
    if (target) out.push(target);
  }
  return out;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...valueImports(file));
  }
  return seen;
}

const contentEntrypoints = readdirSync(join(ROOT, 'entrypoints')).filter((f) => f.endsWith('.content.ts'));

describe('content-script architecture', () => {
  it('has one content script per site', () => {
    expect(contentEntrypoints.sort()).toEqual(['facebook.content.ts', 'linkedin.content.ts', 'x.content.ts']);
  });

  it.each(contentEntrypoints)('%s does not bundle the engine, the policy or the time rules', (entry) => {
    const files = [...closure(join(ROOT, 'entrypoints', entry))].map((f) => relative(ROOT, f));
    const leaks = files.filter((f) => FORBIDDEN.test(f) && !ALLOWED_ENGINE.has(f));
    expect(leaks).toEqual([]);
    expect(files).toContain('src/content/run.ts');
  });

  it('follows imports far enough to see the engine where it is used (the background)', () => {
    const files = [...closure(join(ROOT, 'entrypoints', 'background.ts'))].map((f) => relative(ROOT, f));
    expect(files).toContain('src/engine/check.ts');
  });

  it.each(contentEntrypoints)('%s is a few lines', (entry) => {
    expect(readFileSync(join(ROOT, 'entrypoints', entry), 'utf8').split('\n').length).toBeLessThan(15);
  });
});
