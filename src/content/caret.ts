/**
 * Saves and restores the caret in an editor as character offsets, not as DOM ranges: rich editors (Draft.js,
 * Lexical) replace their text nodes as they render, which would leave a saved Range pointing at nothing.
 * Restoring only moves the selection; the editor's text is never touched.
 */

/** A selection as offsets into the editor's text nodes. */
export interface CaretOffsets {
  start: number;
  end: number;
}

const isTextField = (el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** The selection of the editor's document or shadow root (Chromium exposes one per shadow root). */
function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? editor.ownerDocument.getSelection();
}

/** Characters of text from the editor's start to (node, offset). */
function offsetOf(editor: HTMLElement, node: Node, offset: number): number {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The editor's selection as offsets, or null when the selection is not inside it. */
export function saveCaret(editor: HTMLElement): CaretOffsets | null {
  if (isTextField(editor)) return { start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 };
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return null;
  return { start: offsetOf(editor, range.startContainer, range.startOffset), end: offsetOf(editor, range.endContainer, range.endOffset) };
}

/** The text node and offset at a character offset, or the end of the last text node. */
function pointAt(editor: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: editor, offset: editor.childNodes.length };
}

/** Focuses the editor and puts the selection back at the offsets (or at the end when none were saved). */
export function restoreCaret(editor: HTMLElement, caret: CaretOffsets | null): void {
  editor.focus({ preventScroll: true });
  if (isTextField(editor)) {
    const end = editor.value.length;
    editor.setSelectionRange(caret?.start ?? end, caret?.end ?? end);
    return;
  }
  const selection = selectionFor(editor);
  if (!selection) return;
  const total = Number.MAX_SAFE_INTEGER;
  const start = pointAt(editor, caret?.start ?? total);
  const end = pointAt(editor, caret?.end ?? total);
  const range = editor.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}
