import { describe, expect, it } from 'vitest';
import { LexiconMatcher } from '../../../src/engine/lexicon';
import { normalise } from '../../../src/engine/normalise';
import { tokenise } from '../../../src/engine/tokenise';

function signals(lexicons: Record<string, string[]>, text: string): string[] {
  return new LexiconMatcher(lexicons).match(tokenise(normalise(text).text)).map((hit) => hit.signal);
}

describe('LexiconMatcher', () => {
  it('matches whole words, not parts of words', () => {
    expect(signals({ secret: ['leak'] }, 'the roof has a leak')).toEqual(['secret']);
    expect(signals({ secret: ['leak'] }, 'leaking roof')).toEqual([]);
  });

  it('matches a word prefix written with *', () => {
    expect(signals({ praise: ['recommend*'] }, 'highly recommended')).toEqual(['praise']);
  });

  it('skips up to two words at ~', () => {
    const lexicon = { secret: ['not ~ announced'] };
    expect(signals(lexicon, 'not announced')).toEqual(['secret']);
    expect(signals(lexicon, 'not yet been announced')).toEqual(['secret']);
    expect(signals(lexicon, 'not at all been announced')).toEqual([]);
  });

  it('folds entries like the text, so apostrophes and case do not matter', () => {
    expect(signals({ secret: ["Don't tell anyone"] }, 'DONT TELL ANYONE')).toEqual(['secret']);
  });

  it('never matches across a sentence boundary', () => {
    expect(signals({ secret: ['not public'] }, 'It is not. Public info is here')).toEqual([]);
  });

  it('reads leetspeak and spaced letters', () => {
    expect(signals({ insult: ['useless'] }, 'u s e l e s s and us3l3ss')).toEqual(['insult', 'insult']);
  });
});
