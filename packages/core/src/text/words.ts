const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither (filled on first sight). */
const BMP = new Uint8Array(0x10000);

/**
 * Whether the character at `i` is a letter or a digit (ASCII without a regular expression,
 * other BMP characters remembered after the first test); a surrogate pair counts only when
 * both halves lie before `end`.
 */
function isWordCode(text: string, i: number, c: number, end: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) {
    const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (c > 0xdbff || low < 0xdc00 || low > 0xdfff) return false;
    return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  }
  let known = BMP[c] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    BMP[c] = known;
  }
  return known === 1;
}

/**
 * The number of words in `text.slice(start, end)`. A word of the author's prose is a run of
 * letters and digits, with inner apostrophes, dots and hyphens ("don't", "e.g", "follow-up");
 * a placeholder is masked as one word-like token, so it counts once. Counted in one pass
 * without building the words: every summary and two rules count every sentence.
 */
export function wordsIn(text: string, start = 0, end = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits first: most of any text, decided without a call.
    if (c < 128 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      if (!inWord) count++;
      inWord = true;
      continue;
    }
    if (c >= 128 && isWordCode(text, i, c, end)) {
      if (!inWord) count++;
      inWord = true;
      // A surrogate pair is one character.
      if (c >= 0xd800 && c <= 0xdbff) i++;
      continue;
    }
    // A joiner inside a word ("don't", "e.g", "follow-up"): the word goes on.
    if (
      !(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < end && isWordCode(text, i + 1, text.charCodeAt(i + 1), end))
    )
      inWord = false;
  }
  return count;
}
