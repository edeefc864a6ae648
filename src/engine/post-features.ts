import type { EffectivePolicy } from '../policy/effective';
import { compiledMatcher } from './check';
import { NO_MODELS, learnedFeatures } from './learned';
import { normalise } from './normalise';
import { collectSignals } from './signals';
import { tokenise } from './tokenise';

/**
 * What the learned models see of a post under a policy: its words, word pairs and rule signals (the models' own
 * signals aside). Training (`npm run train`) and the report use this; `check` builds the same features as it goes.
 */
export function postFeatures(text: string, policy: EffectivePolicy): string[] {
  const normalised = normalise(text);
  const tokens = tokenise(normalised.text);
  return learnedFeatures(tokens, collectSignals(text, normalised, tokens, compiledMatcher(policy), NO_MODELS).map((signal) => signal.name));
}
