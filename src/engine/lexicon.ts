import { normalise } from './normalise';
import type { Token } from './tokenise';

/** A lexicon phrase found in the text: the signal it raises and the words it covers (token indices). */
export interface PhraseHit {
  signal: string;
  firstToken: number;
  lastToken: number;
}

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Children for words written with a trailing `*`: any word starting with the key. */
  prefix: Map<string, TrieNode>;
  shortestPrefix: number;
  longestPrefix: number;
  /** Child reached after skipping up to {@link MAX_GAP} words (`~` in a phrase). */
  gap?: TrieNode;
  signals: string[];
}

const MAX_GAP = 2;

function newNode(): TrieNode {
  return { exact: new Map(), prefix: new Map(), shortestPrefix: Infinity, longestPrefix: 0, signals: [] };
}

/** Turns one lexicon entry into the words the trie stores, folded like the text they will be matched against. */
function entryWords(entry: string): string[] {
  const words: string[] = [];
  for (const written of normalise(entry).text.split(/\s+/)) {
    if (written === '~') {
      words.push('~');
      continue;
    }
    const isPrefix = written.endsWith('*') && written.length > 1;
    const parts = written
      .replace(/\*$/, '')
      .replace(/['’]/g, '')
      .split(/[^\p{L}\p{N}*]+/u)
      .filter(Boolean);
    parts.forEach((part, index) => words.push(isPrefix && index === parts.length - 1 ? `${part}*` : part));
  }
  return words;
}

/**
 * All lexicons of a policy compiled into one word trie, so the cost of matching grows with the text and the
 * longest phrase, not with the number of phrases.
 */
export class LexiconMatcher {
  private readonly root = newNode();

  /** @param lexicons signal name -> phrases (see the pack schema for the phrase syntax). */
  constructor(lexicons: Record<string, readonly string[]>) {
    for (const [signal, entries] of Object.entries(lexicons)) {
      for (const entry of entries) this.add(signal, entryWords(entry));
    }
  }

  private add(signal: string, words: string[]): void {
    if (words.length === 0 || words[0] === '~') return;
    let node = this.root;
    for (const word of words) {
      if (word === '~') {
        node.gap ??= newNode();
        node = node.gap;
      } else if (word.endsWith('*')) {
        const stem = word.slice(0, -1);
        let child = node.prefix.get(stem);
        if (!child) node.prefix.set(stem, (child = newNode()));
        node.shortestPrefix = Math.min(node.shortestPrefix, stem.length);
        node.longestPrefix = Math.max(node.longestPrefix, stem.length);
        node = child;
      } else {
        let child = node.exact.get(word);
        if (!child) node.exact.set(word, (child = newNode()));
        node = child;
      }
    }
    if (!node.signals.includes(signal)) node.signals.push(signal);
  }

  /** Every phrase occurrence in the tokens; phrases never cross a sentence boundary. */
  match(tokens: readonly Token[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let first = 0; first < tokens.length; first++) this.walk(this.root, tokens, first, first, hits);
    return hits;
  }

  private walk(node: TrieNode, tokens: readonly Token[], first: number, next: number, hits: PhraseHit[]): void {
    if (next > first) for (const signal of node.signals) hits.push({ signal, firstToken: first, lastToken: next - 1 });
    const token = tokens[next];
    if (!token || token.sentence !== tokens[first]!.sentence) return;
    this.step(node, token.value, tokens, first, next, hits);
    if (token.alt !== undefined) this.step(node, token.alt, tokens, first, next, hits);
    if (node.gap) {
      for (let skip = 0; skip <= MAX_GAP; skip++) {
        const after = tokens[next + skip];
        if (!after || after.sentence !== token.sentence) break;
        this.stepWords(node.gap, tokens, first, next + skip, hits);
      }
    }
  }

  /** Follows the gap node's word edges from token `at`. */
  private stepWords(node: TrieNode, tokens: readonly Token[], first: number, at: number, hits: PhraseHit[]): void {
    const token = tokens[at]!;
    this.step(node, token.value, tokens, first, at, hits);
    if (token.alt !== undefined) this.step(node, token.alt, tokens, first, at, hits);
  }

  private step(node: TrieNode, word: string, tokens: readonly Token[], first: number, at: number, hits: PhraseHit[]): void {
    const exact = node.exact.get(word);
    if (exact) this.walk(exact, tokens, first, at + 1, hits);
    if (node.prefix.size > 0) {
      // Only as many lookups as the node's stems are long, however long the word: matching stays linear.
      const longest = Math.min(word.length, node.longestPrefix);
      for (let length = node.shortestPrefix; length <= longest; length++) {
        const child = node.prefix.get(word.slice(0, length));
        if (child) this.walk(child, tokens, first, at + 1, hits);
      }
    }
  }
}
