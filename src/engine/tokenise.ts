/**
 * Splits normalised text into words and sentences. Word shapes that hide a word are undone here:
 * "don't" reads "dont", masked letters stay inside the word ("f*ck", "sh!t"), digits used as letters get a
 * second reading ("sh1t" -> "shit"), and letters spaced or dotted apart ("f u c k", "s.h.i.t") are joined.
 */
export interface Token {
  /** The word as written (normalised), apostrophes removed. */
  value: string;
  /**
   * A second reading, when it differs from `value`: leetspeak undone ("b1tch" -> "bitch"), or the possessive
   * dropped ("ABC's" -> "abc"), so "ABC's planning team" still names ABC.
   */
  alt?: string;
  /** Offset of the word in the normalised text. */
  start: number;
  /** Offset just after the word in the normalised text. */
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
}

// Characters people put inside a word to dodge filters; they count as part of the word only between letters.
const MASK_CHARACTERS = '*@$!|#%';
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's', '!': 'i', '|': 'i',
};
// A full stop after these does not end a sentence ("Mr. Okafor", "e.g. the").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'cllr', 'st', 'no', 'eg', 'ie', 'etc', 'vs', 'prof', 'rev', 'e', 'g', 'i']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  return LETTER_OR_DIGIT.test(text[index]!);
}

function isMask(text: string, index: number): boolean {
  return index < text.length && MASK_CHARACTERS.includes(text[index]!);
}

/** The leetspeak reading of a word that mixes letters with digits or symbols, or undefined. */
function leetReading(value: string): string | undefined {
  let letters = 0;
  let others = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char >= 'a' && char <= 'z') letters++;
    else if (LEET[char] !== undefined) others++;
  }
  if (letters < 2 || others === 0) return undefined;
  let out = '';
  for (let i = 0; i < value.length; i++) out += LEET[value[i]!] ?? value[i];
  return out;
}

/** Whether the gap text[from, to) between two words ends a sentence. */
function endsSentence(text: string, from: number, to: number, previousWord: string): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '\n' || char === '!' || char === '?') return true;
    if (char === '.' && i + 1 < to && /\s/.test(text[i + 1]!)) return !ABBREVIATIONS.has(previousWord);
  }
  return false;
}

/** Tokenises normalised text; see {@link Token}. Linear in the text's length. */
export function tokenise(text: string): Token[] {
  const raw: Token[] = [];
  let sentence = 0;
  let i = 0;
  let lastEnd = 0;
  const length = text.length;
  while (i < length) {
    if (!isWordCode(text, i)) {
      // Masks may open a word ("$hit", "@$$hole"), but a lone "@" or "#" opens a mention or a hashtag
      // ("@CivicaPrint", "#VoteLabour"): skip it, so the word reads as written.
      let j = i;
      while (isMask(text, j)) j++;
      const tagOrMention = j - i === 1 && (text[i] === '@' || text[i] === '#');
      const opensWord = j > i && isWordCode(text, j) && !tagOrMention && (i === 0 || /\s/.test(text[i - 1]!));
      if (!opensWord) {
        i++;
        continue;
      }
    }
    const start = i;
    let value = '';
    let pieceStart = i;
    while (i < length) {
      if (isWordCode(text, i) || (i === start && isMask(text, i))) {
        i++;
      } else if (text[i] === "'" && isWordCode(text, i + 1)) {
        value += text.slice(pieceStart, i); // "don't" -> "dont"
        i++;
        pieceStart = i;
      } else if (isMask(text, i)) {
        // Keep masks only when the word goes on after them: "f**k" yes, "great!" no.
        let j = i;
        while (isMask(text, j)) j++;
        if (!isWordCode(text, j)) break;
        i = j;
      } else break;
    }
    value += text.slice(pieceStart, i);
    const previous = raw[raw.length - 1];
    if (previous && endsSentence(text, lastEnd, start, previous.value)) sentence++;
    const token: Token = { value, start, end: i, sentence };
    const possessive = value.length > 2 && value.endsWith('s') && text[i - 2] === "'" ? value.slice(0, -1) : undefined;
    // "@rse" looks like a mention but is a masked "arse": give words after a lone "@" the reading with an "a".
    const afterAt = start > 0 && text[start - 1] === '@' && value.length <= 5 ? `a${value}` : undefined;
    const alt = leetReading(possessive ?? value) ?? possessive ?? afterAt;
    if (alt !== undefined) token.alt = alt;
    raw.push(token);
    lastEnd = i;
  }
  return joinSpacedLetters(raw, text);
}

/** Joins runs of three or more single letters ("f u c k", "s.h.i.t") into one word. */
function joinSpacedLetters(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (
      j + 1 < tokens.length &&
      tokens[j]!.value.length === 1 &&
      tokens[j + 1]!.value.length === 1 &&
      tokens[j + 1]!.start - tokens[j]!.end <= 2 &&
      tokens[j + 1]!.sentence === tokens[i]!.sentence &&
      !text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes('\n')
    ) j++;
    if (j - i >= 2 && tokens[i]!.value.length === 1) {
      const run = tokens.slice(i, j + 1);
      const value = run.map((token) => token.value).join('');
      const joined: Token = { value, start: run[0]!.start, end: run[run.length - 1]!.end, sentence: run[0]!.sentence };
      // "a f u c k" joins to "afuck": the article or "I" before the spaced word is read apart as well.
      const withoutArticle = (value[0] === 'a' || value[0] === 'i') && value.length > 3 ? value.slice(1) : value;
      const alt = leetReading(withoutArticle) ?? (withoutArticle !== value ? withoutArticle : undefined);
      if (alt !== undefined) joined.alt = alt;
      out.push(joined);
      i = j + 1;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}
