import { CATEGORIES, type Category, type Clause, type Severity } from '../engine/types';
import models from '../engine/learned/models.json';
import { unpackModels, type LearnedModels, type PackedModels } from '../engine/learned';
import { resolveSchedule, type Schedule } from '../time/schedule';
import { BUNDLED_PACKS } from './bundled-packs';
import { formatIssues } from './errors';
import { CLAUSE_KEYS, type ClauseKey, type Rule, type RulePack } from './pack-schema';
import { policySchema, type PolicyInput } from './policy-schema';

// Written by `npm run train` in this shape, and checked against it by tests/unit/engine/learned.test.ts.
const BUNDLED_MODELS: LearnedModels = unpackModels(models as PackedModels);

/** The pack used when a policy names none. */
export const DEFAULT_PACK_ID = 'default';

/** Everything the engine and the UI need, with every choice made: a rule pack merged with IT's policy. */
export interface EffectivePolicy {
  /** The rule pack the policy is built on. */
  packId: string;
  organisation: { name: string; aliases: string[] } | null;
  /** Signal name -> phrases, including the organisation, suppliers, confidential terms and disclaimers. */
  lexicons: Record<string, string[]>;
  rules: Rule[];
  /** The learned models whose "@learned-<category>" signals the rules may use (bundled, from `npm run train`). */
  learnedModels: LearnedModels;
  severity: Record<Category, Severity | 'off'>;
  clauses: Record<ClauseKey, Clause>;
  /** The disclaimer "Add disclaimer" appends, organisation filled in. */
  disclaimerText: string;
  schedule: Schedule;
}

/** The result of resolving a policy: the effective policy, or every problem found, one line each. */
export type PolicyResult = { ok: true; policy: EffectivePolicy } | { ok: false; errors: string[] };

/** A pack with its `extends` chain folded in: lexicons and rules inherited, everything else overridden. */
function flattenPack(id: string, seen: string[] = []): RulePack {
  const pack = BUNDLED_PACKS.get(id);
  if (!pack) throw new Error(`rule pack "${id}" is not bundled`);
  if (seen.includes(id)) throw new Error(`rule pack "${id}" extends itself (${[...seen, id].join(' -> ')})`);
  if (!pack.extends) return pack;
  const parent = flattenPack(pack.extends, [...seen, id]);
  const lexicons: Record<string, string[]> = { ...parent.lexicons };
  for (const [name, entries] of Object.entries(pack.lexicons ?? {})) lexicons[name] = [...(lexicons[name] ?? []), ...entries];
  const ownRuleIds = new Set((pack.rules ?? []).map((rule) => rule.id));
  return {
    ...parent,
    ...pack,
    organisation: pack.organisation ?? parent.organisation,
    clauses: { ...parent.clauses, ...pack.clauses },
    severity: { ...parent.severity, ...pack.severity },
    lexicons,
    rules: [...(parent.rules ?? []).filter((rule) => !ownRuleIds.has(rule.id)), ...(pack.rules ?? [])],
    disclaimerPhrases: [...(parent.disclaimerPhrases ?? []), ...(pack.disclaimerPhrases ?? [])],
  };
}

function buildPolicy(input: PolicyInput): EffectivePolicy {
  const pack = flattenPack(input.rulePack ?? DEFAULT_PACK_ID);
  const organisation = input.organisation
    ? { name: input.organisation.name, aliases: input.organisation.aliases ?? [] }
    : pack.organisation
      ? { name: pack.organisation.name, aliases: pack.organisation.aliases ?? [] }
      : null;
  const lexicons: Record<string, string[]> = { ...pack.lexicons };
  const addTerms = (name: string, terms: readonly string[] | undefined) => {
    if (terms?.length) lexicons[name] = [...(lexicons[name] ?? []), ...terms];
  };
  if (organisation) addTerms('org', [organisation.name, ...organisation.aliases]);
  addTerms('supplier', input.suppliers);
  addTerms('confidential-term', input.confidentialTerms);
  addTerms('disclaimer', [...(pack.disclaimerPhrases ?? []), ...(input.disclaimerPhrases ?? [])]);

  const severity = {} as Record<Category, Severity | 'off'>;
  for (const category of CATEGORIES) severity[category] = input.severity?.[category] ?? pack.severity?.[category] ?? 'warn';

  const clauses = {} as Record<ClauseKey, Clause>;
  for (const key of CLAUSE_KEYS) {
    const packClause = pack.clauses?.[key];
    const own = input.clauses?.[key];
    const clause: Clause = {
      policy: packClause?.policy ?? pack.policy,
      ref: own?.ref ?? packClause?.ref ?? '',
      summary: packClause?.summary ?? '',
    };
    if (own) clause.text = own.text;
    clauses[key] = clause;
  }

  const disclaimerTemplate =
    input.disclaimerText ?? pack.disclaimerText ?? 'The views expressed here are my own and do not represent {organisation}.';
  return {
    packId: pack.id,
    organisation,
    lexicons,
    rules: pack.rules ?? [],
    severity,
    clauses,
    learnedModels: BUNDLED_MODELS,
    disclaimerText: disclaimerTemplate.replaceAll('{organisation}', organisation?.name ?? 'my employer'),
    schedule: resolveSchedule(input.schedule),
  };
}

/**
 * Validates a deployed policy (any JSON value) and merges it over its rule pack. Never throws on bad input:
 * every problem comes back as one line naming the key, and nothing is half-applied.
 */
export function resolvePolicy(input: unknown): PolicyResult {
  const parsed = policySchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const packId = parsed.data.rulePack ?? DEFAULT_PACK_ID;
  if (!BUNDLED_PACKS.has(packId)) {
    return { ok: false, errors: [`rulePack: "${packId}" is not a bundled rule pack (one of: ${[...BUNDLED_PACKS.keys()].sort().join(', ')})`] };
  }
  return { ok: true, policy: buildPolicy(parsed.data) };
}

/** The effective policy when nothing is deployed: the bundled default pack and schedule. */
export const DEFAULT_POLICY: EffectivePolicy = buildPolicy({});
