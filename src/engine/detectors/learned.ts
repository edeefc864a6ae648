import { learnedFeatures, type LearnedModels } from '../learned';
import type { NormalisedText } from '../normalise';
import type { Token } from '../tokenise';
import type { SpanHit } from './span';

/**
 * What the learned models see that the phrase lists miss: a "@learned-<category>" signal for each category whose
 * model scores the post (its words and the names of the other signals in it) above its threshold, on the words
 * that weigh most towards it, so the warning points at something the writer can see.
 */
export function findLearned(tokens: readonly Token[], normalised: NormalisedText, learned: LearnedModels, signalNames: readonly string[]): SpanHit[] {
  if (tokens.length === 0 || learned.models.length === 0) return [];
  const scores = learned.scores(learnedFeatures(tokens, signalNames));
  const hits: SpanHit[] = [];
  learned.models.forEach(({ category, threshold }, model) => {
    if (scores[model]! <= threshold) return;
    const [first, last] = strongestSpan((feature) => learned.weight(model, feature), tokens);
    hits.push({ signal: `@learned-${category}`, start: normalised.starts[first.start]!, end: normalised.ends[last.end - 1]! });
  });
  return hits;
}

// The longest run of words a highlight covers: enough for a phrase ("an overpaid empty suit"), not a paragraph.
const MAX_HIGHLIGHT_WORDS = 6;

/**
 * The run of up to six words that weighs most towards the model's category: each word counts its own weight and
 * half of each word pair it is in, so the highlight lands on a phrase rather than on one stray word.
 */
function strongestSpan(weight: (feature: string) => number, tokens: readonly Token[]): [Token, Token] {
  const words = tokens.map((token) => token.alt ?? token.value);
  const pairWeights = words.map((word, i) => (i + 1 < words.length ? weight(`${word}_${words[i + 1]}`) : 0));
  const contribution = words.map((word, i) => weight(word) + ((i > 0 ? pairWeights[i - 1]! : 0) + pairWeights[i]!) / 2);
  let best: [number, number] = [0, 0];
  let bestSum = -Infinity;
  for (let first = 0; first < words.length; first++) {
    let sum = 0;
    for (let last = first; last < Math.min(words.length, first + MAX_HIGHLIGHT_WORDS); last++) {
      sum += contribution[last]!;
      if (sum > bestSum) [best, bestSum] = [[first, last], sum];
    }
  }
  return [tokens[best[0]]!, tokens[best[1]]!];
}
