import { regexHits, type SpanHit } from './span';

// Sums of money: "£1.2m", "£250k", "£40,000", "40k", "£3 million".
const MONEY = /£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion|grand)?\b|\b\d[\d,]*(?:\.\d+)?\s?(?:k|million|grand)\b(?!m)/gi;

/** Sums of money ("@money"), used with tender and bid language. */
export function findMoney(original: string): SpanHit[] {
  if (!/\d/.test(original)) return [];
  return regexHits(original, MONEY, '@money');
}
