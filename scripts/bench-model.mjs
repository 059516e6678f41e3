// Times the tone model alone (packages/core/docs/model.md): microseconds per sentence for
// scoring, over the sentences of the dev corpus, and the one-off cost of decoding the weights.
// Needs `pnpm build`. Not part of the test suite: speed lives in benchmarks.
import { readFileSync } from 'node:fs';
import { toneModel } from '../packages/core/dist/model/index.js';
import { splitSentences } from '../packages/core/dist/parse/sentences.js';
import { normalize } from '../packages/core/dist/text/normalize.js';

const texts = readFileSync('fixtures/dev-corpus.jsonl', 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim())
  .map((l) => String(JSON.parse(l).text ?? ''));
const sentences = texts.flatMap((t) => splitSentences(t).map((s) => normalize(t, s.start, s.end).text));

let started = performance.now();
const model = toneModel();
const decodeMs = performance.now() - started;
const out = new Float64Array(model.classCount);
let sink = 0;
const pass = () => {
  for (const s of sentences) sink += model.predict(s, out)[1];
};
for (let i = 0; i < 20; i++) pass();
const rounds = 200;
started = performance.now();
for (let i = 0; i < rounds; i++) pass();
const perSentenceUs = ((performance.now() - started) * 1000) / (rounds * sentences.length);
console.log(
  `tone model: ${sentences.length} sentences x ${rounds} rounds, ${perSentenceUs.toFixed(2)} µs/sentence; decoding the weights once: ${decodeMs.toFixed(2)} ms (${model.weights.length} int8 weights)${sink < 0 ? '' : ''}`,
);
