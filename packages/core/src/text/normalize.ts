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
const NUMBER_SUFFIXES = ['st', 'nd', 'rd', 'th', 'am', 'pm', 'k'];
const TOKEN = new RegExp(
  `\\p{N}+(?:[.,:/-]\\p{N}+)*(?:${NUMBER_SUFFIXES.join('|')})?(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}_]+(?:['’‘.\\-/][\\p{L}\\p{N}_]+)*['’]?|[^\\s\\p{L}\\p{N}_]`,
  'gu',
);
const CURLY = /[’‘`´]/g;
const ANY_CURLY = new RegExp(CURLY.source);

/** Scratch space for token offsets and token ranges, reused across calls; results are copied out at their exact size. */
let scratch = new Int32Array(256);
let spans = new Int32Array(256);

const NON_ASCII = /[\u0080-\uffff]/;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** [A-Za-z0-9]: what \p{L} and \p{N} are in ASCII. */
const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isWordChar = (c: number): boolean => isAlnum(c) || c === 95;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * TOKEN's first branch on ASCII text (a number with separators and an optional suffix, not
 * followed by a letter or digit), as the expression backtracks: most groups first, each
 * suffix in turn, then none. Returns the end of the match at `i`, or -1.
 */
function asciiNumberEnd(s: string, i: number, n: number): number {
  let j = i;
  while (j < n && isDigit(s.charCodeAt(j))) j++;
  const ends = [j];
  for (;;) {
    const d = s.charCodeAt(j);
    if (j + 1 < n && (d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && isDigit(s.charCodeAt(j + 1))) {
      j++;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      ends.push(j);
    } else break;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const e = ends[k] as number;
    for (const suffix of NUMBER_SUFFIXES) {
      if (s.startsWith(suffix, e) && !(e + suffix.length < n && isAlnum(s.charCodeAt(e + suffix.length)))) return e + suffix.length;
    }
    if (!(e < n && isAlnum(s.charCodeAt(e)))) return e;
  }
  return -1;
}

/** The end of the TOKEN match that starts at `i` (not a space) in ASCII text. */
function asciiTokenEnd(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (isDigit(c)) {
    const end = asciiNumberEnd(s, i, n);
    if (end >= 0) return end;
  }
  if (!isWordChar(c)) return i + 1;
  let j = i + 1;
  for (;;) {
    while (j < n && isWordChar(s.charCodeAt(j))) j++;
    const d = s.charCodeAt(j);
    if (j + 1 < n && (d === 39 || d === 46 || d === 45 || d === 47) && isWordChar(s.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j < n && s.charCodeAt(j) === 39 ? j + 1 : j;
}

/** Token ranges of `slice` as [start, end] pairs in `spans`; returns their number. */
function tokenize(slice: string): number {
  const n = slice.length;
  if (spans.length < 2 * (n + 1)) spans = new Int32Array(2 * (n + 1));
  let count = 0;
  if (!NON_ASCII.test(slice)) {
    // Plain ASCII, most messages: a scan that follows TOKEN exactly, without the matcher.
    for (let i = 0; i < n; ) {
      if (isSpace(slice.charCodeAt(i))) {
        i++;
        continue;
      }
      const end = asciiTokenEnd(slice, i, n);
      spans[2 * count] = i;
      spans[2 * count + 1] = end;
      count++;
      i = end;
    }
    return count;
  }
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    spans[2 * count] = m.index;
    spans[2 * count + 1] = m.index + m[0].length;
    count++;
  }
  return count;
}

/** Normalises `source.slice(from, to)`; offsets in the result refer to `source`. */
export function normalize(source: string, from = 0, to = source.length): NormalizedText {
  const slice = from === 0 && to === source.length ? source : source.slice(from, to);
  // Lower-casing the whole slice at once is cheaper than token by token; it is only exact
  // while no character changes length ("İ" becomes two code units) and none depends on its
  // neighbours (a capital sigma lowers by its place in the word).
  const lowered = slice.toLowerCase();
  const aligned = lowered.length === slice.length && !slice.includes('Σ');
  const curly = ANY_CURLY.test(slice);
  const tokens = tokenize(slice);
  if (scratch.length < 4 * (tokens + 1)) scratch = new Int32Array(4 * (tokens + 1));
  const buf = scratch;
  // Joined once at the end: appending token by token builds a rope of small strings.
  const parts: string[] = new Array(tokens);
  let length = 0;
  for (let t = 0; t < tokens; t++) {
    const at = spans[2 * t] as number;
    const end = spans[2 * t + 1] as number;
    const rawLength = end - at;
    let token = aligned ? lowered.slice(at, end) : slice.slice(at, end).toLowerCase();
    if (rawLength > 1) {
      if (curly && ANY_CURLY.test(token)) token = token.replace(CURLY, "'");
      if (token.charCodeAt(token.length - 1) === 39) token = token.slice(0, -1);
    } else if (token === '…') {
      token = '...';
    }
    const expanded = token.length <= 9 ? expandContraction(token) : undefined;
    const out = expanded ?? token;
    length += 1;
    const base = t * 4;
    buf[base] = length;
    buf[base + 1] = from + at;
    buf[base + 2] = from + end;
    buf[base + 3] = expanded === undefined && out.length === rawLength ? 1 : 0;
    parts[t] = out;
    length += out.length;
  }
  const text = tokens === 0 ? '' : ` ${parts.join(' ')}`;
  const normStarts = new Int32Array(tokens);
  const sourceStarts = new Int32Array(tokens);
  const sourceEnds = new Int32Array(tokens);
  const identity = new Uint8Array(tokens);
  for (let i = 0; i < tokens; i++) {
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
