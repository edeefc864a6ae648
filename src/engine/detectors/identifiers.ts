import { regexHits, type SpanHit } from './span';

// National Insurance numbers: two prefix letters, six digits, a suffix A-D (HMRC's NIM39110 rules).
const NI_NUMBER = /\b([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])\b/gi;
const NI_BAD_FIRST = new Set(['D', 'F', 'I', 'Q', 'U', 'V']);
const NI_BAD_SECOND = new Set(['D', 'F', 'I', 'O', 'Q', 'U', 'V']);
const NI_NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** Whether two letters are a prefix HMRC issues. "QQ" is HMRC's own specimen, which staff copy: flag it too. */
export function isNiPrefix(prefix: string): boolean {
  const upper = prefix.toUpperCase();
  if (upper === 'QQ') return true;
  return !NI_BAD_FIRST.has(upper[0]!) && !NI_BAD_SECOND.has(upper[1]!) && !NI_NEVER_ISSUED.has(upper);
}

// NHS numbers: ten digits written 3-3-4 or run together; never starting with 0 (so not a phone number).
const NHS_NUMBER = /(?<![\d+])([1-9]\d{2})[ -]?(\d{3})[ -]?(\d{4})(?!\d)/g;

/** The NHS number modulus-11 check: weights 10..2 over the first nine digits give the tenth. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// Case and reference numbers learnt at work: "case ref 48213", "claim no. HB/2023/1234", "ref: 2023-0045".
const CASE_REFERENCE =
  /\b(?:case|claim|client|file|tenancy|account|crime|incident|complaint|safeguarding|ticket|ref|reference)(?:\s+(?:ref(?:erence)?|no\.?|number|num|id)\.?)?\s*[:#]?\s*([A-Z0-9]{1,8}(?:[/-][A-Z0-9]{1,8}){0,4})\b/gi;
// Reference numbers written in the council system style on their own: "HB/2023/01234".
const SLASHED_REFERENCE = /\b[A-Z]{2,4}\/\d{2,4}\/\d{3,}\b/g;

function hasThreeDigits(value: string): boolean {
  return (value.match(/\d/g)?.length ?? 0) >= 3;
}

// Planning application references ("24/00312/FUL") are public: they are on the planning portal.
const PLANNING_REFERENCE = /^\d{2}\/\d{3,6}\/[A-Z]{2,5}$/i;

function isCaseReference(value: string): boolean {
  return hasThreeDigits(value) && !PLANNING_REFERENCE.test(value);
}

// Dates of birth: the words, then a date.
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
// A few words may come between: "his DOB on the system is 14/02/79".
const DATE_OF_BIRTH = new RegExp(String.raw`\b(?:d\.?o\.?b\.?|date of birth|birth date|born(?: on)?)\b[^\n\d]{0,30}?${DATE}`, 'gi');

/**
 * National Insurance numbers ("@ni-number"), NHS numbers with a valid check digit ("@nhs-number"), case and
 * reference numbers ("@case-ref") and dates of birth ("@dob").
 */
export function findIdentifiers(original: string): SpanHit[] {
  return [
    ...regexHits(original, NI_NUMBER, '@ni-number', (m) => isNiPrefix(m[1]!)),
    ...regexHits(original, NHS_NUMBER, '@nhs-number', (m) => isNhsNumber(m[1]! + m[2]! + m[3]!)),
    ...regexHits(original, CASE_REFERENCE, '@case-ref', (m) => isCaseReference(m[1]!)),
    ...regexHits(original, SLASHED_REFERENCE, '@case-ref'),
    ...regexHits(original, DATE_OF_BIRTH, '@dob'),
  ];
}
