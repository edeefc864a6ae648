import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { SpanHit } from './span';

// Ofcom keeps these UK ranges free for drama and examples; libphonenumber calls them invalid, but they are how
// people write example numbers, so a post quoting one is treated like a real number.
const OFCOM_DRAMA_RANGES = [
  /^7700900\d{3}$/,
  /^1632960\d{3}$/,
  /^(113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$/,
  /^2079460\d{3}$/,
  /^2896496\d{3}$/,
  /^2920180\d{3}$/,
  /^1914980\d{3}$/,
  /^8081570\d{3}$/,
  /^3069990\d{3}$/,
];

// Runs of digits long enough to be a phone number, with the separators people write between them. Only these
// reach libphonenumber, which is thorough but costs far more than this scan on text without numbers. Bounded,
// so a long run of digits is read in phone-sized pieces rather than handed to it whole.
const CANDIDATE = /\+?\(?\d[\d\s().\-\u2013]{7,20}\d/g;

/**
 * UK (and international) phone numbers in any written form, found by libphonenumber-js.
 * Raises "@phone".
 */
export function findPhones(original: string): SpanHit[] {
  const hits: SpanHit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(original); candidate; candidate = CANDIDATE.exec(original)) {
    if ((candidate[0].match(/\d/g)?.length ?? 0) < 9) continue;
    const offset = candidate.index;
    // UK mobile numbers (07… with eleven digits, or +44 7…) need no parsing: Ofcom gives the whole 07 range to
    // mobiles and personal numbers. This skips libphonenumber's cost for the commonest number in a post.
    const digits = candidate[0].replace('(0)', '').replace(/\D/g, '');
    if (/^(?:07|447)\d{9}$/.test(digits)) {
      const opensBracket = candidate[0].startsWith('(') && !candidate[0].includes(')');
      hits.push({ signal: '@phone', start: offset + (opensBracket ? 1 : 0), end: offset + candidate[0].length });
      continue;
    }
    // extended: also numbers libphonenumber thinks possible but not valid, so the drama ranges reach the check below.
    for (const found of findPhoneNumbersInText(candidate[0], { defaultCountry: 'GB', extended: true })) {
      const national = found.number.nationalNumber;
      if (!found.number.isValid() && !OFCOM_DRAMA_RANGES.some((range) => range.test(national))) continue;
      const text = candidate[0].slice(found.startsAt, found.endsAt);
      // libphonenumber keeps an opening bracket of "(07700 900312)" when the closing one is outside the match.
      const start = text.startsWith('(') && !text.includes(')') ? found.startsAt + 1 : found.startsAt;
      hits.push({ signal: '@phone', start: offset + start, end: offset + found.endsAt });
    }
  }
  return hits;
}
