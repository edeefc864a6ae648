import { regexHits, type SpanHit } from './span';

// Capitalised words that are not people's names, so "Happy Monday" or "Universal Credit" is not a person.
const NOT_NAMES = new Set(
  (
    'I The A An This That These Those My Our Your His Her Their We You He She They It Its Me Us Them ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Christmas Easter Xmas New Year Happy Merry Good Great Thanks Thank Hi Hello ' +
    'Hey Dear Congratulations Congrats Well So Just Also Still Anyone Anybody Everyone Does Did Do Can Could Would ' +
    'Should Will What Why How When Where Who Which If And But Or Not No Yes Oh Omg Lol Please Today Tomorrow ' +
    'Yesterday Tonight Council Borough City County District Town Parish Road Street Lane Avenue Close Drive ' +
    'Team Project Labour Tory Tories Conservative Conservatives Green Greens Reform Liberal Democrats Lib Dem ' +
    'Universal Credit Housing Benefit Benefits Social Services Care Adult Children Services Department Office ' +
    'Centre Center Library Leisure Hall Park School College University Hospital Street Market Square Mr Mrs Ms ' +
    'Miss Dr Cllr Councillor Mayor Leader Chief Executive Director Manager Officer Head Service Services ' +
    'Facebook Twitter Linkedin Instagram Google Amazon Tesco Asda Aldi Lidl Sainsburys Morrisons Netflix ' +
    'England Scotland Wales Ireland Britain British English Welsh Scottish Irish London Europe Uk Nhs Bbc ' +
    'Friday Weekend Bank Holiday Planning Committee Cabinet Full Finance Human Resources Hr Waste Recycling ' +
    'Absolutely Really Very Brilliant Amazing Lovely Proud Sad Shame Sorry Welcome Morning Afternoon Evening ' +
    'Night Week Month Another Some Any All Every Each First Last Next Big Little Old New Top Best Worst ' +
    'Free Sale Vote Local Annual Staff Awards Award Quiz Fun Run Appeal Fund Trust Foundation Group Club United'
  ).split(' '),
);

const NAME = String.raw`[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?`;
// "Mr Okafor", "Mrs. Patel", "Dr Jones", "Cllr Ann Smith".
// "Mrs P" and "Mr H." count: initials are how staff half-hide a name.
const HONORIFIC_NAME = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Nurse|Sgt|PC)\.?\s+(?:${NAME}(?:\s+${NAME})?|[A-Z]\b\.?)`, 'g');
// "resident John Smith", "my colleague Sam", "a tenant called Dave". Roles in either case, names capitalised.
const ROLES = [
  'resident', 'tenant', 'client', 'service user', 'patient', 'claimant', 'colleague', 'co-worker', 'coworker',
  'neighbour', 'pupil', 'carer', 'customer', 'manager', 'boss', 'supervisor', 'lady', 'man', 'woman', 'boy',
  'girl', 'mum', 'dad', 'son', 'daughter', 'husband', 'wife', 'partner', 'friend',
].map((role) => `[${role[0]}${role[0]!.toUpperCase()}]${role.slice(1)}`);
const ROLE_NAME = new RegExp(String.raw`\b(?:${ROLES.join('|')})\s+(?:called\s+|named\s+)?(${NAME})(?:\s+${NAME})?`, 'g');
// "Kelly from the contact centre", "a woman called Kerry", "Get well soon Dave".
const NAME_FROM = new RegExp(String.raw`\b(${NAME})(?=\s+(?:from|in|at)\s+(?:the\s+|my\s+|our\s+)?[a-z])`, 'g');
const CALLED_NAME = new RegExp(String.raw`\b(?:called|named|known as)\s+(${NAME})`, 'g');
// "recommend Ifeoma", "hire Dean": a name straight after a verb of recommending (not "recommend Luigi's").
const RECOMMENDED_NAME = new RegExp(String.raw`\b(?:[Rr]ecommend(?:ed|ing)?|[Hh]ire|[Ee]mploy|[Vv]ouch for|[Ee]ndorse)\s+(${NAME})\b(?!['’]s)`, 'g');
// "Chantelle, 23,": a name with an age.
const NAME_AND_AGE = new RegExp(String.raw`\b(${NAME}),?\s+(?:aged\s+)?\d{1,2}\b(?!\s*(?:%|am|pm|mins|minutes|hours|days|weeks|years|miles|th|st|nd|rd|:))`, 'g');
// "old Reg", "little Tyler", "is Tyler,": a first name introduced in passing.
const INTRODUCED_NAME = new RegExp(
  String.raw`\b(?:old|little|young|poor|our|is|meet)\s+(?:(?:lovely|dear|brilliant|wonderful|amazing|fab|fabulous|own)\s+)?(${NAME})\b(?!\s+[A-Z])`,
  'g',
);
const GREETED_NAME = new RegExp(String.raw`\b(?:soon|thanks|thank you|cheers|congrats|congratulations|welcome|bye|hi|hello|hey|miss you|love you|RIP|[Rr]ip|bless you)\s+(${NAME})\b`, 'g');
// "Sarah Jones", "Karen's".
const FULL_NAME = new RegExp(String.raw`\b(${NAME})\s+(${NAME})\b`, 'g');
const POSSESSIVE_NAME = new RegExp(String.raw`\b(${NAME})['’]s\b`, 'g');

function isName(word: string | undefined): boolean {
  return word !== undefined && !NOT_NAMES.has(word);
}

/**
 * Named people ("@person"): a title and a name, a role and a name, a first and last name, or a possessive
 * name; those named with a title, role or team also raise "@person-titled", and a name straight after
 * "recommend" or "hire" raises "@person-recommended". Only a signal: on its own it never raises a warning, only with private details beside it.
 */
export function findPeople(original: string): SpanHit[] {
  if (!/[A-Z]/.test(original)) return [];
  // Named with a title, a role or a team ("Mrs Clarke", "colleague Sam", "Gary from fleet"): people met through
  // work more often than celebrities, so they also raise "@person-titled", which disparaging rules use.
  const titled = [
    ...regexHits(original, HONORIFIC_NAME, '@person'),
    ...regexHits(original, ROLE_NAME, '@person', (m) => isName(m[1])),
    ...regexHits(original, NAME_FROM, '@person', (m) => isName(m[1])),
  ];
  const recommended = regexHits(original, RECOMMENDED_NAME, '@person-recommended', (m) => isName(m[1]));
  return [
    ...titled,
    ...titled.map((hit) => ({ ...hit, signal: '@person-titled' })),
    ...regexHits(original, FULL_NAME, '@person', (m) => isName(m[1]) && isName(m[2])),
    ...regexHits(original, CALLED_NAME, '@person', (m) => isName(m[1])),
    ...regexHits(original, GREETED_NAME, '@person', (m) => isName(m[1])),
    ...regexHits(original, INTRODUCED_NAME, '@person', (m) => isName(m[1])),
    ...regexHits(original, NAME_AND_AGE, '@person', (m) => isName(m[1])),
    ...recommended,
    ...recommended.map((hit) => ({ ...hit, signal: '@person' })),
    ...regexHits(original, POSSESSIVE_NAME, '@person', (m) => isName(m[1])),
  ];
}
