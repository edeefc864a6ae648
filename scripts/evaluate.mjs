// Precision and recall per category on the labelled posts in tests/corpus/, and the share of fine posts
// that get any warning. Run: npm run eval [-- --set dev|...|holdout5|all] [--show CATEGORY] [--fine] [--config FILE]
import fs from 'node:fs';
import { check, resolvePolicy, CATEGORIES } from '../dist/engine.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const set = option('--set') ?? 'all';
const show = option('--show');
const showFine = args.includes('--fine');

// The policy the posts were written for (organisation, suppliers, code names); --config FILE tries another,
// e.g. --config /dev/null-like '{}' file to see how the bundled default alone does.
const configPath = option('--config');
const corpusPolicy = JSON.parse(fs.readFileSync(configPath ?? new URL('../tests/corpus/policy.json', import.meta.url), 'utf8'));
const resolved = resolvePolicy(corpusPolicy);
if (!resolved.ok) throw new Error(resolved.errors.join('\n'));

const byNumber = (a, b) => a.localeCompare(b, 'en', { numeric: true });
const files = set === 'all'
  ? fs.readdirSync(new URL('../tests/corpus/', import.meta.url)).filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -'.jsonl'.length)).sort(byNumber)
  : [set];
for (const file of files) {
  const posts = fs
    .readFileSync(new URL(`../tests/corpus/${file}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]));
  let fine = 0;
  let fineWarned = 0;
  for (const post of posts) {
    const findings = check(post.text, { platform: post.platform, composer: post.composer }, resolved.policy);
    const predicted = new Set(findings.map((finding) => finding.category));
    const expected = new Set(post.labels);
    if (expected.size === 0) {
      fine++;
      if (predicted.size > 0) {
        fineWarned++;
        if (showFine) console.log(`FINE WARNED ${post.id}: ${post.text}\n   -> ${findings.map((f) => `${f.rule} "${post.text.slice(f.start, f.end)}"`).join(', ')}`);
      }
    }
    for (const category of CATEGORIES) {
      const isPredicted = predicted.has(category);
      const isExpected = expected.has(category);
      if (isPredicted && isExpected) counts[category].tp++;
      else if (isPredicted) counts[category].fp++;
      else if (isExpected) counts[category].fn++;
      if (show === category && isPredicted !== isExpected) {
        const why = findings.filter((f) => f.category === category).map((f) => `${f.rule} "${post.text.slice(f.start, f.end)}"`);
        console.log(`${isPredicted ? 'FP' : 'FN'} ${post.id}: ${post.text}${why.length ? `\n   -> ${why.join(', ')}` : ''}`);
      }
    }
  }
  console.log(`\n${file}: ${posts.length} posts, ${fine} fine`);
  console.log('category            precision  recall   tp  fp  fn');
  for (const category of CATEGORIES) {
    const { tp, fp, fn } = counts[category];
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    console.log(`${category.padEnd(20)}${precision.toFixed(2).padStart(9)}${recall.toFixed(2).padStart(8)}${String(tp).padStart(5)}${String(fp).padStart(4)}${String(fn).padStart(4)}`);
  }
  console.log(`fine posts warned: ${fineWarned}/${fine} (${((100 * fineWarned) / Math.max(fine, 1)).toFixed(1)}%)`);
}
