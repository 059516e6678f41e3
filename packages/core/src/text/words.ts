// A word of the author's prose: letters and digits, with inner apostrophes, dots and hyphens
// ("don't", "e.g", "follow-up"). A placeholder is masked as one word-like token, so it counts once.
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The number of words in `text.slice(start, end)`. */
export function wordsIn(text: string, start = 0, end = text.length): number {
  return text.slice(start, end).match(WORD)?.length ?? 0;
}
