// Speed of the engine, reported as figures (never asserted by tests: machines are noisy).
// Run: npm run bench. Compares, in one run, the full check with peers doing less work on the same text:
// obscenity's profanity matcher alone, and the naive design the engine avoids (one regex per policy term).
import { performance } from 'node:perf_hooks';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { check, resolvePolicy, DEFAULT_POLICY } from '../dist/engine.mjs';

const SAMPLE_POSTS = [
  'Proud to work at ABC, best recycling scheme in the county! Come along to the open day at the depot on Saturday 10-2.',
  "Mr Okafor at 3 Hill Row (07700 900312) still hasn't paid his rent, third time this year.",
  'Cabinet papers say parking charges go up 20% in April, not public till next week. Brace yourselves.',
  'Lovely sunny walk along the canal this morning with the dog, then coffee at the new place on Market Street ☕️',
  'these people are f*cking parasites, every single one of them wants something for nothing',
  'Vote Green on Thursday, the only party that cares about our parks and libraries #VoteGreen',
];
const corpus = SAMPLE_POSTS.join(' ');
const textOf = (length) => corpus.repeat(Math.ceil(length / corpus.length)).slice(0, length);
const SIZES = [
  ['short (280 chars)', textOf(280)],
  ['long (3,000 chars)', textOf(3000)],
  ['huge (100,000 chars)', textOf(100000)],
];

/** Median time per call in microseconds, over batches lasting about `budgetMs` in all. */
function measure(fn, budgetMs = 600) {
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) fn(); // warm up the JIT
  const start = performance.now();
  fn();
  const once = Math.max(performance.now() - start, 0.001);
  const perBatch = Math.max(1, Math.round(budgetMs / 15 / once));
  const samples = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < 5 || (performance.now() < deadline && samples.length < 200)) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - t0) * 1000) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const format = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(row.map((cell, column) => String(cell).padEnd(widths[column] + 2)).join(''));
};

// Peers.
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const allTerms = Object.values(DEFAULT_POLICY.lexicons).flat();
const escape = (term) => term.replace(/[.*+?^${}()|[\]\\~]/g, '\\$&');
const naivePatterns = allTerms.map((term) => new RegExp(`\\b${escape(term)}\\b`, 'i'));
const naive = (text) => naivePatterns.filter((pattern) => pattern.test(text)).length;

console.log(`Post Guard engine benchmark (Node ${process.version}; ${allTerms.length} lexicon phrases in the default policy)\n`);
const rows = [['post', 'check()', 'per 1,000 chars', 'obscenity only', 'check / obscenity', 'one regex per term', 'check / regex loop']];
for (const [name, text] of SIZES) {
  const budget = text.length > 10000 ? 2000 : 600;
  const ours = measure(() => check(text, {}, DEFAULT_POLICY), budget);
  const peer = measure(() => obscenity.getAllMatches(text), budget);
  const loop = measure(() => naive(text), budget);
  rows.push([name, format(ours), format((ours * 1000) / text.length), format(peer), (ours / peer).toFixed(2), format(loop), (ours / loop).toFixed(2)]);
}
table(rows);

console.log('\nCold start (resolve the policy, then the first check builds the matcher):');
const coldRows = [['step', 'time']];
coldRows.push(['resolvePolicy(policy)', format(measure(() => resolvePolicy({ organisation: { name: 'Ashcombe Borough Council' } }), 300))]);
coldRows.push([
  'resolve + first check (matcher built)',
  format(measure(() => check('hello', {}, resolvePolicy({ organisation: { name: 'Ashcombe Borough Council' } }).policy), 600)),
]);
table(coldRows);

console.log('\nFlat as the policy grows: a short post against policies with more confidential terms:');
const growthRows = [['confidential terms', 'check()', 'vs 10 terms']];
let base;
for (const count of [10, 1000, 10000]) {
  const terms = Array.from({ length: count }, (_, i) => `Project Codename${i} Phase${i % 7}`);
  const { policy } = resolvePolicy({ confidentialTerms: terms });
  check('warm', {}, policy);
  const time = measure(() => check(SIZES[0][1], {}, policy));
  base ??= time;
  growthRows.push([count.toLocaleString('en-GB'), format(time), (time / base).toFixed(2)]);
}
table(growthRows);
