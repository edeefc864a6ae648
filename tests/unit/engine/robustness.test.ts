import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/check';
import { ASHCOMBE } from './helpers';

// A small deterministic generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const PIECES = [
  'f*ck', 'sh!t', 'ｆｕｃｋ', '𝐬𝐡𝐢𝐭', 'Cоuncil', '\u200b', '\u200d', '\u00ad', '\u202e', '́', '👍🏽', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '\ud83d', '\udc4d',
  ' ', '\n', '. ', '!', '?', "'", '’', '@', '#', '$', '*', '£', '07700 900312', '+44 (0)7700 900 482', 'AB 12 34 56 C',
  '943 476 5919', 'LA1 4XY', '3 Hill Row', 'Mr Okafor', 'case ref 12345', 'DOB 12/03/1985', 'jo@example.com',
  'Ashcombe Borough Council', 'As a council officer', 'views my own', 'not announced', 'vote Green', 'useless',
  'hire her', 'sponsor me', 'a', 'b', 'c', 'Ŵ', 'ß', 'ﬃ', 'ǅ', 'İ', 'ﷺ', '１２３',
];

describe('check on any input', () => {
  it('never throws and always points inside the original text', () => {
    const next = random(42);
    for (let round = 0; round < 400; round++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (const finding of check(text, {}, ASHCOMBE)) {
        expect(finding.start, text).toBeGreaterThanOrEqual(0);
        expect(finding.end, text).toBeLessThanOrEqual(text.length);
        expect(finding.start, text).toBeLessThan(finding.end);
      }
    }
  });

  it.each([
    ['one long word', 'a'.repeat(50_000)],
    ['capitalised words', 'Aaaa '.repeat(10_000)],
    ['digits with separators', '1 2-3.4 '.repeat(10_000)],
    ['single letters', 'a b '.repeat(20_000)],
    ['masks', '*a'.repeat(20_000)],
    ['as-a phrases', 'As a '.repeat(10_000)],
    ['at signs', '@a '.repeat(15_000)],
  ])('finishes on pathological input (%s) in linear time', (_name, text) => {
    // Not a speed test (see npm run bench): a generous bound that only catastrophic backtracking would break.
    const started = Date.now();
    check(text, {}, ASHCOMBE);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
