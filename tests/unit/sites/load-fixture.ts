/**
 * Loads a fixture page (tests/fixtures/sites/*.html) into the current happy-dom document: the body's markup,
 * then fake-editor.js and the page's own inline script, run in the window's global scope, so composers that
 * the page adds later (modals, dialogs) appear as they do in the browser.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SITES = resolve(__dirname, '../../fixtures/sites');

/** Runs a classic script in the global scope (as a <script> element would). */
function runScript(source: string): void {
  // Indirect eval: global scope, like a classic <script>; happy-dom does not execute scripts set by innerHTML.
  (0, eval)(source);
}

/** Replaces the document with the fixture `name` ('x', 'facebook', 'linkedin', 'linkedin-recommend') at `path`. */
export function loadFixture(name: string, path = '/'): void {
  const html = readFileSync(join(SITES, `${name}.html`), 'utf8');
  window.history.replaceState(null, '', path);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const scripts = [...body.matchAll(/<script>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
  delete (window as unknown as Record<string, unknown>).FakeEditor;
  (window as unknown as Record<string, unknown>).__posted = [];
  document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/gi, '');
  runScript(readFileSync(join(SITES, 'fake-editor.js'), 'utf8'));
  for (const script of scripts) runScript(script);
}

/** Waits for the page's own timers (a modal mounts ~150 ms after its trigger is clicked). */
export const settle = (ms = 200): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The fixture's composer container by its data-fixture-composer id, looking into #interop-outlet too. */
export function composerBox(id: string): HTMLElement {
  const sel = `[data-fixture-composer="${id}"]`;
  const found = document.querySelector<HTMLElement>(sel) ?? document.querySelector('#interop-outlet')?.shadowRoot?.querySelector<HTMLElement>(sel);
  if (!found) throw new Error(`no composer ${id}`);
  return found;
}

/** Types into a fixture editor through its own state (what the user's keystrokes would do). */
export function typeInto(id: string, text: string): void {
  const fake = (window as unknown as { FakeEditor: { get(id: string): { setText(t: string): void } | null } }).FakeEditor.get(id);
  if (!fake) throw new Error(`no fake editor ${id}`);
  fake.setText(text);
}

/** What the fixture recorded as posted. */
export const posted = (): Array<{ composer: string; text: string }> => (window as unknown as { __posted: Array<{ composer: string; text: string }> }).__posted;
