import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { NormalisedText } from '../normalise';
import { lastIndexAtOrBefore } from '../sorted-search';
import type { Token } from '../tokenise';
import type { SpanHit } from './span';

/**
 * Each word of obscenity's English data set, sorted into the signal it raises. Words not listed here are left
 * out on purpose: they are medical or everyday words ("penis", "sex", "anal"), names ("Dick"), sport ("hooker")
 * or food ("shiitake" reads as "shit"), and a warning on them would be a false alarm.
 */
const TIERS: Record<string, string> = {
  ...Object.fromEntries(
    'abo abeed africoon arabush boonga chingchong chink kike negro nigger fag dyke tranny retard spastic'
      .split(' ')
      .map((word) => [word, '@slur']),
  ),
  // "fuck" is as often an exclamation ("f**k me, stood on a plug") as abuse: rules decide by what is near it.
  fuck: '@swear-strong',
  // Words that are only ever said of a person.
  ...Object.fromEntries('cunt twat wank bastard bitch prick cock pussy whore slut'.split(' ').map((word) => [word, '@profanity-strong'])),
  ...Object.fromEntries('shit piss arse ass bollocks turd'.split(' ').map((word) => [word, '@profanity-mild'])),
  ...Object.fromEntries(
    'blowjob buttplug deepthroat dildo doggystyle felch fellatio fisting gangbang handjob hentai jizz lubejob masturbate orgy'
      .split(' ')
      .map((word) => [word, '@obscene']),
  ),
};

// The plain spellings of the words above and the endings they take ("fucking", "shite", "wankers"); a few
// endings are left off where they make an everyday word ("pricked", "cocker", "fags" are cigarettes in the UK).
const ENDINGS = ['', 's', 'es', 'ing', 'in', 'ed', 'er', 'ers', 'y', 'e', 'ty', 'head', 'heads', 'hole', 'holes', 'face', 'bag'];
const FEW_ENDINGS = new Set(['prick', 'cock', 'fag', 'ass', 'arse', 'tit', 'turd', 'dyke', 'negro', 'abo', 'kike', 'chink']);
const PLAIN_FORMS = new Map<string, string>();
for (const [word, signal] of Object.entries(TIERS)) {
  for (const ending of FEW_ENDINGS.has(word) ? [''] : ENDINGS) if (!PLAIN_FORMS.has(word + ending)) PLAIN_FORMS.set(word + ending, signal);
}
PLAIN_FORMS.delete('fag');
// Spellings that may hide a word: letters mixed with anything but a-z, or a letter stretched three times
// ("fuuuck"). Numbers alone hide nothing.
const HIDES_SPELLING = /^(?=[^a-z]*[a-z])(?:.*[^a-z]|.*([a-z])\1\1)/;

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => !(phrase.metadata?.originalWord && phrase.metadata.originalWord in TIERS));
const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });

// Words people mask with symbols ("f*ck", "sh!t", "c**t", or a symbol slipped in: "k*nob"), with their endings.
const MASKABLE: Record<string, string> = {
  fuck: '@swear-strong', tosser: '@profanity-strong', bellend: '@profanity-strong', slag: '@profanity-strong',
  knobhead: '@profanity-strong', knob: '@profanity-strong', gyppo: '@slur', pikey: '@slur', cunt: '@profanity-strong', twat: '@profanity-strong', wank: '@profanity-strong',
  wanker: '@profanity-strong', bitch: '@profanity-strong', bastard: '@profanity-strong', prick: '@profanity-strong',
  dickhead: '@profanity-strong', shit: '@profanity-mild', piss: '@profanity-mild', crap: '@profanity-mild',
  arse: '@profanity-mild', arsehole: '@profanity-strong', asshole: '@profanity-strong', bollocks: '@profanity-mild',
  nigger: '@slur', faggot: '@slur', retard: '@slur', paki: '@slur', spastic: '@slur',
};
const MASK_SUFFIXES = ['', 's', 'ing', 'in', 'ed', 'er', 'ers', 'y', 'head', 'heads', 'hole', 'holes', 'wit', 'wits', 'face'];
const MASK_RUN = /[*@$!|#%]+/g;
const IS_MASK = /^[*@$!|#%]+$/;

// No masked word is longer than this; longer tokens are not read as one (and would build a huge pattern).
const LONGEST_MASKED_WORD = 24;

function maskedWordSignal(value: string): string | undefined {
  if (value.length > LONGEST_MASKED_WORD) return undefined;
  const letters = value.replace(MASK_RUN, '');
  if (letters.length < 2) return undefined;
  const pattern = new RegExp(
    `^${value.replace(/[a-z0-9]+|[*@$!|#%]+/g, (part) => (IS_MASK.test(part) ? `[a-z]{0,${part.length + 1}}` : part))}$`,
  );
  // Whole words before inflected ones, so "@$$hole" reads "asshole", not "fuck" + "hole".
  for (const suffix of MASK_SUFFIXES) {
    for (const [word, signal] of Object.entries(MASKABLE)) if (pattern.test(word + suffix)) return signal;
  }
  return undefined;
}

/**
 * Swearing, slurs and obscene words, including obfuscated forms: leetspeak, look-alike letters, repeated
 * letters (obscenity's transformers), masked letters and spaced letters (joined by the tokeniser).
 * Raises "@swear-strong", "@profanity-strong", "@profanity-mild", "@slur" or "@obscene".
 */
export function findProfanity(tokens: readonly Token[], normalised: NormalisedText): SpanHit[] {
  const hits: SpanHit[] = [];
  const toSpan = (signal: string, first: Token, last: Token): SpanHit => ({
    signal,
    start: normalised.starts[first.start]!,
    end: normalised.ends[last.end - 1]!,
  });
  // Plain spellings are a lookup per word. Only words whose spelling hides something (digits, symbols, letters
  // from other scripts, stretched letters) go to obscenity, joined by spaces: most posts send it nothing.
  let words = '';
  const offsets: number[] = [];
  const suspects: Token[] = [];
  for (const token of tokens) {
    const plain = PLAIN_FORMS.get(token.value) ?? (token.alt === undefined ? undefined : PLAIN_FORMS.get(token.alt));
    if (plain) hits.push(toSpan(plain, token, token));
    else if (HIDES_SPELLING.test(token.value)) {
      offsets.push(words.length);
      suspects.push(token);
      words += token.value + ' ';
    }
    if (/[*@$!|#%]/.test(token.value)) {
      const signal = maskedWordSignal(token.value);
      if (signal) hits.push(toSpan(signal, token, token));
    }
  }
  if (words === '') return hits;
  const suspectAt = (offset: number): Token => suspects[lastIndexAtOrBefore(offsets, offset)]!;
  for (const match of matcher.getAllMatches(words)) {
    const word = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
    const signal = word === undefined ? undefined : TIERS[word];
    if (signal) hits.push(toSpan(signal, suspectAt(match.startIndex), suspectAt(match.endIndex)));
  }
  return hits;
}
