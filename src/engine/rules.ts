import type { Rule } from '../policy/pack-schema';
import type { Signal } from './signals';

/** A rule that fired, and the signal whose words should be highlighted. */
export interface RuleMatch {
  rule: Rule;
  highlight: Signal;
}

/** Signals grouped by name. */
type SignalIndex = Map<string, Signal[]>;

function indexByName(signals: readonly Signal[]): SignalIndex {
  const index: SignalIndex = new Map();
  for (const signal of signals) {
    const list = index.get(signal.name);
    if (list) list.push(signal);
    else index.set(signal.name, [signal]);
  }
  return index;
}

/** Whether a rule's conditions hold within one scope (its signals already narrowed to that scope). */
function holds(rule: Rule, scope: SignalIndex): boolean {
  if (!rule.all.every((name) => scope.has(name))) return false;
  if (rule.any && !rule.any.some((name) => scope.has(name))) return false;
  if (rule.none?.some((name) => scope.has(name))) return false;
  return true;
}

/** The words to highlight: the earliest hit of the highlight signal, joined with hits of it that overlap. */
function highlightOf(rule: Rule, scope: SignalIndex): Signal {
  const name = rule.highlight && scope.has(rule.highlight) ? rule.highlight : rule.all.find((candidate) => scope.has(candidate))!;
  const hits = [...scope.get(name)!].sort((a, b) => a.start - b.start || b.end - a.end);
  let merged = hits[0]!;
  for (const hit of hits.slice(1)) {
    if (hit.start > merged.end) break;
    if (hit.end > merged.end) merged = { ...merged, end: hit.end, lastToken: hit.lastToken };
  }
  return merged;
}

function groupBySentence(signals: readonly Signal[]): SignalIndex[] {
  const sentences = new Map<number, Signal[]>();
  for (const signal of signals) {
    const list = sentences.get(signal.sentence);
    if (list) list.push(signal);
    else sentences.set(signal.sentence, [signal]);
  }
  return [...sentences.values()].map(indexByName);
}

function insertionPoint(sorted: readonly Signal[], firstToken: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.firstToken <= firstToken) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The scopes a rule is judged in: the whole post, each sentence, or a window of words around each anchor. */
function scopesFor(rule: Rule, signals: readonly Signal[], post: SignalIndex, sentences: () => SignalIndex[]): SignalIndex[] {
  if (rule.scope === 'post') return [post];
  if (rule.scope === 'sentence') return sentences();
  const width = rule.scope;
  return (post.get(rule.all[0]!) ?? []).map((anchor) => indexByName(signalsNear(signals, anchor, width)));
}

// The most words one signal covers (a long phrase or address); bounds the search for overlapping signals.
const LONGEST_SIGNAL = 24;

/** Signals within `width` words of the anchor; `sorted` is ordered by first token, so this is a range scan. */
function signalsNear(sorted: readonly Signal[], anchor: Signal, width: number): Signal[] {
  const from = anchor.firstToken - width - LONGEST_SIGNAL;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.firstToken < from) low = middle + 1;
    else high = middle;
  }
  const near: Signal[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.firstToken <= anchor.lastToken + width; i++) {
    const signal = sorted[i]!;
    if (signal.lastToken >= anchor.firstToken - width) near.push(signal);
  }
  return near;
}

/**
 * Judges every rule against the signals: a rule fires when all its `all` signals, one of its `any` and none of
 * its `none` are in one scope, and none of its `noneInPost` anywhere. At most one match per rule and scope.
 * Rules that raise a signal add it for the rules after them and are not returned.
 */
export function evaluateRules(rules: readonly Rule[], found: readonly Signal[]): RuleMatch[] {
  const signals = [...found].sort((a, b) => a.firstToken - b.firstToken);
  const post = indexByName(signals);
  let sentenceScopes: SignalIndex[] | undefined;
  const sentences = (): SignalIndex[] => (sentenceScopes ??= groupBySentence(signals));
  const matches: RuleMatch[] = [];
  for (const rule of rules) {
    if (!rule.all.every((name) => post.has(name))) continue; // cheap rejection before building scopes
    if (rule.noneInPost?.some((name) => post.has(name))) continue;
    for (const scope of scopesFor(rule, signals, post, sentences)) {
      if (!holds(rule, scope)) continue;
      const highlight = highlightOf(rule, scope);
      if (rule.raises) {
        const raised = { ...highlight, name: rule.raises };
        signals.splice(insertionPoint(signals, raised.firstToken), 0, raised);
        post.set(raised.name, [...(post.get(raised.name) ?? []), raised]);
        sentenceScopes = undefined;
      } else matches.push({ rule, highlight });
    }
  }
  return matches;
}
