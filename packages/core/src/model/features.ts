/**
 * Features of the tone model, shared by training (scripts/train.mjs imports the built copy)
 * and inference, so both see exactly the same buckets: word unigrams, word bigrams (with
 * sentence start and end) and character 4-grams of the normalised sentence
 * (text/normalize.ts), each hashed into `buckets` slots.
 */

/** Which kind of n-gram a feature is; explanations turn words and bigrams back into text. */
export const FeatureKind = { Word: 0, Bigram: 1, Chars: 2 } as const;
export type FeatureKind = (typeof FeatureKind)[keyof typeof FeatureKind];

const SEED_WORD = 0x2f1b_5a3d;
const SEED_BIGRAM = 0x6c8e_9cf5;
const SEED_CHARS = 0x1b87_3593;
const FNV_PRIME = 0x0100_0193;
const START = 0x5354_4152;
const END = 0x454e_4421;
/** Fibonacci hashing: the top bits of h * 2^32/phi pick the bucket, mixing every input bit. */
const GOLDEN = 0x9e37_79b1;
/** Scrambles a 4-gram's bytes before Fibonacci hashing (MurmurHash3's first constant). */
const MIX = 0x85eb_ca6b;

/** Reusable output of `featurize`: one entry per feature occurrence. */
export class FeatureBuffer {
  buckets = new Int32Array(512);
  kinds = new Uint8Array(512);
  /** The feature's range in the normalised text. */
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  length = 0;

  /** Makes room for `count` features. */
  reserve(count: number): void {
    if (count <= this.buckets.length) return;
    let size = this.buckets.length;
    while (size < count) size *= 2;
    const buckets = new Int32Array(size);
    buckets.set(this.buckets);
    this.buckets = buckets;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}

/**
 * Fills `out` with the features of a normalised text (" word word ?", every token after
 * one space) and returns their number. `buckets` must be a power of two. Kinds and ranges
 * are recorded only with `spans` (for explanations): scoring needs the buckets alone.
 *
 * One pass over the characters: each word's FNV-1a hash (for its unigram and bigram) and a
 * window of the last four characters, one byte each, whose mixed value is the 4-gram's
 * hash. Characters past Latin-1 fold into a byte, which only merges rare 4-grams.
 */
export function featurize(norm: string, buckets: number, out: FeatureBuffer, spans = false): number {
  const shift = 32 - Math.log2(buckets);
  const n = norm.length;
  // At most one word and one bigram per two characters, plus the closing bigram, and one
  // character 4-gram per position.
  out.reserve(2 * (n >> 1) + 2 + n + 1);
  const ids = out.buckets;
  let count = 0;
  let previous = START;
  let previousStart = 0;
  let word = SEED_WORD;
  let wordStart = -1;
  let window = 0;
  // The text and a closing space, so that word ends count.
  for (let i = 0; i <= n; i++) {
    const c = i < n ? norm.charCodeAt(i) : 32;
    window = (window << 8) | (c < 256 ? c : (c ^ (c >>> 8) ^ 0x80) & 0xff);
    if (i >= 3) {
      if (spans) {
        out.kinds[count] = FeatureKind.Chars;
        out.starts[count] = i - 3;
        out.ends[count] = Math.min(i + 1, n);
      }
      const h = Math.imul(window ^ SEED_CHARS, MIX);
      ids[count++] = Math.imul(h ^ (h >>> 15), GOLDEN) >>> shift;
    }
    if (c !== 32) {
      if (wordStart < 0) {
        wordStart = i;
        word = SEED_WORD;
      }
      word = Math.imul(word ^ c, FNV_PRIME);
      continue;
    }
    if (wordStart < 0) continue;
    // A word ends here: its unigram, and the bigram it closes.
    if (spans) {
      out.kinds[count] = FeatureKind.Word;
      out.starts[count] = wordStart;
      out.ends[count] = i;
      out.kinds[count + 1] = FeatureKind.Bigram;
      out.starts[count + 1] = previousStart;
      out.ends[count + 1] = i;
    }
    ids[count++] = Math.imul(word, GOLDEN) >>> shift;
    ids[count++] = Math.imul(Math.imul(previous ^ SEED_BIGRAM, FNV_PRIME) ^ word, GOLDEN) >>> shift;
    previous = word;
    previousStart = wordStart;
    wordStart = -1;
  }
  if (previous !== START) {
    if (spans) {
      out.kinds[count] = FeatureKind.Bigram;
      out.starts[count] = previousStart;
      out.ends[count] = n;
    }
    ids[count++] = Math.imul(Math.imul(previous ^ SEED_BIGRAM, FNV_PRIME) ^ END, GOLDEN) >>> shift;
  }
  out.length = count;
  return count;
}

/** Fewer words than this give the model too little to go on: such sentences are not scored. */
export const MIN_WORDS = 6;

/** Tokens of a normalised text that start with a letter or a digit. */
export function countWords(norm: string): number {
  let count = 0;
  for (let i = 0; i < norm.length - 1; i++) {
    if (norm.charCodeAt(i) !== 32) continue;
    const c = norm.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}]/u.test(norm[i + 1] as string))) count++;
  }
  return count;
}
