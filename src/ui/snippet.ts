/** Cuts the words around a finding out of the post, for the dialog to show with the words highlighted. */

/** A piece of a snippet: plain text, or the triggering words. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** How much context to show either side of the triggering words. */
const CONTEXT = 60;

/**
 * The triggering words [start, end) of `text` with up to CONTEXT characters either side, cut at word
 * boundaries, with an ellipsis where text was left out. Offsets out of range are clamped (never throws).
 */
export function snippetParts(text: string, start: number, end: number): SnippetPart[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let left = Math.max(0, from - CONTEXT);
  let right = Math.min(text.length, to + CONTEXT);
  // Move the cuts to the nearest space so no word is shown in half.
  if (left > 0) {
    const space = text.indexOf(' ', left);
    if (space !== -1 && space < from) left = space + 1;
  }
  if (right < text.length) {
    const space = text.lastIndexOf(' ', right);
    if (space > to) right = space;
  }
  const parts: SnippetPart[] = [];
  const before = (left > 0 ? '…' : '') + text.slice(left, from);
  const after = text.slice(to, right) + (right < text.length ? '…' : '');
  if (before) parts.push({ text: before, mark: false });
  if (to > from) parts.push({ text: text.slice(from, to), mark: true });
  if (after) parts.push({ text: after, mark: false });
  return parts;
}
