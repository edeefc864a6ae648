/**
 * "Add disclaimer": appends text through the editor's own input path, so Draft.js, Lexical or ProseMirror
 * update their own state exactly as if the user had typed it. Writing to the DOM behind such an editor would
 * leave its state stale (caret jumps, text lost on submit), so the DOM is never edited directly.
 */
import { restoreCaret } from './caret';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Waits for the editor to re-render after input (React batches updates to the next frame). */
const nextFrame = (win: Window): Promise<void> =>
  new Promise((resolve) => {
    win.requestAnimationFrame(() => resolve());
    win.setTimeout(resolve, 50); // rAF does not run in background tabs
  });

/**
 * Focuses the editor, moves the caret to the end, and inserts `text` with execCommand('insertText') (the
 * browser's own typing path: it fires beforeinput and input like a keystroke). Resolves true when the editor
 * then reads as ending with the text, false otherwise (the caller tells the user; nothing is undone).
 */
export async function appendThroughEditor(editor: HTMLElement, text: string, read: (editor: HTMLElement) => string): Promise<boolean> {
  const before = read(editor);
  if (squash(before).endsWith(squash(text))) return true; // already there: add nothing twice
  restoreCaret(editor, null);
  const separator = before.length === 0 || /\s$/.test(before) ? '' : ' ';
  const doc = editor.ownerDocument;
  try {
    // execCommand is deprecated but remains the one way to type into a page's editor from script (no
    // replacement exists; Grammarly-type tools use it for the same reason).
    doc.execCommand('insertText', false, separator + text);
  } catch {
    return false;
  }
  await nextFrame(doc.defaultView ?? window);
  return squash(read(editor)).endsWith(squash(text));
}
