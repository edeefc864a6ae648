import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../src/policy/bundled-packs';
import { resolvePolicy } from '../../../src/policy/effective';
import { CLAUSE_KEYS, rulePackSchema } from '../../../src/policy/pack-schema';
import { CATEGORIES } from '../../../src/engine/types';

const RULES_DIR = path.resolve(__dirname, '../../../rules');
const packFiles = fs.readdirSync(RULES_DIR).filter((file) => file.endsWith('.json'));
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(RULES_DIR, file), 'utf8'));

// Signals the built-in detectors raise (src/engine/detectors) and the composer signal from the check context.
const BUILT_IN_SIGNALS = new Set([
  '@phone', '@email', '@email-public', '@ni-number', '@nhs-number', '@case-ref', '@dob', '@address', '@postcode',
  '@money', '@person', '@person-titled', '@person-recommended', '@org', '@employer-phrase', '@eye-roll', '@company', '@learned-confidential', '@learned-personal-data', '@learned-disclaimer-missing', '@learned-disparaging', '@learned-offensive', '@learned-political', '@learned-reference', '@learned-solicitation', '@swear-strong', '@profanity-strong', '@profanity-mild', '@slur', '@obscene', '@composer-recommendation',
]);
// Lexicons the deployed policy fills in (organisation, suppliers, confidential terms).
const POLICY_LEXICONS = new Set(['org', 'supplier', 'confidential-term']);

describe('rule packs in rules/', () => {
  it.each(packFiles)('%s is a valid pack whose id is its file name', (file) => {
    const parsed = rulePackSchema.safeParse(read(file));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(read(file).id).toBe(file.replace(/\.json$/, ''));
  });

  it('bundles every pack file', () => {
    expect([...BUNDLED_PACKS.keys()].sort()).toEqual(packFiles.map((file) => file.replace(/\.json$/, '')).sort());
  });

  it.each(packFiles.filter((file) => file !== 'core.json'))('%s cites a clause for every category and for working time', (file) => {
    const result = resolvePolicy({ rulePack: file.replace(/\.json$/, '') });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const key of CLAUSE_KEYS) {
      expect(result.policy.clauses[key].ref, `${file} ${key}`).not.toBe('');
      expect(result.policy.clauses[key].summary, `${file} ${key}`).not.toBe('');
    }
    for (const category of CATEGORIES) expect(result.policy.severity[category]).toMatch(/^(block|warn|info)$/);
  });

  it('every signal a rule uses is a lexicon, a built-in detector, or raised by an earlier rule', () => {
    const core = read('core.json');
    const known = new Set<string>([...Object.keys(core.lexicons), ...BUILT_IN_SIGNALS, ...POLICY_LEXICONS, 'disclaimer']);
    const unknown: string[] = [];
    for (const rule of core.rules) {
      for (const signal of [...rule.all, ...(rule.any ?? []), ...(rule.none ?? []), ...(rule.noneInPost ?? [])]) {
        if (!known.has(signal)) unknown.push(`${rule.id}: ${signal}`);
      }
      if (rule.raises) known.add(rule.raises);
    }
    expect(unknown).toEqual([]);
  });

  it('every lexicon is used by a rule (no dead data)', () => {
    const core = read('core.json');
    const used = new Set(core.rules.flatMap((rule: Record<string, string[]>) => [...rule.all!, ...(rule.any ?? []), ...(rule.none ?? []), ...(rule.noneInPost ?? [])]));
    expect(Object.keys(core.lexicons).filter((name) => !used.has(name))).toEqual([]);
  });

  it('every lexicon entry uses only the supported phrase syntax', () => {
    const bad: string[] = [];
    for (const file of packFiles) {
      for (const [name, entries] of Object.entries<string[]>(read(file).lexicons ?? {})) {
        for (const entry of entries) {
          const words = entry.split(/\s+/);
          const wrong =
            entry !== entry.trim() ||
            words.some((word, index) => word === '*' || (word.includes('*') && !word.endsWith('*')) || (word === '~' && (index === 0 || words[index - 1] === '~'))) ||
            !/[\p{L}\p{N}]/u.test(entry) ||
            // Symbols other than these are dropped by the tokeniser, so "% off" would silently mean "off".
            !/^[\p{L}\p{N}' ~*-]+$/u.test(entry);
          if (wrong) bad.push(`${file} ${name}: "${entry}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
