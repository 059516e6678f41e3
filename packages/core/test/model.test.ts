import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { FeatureBuffer, FeatureKind, featurize } from '../src/model/features.js';
import { ToneModel, toneModel } from '../src/model/index.js';
import { decodeBase64 } from '../src/model/model.js';
import { TONE_MODEL } from '../src/model/weights.js';
import { normalize } from '../src/text/normalize.js';

const norm = (text: string) => normalize(text).text;

describe('tone model features', () => {
  const text = norm('Thanks, I guess.'); // " thanks , i guess ."
  const features = new FeatureBuffer();
  const n = featurize(text, 1024, features, true);
  const kinds = Array.from(features.kinds.slice(0, n));

  it('has one word feature per token, one bigram per token plus the sentence end, and character 4-grams', () => {
    expect(kinds.filter((k) => k === FeatureKind.Word)).toHaveLength(5);
    expect(kinds.filter((k) => k === FeatureKind.Bigram)).toHaveLength(6);
    // Over the text and a closing space: one 4-gram per position but the last three.
    const length = text.length + 1;
    expect(kinds.filter((k) => k === FeatureKind.Chars)).toHaveLength(length - 3);
  });

  it('records the characters each 4-gram covers, and tells 4-grams apart', () => {
    const grams = kinds.flatMap((k, i) => (k === FeatureKind.Chars ? [text.slice(features.starts[i], features.ends[i])] : []));
    expect(grams.slice(0, 3)).toEqual([' tha', 'than', 'hank']);
    // The last one ends in the closing space, which lies outside the text.
    expect(grams.at(-1)).toBe('s .');
    const bucketOf = (gram: string) => {
      const buffer = new FeatureBuffer();
      const count = featurize(gram, 1 << 20, buffer, true);
      return Array.from(buffer.buckets.slice(0, count)).filter((_, i) => buffer.kinds[i] === FeatureKind.Chars);
    };
    expect(bucketOf('abc')).not.toEqual(bucketOf('abd'));
    expect(bucketOf('xabc')).not.toEqual(bucketOf('yabc'));
  });

  it('records the words each word feature covers', () => {
    const words = kinds.flatMap((k, i) => (k === FeatureKind.Word ? [text.slice(features.starts[i], features.ends[i])] : []));
    expect(words).toEqual(['thanks', ',', 'i', 'guess', '.']);
  });

  it('puts every feature in a bucket, the same with or without spans, the same every time', () => {
    const buckets = Array.from(features.buckets.slice(0, n));
    expect(buckets.every((b) => b >= 0 && b < 1024)).toBe(true);
    const again = new FeatureBuffer();
    expect(Array.from(again.buckets.slice(0, featurize(text, 1024, again)))).toEqual(buckets);
    expect(new Set(buckets).size).toBeGreaterThan(n / 2);
  });

  it('grows its buffer for long sentences', () => {
    const long = norm('word '.repeat(400));
    const buffer = new FeatureBuffer();
    const count = featurize(long, 1024, buffer);
    expect(count).toBeGreaterThan(512);
    expect(buffer.buckets.length).toBeGreaterThanOrEqual(count);
  });
});

describe('decodeBase64', () => {
  it('decodes what Node encodes, with and without padding', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      const encoded = Buffer.from(bytes).toString('base64');
      expect(Array.from(decodeBase64(encoded))).toEqual(Array.from(bytes));
    }
  });
});

/** A two-class model over 256 buckets in which only the words of `cue` count, towards "tense". */
function handMade(cue: string): ToneModel {
  const buckets = 256;
  const weights = new Int8Array(buckets * 2);
  const features = new FeatureBuffer();
  const text = norm(cue);
  const n = featurize(text, buckets, features, true);
  for (let i = 0; i < n; i++) if (features.kinds[i] === FeatureKind.Word) weights[(features.buckets[i] as number) * 2 + 1] = 120;
  return new ToneModel(buckets, ['neutral', 'tense'], weights, [0.5, 0.5], [0.5, -0.5], { tense: 0.6 });
}

describe('ToneModel', () => {
  it('turns weights into probabilities that sum to one, higher where the cue words are', () => {
    const model = handMade('obviously');
    const cue = model.predict(norm('Obviously that works.'));
    const plain = model.predict(norm('That works for me.'));
    expect((cue[0] as number) + (cue[1] as number)).toBeCloseTo(1, 10);
    expect(cue[1] as number).toBeGreaterThan(plain[1] as number);
    expect(cue[1] as number).toBeGreaterThan(0.5);
  });

  it('explains a score by the words that drove it', () => {
    const model = handMade('obviously');
    const text = norm('Well, obviously that works.');
    const evidence = model.explain(text, 1, 0);
    expect(evidence.length).toBeGreaterThan(0);
    expect(text.slice(evidence[0]?.start, evidence[0]?.end)).toBe('obviously');
  });

  it('rejects weights of the wrong shape', () => {
    expect(() => new ToneModel(100, ['a', 'b'], new Int8Array(200), [1, 1], [0, 0], {})).toThrow(/power of two/);
    expect(() => new ToneModel(256, ['a', 'b'], new Int8Array(10), [1, 1], [0, 0], {})).toThrow(/expected 512 weights/);
    expect(() => new ToneModel(256, ['a', 'b'], new Int8Array(512), [1], [0, 0], {})).toThrow(/one scale/);
  });
});

describe('the shipped tone model', () => {
  it('is small, decodes once, and has a calibrated threshold for the classes with rules', () => {
    expect((TONE_MODEL.weights.length * 3) / 4).toBeLessThanOrEqual(2 * 1024 * 1024);
    const model = toneModel();
    expect(toneModel()).toBe(model);
    expect(model.weights.length).toBe(TONE_MODEL.buckets * TONE_MODEL.classes.length);
    for (const label of ['passive_aggressive', 'needy']) {
      expect(model.classIndex(label)).toBeGreaterThan(0);
      expect(model.thresholds[label]).toBeGreaterThanOrEqual(0.5);
      expect(model.thresholds[label]).toBeLessThanOrEqual(1);
    }
  });

  it('tells a plain request from a passive-aggressive and a needy one', () => {
    const model = toneModel();
    const pa = model.classIndex('passive_aggressive');
    const needy = model.classIndex('needy');
    const plain = model.predict(norm('Could you send the signed contract by Friday?'));
    const ironic = model.predict(norm('Must be nice to have so much free time that my emails can wait a month.'));
    const anxious = model.predict(norm("I hope I didn't upset you with my last message, I've been worried all week."));
    expect(ironic[pa] as number).toBeGreaterThan(plain[pa] as number);
    expect(anxious[needy] as number).toBeGreaterThan(plain[needy] as number);
    expect(plain[0] as number).toBeGreaterThan(0.5);
  });
});

describe('the model rules as fallbacks', () => {
  // sarcasm-snark reports "Must be nice"; the model scores the sentence passive-aggressive too.
  const snark = 'Must be nice to have so much free time that my emails can wait a month.';
  const ids = (text: string, rules: Record<string, 'off' | ['info', Record<string, unknown>]> = {}) =>
    lint(text, { kind: 'text', config: { rules } }).findings.map((f) => f.ruleId);

  it('stay silent where a phrase rule of their category already reports the sentence', () => {
    expect(ids(snark)).toContain('sarcasm-snark');
    expect(ids(snark)).not.toContain('implied-passive-aggression');
  });
  it('report the sentence when that phrase rule is off', () => {
    expect(ids(snark, { 'sarcasm-snark': 'off' })).toContain('implied-passive-aggression');
  });
  it('obey the config: off, and a minimum confidence above any probability', () => {
    expect(ids(snark, { 'sarcasm-snark': 'off', 'implied-passive-aggression': 'off' })).not.toContain('implied-passive-aggression');
    expect(ids(snark, { 'sarcasm-snark': 'off', 'implied-passive-aggression': ['info', { minConfidence: 1 }] })).not.toContain(
      'implied-passive-aggression',
    );
  });
  it('say what the sentence may convey and quote the words behind the score', () => {
    const finding = lint(snark, { kind: 'text', config: { rules: { 'sarcasm-snark': 'off' } } }).findings.find(
      (f) => f.ruleId === 'implied-passive-aggression',
    );
    expect(finding?.message).toMatch(/^It may read as passive-aggressive: .*\(tone model: \d+% likely\), mostly because of "[^"]+"/);
    const quoted = [...(finding?.message ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
    for (const words of quoted) expect(snark).toContain(words);
    expect(finding?.suggestions[0]?.safe).toBe(false);
    expect(finding?.suggestions[0]?.edits[0]?.text).toContain('[specific item]');
  });
});
