import type { EffectivePolicy } from '../policy/effective';
import { LexiconMatcher } from './lexicon';
import { normalise } from './normalise';
import { evaluateRules } from './rules';
import { collectSignals, type Signal } from './signals';
import { tokenise } from './tokenise';
import { CATEGORIES, type CheckContext, type Finding } from './types';

// The matcher is built once per policy object (the cold start), then reused on every typing pause.
const matchers = new WeakMap<EffectivePolicy, LexiconMatcher>();

/** The policy's lexicons compiled into one matcher, cached for the life of the policy object. */
export function compiledMatcher(policy: EffectivePolicy): LexiconMatcher {
  let matcher = matchers.get(policy);
  if (!matcher) matchers.set(policy, (matcher = new LexiconMatcher(policy.lexicons)));
  return matcher;
}

/**
 * Checks a post against a policy: every finding, in the order the words appear, each citing its clause and
 * pointing at the triggering words in `text` (original offsets). Pure: no DOM, no browser API, no I/O.
 */
export function check(text: string, context: CheckContext, policy: EffectivePolicy): Finding[] {
  if (text.trim() === '') return [];
  const normalised = normalise(text);
  const tokens = tokenise(normalised.text);
  const signals = collectSignals(text, normalised, tokens, compiledMatcher(policy), policy.learnedModels);
  if (context.composer) signals.push(composerSignal(context.composer, text.length));

  const findings: Finding[] = [];
  const fallbacks = new Set<Finding>();
  for (const { rule, highlight } of evaluateRules(policy.rules, signals)) {
    if (!rule.category) continue;
    if (rule.category === 'disclaimer-missing' && context.profileHasDisclaimer) continue;
    const severity = policy.severity[rule.category];
    if (severity === 'off') continue;
    const finding: Finding = {
      category: rule.category,
      rule: rule.id,
      severity,
      clause: policy.clauses[rule.category],
      message: rule.message ?? '',
      start: highlight.start,
      end: highlight.end,
    };
    if (rule.category === 'disclaimer-missing') finding.fix = { kind: 'add-disclaimer', text: policy.disclaimerText };
    findings.push(finding);
    if (rule.fallback) fallbacks.add(finding);
  }
  // A fallback (a learned model's second opinion) is dropped when another rule already warns about its category.
  const firmCategories = new Set(findings.filter((finding) => !fallbacks.has(finding)).map((finding) => finding.category));
  return dedupe(findings.filter((finding) => !fallbacks.has(finding) || !firmCategories.has(finding.category)));
}

/** The kind of composer as a signal covering the whole post, so a rule can say "in a recommendation form". */
function composerSignal(composer: string, length: number): Signal {
  return { name: `@composer-${composer}`, start: 0, end: length, firstToken: 0, lastToken: 0, sentence: 0 };
}

/**
 * One finding per category for overlapping words (two rules catching "f*ck you" give one warning over the
 * whole phrase); sorted by position, then by category order.
 */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const overlapping = kept.find((other) => other.category === finding.category && finding.start < other.end && other.start < finding.end);
    if (overlapping) overlapping.end = Math.max(overlapping.end, finding.end);
    else kept.push({ ...finding });
  }
  return kept.sort((a, b) => a.start - b.start || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}
