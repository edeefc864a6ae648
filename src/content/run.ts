/**
 * Wires one site's content script: the watcher (typing checks, notices), the submit guard and its
 * interceptor, and the dialog. Every listener and timer hangs off WXT's ctx, so an extension update or reload
 * ("Extension context invalidated") removes them all and the page is left exactly as the site made it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { messenger } from '../messaging/protocol';
import type { Editor, SiteAdapter } from '../sites/adapter';
import { messagesFor } from '../ui/messages';
import { HOST_NAME, mountNoticeSurface, showWarningDialog } from '../ui/mount';
import { disclaimerFix } from '../ui/WarningDialog';
import { restoreCaret } from './caret';
import { createFailureReporter } from './fail-open';
import { appendThroughEditor } from './insert-text';
import { interceptSubmits } from './interceptor';
import { createNoticeBoard } from './notices';
import { createRemoteCheck } from './remote-check';
import { createSubmitGuard, type SubmitAttempt } from './submit-guard';
import { contextTimers, withTimeout } from './timers';
import { createVerdictStore } from './verdicts';
import { watchComposers } from './watcher';

/** How long a held submit waits for a verdict before it goes ahead unchecked (fail open). */
export const SUBMIT_WAIT_MS = 1_500;

/** Whether an event comes from inside Post Guard's own UI. */
const fromOwnUi = (event: Event): boolean =>
  event.composedPath().some((node) => (node as Element).localName === HOST_NAME);

/** Starts Post Guard on this page for one site. */
export function startPostGuard(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const doc = document;
  const win = window;
  const messages = messagesFor(navigator.language);
  const timers = contextTimers(ctx);
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) =>
    ctx.addEventListener(target, type, handler, options);

  const verdicts = createVerdictStore(createRemoteCheck((request) => messenger.sendMessage('check', request), timers));
  const board = createNoticeBoard(() => mountNoticeSurface(ctx), win);
  const tellOnce = createFailureReporter((editor) => {
    const content = { text: messages.noticeUnavailable, tone: 'unavailable' } as const;
    if (editor?.isConnected) board.set(editor, content);
    else board.setPage(content);
  });

  const watcher = watchComposers({
    adapter,
    doc,
    timers,
    verdicts,
    board,
    messages,
    listen,
    onStop: (cb) => ctx.onInvalidated(cb),
    failOpen: (_error, editor) => tellOnce(editor),
  });

  /** "Edit post": back in the composer the user was in, caret where it was, text untouched. */
  const focusBack = (attempt: SubmitAttempt<Editor>): Editor | undefined => {
    const editor = watcher.lastUsedOf(attempt.editors);
    if (editor?.isConnected) restoreCaret(editor, watcher.caretOf(editor));
    return editor;
  };

  const guard = createSubmitGuard<Editor>({
    fresh: (request) => verdicts.fresh(request),
    check: (request) => withTimeout(verdicts.get(request), SUBMIT_WAIT_MS, timers),
    review: (attempt, verdict) =>
      showWarningDialog(ctx, attempt.key, { messages, text: attempt.request.text, verdict }).then((choice) => {
        // Focus returns to the composer whatever the choice; a replayed submit then runs from there.
        if (choice === 'post') focusBack(attempt);
        return choice;
      }),
    edit: (attempt) => void focusBack(attempt),
    async addDisclaimer(attempt, verdict) {
      const editor = attempt.editors[attempt.editors.length - 1] ?? attempt.key;
      const disclaimer = disclaimerFix(verdict) ?? verdict.disclaimerText;
      if (!(await appendThroughEditor(editor, disclaimer, adapter.readText))) {
        board.set(editor, { text: messages.noticeDisclaimerFailed(disclaimer), tone: 'info' });
      }
    },
    failOpen: (_error, attempt) => tellOnce(attempt.key),
  });

  interceptSubmits(win, {
    adapter,
    guard,
    listen,
    isOwnUi: fromOwnUi,
    prefetch: (request) => void verdicts.get(request).catch(() => {}),
    failOpen: () => tellOnce(null),
  });

  // Notices follow their composers as the page scrolls (capture: any scrolling container) or resizes.
  const reposition = () => board.reposition();
  listen(win, 'scroll', reposition, { capture: true, passive: true });
  listen(win, 'resize', reposition, { passive: true });
}
