import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/engine/normalise';
import { tokenise } from '../../../src/engine/tokenise';

describe('normalise', () => {
  it.each([
    ['Cyrillic look-alikes', 'Cоuncil сlowns', 'council clowns'],
    ['fullwidth letters', 'ｆｕｃｋ', 'fuck'],
    ['mathematical bold', '𝐬𝐡𝐢𝐭', 'shit'],
    ['accents', 'Café Ŵyddgrug', 'cafe wyddgrug'],
    ['zero-width characters', 'f\u200bu\u200dc\ufeffk', 'fuck'],
    ['soft hyphens', 'em\u00adbargoed', 'embargoed'],
    ['typographic apostrophes', 'don’t', "don't"],
  ])('folds %s', (_name, input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('maps every folded character back to its place in the original', () => {
    const original = 'A 𝐛ad\u200b wörd';
    const { text, starts, ends } = normalise(original);
    expect(text).toBe('a bad word');
    const at = text.indexOf('bad');
    expect(original.slice(starts[at]!, ends[at + 2]!)).toBe('𝐛ad');
    const word = text.indexOf('word');
    expect(original.slice(starts[word]!, ends[word + 3]!)).toBe('wörd');
  });
});

describe('tokenise', () => {
  const words = (text: string) => tokenise(normalise(text).text).map((token) => token.alt ?? token.value);

  it('keeps masked letters inside a word and reads leetspeak', () => {
    expect(words('f*ck sh!t b1tch')).toEqual(['f*ck', 'shit', 'bitch']);
  });

  it('drops apostrophes and trailing punctuation', () => {
    expect(words("Don't tell anyone!")).toEqual(['dont', 'tell', 'anyone']);
  });

  it('joins spaced and dotted letters', () => {
    expect(words('you are a f u c k i n g joke, s.h.i.t')).toEqual(['you', 'are', 'fucking', 'joke', 'shit']);
  });

  it('leaves numbers alone', () => {
    expect(tokenise('ran 10k in 2024').map((token) => token.value)).toEqual(['ran', '10k', 'in', '2024']);
  });

  it('splits sentences but not after titles', () => {
    const tokens = tokenise(normalise('Mr. Okafor called. He was upset!\nNext line').text);
    expect(tokens.map((token) => token.sentence)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });
});
