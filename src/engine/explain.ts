import type { EffectivePolicy } from '../policy/effective';
import { compiledMatcher } from './check';
import { normalise } from './normalise';
import { collectSignals } from './signals';
import { tokenise } from './tokenise';

/**
 * Every signal found in a post, with the words that raised it: for rule authors asking "why was this flagged,
 * or not?" (`npm run explain -- "text"`). Rules are not applied.
 */
export function explain(text: string, policy: EffectivePolicy): { signal: string; words: string; sentence: number }[] {
  const normalised = normalise(text);
  const tokens = tokenise(normalised.text);
  return collectSignals(text, normalised, tokens, compiledMatcher(policy), policy.learnedModels)
    .sort((a, b) => a.start - b.start)
    .map((signal) => ({ signal: signal.name, words: text.slice(signal.start, signal.end), sentence: signal.sentence }));
}
