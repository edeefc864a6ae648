import { regexHits, type SpanHit } from './span';

// Any named council, so "I work at Ashcombe Borough Council" or "Kingsmead BC" is recognised even before IT names
// the organisation. Staff also write the name in lower case ("been at wexley council 6 yrs").
const NAMED_COUNCIL =
  /\b(?:[A-Za-z][a-z]+(?:[- ][A-Z][a-z]+){0,2}\s+)(?:(?:Metropolitan\s+)?Borough|City|County|District|Town|Parish|Community)?\s*[Cc]ouncil\b|\b[A-Za-z][a-z]+\s+(?:M?BC|DC|CC|CBC)\b|\b[A-Z][a-z]+\s+(?:District|County Borough|Borough|County)\b(?!\s+(?:[Cc]ouncil|[Cc]ricket|[Cc]ourt|FC|Show|Ground))/g;
// Words before "council" that make it a generic reference or a service, not a council's name.
const NOT_A_NAME = /^(?:the|my|our|a|your|this|that|their|his|her|county|city|town|district|borough|parish|local|youth|student|school|pupil|staff|works|every|each|any|no|some|which|what|ex|former|new|old|whole|entire|full|and|or|at|for|from|to|by|with|of|in|on|about|than|as|is|was|are|were|be|been)\s/i;

// Council initialisms ("KCC", "TVDC", "LMBC") and council accounts ("@BrackenfordCC", "@AshcombeCouncil"), less
// the look-alikes that are not councils.
const COUNCIL_INITIALS = /\b[A-Z]{1,3}(?:M?B|D|C|T)C\b/g;
const NOT_COUNCIL_INITIALS = new Set(['BBC', 'ICC', 'AFC', 'RFC', 'LFC', 'CFC', 'KFC', 'TLC', 'NYC', 'ITC', 'PLC', 'LLC', 'UTC', 'DTC', 'STC', 'MTC', 'CTC', 'HMRC', 'NCC', 'FCC']);
const COUNCIL_ACCOUNT = /@\w*?(?:[Cc]ouncil|CC|BC|DC|TC|[Gg]ov)\b/g;

/** Named councils ("@org"), in addition to the organisation names and aliases the policy gives. */
export function findNamedCouncils(original: string): SpanHit[] {
  return [...findCouncilNames(original), ...regexHits(original, COUNCIL_INITIALS, '@org', (m) => !NOT_COUNCIL_INITIALS.has(m[0])), ...regexHits(original, COUNCIL_ACCOUNT, '@org')];
}

function findCouncilNames(original: string): SpanHit[] {
  // A cheap test first; anchored at word starts (\b), so it cannot crawl through a long word from every letter.
  if (!/[Cc][Oo][Uu][Nn][Cc][Ii][Ll]/.test(original) && !/\b[A-Za-z][a-z]+ (?:M?C?[BD]?C|District|Borough|County)\b/.test(original)) return [];
  const hits: SpanHit[] = [];
  for (const hit of regexHits(original, NAMED_COUNCIL, '@org')) {
    // "at Eastmoor Council" matches from "at": drop the leading small words, keep what still has a name.
    let start = hit.start;
    for (let lead = NOT_A_NAME.exec(original.slice(start, hit.end)); lead; lead = NOT_A_NAME.exec(original.slice(start, hit.end))) start += lead[0].length;
    if (/^\S+\s+\S/.test(original.slice(start, hit.end))) hits.push({ ...hit, start });
  }
  return hits;
}
