import { regexHits, type SpanHit } from './span';

const JOB_TITLES =
  'officer|manager|lead|[Hh]ead of [A-Za-z]+|director|worker|gardener|planner|loader|driver|assistant|adviser|advisor|co-?ordinator|clerk|inspector|surveyor|engineer|administrator|caretaker|warden|librarian|social worker|apprentice|supervisor|technician|analyst|team leader|employee|member of staff|receptionist|accountant|auditor|solicitor|lawyer|paralegal|ranger|cleaner|chef|cook|carer|support worker|practitioner|consultant|specialist|executive|chief executive|deputy|lifeguard|attendant|registrar|tech|operative|enforcement officer';
// What the council is named by after a role: "Ashcombe", "Oldcastle & Wyre", or "ashcombe council" in lower case.
const EMPLOYER_NAME = String.raw`(?:the\s+)?(?:[A-Z][A-Za-z'’&-]*|[a-z]+\s+council\b)`;
// What makes a name a council's where a bare name would be too loose ("leaving Brackenfield DC", not "leaving Ashcombe").
const COUNCIL_SUFFIX = '(?:DC|BC|CC|MBC|Council|County Council|District Council|Borough Council)';

// "As ABC's procurement lead", "As Head of Revenues at Wexley District Council", "as an Ashcombe Council gardener".
const AS_A_ROLE = new RegExp(String.raw`\b[Aa]s\s+(?:an?\s+|the\s+|one of the\s+)?[^.!?\n]{0,40}?\b(?:${JOB_TITLES})s?\b`, 'g');
// "Working for Kingsmead Council", "Been at WDC 12 years", "After 5 years leading the housing team at ABC".
const WORKS_AT_NAME =
  /\b(?:[Ww]ork(?:ing|ed)?|[Bb]een|[Ll]ead(?:ing)?|[Ll]ed|[Rr]un(?:ning)?|[Ss]pent \w+ years|years|months|weeks)\s+(?:[a-z]+\s+){0,4}(?:at|for|with|in)\s+(?:the\s+)?[A-Z][A-Za-z'’&-]*/g;

// "My current manager at Eastmoor Council", "our IT department at Stanbridge", "I'm on the bin crews for Ashcombe",
// "three years into my role at Wrexford Borough Council".
const MY_ROLE_AT_NAME = new RegExp(
  String.raw`\b(?:[Mm]y|[Oo]ur|I'?m|I am|[Uu]s lot|[Ww]e)\s+(?:[A-Za-z]+\s+){0,4}?(?:team|department|dept|office|crew|directorate|role|job|post|${JOB_TITLES})s?\s+(?:at|for|in|with)\s+${EMPLOYER_NAME}`,
  'g',
);
// A bio line: "librarian at Harwick here", "ABC bin crew here", "ABC payroll here", "Ashcombe employee here".
const ROLE_HERE = new RegExp(
  String.raw`\b(?:team|crew|payroll|finance|planning|housing|licensing|revenues|benefits|HR|IT|legal|highways|parks|waste|comms|${JOB_TITLES})s?\s+(?:(?:at|for|in)\s+[A-Z][A-Za-z'’-]*\s+)?here\b`,
  'g',
);
// A bio opening a post or sentence: "Library assistant at Ashcombe.", "pest control tech at Fenmoor DC."
const ROLE_AT_NAME_OPENING = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?!(?:[Tt]he|[Aa]n?|[Tt]hose|[Tt]hese|[Tt]hat)\b)(?:[A-Za-z]+\s+){0,3}(?:team|crew|${JOB_TITLES})s?\s+(?:at|for|with)\s+${EMPLOYER_NAME}`,
  'gm',
);
// A signature line opening a post or line: "Eastmoor DC planning officer.", "ABC customer services team lead:".
// The name must look like a council (an initialism, or a name before DC/BC/Council) so "Thanks to the housing
// officer." is not a bio.
const ORG_ROLE_SIGNATURE = new RegExp(
  String.raw`(?:^|\n)\s*(?:[A-Z]{2,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+${COUNCIL_SUFFIX})\s+(?:[A-Za-z]+\s+){0,3}(?:${JOB_TITLES})s?\s*(?=[.:,;\n]|$)`,
  'g',
);
// "Speaking as someone inside Glenarden Council", "leaving Brackenfield DC on Friday after 9 years".
const INSIDE_OR_LEAVING = new RegExp(
  String.raw`\b(?:[Ss]omeone\s+(?:inside|within|working\s+(?:at|for|in))|[Ll]eaving)\s+(?:the\s+)?[A-Z][A-Za-z'’&-]*(?:\s+[A-Z][A-Za-z'’&-]*)?\s+${COUNCIL_SUFFIX}\b`,
  'g',
);
// Staff hashtags: "#ProudToWorkForABC", "#LoveWhereIWork".
const STAFF_HASHTAG = /#(?:ProudToWorkFor|ProudToWorkAt|ProudToWorkIn|LoveWhereIWork)\w*/gi;

/**
 * Phrases where the writer names their job or employer ("@employer-phrase"). Only a signal: the rules count it
 * as naming the council when the post is also about council matters.
 */
export function findEmployerPhrases(original: string): SpanHit[] {
  return [AS_A_ROLE, WORKS_AT_NAME, MY_ROLE_AT_NAME, ROLE_HERE, ROLE_AT_NAME_OPENING, ORG_ROLE_SIGNATURE, INSIDE_OR_LEAVING, STAFF_HASHTAG].flatMap((pattern) =>
    regexHits(original, pattern, '@employer-phrase'),
  );
}
