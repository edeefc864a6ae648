import { regexHits, type SpanHit } from './span';

// Any named council, so "I work at Ashcombe Borough Council" is recognised even before IT names the organisation.
const NAMED_COUNCIL =
  /\b(?:[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}\s+)(?:(?:Metropolitan\s+)?Borough|City|County|District|Town|Parish|Community)?\s*Council\b/g;

/** Named councils ("@org"), in addition to the organisation names and aliases the policy gives. */
export function findNamedCouncils(original: string): SpanHit[] {
  if (!original.includes('Council')) return [];
  return regexHits(original, NAMED_COUNCIL, '@org', (m) => !/^(?:The|My|Our|A|Your|This|County|City|Town)\s/.test(m[0]));
}
