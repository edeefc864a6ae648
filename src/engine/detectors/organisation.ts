import { regexHits, type SpanHit } from './span';

// Any named council, so "I work at Ashcombe Borough Council" or "Kingsmead BC" is recognised even before IT names
// the organisation. Staff also write the name in lower case ("been at wexley council 6 yrs").
const NAMED_COUNCIL =
  /\b(?:[A-Za-z][a-z]+(?:[- ][A-Z][a-z]+){0,2}\s+)(?:(?:Metropolitan\s+)?Borough|City|County|District|Town|Parish|Community)?\s*[Cc]ouncil\b|\b[A-Z][a-z]+\s+(?:M?BC|DC|CC|CBC)\b|\b[A-Z][a-z]+\s+(?:District|County Borough|Borough|County)\b(?!\s+(?:[Cc]ouncil|[Cc]ricket|[Cc]ourt|FC|Show|Ground))/g;
// Words before "council" that make it a generic reference or a service, not a council's name.
const NOT_A_NAME = /^(?:the|my|our|a|your|this|that|their|his|her|county|city|town|district|borough|parish|local|youth|student|school|pupil|staff|works|every|each|any|no|some|which|what|ex|former|new|old|whole|entire|full|and|or|at|for|from|to|by|with|of|in|on|about|than|as|is|was|are|were|be|been)\s/i;

/** Named councils ("@org"), in addition to the organisation names and aliases the policy gives. */
export function findNamedCouncils(original: string): SpanHit[] {
  // A cheap test first; case-sensitive, so "[A-Z][a-z]+" cannot crawl through a long lower-case word.
  if (!/[Cc][Oo][Uu][Nn][Cc][Ii][Ll]/.test(original) && !/[A-Z][a-z]+ (?:M?C?[BD]?C|District|Borough|County)\b/.test(original)) return [];
  return regexHits(original, NAMED_COUNCIL, '@org', (m) => !NOT_A_NAME.test(m[0]));
}
