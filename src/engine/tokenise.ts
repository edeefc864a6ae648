/**
 * Splits normalised text into words and sentences. Word shapes that hide a word are undone here:
 * "don't" reads "dont", masked letters stay inside the word ("f*ck", "sh!t"), digits used as letters get a
 * second reading ("sh1t" -> "shit"), and letters spaced or dotted apart ("f u c k", "s.h.i.t") are joined.
 */
export interface Token {
  /** The word as written (normalised), apostrophes removed. */
  value: string;
  /** The word with leetspeak undone ("b1tch" -> "bitch"), when that differs from `value`. */
  alt?: string;
  /** Offset of the word in the normalised text. */
  start: number;
  /** Offset just after the word in the normalised text. */
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
}

// Characters people put inside a word to dodge filters; they count as part of the word only between letters.
const MASK_CHARACTERS = new Set(['*', '@', '$', '!', '|', '#', '%']);
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', '$': 's', '!': 'i', '|': 'i',
};
// A full stop after these does not end a sentence ("Mr. Okafor", "e.g. the").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'cllr', 'st', 'no', 'eg', 'ie', 'etc', 'vs', 'prof', 'rev', 'e', 'g', 'i']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCharacter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  return LETTER_OR_DIGIT.test(char);
}

function isLetter(char: string): boolean {
  return char >= 'a' && char <= 'z';
}

/** The leetspeak reading of a word that mixes letters with digits or symbols, or undefined. */
function leetReading(value: string): string | undefined {
  let letters = 0;
  let others = 0;
  for (const char of value) {
    if (isLetter(char)) letters++;
    else if (LEET[char] !== undefined) others++;
  }
  if (letters < 2 || others === 0) return undefined;
  let out = '';
  for (const char of value) out += LEET[char] ?? char;
  return out;
}

/** Whether the gap between two words ends a sentence. */
function endsSentence(gap: string, previousWord: string | undefined): boolean {
  if (gap.includes('\n')) return true;
  if (/[!?]/.test(gap)) return true;
  if (/\.\s/.test(gap)) return previousWord === undefined || !ABBREVIATIONS.has(previousWord);
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
    if (!isWordCharacter(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let value = '';
    while (i < length) {
      const char = text[i]!;
      if (isWordCharacter(char)) {
        value += char;
        i++;
      } else if (char === "'" && isWordCharacter(text[i + 1]) && value.length > 0) {
        i++; // "don't" -> "dont"
      } else if (MASK_CHARACTERS.has(char) && value.length > 0) {
        // Keep masks only when the word goes on after them: "f**k" yes, "great!" no.
        let j = i;
        while (j < length && MASK_CHARACTERS.has(text[j]!)) j++;
        if (!isWordCharacter(text[j])) break;
        value += text.slice(i, j);
        i = j;
      } else break;
    }
    const previous = raw[raw.length - 1];
    if (previous && endsSentence(text.slice(lastEnd, start), previous.value)) sentence++;
    const token: Token = { value, start, end: i, sentence };
    const alt = leetReading(value);
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
