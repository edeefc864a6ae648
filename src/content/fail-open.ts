/**
 * Failing open, told once. When a check cannot run (the worker asleep past the timeout, an exception, a
 * selector that no longer matches) the site carries on as if Post Guard were absent; the user hears about it
 * once per page, quietly (a status line, no dialog, no focus change), and is not nagged again. Nothing is
 * logged: an error may quote what it failed on, and that could be the post.
 */
import type { Editor } from '../sites/adapter';

/** Tells the user, the first time only; `editor` is where to say it, when known. */
export type FailureReporter = (editor: Editor | null) => void;

/** A reporter that calls `tell` on the first failure and never again. */
export function createFailureReporter(tell: (editor: Editor | null) => void): FailureReporter {
  let told = false;
  return (editor) => {
    if (told) return;
    told = true;
    try {
      tell(editor);
    } catch {
      // Telling is a courtesy; failing to tell must not become a failure of its own.
    }
  };
}
