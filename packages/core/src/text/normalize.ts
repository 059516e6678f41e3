import { expandContraction } from './contractions.js';

/**
 * A sentence prepared for lexical matching: lower case, straight quotes, contractions
 * expanded, every token preceded by one space. `toSource` maps a match back to the text.
 */
export interface NormalizedText {
  /** The normalised text: every token preceded by a single space. */
  text: string;
  /** Per token: where it starts in `text` (after its space). */
  normStarts: Int32Array;
  /** Per token: its range in the source. */
  sourceStarts: Int32Array;
  sourceEnds: Int32Array;
  /** Per token: 1 when the normalised token maps character by character onto the source. */
  identity: Uint8Array;
}

// Numbers keep their separators (4,800; 10:00; 3/14); words keep inner apostrophes,
// hyphens, dots and slashes (haven't, follow-up, e.g, and/or).
const TOKEN =
  /\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|am|pm|k)?(?![\p{L}\p{N}])|[\p{L}\p{N}_]+(?:['’‘.\-/][\p{L}\p{N}_]+)*['’]?|[^\s\p{L}\p{N}_]/gu;
const CURLY = /[’‘`´]/g;
const ANY_CURLY = /[’‘`´]/;

/** Scratch space for token offsets, reused across calls and copied out at the exact size. */
let scratch = new Int32Array(256);

/** Normalises `source.slice(from, to)`; offsets in the result refer to `source`. */
export function normalize(source: string, from = 0, to = source.length): NormalizedText {
  const slice = from === 0 && to === source.length ? source : source.slice(from, to);
  // Lower-casing the whole slice at once is cheaper than token by token; it is only exact
  // while no character changes length ("İ" becomes two code units) and none depends on its
  // neighbours (a capital sigma lowers by its place in the word).
  const lowered = slice.toLowerCase();
  const aligned = lowered.length === slice.length && !slice.includes('Σ');
  const curly = ANY_CURLY.test(slice);
  if (scratch.length < 4 * (slice.length + 1)) scratch = new Int32Array(4 * (slice.length + 1));
  const buf = scratch;
  let text = '';
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const at = m.index;
    let token = aligned ? (raw.length === 1 && raw === lowered[at] ? raw : lowered.slice(at, at + raw.length)) : raw.toLowerCase();
    if (token.length > 1) {
      if (curly && ANY_CURLY.test(token)) token = token.replace(CURLY, "'");
      if (token.charCodeAt(token.length - 1) === 39) token = token.slice(0, -1);
    } else if (token === '…') {
      token = '...';
    }
    const expanded = token.length <= 9 ? expandContraction(token) : undefined;
    const out = expanded ?? token;
    text += ' ';
    const base = count * 4;
    buf[base] = text.length;
    buf[base + 1] = from + at;
    buf[base + 2] = from + at + raw.length;
    buf[base + 3] = expanded === undefined && out.length === raw.length ? 1 : 0;
    count++;
    text += out;
  }
  const normStarts = new Int32Array(count);
  const sourceStarts = new Int32Array(count);
  const sourceEnds = new Int32Array(count);
  const identity = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    normStarts[i] = buf[4 * i] as number;
    sourceStarts[i] = buf[4 * i + 1] as number;
    sourceEnds[i] = buf[4 * i + 2] as number;
    identity[i] = buf[4 * i + 3] as number;
  }
  return { text, normStarts, sourceStarts, sourceEnds, identity };
}

/** The token containing normalised offset `at` (or the one after it, at a space). */
function tokenAt(norm: NormalizedText, at: number): number {
  let lo = 0;
  let hi = norm.normStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((norm.normStarts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a range of the normalised text back to a source range. */
export function toSource(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && norm.text[s] === ' ') s++;
  while (e > s && norm.text[e - 1] === ' ') e--;
  if (s >= e || norm.normStarts.length === 0) {
    const at = norm.normStarts.length === 0 ? 0 : (norm.sourceStarts[tokenAt(norm, start)] as number);
    return { start: at, end: at };
  }
  const first = tokenAt(norm, s);
  const last = tokenAt(norm, e - 1);
  const sourceStart = norm.identity[first]
    ? (norm.sourceStarts[first] as number) + (s - (norm.normStarts[first] as number))
    : (norm.sourceStarts[first] as number);
  const sourceEnd = norm.identity[last]
    ? (norm.sourceStarts[last] as number) + (e - (norm.normStarts[last] as number))
    : (norm.sourceEnds[last] as number);
  return { start: sourceStart, end: sourceEnd };
}
