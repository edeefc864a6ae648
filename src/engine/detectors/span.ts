/** A built-in detector's find: the signal it raises and where, in ORIGINAL text offsets. */
export interface SpanHit {
  signal: string;
  start: number;
  end: number;
}

/** Every match of a global regular expression as a span hit on the given group (0 = whole match). */
export function regexHits(text: string, pattern: RegExp, signal: string, accept?: (match: RegExpExecArray) => boolean): SpanHit[] {
  const hits: SpanHit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!accept || accept(match)) hits.push({ signal, start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return hits;
}
