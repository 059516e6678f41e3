import { expandContraction } from './contractions.js';

/**
 * A sentence prepared for lexical matching: lower case, straight quotes, contractions
 * expanded, one space between tokens. `toSource` maps a match back to the original text.
 */
export interface NormalizedText {
  /** The normalised text: every token preceded by a single space. */
  text: string;
  /** Offset in the source where the normalised character at each index begins. */
  starts: Int32Array;
  /** Offset in the source where the normalised character at each index ends. */
  ends: Int32Array;
}

// Words keep inner apostrophes, hyphens, dots and slashes (haven't, follow-up, 3.5, e.g, and/or).
const TOKEN =
  /\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|am|pm|k)?(?![\p{L}\p{N}])|[\p{L}\p{N}_]+(?:['’‘.\-/][\p{L}\p{N}_]+)*['’]?|[^\s\p{L}\p{N}_]/gu;

const QUOTES = /[’‘`´]/g;

/** Normalises `source.slice(from, to)`; offsets in the result refer to `source`. */
export function normalize(source: string, from = 0, to = source.length): NormalizedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const slice = source.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    const end = start + raw.length;
    let token = raw.replace(QUOTES, "'").toLowerCase();
    if (token.length > 1 && token.endsWith("'")) token = token.slice(0, -1);
    const expanded = expandContraction(token);
    const out = expanded ?? (token === '…' ? '...' : token);
    // Every token is preceded by one space, so patterns can anchor on it.
    parts.push(' ');
    starts.push(start);
    ends.push(start);
    parts.push(out);
    const identity = expanded === undefined && out.length === raw.length;
    for (let i = 0; i < out.length; i++) {
      starts.push(identity ? start + i : start);
      ends.push(identity ? start + i + 1 : end);
    }
  }
  return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Maps a range of the normalised text back to a source range. */
export function toSource(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && norm.text[s] === ' ') s++;
  while (e > s && norm.text[e - 1] === ' ') e--;
  if (s >= e) return { start: norm.starts[start] ?? 0, end: norm.starts[start] ?? 0 };
  return { start: norm.starts[s] as number, end: norm.ends[e - 1] as number };
}
