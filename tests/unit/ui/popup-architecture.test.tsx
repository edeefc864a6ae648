/**
 * The popup is a thin page: it gets everything through the one protocol (src/messaging/protocol.ts) and the
 * one storage-items file, and never bundles the engine, the policy or the time rules itself (which would let
 * it disagree with the background, and would make it heavy). Follows value imports, not `import type`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const ENTRY = join(ROOT, 'entrypoints/popup/main.tsx');
const ALLOWED = new Set(['src/engine/types.ts', 'src/time/states.ts']);

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null; // a package
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c) && /\.tsx?$/.test(c)) ?? null;
}

/** Every project source file the popup loads at run time. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
      const braces = m[2]!.match(/^\{([^}]*)\}$/);
      const typeOnly = m[1] || (braces && braces[1]!.split(',').every((n) => !n.trim() || n.trim().startsWith('type ')));
      const target = typeOnly ? null : resolveImport(file, m[3]!);
      if (target) stack.push(target);
    }
  }
  return [...seen].map((f) => relative(ROOT, f));
}

describe('popup architecture', () => {
  const files = closure(ENTRY);

  it('talks to the background through the one protocol and keeps its setting in the one items file', () => {
    expect(files).toContain('src/messaging/protocol.ts');
    expect(files).toContain('src/storage/items.ts');
    expect(files).toContain('src/ui/Popup.tsx');
  });

  it('does not bundle the engine, the policy, the time rules or the background handlers', () => {
    const leaks = files.filter((f) => (/^src\/(engine|policy|time)\//.test(f) && !ALLOWED.has(f)) || f === 'src/messaging/handlers.ts');
    expect(leaks).toEqual([]);
  });

  it('has an entrypoint of a few lines', () => {
    expect(readFileSync(ENTRY, 'utf8').split('\n').length).toBeLessThan(20);
  });
});
