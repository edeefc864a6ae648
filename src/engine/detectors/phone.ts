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

/**
 * UK (and international) phone numbers in any written form, found by libphonenumber-js.
 * Raises "@phone".
 */
export function findPhones(original: string): SpanHit[] {
  if (!/\d{3}/.test(original.replace(/[\s().-]/g, ''))) return [];
  const hits: SpanHit[] = [];
  // extended: also the numbers libphonenumber thinks possible but not valid, so the drama ranges reach the check below.
  for (const found of findPhoneNumbersInText(original, { defaultCountry: 'GB', extended: true })) {
    const national = found.number.nationalNumber;
    if (found.number.isValid() || OFCOM_DRAMA_RANGES.some((range) => range.test(national))) {
      // libphonenumber keeps an opening bracket of "(07700 900312)" when the closing one is outside the match.
      const start = original[found.startsAt] === '(' && !original.slice(found.startsAt, found.endsAt).includes(')') ? found.startsAt + 1 : found.startsAt;
      hits.push({ signal: '@phone', start, end: found.endsAt });
    }
  }
  return hits;
}
