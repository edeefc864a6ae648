// How the rules and the learned models do on posts the models never saw: each of the newer tuning sets is left
// out in turn, the models are retrained on the rest and the whole engine is run on it (leave-one-set-out).
// This is how the thresholds in src/engine/learned-settings.ts were chosen; the holdouts from 6 on are never used.
// Run: npm run learned-report [-- --show CATEGORY] [--fine] [--sweep]
// --sweep also shows each category's precision and recall at other thresholds, to choose them.
import fs from 'node:fs';
import { NO_MODELS, packModels, trainOnFeatures, unpackModels } from '../src/engine/learned';
import { LEARNED_THRESHOLDS, TRAINING_OPTIONS, TUNING_SETS, corpusPosts } from '../src/engine/learned-settings';
import { CATEGORIES, type Category } from '../src/engine/types';
// @ts-expect-error: the built engine has no type declarations; it bundles the rule packs (import.meta.glob), which tsx cannot.
import { check, postFeatures, resolvePolicy } from '../dist/engine.mjs';

const LEFT_OUT_SETS: readonly (typeof TUNING_SETS)[number][] = ['dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'holdout2', 'holdout3', 'holdout4', 'holdout5'];
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const showFine = process.argv.includes('--fine');
const sweep = process.argv.includes('--sweep');
const SWEEP_THRESHOLDS = [-2.5, -2, -1.75, -1.5, -1.25, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 1];
const corpus = new URL('../tests/corpus/', import.meta.url);
type Post = { id: string; text: string; labels: string[]; platform?: string };
const sets = new Map(TUNING_SETS.map((name) => [name, corpusPosts(fs.readFileSync, corpus, [name]) as Post[]]));
const resolved = resolvePolicy(JSON.parse(fs.readFileSync(new URL('policy.json', corpus), 'utf8')));
const features = new Map([...sets].map(([name, posts]) => [name, posts.map((post) => postFeatures(post.text, resolved.policy) as string[])]));
const withoutModels = { ...resolved.policy, learnedModels: NO_MODELS };

const counts = (): Record<Category, { tp: number; fp: number; fn: number }> => Object.fromEntries(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }])) as never;
const rulesOnly = counts();
const withModels = counts();
let fine = 0;
let fineWarnedRules = 0;
let fineWarnedBoth = 0;
// For --sweep: per category and post, [score, would a model warning pass the rule's gates, did the rules warn, expected].
const sweepRows = new Map<Category, [number, boolean, boolean, boolean][]>(CATEGORIES.map((category) => [category, []]));
const tally = (table: ReturnType<typeof counts>, category: Category, predicted: boolean, expected: boolean) => {
  if (predicted && expected) table[category].tp++;
  else if (predicted) table[category].fp++;
  else if (expected) table[category].fn++;
};

for (const leftOut of LEFT_OUT_SETS) {
  const training = TUNING_SETS.filter((name) => name !== leftOut);
  const trainingFeatures = training.flatMap((name) => features.get(name)!);
  const trainingPosts = training.flatMap((name) => sets.get(name)!);
  const packed = packModels(
    CATEGORIES.map((category) => ({
      category,
      threshold: LEARNED_THRESHOLDS[category],
      ...trainOnFeatures(trainingFeatures, trainingPosts.map((post) => post.labels.includes(category)), TRAINING_OPTIONS),
    })),
  );
  const learnedModels = unpackModels(packed);
  const policy = { ...resolved.policy, learnedModels };
  const alwaysScoring = { ...resolved.policy, learnedModels: unpackModels({ ...packed, models: packed.models.map((model) => ({ ...model, threshold: -Infinity })) }) };
  for (const [at, post] of sets.get(leftOut)!.entries()) {
    const byRules = new Set(check(post.text, { platform: post.platform }, withoutModels).map((finding: { category: Category }) => finding.category));
    const findings = check(post.text, { platform: post.platform }, policy) as { category: Category; rule: string; start: number; end: number }[];
    const byBoth = new Set(findings.map((finding) => finding.category));
    if (post.labels.length === 0) {
      fine++;
      if (byRules.size) fineWarnedRules++;
      if (byBoth.size) fineWarnedBoth++;
      if (byBoth.size && showFine) console.log(`FINE WARNED ${post.id}: ${post.text}\n   -> ${findings.map((finding) => `${finding.rule} "${post.text.slice(finding.start, finding.end)}"`).join(', ')}`);
    }
    const gated = sweep ? new Set(check(post.text, { platform: post.platform }, alwaysScoring).map((finding: { category: Category }) => finding.category)) : new Set();
    const scores = sweep ? learnedModels.scores(features.get(leftOut)![at]!) : [];
    for (const [i, category] of CATEGORIES.entries()) {
      const expected = post.labels.includes(category);
      if (sweep) sweepRows.get(category)!.push([scores[i]!, gated.has(category), byRules.has(category), expected]);
      tally(rulesOnly, category, byRules.has(category), expected);
      tally(withModels, category, byBoth.has(category), expected);
      if (show === category && byBoth.has(category) !== expected) {
        const why = findings.filter((finding) => finding.category === category).map((finding) => `${finding.rule} "${post.text.slice(finding.start, finding.end)}"`);
        console.log(`${expected ? 'FN' : 'FP'} ${post.id}: ${post.text}${why.length ? `\n   -> ${why.join(', ')}` : ''}`);
      }
    }
  }
}

const figure = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) =>
  `${(tp / Math.max(1, tp + fp)).toFixed(2)}  ${(tp / Math.max(1, tp + fn)).toFixed(2)}`;
console.log(`\nLeft out in turn: ${LEFT_OUT_SETS.join(', ')}`);
console.log('category            rules alone (P  R)   rules + models (P  R)');
for (const category of CATEGORIES) console.log(`${category.padEnd(20)}${figure(rulesOnly[category]).padStart(14)}${figure(withModels[category]).padStart(22)}`);
console.log(`fine posts warned: rules alone ${fineWarnedRules}/${fine}, rules + models ${fineWarnedBoth}/${fine}`);
if (sweep) {
  console.log(`\nthreshold sweep: precision, recall, and +false alarms that only the model raises`);
  for (const category of CATEGORIES) {
    const rows = sweepRows.get(category)!;
    const cells = SWEEP_THRESHOLDS.map((threshold) => {
      const table = { tp: 0, fp: 0, fn: 0 };
      let fineAdded = 0;
      for (const [score, gated, byRules, expected] of rows) {
        const byModel = gated && score > threshold;
        const predicted = byRules || byModel;
        if (predicted && expected) table.tp++;
        else if (predicted) table.fp++;
        else if (expected) table.fn++;
        if (byModel && !byRules && !expected) fineAdded++;
      }
      return `${threshold}: ${figure(table)} +${fineAdded}`;
    });
    console.log(`${category.padEnd(20)}${cells.join(' | ')}`);
  }
}
