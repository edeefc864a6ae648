import model from '../learned/disparaging.json';
import { scoreTokens, type LearnedModel } from '../learned';
import type { NormalisedText } from '../normalise';
import type { Token } from '../tokenise';
import type { SpanHit } from './span';

const SCORN: LearnedModel = model;

/**
 * Scorn the phrase lists miss, by the learned model ("@learned-scorn"), on the word that weighs most towards
 * it, so the warning points at something the writer can see.
 */
export function findLearnedScorn(tokens: readonly Token[], normalised: NormalisedText): SpanHit[] {
  if (tokens.length === 0 || scoreTokens(SCORN, tokens) <= SCORN.threshold) return [];
  let strongest = tokens[0]!;
  let weight = -Infinity;
  for (const token of tokens) {
    const tokenWeight = SCORN.weights[token.alt ?? token.value] ?? -Infinity;
    if (tokenWeight > weight) [strongest, weight] = [token, tokenWeight];
  }
  return [{ signal: '@learned-scorn', start: normalised.starts[strongest.start]!, end: normalised.ends[strongest.end - 1]! }];
}
