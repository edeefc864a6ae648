import type { Token } from './tokenise';

/**
 * Small learned models for what phrase lists miss: one logistic regression per category over words, word pairs
 * and the rules' signals, trained on the labelled tuning posts in tests/corpus (`npm run train`). A model only adds
 * a warning when its score passes a threshold chosen by cross-validation for high precision; the rules stay the
 * first line.
 */
/** A model as training gives it: feature -> weight for the strongest features only. */
export interface TrainedModel {
  category: string;
  /** Log-odds of the category before any feature is seen. */
  bias: number;
  /** Score above which a post is flagged. */
  threshold: number;
  weights: Record<string, number>;
}

/** The models ready to score: each model's category, bias and threshold, and their weights behind one index. */
export interface LearnedModels {
  models: readonly Omit<TrainedModel, 'weights'>[];
  /** Every model's score for a post's features, looking each feature up once for all the models. */
  scores(features: readonly string[]): number[];
  /** One model's weight for a feature (0 when it keeps none). */
  weight(model: number, feature: string): number;
}

/** A labelled post, as in tests/corpus/*.jsonl. */
export interface LabelledPost {
  text: string;
  labels: string[];
}

/** How a model is trained. */
export interface TrainingOptions {
  /** Passes over the posts. */
  epochs: number;
  /** L2 penalty: keeps single rare words from carrying a decision. */
  l2: number;
  /** AdaGrad learning rate. */
  rate: number;
  /** Features seen in fewer posts than this are ignored. */
  minCount: number;
  /** How many of the strongest features the model keeps. */
  keep: number;
  /** Words never learned from, alone or in a pair: the corpus council's own names, which policies list anyway. */
  ignoreWords: readonly string[];
}

/** The model's features for a run of tokens: each word (its second reading when it has one) and each word pair. */
function tokenFeatures(tokens: readonly Token[]): string[] {
  const words = tokens.map((token) => token.alt ?? token.value);
  const features = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]}_${words[i + 1]}`);
  return [...features];
}

// Signals that carry scorn or abuse, and signals that say at whom. A word model adds evidence up word by word; "an
// insult" and "a council" in one post mean far more together than apart, so each pairing is a feature of its own.
const SCORN_SIGNALS = ['insult', '@eye-roll', '@profanity-strong', '@profanity-mild', '@swear-strong', 'dehumanising', 'party-attack', 'opinion', 'threat', 'abusive-address', 'slur', '@slur', 'discriminatory', 'generalisation'];
const TARGET_SIGNALS = ['council-target', 'council-ref', '@org', 'org', 'supplier', 'council-company', 'council-matter', 'my-council', '@person-titled', '@person', '@address', 'people-target', 'works-here', '@employer-phrase', 'works-at-council', 'third-party'];

/**
 * The model's features for a post: its words and word pairs, the name of each signal the rules see in it
 * ("!insult", "!@org", "!council-target") and each scorn-and-target pairing ("!insult*@org"), so a model learns
 * "scorn aimed at a council" from every council's and supplier's name at once instead of from the corpus
 * council's own words. Signal names never clash with words.
 */
export function learnedFeatures(tokens: readonly Token[], signalNames: Iterable<string>): string[] {
  const features = tokenFeatures(tokens);
  const names = new Set(signalNames);
  for (const name of names) features.push(`!${name}`);
  for (const scorn of SCORN_SIGNALS) {
    if (!names.has(scorn)) continue;
    for (const target of TARGET_SIGNALS) if (names.has(target)) features.push(`!${scorn}*${target}`);
  }
  return features;
}

/**
 * The models as bundled (src/engine/learned/models.json): one shared, sorted list of features, and for each
 * category its weights in hundredths, aligned with that list (0 where the category has no weight). Sharing the
 * list keeps thousands of strong features per category in a file a fraction of the size of one map per model.
 */
export interface PackedModels {
  features: string[];
  models: { category: string; bias: number; threshold: number; weights: number[] }[];
}

/** Packs trained models for bundling (see {@link PackedModels}). */
export function packModels(models: readonly TrainedModel[]): PackedModels {
  const features = [...new Set(models.flatMap((model) => Object.keys(model.weights)))].sort();
  return {
    features,
    models: models.map(({ category, bias, threshold, weights }) => ({
      category,
      bias,
      threshold,
      weights: features.map((feature) => (Object.hasOwn(weights, feature) ? Math.round(weights[feature]! * 100) : 0)),
    })),
  };
}

/**
 * Models ready to score, from their packed form: one index of the shared features and one feature-major array of
 * weights, so a check looks each feature up once for all categories and loading takes a few milliseconds.
 */
export function unpackModels(packed: PackedModels): LearnedModels {
  const count = packed.models.length;
  // Plain loops: several times faster at worker start than building these from mapped arrays.
  const index = new Map<string, number>();
  for (let at = 0; at < packed.features.length; at++) index.set(packed.features[at]!, at);
  const hundredths = new Int16Array(packed.features.length * count);
  packed.models.forEach(({ weights }, model) => {
    for (let at = 0; at < weights.length; at++) hundredths[at * count + model] = weights[at]!;
  });
  return {
    models: packed.models.map(({ category, bias, threshold }) => ({ category, bias, threshold })),
    scores(features) {
      const totals = packed.models.map((model) => model.bias);
      for (const feature of features) {
        const at = index.get(feature);
        if (at !== undefined) for (let model = 0; model < count; model++) totals[model]! += hundredths[at * count + model]! / 100;
      }
      return totals;
    },
    weight(model, feature) {
      const at = index.get(feature);
      return at === undefined ? 0 : hundredths[at * count + model]! / 100;
    },
  };
}

/** No models: what the rules alone do (training, the report, tests). */
export const NO_MODELS: LearnedModels = unpackModels({ features: [], models: [] });

/** A small deterministic random source, so training gives the same model every time. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Trains a logistic regression for one category on posts already turned into features (AdaGrad, L2, a fixed
 * shuffle seed so `npm run train` is reproducible). Returns the bias and the `keep` strongest weights, rounded so
 * the file is small and stable; the threshold is the caller's.
 */
export function trainOnFeatures(featureSets: readonly (readonly string[])[], isPositive: readonly boolean[], options: TrainingOptions): Pick<TrainedModel, 'bias' | 'weights'> {
  const ignored = new Set(options.ignoreWords);
  const isIgnored = (feature: string) => feature.split('_').some((word) => ignored.has(word));
  const seen = new Map<string, number>();
  for (const features of featureSets) for (const feature of features) if (!isIgnored(feature)) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (count >= options.minCount) index.set(feature, index.size);
  const rows = featureSets.map((features) => features.map((feature) => index.get(feature)).filter((at): at is number => at !== undefined));
  const weights = new Float64Array(index.size);
  const squaredGradients = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasSquaredGradient = 1e-8;
  const order = rows.map((_, row) => row);
  const random = seededRandom(1);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const row of order) {
      const features = rows[row]!;
      let score = bias;
      for (const at of features) score += weights[at]!;
      const error = 1 / (1 + Math.exp(-score)) - (isPositive[row] ? 1 : 0);
      biasSquaredGradient += error * error;
      bias -= (options.rate * error) / Math.sqrt(biasSquaredGradient);
      for (const at of features) {
        const gradient = error + options.l2 * weights[at]!;
        squaredGradients[at]! += gradient * gradient;
        weights[at]! -= (options.rate * gradient) / Math.sqrt(squaredGradients[at]!);
      }
    }
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  const kept = [...index]
    .map(([feature, at]) => [feature, round(weights[at]!)] as const)
    .filter(([, weight]) => weight !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.keep)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { bias: round(bias), weights: Object.fromEntries(kept) };
}

