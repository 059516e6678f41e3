#!/usr/bin/env node
// Language server benchmark: edit-to-diagnostics latency over stdio.
//
// This is a benchmark, not a test: it exits 0 whatever the numbers; 1 when the server is not
// built or does not answer, 2 on bad arguments.
//
//   pnpm bench:lsp                    both documents, the server's default debounce
//   pnpm bench:lsp --edits 500        more edits per document
//   pnpm bench:lsp --debounce 0       another debounce (milliseconds)
//   pnpm bench:lsp --json             machine-readable results on stdout
//
// It starts packages/lsp/dist/server.js with --stdio, as an editor does, opens a 150-word and
// a 5,000-word Markdown follow-up made of the dev corpus's messages (fixtures/dev-corpus.jsonl),
// and types into the middle of each: one incremental edit at a time (a character typed, or
// deleted, so the text changes at every edit), each sent once the diagnostics of the previous
// edit have arrived. The latency of an edit runs from sending textDocument/didChange to
// receiving the textDocument/publishDiagnostics of that version. It includes the debounce the
// server waits before linting; "beyond the debounce" is the latency minus that wait, which is
// what linting, the protocol and the process boundary cost. 20 untimed edits warm each document up.
//
// For reference it then times core's own `lint` in this process on the same texts, with the
// server stopped: the part of the latency beyond the debounce that is core's, the rest being the
// server's (worker hand-off, diagnostics, JSON-RPC over the pipe).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVER = `${root}packages/lsp/dist/server.js`;
const CORPUS = `${root}fixtures/dev-corpus.jsonl`;
const DEFAULT_DEBOUNCE_MS = 100; // the server's default (packages/lsp/src/settings.ts)
const WARMUP_EDITS = 20;
const TARGETS = { 150: 15, 5000: 60 }; // p95 beyond the debounce, ms

function fail(message, code = 2) {
  process.stderr.write(`bench:lsp: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const args = { edits: 200, debounce: DEFAULT_DEBOUNCE_MS, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`missing value for ${a}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--edits' || a.startsWith('--edits=')) {
      args.edits = Number(value());
      if (!Number.isInteger(args.edits) || args.edits < 1) fail('--edits needs a positive integer');
    } else if (a === '--debounce' || a.startsWith('--debounce=')) {
      args.debounce = Number(value());
      if (!Number.isInteger(args.debounce) || args.debounce < 0 || args.debounce > 5000)
        fail('--debounce needs milliseconds from 0 to 5000');
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('Usage: pnpm bench:lsp [--edits N] [--debounce MS] [--json]\n');
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  return args;
}

// ---------------------------------------------------------------- documents

/** Messages of the dev corpus, joined as paragraphs until the document has `words` words. */
function makeDocument(words) {
  const messages = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).text);
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const message = messages[i % messages.length];
    for (const paragraph of message.split(/\n\s*\n/)) {
      const tokens = paragraph.split(/\s+/).filter(Boolean);
      const take = tokens.slice(0, words - count);
      if (take.length === 0) break;
      out.push(take.join(' '));
      count += take.length;
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** LSP position of a UTF-16 offset. */
function positionAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

// ---------------------------------------------------------------- the client

function startServer(debounce) {
  if (!existsSync(SERVER)) fail('packages/lsp/dist/server.js is missing: run `pnpm build` first', 1);
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map(); // "uri@version" -> resolve
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`;
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve({ at: performance.now(), count: params.diagnostics.length });
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.listen();
  const published = (uri, version) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 30 s`)), 30_000);
      waiting.set(`${uri}@${version}`, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
  return {
    child,
    connection,
    published,
    async initialize() {
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
        initializationOptions: { tactful: { debounce } },
      });
      await connection.sendNotification('initialized', {});
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** CPU time of a process and all its threads so far, in ms (Linux; undefined elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime (fields 14 and 15 of stat), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function benchDocument(server, words, args) {
  let text = makeDocument(words);
  const uri = `file:///tmp/tactful-bench/follow-up-${words}.md`;
  let version = 1;
  let published = server.published(uri, version);
  const opened = performance.now();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const first = await published;
  const firstMs = first.at - opened;

  // The cursor sits in the middle of a paragraph near the middle of the document.
  const middle = text.indexOf(' ', Math.floor(text.length / 2));
  const cursorBase = middle > 0 ? middle : Math.floor(text.length / 2);
  const typed = 'and also ';
  const latencies = [];
  const texts = [];
  let cpuStart;
  let findings = first.count;
  let typedSoFar = 0;
  for (let i = 0; i < WARMUP_EDITS + args.edits; i++) {
    // Type `typed` one character at a time, then delete it one character at a time.
    const cycle = i % (2 * typed.length);
    let change;
    if (cycle < typed.length) {
      const at = positionAt(text, cursorBase + typedSoFar);
      change = { range: { start: at, end: at }, text: typed[cycle] };
      text = text.slice(0, cursorBase + typedSoFar) + typed[cycle] + text.slice(cursorBase + typedSoFar);
      typedSoFar++;
    } else {
      typedSoFar--;
      const start = positionAt(text, cursorBase + typedSoFar);
      const end = positionAt(text, cursorBase + typedSoFar + 1);
      change = { range: { start, end }, text: '' };
      text = text.slice(0, cursorBase + typedSoFar) + text.slice(cursorBase + typedSoFar + 1);
    }
    if (i === WARMUP_EDITS) cpuStart = cpuMs(server.child.pid);
    version++;
    published = server.published(uri, version);
    const sent = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const result = await published;
    findings = result.count;
    if (i >= WARMUP_EDITS) {
      latencies.push(result.at - sent);
      texts.push(text);
    }
  }
  const cpuEnd = cpuMs(server.child.pid);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const sorted = [...latencies].sort((a, b) => a - b);
  const beyond = sorted.map((ms) => Math.max(0, ms - args.debounce));
  return {
    words,
    characters: text.length,
    findings,
    edits: latencies.length,
    firstDiagnosticsMs: round(firstMs),
    latency: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)) },
    beyondDebounce: { p50: round(percentile(beyond, 50)), p95: round(percentile(beyond, 95)), max: round(beyond.at(-1)) },
    targetP95BeyondDebounce: TARGETS[words],
    serverCpuMsPerEdit: cpuStart === undefined || cpuEnd === undefined ? null : round((cpuEnd - cpuStart) / latencies.length),
    uri,
    texts,
  };
}

/** Core's `lint` on the same texts, in this process: what the latency owes to core itself. */
async function coreLintTimes(result) {
  const { lint } = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
  const fileName = fileURLToPath(result.uri);
  for (const text of result.texts.slice(0, WARMUP_EDITS)) lint(text, { kind: 'markdown', fileName });
  const times = [];
  for (const text of result.texts) {
    const started = performance.now();
    lint(text, { kind: 'markdown', fileName });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

// ---------------------------------------------------------------- main

const args = parseArgs(process.argv.slice(2));
const server = startServer(args.debounce);
const results = [];
try {
  await server.initialize();
  for (const words of [150, 5000]) results.push(await benchDocument(server, words, args));
  await server.stop();
} catch (error) {
  server.child.kill();
  fail(error.message, 1);
}
for (const r of results) {
  r.coreLint = await coreLintTimes(r);
  delete r.texts;
  delete r.uri;
}

const environment = {
  node: process.version,
  cpus: availableParallelism(),
  loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  debounceMs: args.debounce,
};
if (args.json) {
  process.stdout.write(`${JSON.stringify({ environment, results }, null, 2)}\n`);
} else {
  const lines = [];
  lines.push(
    `tactful-language-server: edit-to-diagnostics latency over stdio (${args.edits} edits per document, one at a time)`,
    `Node ${environment.node}, ${environment.cpus} CPUs, load ${environment.loadavg.join(' ')}; debounce ${args.debounce} ms`,
    '',
    `${'document'.padEnd(27)}${'first'.padStart(7)}${'p50'.padStart(8)}${'p95'.padStart(8)}  ${'beyond debounce: p50'.padStart(20)}${'p95'.padStart(8)}${'max'.padStart(8)}  ${'target p95'.padEnd(18)}${'core lint p50'.padStart(14)}${'p95'.padStart(8)}${'CPU/edit'.padStart(10)}`,
  );
  for (const r of results) {
    const ok = r.beyondDebounce.p95 <= r.targetP95BeyondDebounce;
    lines.push(
      `${`${r.words} words (${r.findings} findings)`.padEnd(27)}${`${r.firstDiagnosticsMs}`.padStart(7)}${`${r.latency.p50}`.padStart(8)}${`${r.latency.p95}`.padStart(8)}  ${`${r.beyondDebounce.p50}`.padStart(20)}${`${r.beyondDebounce.p95}`.padStart(8)}${`${r.beyondDebounce.max}`.padStart(8)}  ${`<= ${r.targetP95BeyondDebounce} ms ${ok ? 'met' : 'MISSED'}`.padEnd(18)}${`${r.coreLint.p50}`.padStart(14)}${`${r.coreLint.p95}`.padStart(8)}${`${r.serverCpuMsPerEdit ?? '-'}`.padStart(10)}`,
    );
  }
  lines.push(
    '',
    'All times in ms. "first": open to first diagnostics. p50/p95 include the debounce; "beyond debounce" subtracts it.',
    '"core lint": core\'s lint() alone on the same texts, in-process, for reference.',
    '"CPU/edit": the server\'s CPU time (all threads) per timed edit, which load on the machine does not inflate.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
