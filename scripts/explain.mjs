// Lists the signals a post raises and the findings it gets, for writing and debugging rules.
// Run: npm run explain -- "post text" [--config policy.json]   (default config: tests/corpus/policy.json)
import fs from 'node:fs';
import { check, explain, resolvePolicy } from '../dist/engine.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--config');
const configPath = at >= 0 ? args.splice(at, 2)[1] : new URL('../tests/corpus/policy.json', import.meta.url);
const resolved = resolvePolicy(JSON.parse(fs.readFileSync(configPath, 'utf8')));
if (!resolved.ok) throw new Error(resolved.errors.join('\n'));
for (const text of args) {
  console.log(`\n${text}`);
  for (const { signal, words, sentence } of explain(text, resolved.policy)) console.log(`  s${sentence} ${signal.padEnd(22)} ${words}`);
  for (const finding of check(text, {}, resolved.policy)) console.log(`  => ${finding.rule}: "${text.slice(finding.start, finding.end)}"`);
}
