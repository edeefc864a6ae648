import { regexHits, type SpanHit } from './span';

const STREET_TYPES =
  'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns|Terrace|Tce|Grove|Row|Hill|Park|Square|Sq|Mews|View|Walk|Rise|Green|Parade|Fields|Meadows?|Estate|Yard|Croft|Heights|Vale|Wharf|Bank|End|Gate|Hollow|Lea|Side|Cottages';
// A house number and a street with capitalised names: "3 Hill Row", "14a Elm Tree Close", "Flat 2, 9 Mill Lane".
const STREET_ADDRESS = new RegExp(String.raw`\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:${STREET_TYPES})\b`, 'g');
// Houses named by number without a street type: "4 The Paddocks", "no. 14 Fairfield", "number 7 Elm".
const NUMBERED_HOUSE = /\b(?:\d{1,4}[a-zA-Z]?\s+The\s+[A-Z][a-z']+|(?:[Nn]o\.?|[Nn]umber)\s*\d{1,4}[a-zA-Z]?,?\s+[A-Z][a-z']+)/g;
// UK postcodes, outward and inward parts.
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi;
// A house number shortly before a postcode: "12, LA1 4XY" or "number 7 ... BD3 9QT".
const NUMBER_BEFORE_POSTCODE = /\b\d{1,4}[a-zA-Z]?\b[^\n\d]{0,40}?\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi;

/**
 * A home address: a house number with a street, or with a postcode ("@address"); postcodes on their own
 * raise "@postcode" only (an office or area postcode is not personal data).
 */
export function findAddresses(original: string): SpanHit[] {
  if (!/\d/.test(original)) return [];
  return [
    ...regexHits(original, STREET_ADDRESS, '@address'),
    ...regexHits(original, NUMBER_BEFORE_POSTCODE, '@address'),
    ...regexHits(original, NUMBERED_HOUSE, '@address'),
    ...regexHits(original, POSTCODE, '@postcode'),
  ];
}
