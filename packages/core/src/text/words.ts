const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the character at `i` is a letter or a digit (ASCII without a regular expression); a
 * surrogate pair counts only when both halves lie before `end`.
 */
function isWordCode(text: string, i: number, c: number, end: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) {
    const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (c > 0xdbff || low < 0xdc00 || low > 0xdfff) return false;
    return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  }
  return LETTER_OR_DIGIT.test(text[i] as string);
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
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (isWordCode(text, i, c, end)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < end && isWordCode(text, i + 1, next, end)) {
      // A joiner inside a word: the word goes on.
    } else {
      inWord = false;
    }
    if (pair) i++;
  }
  return count;
}
