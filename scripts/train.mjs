// Trains the tone model (packages/core/docs/model.md): a linear softmax over hashed n-grams,
// fitted with TensorFlow.js on its pure-JS CPU backend, quantised to int8, with per-class
// thresholds calibrated on a held-apart split. Writes packages/core/src/model/weights.ts.
// Needs the built core (`pnpm build`): features and normalisation come from its dist, so
// training and inference share one implementation.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { countWords, FeatureBuffer, featurize, MIN_WORDS } from '../packages/core/dist/model/features.js';
import { ToneModel } from '../packages/core/dist/model/model.js';
import {
  BACKGROUND_SENTENCES,
  CLASSES,
  devCorpusOverlap,
  fingerprint,
  loadExamples,
  precisionRecall,
  REQUEST_SENTENCES,
  splitExamples,
  TRAINING_FILES,
} from './tone-data.mjs';

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    dev: { type: 'string', default: 'fixtures/dev-corpus.jsonl' },
    out: { type: 'string', default: 'packages/core/src/model/weights.ts' },
    buckets: { type: 'string', default: '16384' },
    background: { type: 'string', default: String(BACKGROUND_SENTENCES) },
    requests: { type: 'string', default: String(REQUEST_SENTENCES) },
    epochs: { type: 'string', default: '12' },
    l2: { type: 'string', default: '3e-5' },
    lr: { type: 'string', default: '2' },
    optimizer: { type: 'string', default: 'sgd' },
    precision: { type: 'string', default: '0.95' },
    'dry-run': { type: 'boolean' },
  },
});

await tf.setBackend('cpu');

const SEED = 20261123;
const BATCH = 32;
const LEARNING_RATE = Number(values.lr);
/** Momentum of SGD (plain SGD with momentum: Adam's per-weight steps let rare n-grams swing the score). */
const MOMENTUM = 0.9;
const L2 = Number(values.l2);
/** Calibration target: each class's findings must be right at least this often. */
const TARGET_PRECISION = Number(values.precision);
/**
 * The lowest threshold a class can get: from 0.5 up, a class is the likeliest one, so a
 * finding never names a class the model itself rates below another. Every threshold above
 * it comes from the calibration split alone.
 */
const MIN_THRESHOLD = 0.5;

const buckets = Number(values.buckets);
const epochs = Number(values.epochs);
if (!Number.isInteger(buckets) || buckets < 256 || (buckets & (buckets - 1)) !== 0)
  fail(`--buckets must be a power of two >= 256, got ${values.buckets}`);
if (!Number.isInteger(epochs) || epochs < 1) fail(`--epochs must be a positive integer, got ${values.epochs}`);
if (!['sgd', 'adam'].includes(values.optimizer)) fail(`--optimizer must be sgd or adam, got ${values.optimizer}`);
for (const name of ['l2', 'lr', 'precision'])
  if (!(Number(values[name]) >= 0)) fail(`--${name} must be a non-negative number, got ${values[name]}`);

function fail(message) {
  console.error(`train: ${message}`);
  process.exit(1);
}

/** mulberry32: a small seeded generator, so shuffles repeat exactly. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const buffer = new FeatureBuffer();
function bucketsOf(example) {
  const n = featurize(example.key, buckets, buffer);
  return buffer.buckets.slice(0, n);
}

/**
 * Fits weights [buckets, classes] and biases by SGD with momentum (or Adam, --optimizer adam)
 * on softmax cross-entropy, classes
 * weighted by the inverse square root of their frequency, with a small L2 penalty. Returns float arrays.
 */
function fitWeights(examples, epochCount) {
  const features = examples.map(bucketsOf);
  const labels = examples.map((e) => CLASSES.indexOf(e.label));
  const counts = CLASSES.map((_, c) => labels.filter((l) => l === c).length);
  // Square-root balancing: small classes count more, but not so much that the neutral
  // majority, which is what most sentences are, loses its say.
  const classWeight = counts.map((n) => (n === 0 ? 0 : Math.sqrt(examples.length / (CLASSES.length * n))));
  const W = tf.variable(tf.zeros([buckets, CLASSES.length]), true, `w${SEED}`);
  const b = tf.variable(tf.zeros([CLASSES.length]), true, `b${SEED}`);
  const optimizer = values.optimizer === 'sgd' ? tf.train.momentum(LEARNING_RATE, MOMENTUM) : tf.train.adam(LEARNING_RATE);
  const rand = random(SEED);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochCount; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let from = 0; from < order.length; from += BATCH) {
      const rows = order.slice(from, from + BATCH);
      // Dense rows: tfjs's CPU kernels for sparse gathers are far slower at this size.
      const x = new Float32Array(rows.length * buckets);
      const y = new Float32Array(rows.length * CLASSES.length);
      const weight = new Float32Array(rows.length);
      rows.forEach((index, r) => {
        const f = features[index];
        const value = f.length ? 1 / Math.sqrt(f.length) : 0;
        for (const bucket of f) x[r * buckets + bucket] += value;
        y[r * CLASSES.length + labels[index]] = 1;
        weight[r] = classWeight[labels[index]];
      });
      tf.tidy(() => {
        const xs = tf.tensor2d(x, [rows.length, buckets]);
        const ys = tf.tensor2d(y, [rows.length, CLASSES.length]);
        const ws = tf.tensor1d(weight);
        optimizer.minimize(
          () => {
            const logits = tf.add(tf.matMul(xs, W), b);
            const loss = tf.losses.softmaxCrossEntropy(ys, logits, ws);
            return tf.add(loss, tf.mul(L2, tf.sum(tf.square(W))));
          },
          false,
          [W, b],
        );
      });
    }
  }
  const weights = W.dataSync().slice();
  const biases = Array.from(b.dataSync());
  W.dispose();
  b.dispose();
  optimizer.dispose();
  return { weights, biases };
}

/** int8 weights with one scale per class; the model that ships, and the one calibrated. */
function quantize({ weights, biases }) {
  const c = CLASSES.length;
  const scales = CLASSES.map((_, k) => {
    let max = 0;
    for (let i = k; i < weights.length; i += c) max = Math.max(max, Math.abs(weights[i]));
    return max === 0 ? 1 : Number((max / 127).toPrecision(9));
  });
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(weights[i] / scales[i % c])));
  return { q, scales, biases: biases.map((x) => Number(x.toPrecision(9))) };
}

/** Lowest probability at which the calibration split's precision reaches the target. */
function calibrate(model, examples) {
  const out = new Float64Array(CLASSES.length);
  // Sentences too short for the rules to score count as never flagged.
  const scored = examples.map((e) => ({
    label: e.label,
    p: countWords(e.key) >= MIN_WORDS ? Array.from(model.predict(e.key, out)) : CLASSES.map(() => 0),
  }));
  const thresholds = {};
  const report = [];
  for (let k = 1; k < CLASSES.length; k++) {
    const label = CLASSES[k];
    const candidates = [...new Set(scored.map((s) => s.p[k]).filter((p) => p >= MIN_THRESHOLD))].sort((a, b) => a - b);
    let threshold = 1.01;
    for (const t of candidates) {
      const r = precisionRecall(scored, label, (s) => s.p[k] >= t);
      if (r.tp > 0 && r.precision >= TARGET_PRECISION) {
        threshold = t;
        break;
      }
    }
    thresholds[label] = Number(threshold.toFixed(6));
    const r = precisionRecall(scored, label, (s) => s.p[k] >= thresholds[label]);
    report.push({ ...r, threshold: thresholds[label] });
  }
  return { thresholds, report };
}

function train(examples, epochCount) {
  const quantized = quantize(fitWeights(examples, epochCount));
  return quantized;
}

function digest(quantized) {
  return createHash('sha256')
    .update(quantized.q)
    .update(JSON.stringify([quantized.scales, quantized.biases]))
    .digest('hex');
}

// --- data
const files = values.data ?? TRAINING_FILES;
const background = Number(values.background);
if (!Number.isInteger(background) || background < 0) fail(`--background must be a whole number, got ${values.background}`);
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 0) fail(`--requests must be a whole number, got ${values.requests}`);
let loaded;
try {
  loaded = loadExamples(files, background, requests);
} catch (error) {
  fail(error.message);
}
const { examples, problems } = loaded;
for (const p of problems) console.error(`warning: ${p}`);
if (examples.length === 0) fail(`no usable training sentences in ${files.join(', ')}`);
const overlap = devCorpusOverlap(examples, values.dev);
if (overlap.length > 0) {
  for (const e of overlap.slice(0, 20)) console.error(`${e.where}: occurs in ${values.dev}: ${JSON.stringify(e.text)}`);
  fail(`${overlap.length} training sentence(s) occur in the dev corpus; remove them from the training data`);
}
const { train: trainSet, calibration } = splitExamples(examples);
const count = (set, label) => set.filter((e) => e.label === label).length;
const backgroundCount = examples.filter((e) => e.kind === 'background').length;
const requestCount = examples.filter((e) => e.kind === 'request').length;
console.log(
  `data: ${examples.length - backgroundCount - requestCount} labelled sentences from ${files.join(', ')}, ${backgroundCount} neutral email sentences and ${requestCount} neutral requests (fingerprint ${fingerprint(examples)})`,
);
for (const label of CLASSES)
  console.log(
    `  ${label.padEnd(20)} train ${String(count(trainSet, label)).padStart(5)}  calibration ${String(count(calibration, label)).padStart(4)}`,
  );
for (const label of CLASSES.slice(1))
  if (count(calibration, label) === 0)
    console.error(`warning: no ${label} sentence in the calibration split; its threshold cannot be calibrated`);

// --- reproducibility: the same data must give byte-identical weights
const sample = trainSet.slice(0, 240);
const first = digest(train(sample, 2));
const second = digest(train(sample, 2));
if (first !== second) fail(`training is not reproducible: two runs on the same ${sample.length} sentences gave different weights`);
console.log(`reproducible: two runs on ${sample.length} sentences gave identical weights (sha256 ${first.slice(0, 16)})`);

// --- the model
const started = performance.now();
const quantized = train(trainSet, epochs);
const model = new ToneModel(buckets, CLASSES, quantized.q, quantized.scales, quantized.biases, {});
const { thresholds, report } = calibrate(model, calibration);
console.log(
  `trained in ${((performance.now() - started) / 1000).toFixed(1)} s: ${epochs} epochs, ${buckets} buckets, weights sha256 ${digest(quantized).slice(0, 16)}`,
);
console.log(`calibration split (${calibration.length} sentences), target precision ${TARGET_PRECISION}:`);
console.log('class                 threshold  support   TP   FP   FN  precision  recall');
for (const r of report)
  console.log(
    `${r.label.padEnd(20)} ${r.threshold.toFixed(3).padStart(10)} ${String(r.support).padStart(8)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}`,
  );

const base64 = Buffer.from(quantized.q.buffer, quantized.q.byteOffset, quantized.q.length).toString('base64');
const source = `// Generated by \`pnpm train\` (scripts/train.mjs); do not edit. See docs/model.md.
// Trained on ${trainSet.length} sentences, calibrated on ${calibration.length} (data fingerprint ${fingerprint(examples)}).
import type { ToneModelData } from './model.js';

/** Fingerprint of the training data (scripts/tone-data.mjs), for eval to detect stale weights. */
export const TRAINING_FINGERPRINT = '${fingerprint(examples)}';

export const TONE_MODEL: ToneModelData = {
  buckets: ${buckets},
  classes: [${CLASSES.map((c) => `'${c}'`).join(', ')}],
  scales: [${quantized.scales.join(', ')}],
  biases: [${quantized.biases.join(', ')}],
  thresholds: { ${Object.entries(thresholds)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} },
  weights:
    '${base64}',
};
`;
if (values['dry-run']) {
  console.log(`dry run: ${values.out} not written (${base64.length} characters of weights)`);
} else {
  writeFileSync(values.out, source);
  console.log(`wrote ${values.out}: ${quantized.q.length} int8 weights, ${Buffer.byteLength(source)} bytes`);
}
