import { FeatureBuffer, featurize } from './features.js';

/** The model as shipped: int8 weights (base64, bucket-major) with one scale per class. */
export interface ToneModelData {
  /** Number of hash buckets, a power of two. */
  buckets: number;
  /** Class names, in the order of the weight columns. */
  classes: readonly string[];
  /** Per class: the factor turning an int8 weight back into a real one. */
  scales: readonly number[];
  biases: readonly number[];
  /** Per class: the probability from which a sentence counts as that class (calibrated). */
  thresholds: Readonly<Record<string, number>>;
  /** base64 of `buckets * classes.length` signed bytes: bucket 0's classes, then bucket 1's, ... */
  weights: string;
}

/** A range of the normalised text that pushed the score towards a class, and by how much. */
export interface Evidence {
  start: number;
  end: number;
  weight: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 in any environment: atob where it exists, else by hand (no Buffer in browsers). */
export function decodeBase64(text: string): Uint8Array {
  // The native decoder, where there is one, is the faster on first use.
  if (typeof atob === 'function') {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) lookup[BASE64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const digit = code < 128 ? (lookup[code] as number) : -1;
    if (digit < 0) throw new Error(`tone model: invalid base64 character at ${i}`);
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * A linear softmax classifier over hashed n-grams. The feature vector holds 1/sqrt(n) for
 * each of the sentence's n features (repeats add up), so long and short sentences score
 * on the same scale.
 */
export class ToneModel {
  readonly classCount: number;
  private readonly features = new FeatureBuffer();
  private readonly sums: Float64Array;

  constructor(
    readonly buckets: number,
    readonly classes: readonly string[],
    /** `buckets * classes.length` int8 weights, bucket-major. */
    readonly weights: Int8Array,
    readonly scales: readonly number[],
    readonly biases: readonly number[],
    readonly thresholds: Readonly<Record<string, number>>,
  ) {
    if (buckets <= 0 || (buckets & (buckets - 1)) !== 0) throw new Error(`tone model: buckets must be a power of two, got ${buckets}`);
    this.classCount = classes.length;
    if (weights.length !== buckets * classes.length)
      throw new Error(`tone model: expected ${buckets * classes.length} weights, got ${weights.length}`);
    if (scales.length !== classes.length || biases.length !== classes.length)
      throw new Error('tone model: one scale and one bias per class expected');
    this.sums = new Float64Array(classes.length);
  }

  static fromData(data: ToneModelData): ToneModel {
    const bytes = decodeBase64(data.weights);
    return new ToneModel(
      data.buckets,
      data.classes,
      new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      data.scales,
      data.biases,
      data.thresholds,
    );
  }

  /** Index of a class by name; -1 when the model does not know it. */
  classIndex(name: string): number {
    return this.classes.indexOf(name);
  }

  /** Class probabilities of a normalised sentence, written into `out` (a new array if omitted). */
  predict(norm: string, out: Float64Array = new Float64Array(this.classCount)): Float64Array {
    const n = featurize(norm, this.buckets, this.features);
    const c = this.classCount;
    const sums = this.sums;
    sums.fill(0);
    const buckets = this.features.buckets;
    const weights = this.weights;
    if (c === 4) {
      // The shipped shape, unrolled: this loop is most of the cost of a sentence.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const row = (buckets[i] as number) << 2;
        s0 += weights[row] as number;
        s1 += weights[row + 1] as number;
        s2 += weights[row + 2] as number;
        s3 += weights[row + 3] as number;
      }
      sums[0] = s0;
      sums[1] = s1;
      sums[2] = s2;
      sums[3] = s3;
    } else {
      for (let i = 0; i < n; i++) {
        const row = (buckets[i] as number) * c;
        for (let k = 0; k < c; k++) sums[k] = (sums[k] as number) + (weights[row + k] as number);
      }
    }
    const norm1 = n > 0 ? 1 / Math.sqrt(n) : 0;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < c; k++) {
      const logit = (this.biases[k] as number) + (this.scales[k] as number) * (sums[k] as number) * norm1;
      out[k] = logit;
      if (logit > max) max = logit;
    }
    let total = 0;
    for (let k = 0; k < c; k++) {
      const e = Math.exp((out[k] as number) - max);
      out[k] = e;
      total += e;
    }
    for (let k = 0; k < c; k++) out[k] = (out[k] as number) / total;
    return out;
  }

  /**
   * The words that pushed `norm` towards class `target` rather than `against` most: every
   * feature's margin goes to the words it covers, adjacent strong words join into one
   * phrase, strongest first. Ranges refer to the normalised text.
   */
  explain(norm: string, target: number, against: number, limit = 3): Evidence[] {
    const n = featurize(norm, this.buckets, this.features, true);
    const c = this.classCount;
    const f = this.features;
    // Word boundaries in the normalised text.
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < norm.length; i++) {
      if (norm.charCodeAt(i) === 32) continue;
      starts.push(i);
      while (i < norm.length && norm.charCodeAt(i) !== 32) i++;
      ends.push(i);
    }
    const score = new Float64Array(starts.length);
    const st = this.scales[target] as number;
    const sa = this.scales[against] as number;
    for (let i = 0; i < n; i++) {
      const row = (f.buckets[i] as number) * c;
      const margin = st * (this.weights[row + target] as number) - sa * (this.weights[row + against] as number);
      // Every word the feature touches gets an equal share.
      const from = f.starts[i] as number;
      const to = f.ends[i] as number;
      // The first word ending after `from` (binary search: a long sentence has many words
      // and many features), then the words that start before `to`.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ends[mid] as number) > from) hi = mid;
        else lo = mid + 1;
      }
      const first = lo;
      let last = first - 1;
      while (last + 1 < starts.length && (starts[last + 1] as number) < to) last++;
      if (last < first) continue;
      const share = margin / (last - first + 1);
      for (let w = first; w <= last; w++) score[w] = (score[w] as number) + share;
    }
    let best = 0;
    for (let w = 0; w < score.length; w++) {
      if (/[\p{L}\p{N}]/u.test(norm.slice(starts[w], ends[w])) && (score[w] as number) > best) best = score[w] as number;
    }
    if (best <= 0) return [];
    const strong = (w: number) => (score[w] as number) >= best * 0.4 && /[\p{L}\p{N}]/u.test(norm.slice(starts[w], ends[w]));
    const phrases: Evidence[] = [];
    for (let w = 0; w < score.length; w++) {
      if (!strong(w)) continue;
      let weight = 0;
      const first = w;
      while (w < score.length && strong(w)) weight += score[w++] as number;
      phrases.push({ start: starts[first] as number, end: ends[w - 1] as number, weight });
    }
    return phrases.sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, limit);
  }
}
