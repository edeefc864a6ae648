import { normalise } from './normalise';
import { tokenise, type Token } from './tokenise';

/**
 * A small learned model for what phrase lists miss: a naive-Bayes-style log-odds score over words and word pairs,
 * trained on the labelled posts in tests/corpus/dev*.jsonl (`npm run train`). It only adds warnings when it is
 * very sure (the threshold), so it raises recall without costing precision; the rules stay the first line.
 */
export interface LearnedModel {
  category: string;
  /** Log-odds of the category before any word is seen. */
  prior: number;
  /** Score above which a post is flagged. */
  threshold: number;
  /** Feature -> log-likelihood ratio; only the strongest features are kept. */
  weights: Record<string, number>;
}

/** A labelled post, as in tests/corpus/*.jsonl. */
export interface LabelledPost {
  text: string;
  labels: string[];
}

/** The model's features for a run of tokens: each word (its second reading when it has one) and each word pair. */
export function tokenFeatures(tokens: readonly Token[]): string[] {
  const words = tokens.map((token) => token.alt ?? token.value);
  const features = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]}_${words[i + 1]}`);
  return [...features];
}

/** The model's features for a text. */
export function textFeatures(text: string): string[] {
  return tokenFeatures(tokenise(normalise(text).text));
}

/** The model's score for tokens: higher means more likely in the category. */
export function scoreTokens(model: LearnedModel, tokens: readonly Token[]): number {
  let score = model.prior;
  for (const feature of tokenFeatures(tokens)) score += model.weights[feature] ?? 0;
  return score;
}

/**
 * Trains a model for one category: smoothed log-likelihood ratios of each feature seen at least twice, the
 * `keep` strongest kept (rounded, so the file is small and stable).
 */
export function trainModel(posts: readonly LabelledPost[], category: string, threshold: number, keep: number): LearnedModel {
  const positive = new Map<string, number>();
  const negative = new Map<string, number>();
  let positives = 0;
  let negatives = 0;
  for (const post of posts) {
    const isPositive = post.labels.includes(category);
    if (isPositive) positives++;
    else negatives++;
    const counts = isPositive ? positive : negative;
    for (const feature of textFeatures(post.text)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const weights: [string, number][] = [];
  for (const feature of new Set([...positive.keys(), ...negative.keys()])) {
    const inPositive = positive.get(feature) ?? 0;
    const inNegative = negative.get(feature) ?? 0;
    if (inPositive + inNegative < 2) continue;
    weights.push([feature, Math.log((inPositive + 0.5) / (positives + 1)) - Math.log((inNegative + 0.5) / (negatives + 1))]);
  }
  weights.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  const kept = weights.slice(0, keep).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    category,
    prior: round(Math.log(positives / negatives)),
    threshold,
    weights: Object.fromEntries(kept.map(([feature, weight]) => [feature, round(weight)])),
  };
}
