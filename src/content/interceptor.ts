/**
 * Catches submits before the site sees them: capture-phase listeners on window (they run before any listener
 * the page puts on the document or the composer) for click, keydown (Ctrl+Enter, Cmd+Enter, and Enter where a
 * site posts on it) and pointerdown (to warm the verdict while the button is pressed). The event is stopped
 * only when the guard decides to hold, synchronously; anything unexpected lets the event through untouched.
 */
import type { Editor, SiteAdapter } from '../sites/adapter';
import { isDisabledControl } from '../sites/dom';
import type { CheckRequest } from '../messaging/protocol';
import type { SubmitAttempt, SubmitGuard } from './submit-guard';

export interface InterceptorDeps {
  adapter: SiteAdapter;
  guard: SubmitGuard<Editor>;
  /** ctx.addEventListener: listeners go away with the content script. */
  listen: (target: EventTarget, type: string, handler: (event: Event) => void, options: AddEventListenerOptions) => void;
  /** Whether the event comes from Post Guard's own UI (never a submit). */
  isOwnUi: (event: Event) => boolean;
  /** Start a check early (the button is being pressed); errors are the caller's to swallow. */
  prefetch: (request: CheckRequest) => void;
  /** Something went wrong: the event has been let through; tell the user once. */
  failOpen: (error: unknown) => void;
}

/** The submit attempt for a composer's editors, or null when there is nothing to post. */
export function attemptFor(adapter: SiteAdapter, editors: readonly Editor[], replay: () => void): SubmitAttempt<Editor> | null {
  const [first] = editors;
  if (!first) return null;
  const text = editors.map((editor) => adapter.readText(editor)).join('\n\n');
  if (text.trim() === '') return null; // an empty post: the site will not post it, nothing to check
  return { key: first, editors, request: { text, platform: adapter.platform, composer: adapter.kindOf(first) }, replay };
}

/** Installs the listeners on `win`. */
export function interceptSubmits(win: Window, deps: InterceptorDeps): void {
  const { adapter, guard } = deps;
  /** > 0 while Post Guard replays a submit: that event is the user's approved post and must pass. */
  let replaying = 0;

  const replayed = (run: () => void) => () => {
    replaying++;
    try {
      run();
    } finally {
      replaying--;
    }
  };

  /** Replays a click on the button (or its re-rendered successor): the site's own submit, exactly once. */
  const clickReplay = (button: HTMLElement, editors: readonly Editor[]) =>
    replayed(() => {
      const target = button.isConnected ? button : editors[0] && adapter.submitOf(editors[0]);
      target?.click();
    });

  /** Where the site posts on a key and has no button, the approved key is sent again to the editor. */
  const keyReplay = (editor: Editor, original: KeyboardEvent) =>
    replayed(() => {
      const { key, code, ctrlKey, metaKey } = original;
      // keyCode too: older editor builds test keyCode 13 rather than key (Chromium accepts it in the init dict).
      const init = { key, code, keyCode: 13, which: 13, ctrlKey, metaKey, bubbles: true, cancelable: true, composed: true };
      editor.dispatchEvent(new KeyboardEvent('keydown', init as KeyboardEventInit));
    });

  /**
   * The attempt, with a replay that first makes sure the composer still holds the text that was checked. If
   * the user typed on while the submit was held, that is a new submit: it is decided afresh (from a task, once
   * the hold is released), so unchecked text is never posted on the strength of an older verdict.
   */
  const withTextCheck = (attempt: SubmitAttempt<Editor>): SubmitAttempt<Editor> => ({
    ...attempt,
    replay: () => {
      const now = attemptFor(adapter, attempt.editors, attempt.replay);
      if (!now || now.request.text === attempt.request.text) return attempt.replay();
      win.setTimeout(() => {
        const again = withTextCheck(now);
        if (guard.submit(again) === 'pass') again.replay();
      }, 0);
    },
  });

  const decide = (event: Event, candidate: SubmitAttempt<Editor> | null) => {
    const attempt = candidate && withTextCheck(candidate);
    if (attempt && guard.submit(attempt) === 'hold') {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  /** The attempt for a submit control, or null; a control with no composer found means a selector broke. */
  const buttonAttempt = (button: HTMLElement): SubmitAttempt<Editor> | null => {
    if (isDisabledControl(button)) return null;
    const editors = adapter.editorsOf(button);
    if (editors.length === 0) {
      deps.failOpen(new Error('a submit control with no composer found'));
      return null;
    }
    return attemptFor(adapter, editors, clickReplay(button, editors));
  };

  const guarded =
    <E extends Event>(handler: (event: E) => void) =>
    (event: Event) => {
      if (replaying > 0 || deps.isOwnUi(event)) return;
      try {
        handler(event as E);
      } catch (error) {
        deps.failOpen(error); // the event was not stopped: the site carries on as if Post Guard were absent
      }
    };

  const onClick = guarded<MouseEvent>((event) => {
    const button = adapter.submitFor(event);
    if (button) decide(event, buttonAttempt(button));
  });

  const onKeyDown = guarded<KeyboardEvent>((event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return; // every other key leaves at once
    const editor = adapter.editorFor(event);
    if (editor) {
      if (!adapter.isSubmitKey(event, editor)) return;
      const button = adapter.submitOf(editor);
      if (button) {
        // The shortcut becomes the site's own button click on "Post anyway" (not a synthetic key).
        if (isDisabledControl(button)) return;
        const editors = adapter.editorsOf(button);
        decide(event, attemptFor(adapter, editors.length > 0 ? editors : [editor], clickReplay(button, editors)));
      } else {
        decide(event, attemptFor(adapter, [editor], keyReplay(editor, event)));
      }
      return;
    }
    // Enter or Space on a focused div[role=button]: the site's key handler posts without a click event.
    // (A real <button> turns the key into a click, which onClick already handles.)
    const button = adapter.submitFor(event);
    if (button && !(button instanceof HTMLButtonElement)) decide(event, buttonAttempt(button));
  });

  const onPointerDown = guarded<PointerEvent>((event) => {
    const button = adapter.submitFor(event);
    if (!button || isDisabledControl(button)) return;
    const attempt = attemptFor(adapter, adapter.editorsOf(button), () => {});
    if (attempt) deps.prefetch(attempt.request);
  });

  deps.listen(win, 'click', onClick, { capture: true });
  deps.listen(win, 'keydown', onKeyDown, { capture: true });
  deps.listen(win, 'pointerdown', onPointerDown, { capture: true, passive: true });
}
