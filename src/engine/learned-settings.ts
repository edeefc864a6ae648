import { trainOnFeatures, type LabelledPost, type TrainedModel, type TrainingOptions } from './learned';
import { CATEGORIES, type Category } from './types';

/** How every category's model is trained (`npm run train`). */
export const TRAINING_OPTIONS: TrainingOptions = {
  epochs: 15,
  l2: 0.0003,
  rate: 0.2,
  minCount: 2,
  keep: 20000,
  // The corpus council's code name ("Project Falcon") and suppliers (tests/corpus/policy.json) are ordinary words
  // elsewhere: learning them would make "falcon grey" paint, a "weekend project" or a street called Greenway a
  // warning for every council. A deployed policy's own lists catch its names.
  ignoreWords: ['greenway', 'civica', 'civicaprint', 'falcon', 'projectfalcon', 'project'],
};

/**
 * Score above which each model adds a warning. Chosen with `npm run learned-report -- --sweep` (each newer tuning
 * set left out in turn, the models retrained on the rest, the whole engine run on it): the lowest threshold whose
 * extra warnings keep the category's precision at 0.90 or more without adding many false alarms, since every one
 * counts against the share of fine posts warned. Lower thresholds make short posts ride on the bias and a stray
 * word pair ("Cocktail night was a laugh").
 */
export const LEARNED_THRESHOLDS: Record<Category, number> = {
  confidential: -0.75,
  'personal-data': -0.5,
  'disclaimer-missing': 0,
  disparaging: 0.5,
  offensive: -0.5,
  political: -1.5,
  reference: -0.75,
  solicitation: -1,
};

/** The tuning sets the models learn from; holdout6 to holdout10 are kept out, to measure on. */
export const TUNING_SETS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'holdout2', 'holdout3', 'holdout4', 'holdout5'] as const;

/** Labelled posts from the named corpus files, read with the given file reader from the corpus folder. */
export function corpusPosts(read: (url: URL, encoding: 'utf8') => string, corpus: URL, sets: readonly string[] = TUNING_SETS): LabelledPost[] {
  return sets.flatMap((name) =>
    read(new URL(`${name}.jsonl`, corpus), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as LabelledPost),
  );
}

/**
 * Every category's model, trained with these settings on posts turned into features by `featuresOf` (the engine's
 * `postFeatures` under tests/corpus/policy.json): what `npm run train` writes and the bundle must match.
 */
export function trainAllModels(posts: readonly LabelledPost[], featuresOf: (text: string) => string[]): TrainedModel[] {
  const features = posts.map((post) => featuresOf(post.text));
  return CATEGORIES.map((category) => {
    const { bias, weights } = trainOnFeatures(features, posts.map((post) => post.labels.includes(category)), TRAINING_OPTIONS);
    return { category, bias, threshold: LEARNED_THRESHOLDS[category], weights };
  });
}
