import { regexHits, type SpanHit } from './span';

const JOB_TITLES =
  'officer|manager|lead|[Hh]ead of [A-Za-z]+|director|worker|gardener|planner|loader|driver|assistant|adviser|advisor|co-?ordinator|clerk|inspector|surveyor|engineer|administrator|caretaker|warden|librarian|social worker|apprentice|supervisor|technician|analyst|team leader|employee|member of staff|receptionist|accountant|auditor|solicitor|lawyer|paralegal|ranger|cleaner|chef|cook|carer|support worker|practitioner|consultant|specialist|executive|chief executive|deputy';

// "As ABC's procurement lead", "As Head of Revenues at Wexley District Council", "as an Ashcombe Council gardener".
const AS_A_ROLE = new RegExp(String.raw`\b[Aa]s\s+(?:an?\s+|the\s+|one of the\s+)?[^.!?\n]{0,40}?\b(?:${JOB_TITLES})s?\b`, 'g');
// "Working for Kingsmead Council", "Been at WDC 12 years", "After 5 years leading the housing team at ABC".
const WORKS_AT_NAME =
  /\b(?:[Ww]ork(?:ing|ed|s)?|[Bb]een|[Ll]ead(?:ing)?|[Rr]un(?:ning)?|[Ss]pent \w+ years|years)\s+(?:[a-z]+\s+){0,4}(?:at|for|with|in)\s+(?:the\s+)?[A-Z][A-Za-z'’&-]*/g;

/**
 * Phrases where the writer names their job or employer ("@employer-phrase"). Only a signal: the rules count it
 * as naming the council when the post is also about council matters.
 */
export function findEmployerPhrases(original: string): SpanHit[] {
  return [...regexHits(original, AS_A_ROLE, '@employer-phrase'), ...regexHits(original, WORKS_AT_NAME, '@employer-phrase')];
}
