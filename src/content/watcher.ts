/**
 * Watches the page's composers: finds them as they appear (single-page navigation, dialogs opened later),
 * checks their text while the user types (debounced), keeps each one's inline notice current, and remembers
 * where its caret was so "Edit post" can put it back.
 *
 * Cheap by design: beforeinput/input events (composed, so they cross shadow roots) find the composer being
 * typed in;
 * a MutationObserver on childList only (no attributes, no text) merely marks the page dirty, and a rescan
 * with the adapter's selectors runs at most every RESCAN_MS.
 */
import type { CheckRequest } from '../messaging/protocol';
import type { Editor, SiteAdapter } from '../sites/adapter';
import type { Messages } from '../ui/messages';
import { saveCaret, type CaretOffsets } from './caret';
import { createDebouncer } from './debounce';
import { noticeFor, type NoticeBoard } from './notices';
import type { Timers } from './timers';
import type { VerdictStore } from './verdicts';

/** The longest a newly opened composer waits to be found by the rescan. */
export const RESCAN_MS = 250;

export interface WatcherDeps {
  adapter: SiteAdapter;
  doc: Document;
  timers: Timers;
  verdicts: VerdictStore;
  board: NoticeBoard;
  messages: Messages;
  listen: (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void;
  /** ctx.onInvalidated, to disconnect the observer. */
  onStop: (cb: () => void) => void;
  /** A check could not run, or a listener failed: tell the user once (by this composer, when known). */
  failOpen: (error: unknown, editor: Editor | null) => void;
}

export interface ComposerWatcher {
  /** The composers known now. */
  readonly editors: ReadonlySet<Editor>;
  /** Where the caret last was in this editor. */
  caretOf(editor: Editor): CaretOffsets | null;
  /** The editor the user was last in, among these. */
  lastUsedOf(editors: readonly Editor[]): Editor | undefined;
  /** The request for an editor's current text. */
  requestFor(editor: Editor): CheckRequest;
  /** Finds composers now (also runs on DOM changes and navigation). */
  rescan(): void;
}

/** Starts watching. */
export function watchComposers(deps: WatcherDeps): ComposerWatcher {
  const { adapter, doc, timers, verdicts, board, messages } = deps;
  const editors = new Set<Editor>();
  const carets = new WeakMap<Editor, CaretOffsets>();
  let lastUsed: Editor | undefined;

  const requestFor = (editor: Editor): CheckRequest => ({
    text: adapter.readText(editor),
    platform: adapter.platform,
    composer: adapter.kindOf(editor),
  });

  const forget = (editor: Editor) => {
    editors.delete(editor);
    debouncer.cancel(editor);
    board.drop(editor);
  };

  const checkNow = async (editor: Editor) => {
    if (!editor.isConnected) return forget(editor);
    const request = requestFor(editor);
    if (request.text.trim() === '') return board.set(editor, null);
    try {
      const verdict = await verdicts.get(request);
      // Typed on meanwhile: that input scheduled a newer check, which will speak for the current text.
      if (adapter.readText(editor) !== request.text) return;
      board.set(editor, noticeFor(verdict, messages));
    } catch (error) {
      deps.failOpen(error, editor);
    }
  };
  const debouncer = createDebouncer<Editor>(timers, (editor) => void checkNow(editor));

  const track = (editor: Editor) => {
    if (editors.has(editor)) return;
    editors.add(editor);
    // A composer that opens with text (a restored draft, a quote) is checked at once, so its submit is instant.
    if (adapter.readText(editor).trim() !== '') debouncer.schedule(editor);
  };

  const observer = new MutationObserver(() => rescanSoon());
  const observed = new WeakSet<Node>();
  /** Observes the body and any open shadow root the site keeps composers in, once each (they appear late). */
  const observeRoots = () => {
    for (const root of [doc.body, ...adapter.shadowRoots(doc)]) {
      if (!root || observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  };

  const rescan = () => {
    observeRoots();
    for (const editor of editors) if (!editor.isConnected) forget(editor);
    for (const editor of adapter.findEditors(doc)) track(editor);
    board.reposition();
  };

  // Rescans are throttled: at most one per RESCAN_MS however busy the page's DOM is (X's timeline is busy).
  let rescanPending = false;
  const rescanSoon = () => {
    if (rescanPending) return;
    rescanPending = true;
    timers.setTimeout(
      safely(() => {
        rescanPending = false;
        rescan();
      }),
      RESCAN_MS,
    );
  };

  /** A listener that never throws into the page: an error is reported (once) and the page goes on. */
  const safely =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      try {
        handler(...args);
      } catch (error) {
        deps.failOpen(error, null);
      }
    };

  const guardedOn = (type: string, handler: (editor: Editor) => void) =>
    deps.listen(
      doc.defaultView ?? doc,
      type,
      safely((event: Event) => {
        const editor = adapter.editorFor(event);
        if (editor) handler(editor);
      }),
      { capture: true, passive: true },
    );

  // beforeinput as well as input: Lexical, Draft.js and ProseMirror cancel beforeinput and apply the edit
  // themselves, so for most keystrokes no input event ever fires. The check runs after the pause, by which
  // time the editor has applied the edit.
  const onEdit = (editor: Editor) => {
    track(editor);
    lastUsed = editor;
    debouncer.schedule(editor);
    board.reposition(); // the composer may have grown
  };
  guardedOn('beforeinput', onEdit);
  guardedOn('input', onEdit);
  guardedOn('focusin', (editor) => {
    track(editor);
    lastUsed = editor;
  });

  // The caret, saved as the user moves it; read from the focused editor (document or shadow root).
  deps.listen(
    doc,
    'selectionchange',
    safely(() => {
      let active: Element | null = doc.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const editor = adapter.editorAt(active);
      const caret = editor && saveCaret(editor);
      if (editor && caret) carets.set(editor, caret);
    }),
  );

  deps.onStop(() => observer.disconnect());
  // Single-page navigation (WXT's history watcher): the new route's composers are found at once.
  deps.listen(doc.defaultView ?? doc, 'wxt:locationchange', safely(rescan));
  safely(rescan)();

  return {
    editors,
    caretOf: (editor) => carets.get(editor) ?? null,
    lastUsedOf: (list) => (lastUsed && list.includes(lastUsed) ? lastUsed : list[0]),
    requestFor,
    rescan,
  };
}
