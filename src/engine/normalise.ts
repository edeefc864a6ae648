/**
 * Folds text once into the form every matcher reads, keeping a map back to the original offsets so a
 * finding can highlight the user's own words.
 *
 * Folding: Unicode compatibility forms (NFKD, so fullwidth and "mathematical bold" letters become plain),
 * accents dropped, lower case, look-alike letters from other scripts (Cyrillic "а", Greek "ο") mapped to
 * Latin, and invisible characters (zero-width spaces and joiners, soft hyphens, bidi controls, variation
 * selectors) removed. Leetspeak and spaced letters are handled by the tokeniser, which sees word shapes.
 */
export interface NormalisedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original where its source character starts. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in the original just after its source character. */
  ends: Int32Array;
}

// Letters from other scripts that look like Latin letters, used to dodge word filters. NFKD does not fold these.
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ь: 'b',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ƒ: 'f', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ſ: 's', æ: 'ae', œ: 'oe', þ: 'th',
  // Typographic quotes become the plain apostrophe so "don’t" and "don't" read the same.
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'",
};

/** Invisible characters that change nothing a reader sees. */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || code === 0x034f || code === 0x180e || code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) || (code >= 0xfe00 && code <= 0xfe0f)
  );
}

const COMBINING_MARK = /\p{M}/gu;

/** Folds one non-ASCII character; returns "" for characters that should vanish. */
function foldCharacter(char: string): string {
  const lower = char.toLowerCase();
  const lookAlike = LOOK_ALIKES[lower];
  if (lookAlike !== undefined) return lookAlike;
  const decomposed = lower.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
  let out = '';
  for (const part of decomposed) out += LOOK_ALIKES[part] ?? part;
  return out;
}

/** Normalises `original` for matching; see {@link NormalisedText}. Linear in the text's length. */
export function normalise(original: string): NormalisedText {
  const length = original.length;
  // Plain arrays: a compatibility character can fold into several letters ("ﬃ" -> "ffi").
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let chunkStart = 0; // start of a run of ASCII copied in one go
  const flushAscii = (until: number) => {
    if (until > chunkStart) {
      text += original.slice(chunkStart, until).toLowerCase();
      for (let i = chunkStart; i < until; i++) {
        starts.push(i);
        ends.push(i + 1);
      }
    }
  };
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    flushAscii(i);
    const codePoint = original.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!isInvisible(codePoint)) {
      const folded = foldCharacter(original.slice(i, i + width));
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
      text += folded;
    }
    i += width;
    chunkStart = i;
  }
  flushAscii(length);
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
