import { findAddresses } from './detectors/address';
import { findCompanies } from './detectors/company';
import { findEmails } from './detectors/contact';
import { findEmployerPhrases } from './detectors/employment';
import { findEyeRolls } from './detectors/eye-roll';
import { findLearned } from './detectors/learned';
import { findIdentifiers } from './detectors/identifiers';
import { findMoney } from './detectors/money';
import { findNamedCouncils } from './detectors/organisation';
import { findPeople } from './detectors/person';
import { findPhones } from './detectors/phone';
import { findProfanity } from './detectors/profanity';
import type { SpanHit } from './detectors/span';
import type { LearnedModels } from './learned';
import type { LexiconMatcher } from './lexicon';
import type { NormalisedText } from './normalise';
import { lastIndexAtOrBefore } from './sorted-search';
import type { Token } from './tokenise';

/** A signal found in the text: where (original offsets) and which words (token indices, for scopes). */
export interface Signal {
  name: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  sentence: number;
}

/**
 * Every signal in the text: lexicon phrases from the policy's one compiled matcher, and the built-in detectors
 * (phone numbers, identifiers, addresses, emails, money, people, councils, firms, employment, scorn emoji, profanity),
 * then the learned models, which read all of those as well as the words.
 */
export function collectSignals(original: string, normalised: NormalisedText, tokens: readonly Token[], matcher: LexiconMatcher, models: LearnedModels): Signal[] {
  if (tokens.length === 0) return [];
  const signals: Signal[] = [];
  for (const hit of matcher.match(tokens)) {
    const first = tokens[hit.firstToken]!;
    const last = tokens[hit.lastToken]!;
    signals.push({
      name: hit.signal,
      start: normalised.starts[first.start]!,
      end: normalised.ends[last.end - 1]!,
      firstToken: hit.firstToken,
      lastToken: hit.lastToken,
      sentence: first.sentence,
    });
  }
  const spans: SpanHit[] = [
    ...findPhones(original),
    ...findIdentifiers(original),
    ...findAddresses(original),
    ...findEmails(original),
    ...findMoney(original),
    ...findPeople(original),
    ...findNamedCouncils(original),
    ...findCompanies(original),
    ...findEmployerPhrases(original),
    ...findEyeRolls(original),
    ...findProfanity(tokens, normalised),
  ];
  const tokenStarts = tokens.map((token) => normalised.starts[token.start]!);
  const toSignal = (span: SpanHit): Signal => {
    const firstToken = lastIndexAtOrBefore(tokenStarts, span.start);
    const lastToken = Math.max(firstToken, lastIndexAtOrBefore(tokenStarts, Math.max(span.start, span.end - 1)));
    return { name: span.signal, start: span.start, end: span.end, firstToken, lastToken, sentence: tokens[firstToken]!.sentence };
  };
  signals.push(...spans.map(toSignal));
  // The models come last: every other signal is one of their features.
  const learned = findLearned(tokens, normalised, models, signals.map((signal) => signal.name));
  return signals.concat(learned.map(toSignal));
}
