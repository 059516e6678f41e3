// Evaluation (ARCHITECTURE.md "Evaluation contract"): message-level precision, recall and F1
// per label on a labeled corpus, the clean rate, and a check against human politeness ratings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { lint } from '../packages/core/dist/index.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'fixtures/dev-corpus.jsonl' },
    politeness: { type: 'string', default: '../shared/corpus/politeness-wikipedia.csv' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
  },
});

/** How a label is decided from findings: by category or by rule id. */
const LABELS = {
  passive_aggressive: { category: 'passive-aggressive' },
  needy: { category: 'needy' },
  pushy: { category: 'pushy' },
  missing_reminder: { rule: 'missing-reminder' },
  missing_next_step: { rule: 'missing-next-step' },
  needs_permission_to_close: { rule: 'missing-permission-to-close' },
};

function labelSet(labels) {
  if (Array.isArray(labels)) return new Set(labels);
  if (labels && typeof labels === 'object')
    return new Set(
      Object.entries(labels)
        .filter(([, v]) => v === true || v === 1)
        .map(([k]) => k),
    );
  return new Set();
}

function flagged(findings, spec) {
  return findings.some((f) => (spec.category ? f.category === spec.category : f.ruleId === spec.rule));
}

function readCorpus(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const items = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      items.push(JSON.parse(line));
    } catch (error) {
      console.error(`${path}:${i + 1}: not valid JSON (${error.message}), skipped`);
    }
  });
  return items;
}

const corpusPath = resolve(values.corpus);
const items = readCorpus(corpusPath);
const present = new Set(items.flatMap((it) => [...labelSet(it.labels)]));
const labelled = Object.keys(LABELS).filter(
  (l) => present.has(l) || items.some((it) => it.labels && !Array.isArray(it.labels) && l in it.labels),
);
const ratio = (a, b) => (b === 0 ? 0 : a / b);

/** Lints every item with `config` and scores the findings against the gold labels. */
function score(config) {
  const counts = Object.fromEntries(labelled.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0;
  let cleanFlagged = 0;
  const misses = [];
  for (const item of items) {
    const options = { kind: 'text' };
    if (config) options.config = config;
    if (item.type) options.type = item.type;
    if (Number.isInteger(item.step)) options.step = item.step;
    const { findings } = lint(String(item.text ?? ''), options);
    const gold = labelSet(item.labels);
    for (const label of labelled) {
      const predicted = flagged(findings, LABELS[label]);
      const actual = gold.has(label);
      const c = counts[label];
      if (predicted && actual) c.tp++;
      else if (predicted && !actual) {
        c.fp++;
        misses.push({ kind: 'FP', label, id: item.id, findings: findings.map((f) => `${f.ruleId}: ${f.actual}`) });
      } else if (!predicted && actual) {
        c.fn++;
        misses.push({ kind: 'FN', label, id: item.id, evidence: item.evidence?.[label] ?? item.evidence });
      }
    }
    if (gold.size === 0) {
      clean++;
      if (findings.length > 0) {
        cleanFlagged++;
        misses.push({ kind: 'CLEAN', id: item.id, findings: findings.map((f) => `${f.ruleId}: ${f.actual}`) });
      }
    }
  }
  const rows = labelled.map((label) => {
    const { tp, fp, fn } = counts[label];
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { label, tp, fp, fn, precision, recall, f1 };
  });
  return { rows, clean, cleanFlagged, misses };
}

const { rows, clean, cleanFlagged, misses } = score(undefined);

// Politeness check: requests rated by people; the most polite quartile should draw almost
// no passive-aggressive finding, the least polite clearly more.
let politeness;
try {
  const records = parseCsv(readFileSync(resolve(values.politeness)), { columns: true, skip_empty_lines: true });
  const scored = records
    .map((r) => ({ text: r.Request, score: Number(r['Normalized Score']) }))
    .filter((r) => r.text && Number.isFinite(r.score))
    .sort((a, b) => a.score - b.score);
  const q = Math.floor(scored.length / 4);
  for (const r of [...scored.slice(0, q), ...scored.slice(-q)]) r.result = lint(r.text, { kind: 'text' });
  const share = (group) =>
    ratio(group.filter((r) => r.result.findings.some((f) => f.category === 'passive-aggressive')).length, group.length);
  // The tone report's sign against the quartiles: below 0 should mean the least polite.
  const toneAccuracy = ratio(
    scored.slice(0, q).filter((r) => r.result.message.tone < 0).length + scored.slice(-q).filter((r) => r.result.message.tone >= 0).length,
    2 * q,
  );
  politeness = { requests: scored.length, leastPolite: share(scored.slice(0, q)), mostPolite: share(scored.slice(-q)), toneAccuracy };
} catch (error) {
  console.error(`politeness corpus: ${error.message}`);
}

// The learned tone model (packages/core/docs/model.md): its own precision and recall on the
// calibration split it never trained on, and the corpus figures with its rules switched off.
const MODEL_RULES = ['implied-passive-aggression', 'implied-neediness'];
let toneModelEval;
try {
  const { toneModel } = await import('../packages/core/dist/model/index.js');
  const { TRAINING_FINGERPRINT } = await import('../packages/core/dist/model/weights.js');
  const data = await import('./tone-data.mjs');
  const { examples } = data.loadExamples();
  const { calibration } = data.splitExamples(examples);
  const model = toneModel();
  const out = new Float64Array(model.classCount);
  const scored = calibration.map((e) => ({ label: e.label, p: Array.from(model.predict(e.key, out)) }));
  const calibrationRows = data.CLASSES.slice(1).map((label) => {
    const k = model.classIndex(label);
    const threshold = model.thresholds[label];
    return { ...data.precisionRecall(scored, label, (x) => x.p[k] >= threshold), threshold };
  });
  const off = score({ rules: Object.fromEntries(MODEL_RULES.map((id) => [id, 'off'])) });
  toneModelEval = {
    sentences: calibration.length,
    stale: data.fingerprint(examples) !== TRAINING_FINGERPRINT,
    calibration: calibrationRows,
    off: { labels: off.rows, clean: { messages: off.clean, withFindings: off.cleanFlagged, rate: ratio(off.cleanFlagged, off.clean) } },
  };
} catch (error) {
  console.error(`tone model: ${error.message}`);
}

const result = {
  corpus: values.corpus,
  messages: items.length,
  labels: rows,
  clean: { messages: clean, withFindings: cleanFlagged, rate: ratio(cleanFlagged, clean) },
  politeness,
  toneModel: toneModelEval,
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(`Corpus ${values.corpus}: ${items.length} messages`);
  console.log('label                        TP   FP   FN  precision  recall     F1');
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(26)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(5)}`,
    );
  }
  console.log(`clean messages with any finding: ${cleanFlagged}/${clean} (${pct(result.clean.rate)})`);
  if (politeness) {
    console.log(
      `politeness (Stanford Politeness Corpus, Danescu-Niculescu-Mizil et al., ACL 2013, CC BY 4.0): ${politeness.requests} requests; passive-aggressive finding in the least polite quartile ${pct(politeness.leastPolite)}, in the most polite quartile ${pct(politeness.mostPolite)}; tone sign separates the two quartiles (threshold 0) ${pct(politeness.toneAccuracy)}`,
    );
  }
  if (toneModelEval) {
    const m = toneModelEval;
    console.log(
      `tone model on its calibration split (${m.sentences} sentences${m.stale ? '; the training data changed since training, retrain with pnpm train' : ''}):`,
    );
    for (const r of m.calibration)
      console.log(
        `  ${r.label.padEnd(20)} threshold ${r.threshold.toFixed(3)}  support ${String(r.support).padStart(4)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}`,
      );
    console.log(`model rules (${MODEL_RULES.join(', ')})        on: P      R      F1  |  off: P      R      F1`);
    for (const r of rows) {
      const o = m.off.labels.find((x) => x.label === r.label);
      const f = (x) => x.toFixed(3);
      console.log(
        `  ${r.label.padEnd(26)}              ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  |       ${f(o.precision)}  ${f(o.recall)}  ${f(o.f1)}`,
      );
    }
    console.log(
      `  clean messages with any finding          ${cleanFlagged}/${clean} (${pct(result.clean.rate)})  |  ${m.off.clean.withFindings}/${clean} (${pct(m.off.clean.rate)})`,
    );
  }
  if (values.verbose) for (const m of misses) console.log(JSON.stringify(m));
}
