#!/usr/bin/env node
// CLI benchmark: throughput of `tactful` on a generated repository of 10,000 templates, on all
// cores (worker threads) against one thread, and the cold start for one small file.
//
// This is a benchmark, not a test: it exits 0 whatever the numbers; 1 when the CLI is not built.
//
//   pnpm bench:cli                  10,000 files, 3 cold-start runs per tool
//   pnpm bench:cli --files 2000     a smaller repository
//   pnpm bench:cli --json           machine-readable results on stdout
//   pnpm bench:cli --keep           keep the generated repository (its path is printed)
//
// The repository mixes what teams keep: sequences (numbered files with front matter), single
// templates in Markdown and plain text with placeholders, quotes and code, a few e-mails and
// HTML files. The CLI runs as a child process with `--format json` into a counting sink, the
// way CI runs it; each timing is the wall time of the whole process, start-up included.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'packages/core/dist/cli.js');
const COLD_TARGET_MS = 350;

const args = { files: 10_000, json: false, keep: false, runs: 3 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--json') args.json = true;
  else if (a === '--keep') args.keep = true;
  else if (a === '--files') args.files = Number(argv[++i]);
  else if (a === '--runs') args.runs = Number(argv[++i]);
  else {
    console.error(`bench-cli: unknown argument ${a}`);
    process.exit(2);
  }
}
if (!existsSync(cli)) {
  console.error('bench-cli: packages/core/dist/cli.js is missing: run `pnpm build` first');
  process.exit(1);
}

// ---------------------------------------------------------------- the repository

const OPENERS = [
  'Following up on the {{proposal_name}} for {{company}} that we discussed on {{call_date}}.',
  'Thanks again for the intro to [NAME OF FRIEND] at the [event where we met].',
  'I wanted to share the Riverside Clinic case study: they cut late payments by 40% in two months.',
  'Sorry to bother you again, but could you confirm the pilot dates for the warehouse scanners?',
  'Just checking in. You haven’t responded to my email from last week.',
  'Per our call on Tuesday, here is the revised estimate for the Elm St. remodel ($42,000).',
  'I applied for the Data Analyst role (req #4521) on {{application_date}} and remain very interested.',
  'Still waiting on your reply regarding invoice #2231 for the April design sprint.',
];
const MIDDLES = [
  'The setup guide is at https://example.com/guide, and the import takes about ten minutes.',
  'Since then we shipped bank-feed matching, which came up when we spoke about reconciliations.',
  'I attached a one-page summary, so you can forward it to {{manager_name}} without the whole thread.',
  'My portfolio has two dashboards for retail teams: https://example.org/portfolio.',
  '```\nYou never replied. Sorry to bother you again.\n```',
  '> You ignored my first email, so I am trying again.',
];
const ASKS = [
  'Would Thursday at 10 am work for a 15-minute call?',
  'Could you let me know when it is scheduled for payment?',
  'Is there anything else I can send to help with your review?',
  "If the timing isn't right, just let me know and I'll stop following up.",
];

function pick(list, n) {
  return list[n % list.length];
}

function template(n, frontMatter) {
  const body = `Hi {{first_name}},\n\n${pick(OPENERS, n)} ${pick(MIDDLES, n * 7 + 3)}\n\n${pick(ASKS, n * 3 + 1)}\n\nBest,\nSam\n`;
  return frontMatter ? `---\n${frontMatter}\n---\n\n${body}` : body;
}

async function generate(dir, total) {
  let written = 0;
  const put = async (file, text) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    written++;
  };
  // A third in sequences of five numbered steps, the rest in folders of 50 single templates.
  const sequenceFiles = Math.floor(total / 3 / 5) * 5;
  const days = [0, 7, 14, 21, 35];
  for (let i = 0; i < sequenceFiles; i++) {
    const seq = Math.floor(i / 5);
    const step = i % 5;
    const fm = `step: ${step + 1}\nday: ${days[step]}\nchannel: email\nsubject: Step ${step + 1} for {{company}}`;
    await put(path.join(dir, 'sequences', `seq-${String(seq).padStart(4, '0')}`, `0${step + 1}-step.md`), template(i, fm));
  }
  for (let i = 0; written < total; i++) {
    const folder = path.join(dir, 'templates', `group-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    const kind = i % 40;
    if (kind === 0) {
      const html = `<p>Hi {{first_name}},</p>\n<p>${pick(OPENERS, i)}</p>\n<p>${pick(ASKS, i)}</p>\n`;
      await put(path.join(folder, `note-${i}.html`), html);
    } else if (kind === 1) {
      const eml = `From: Sam <sam@example.com>\r\nSubject: Re: the pilot\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${template(i).replace(/\n/g, '\r\n')}`;
      await put(path.join(folder, `mail-${i}.eml`), eml);
    } else if (kind % 2 === 0) {
      await put(path.join(folder, `template-${i}.md`), template(i, `type: follow-up\nsubject: Follow-up ${i}`));
    } else {
      await put(path.join(folder, `template-${i}.txt`), `Subject: Follow-up ${i}\n\n${template(i)}`);
    }
  }
  return written;
}

// ---------------------------------------------------------------- runs

function runCli(cliArgs, cwd) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...cliArgs], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, bytes, stderr }));
  });
}

function runBin(command, commandArgs, cwd) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd, stdio: 'ignore' });
    child.on('close', (code) => resolve({ ms: performance.now() - started, code }));
    child.on('error', () => resolve({ ms: Number.NaN, code: -1 }));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const dir = await mkdtemp(path.join(tmpdir(), 'tactful-bench-cli-'));
try {
  const log = (s) => {
    if (!args.json) process.stderr.write(`${s}\n`);
  };
  log(`Generating ${args.files} templates in ${dir} ...`);
  const files = await generate(path.join(dir, 'repo'), args.files);
  await writeFile(path.join(dir, 'repo', '.tactfulrc.json'), '{ "root": true }\n');

  const cores = availableParallelism();
  log(`Linting with one thread, then on ${cores} cores ...`);
  // Warm the file system cache once, untimed.
  await runCli(['--format', 'json', '--concurrency', String(cores), 'repo'], dir);
  const one = await runCli(['--format', 'json', '--concurrency', '1', 'repo'], dir);
  const all = await runCli(['--format', 'json', '--concurrency', String(cores), 'repo'], dir);
  for (const r of [one, all]) if (r.code !== 0 && r.code !== 1) throw new Error(`tactful exited ${r.code}: ${r.stderr}`);

  log(`Cold start for one small file (${args.runs} runs each) ...`);
  await writeFile(path.join(dir, 'one.md'), 'Hi Dana,\n\nSorry to bother you again. Any news on the quote?\n');
  const cold = [];
  for (let i = 0; i < args.runs; i++) cold.push((await runCli(['one.md'], dir)).ms);
  const version = [];
  for (let i = 0; i < args.runs; i++) version.push((await runCli(['--version'], dir)).ms);
  const alexBin = path.join(root, 'node_modules/.bin/alex');
  const alex = [];
  if (existsSync(alexBin)) for (let i = 0; i < args.runs; i++) alex.push((await runBin(alexBin, ['one.md'], dir)).ms);

  const result = {
    files,
    cores,
    oneThread: { seconds: one.ms / 1000, filesPerSecond: files / (one.ms / 1000) },
    parallel: { seconds: all.ms / 1000, filesPerSecond: files / (all.ms / 1000), threads: cores },
    speedup: one.ms / all.ms,
    outputBytes: all.bytes,
    coldStartMs: { median: median(cold), min: Math.min(...cold), target: COLD_TARGET_MS },
    versionMs: { median: median(version) },
    ...(alex.length > 0 ? { alexColdStartMs: { median: median(alex) } } : {}),
  };
  if (args.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const f = (n) => n.toFixed(0);
    console.log(`tactful CLI on ${files} generated templates (${cores} cores)`);
    console.log(`  one thread        ${f(result.oneThread.filesPerSecond)} files/s (${result.oneThread.seconds.toFixed(2)} s)`);
    console.log(
      `  ${cores} worker threads  ${f(result.parallel.filesPerSecond)} files/s (${result.parallel.seconds.toFixed(2)} s), ${result.speedup.toFixed(2)}x`,
    );
    console.log(`  JSON output       ${(all.bytes / 1024 / 1024).toFixed(1)} MiB`);
    console.log(
      `  cold start, one small file: median ${f(result.coldStartMs.median)} ms, min ${f(result.coldStartMs.min)} ms (target < ${COLD_TARGET_MS} ms: ${result.coldStartMs.median < COLD_TARGET_MS ? 'met' : 'NOT met'})`,
    );
    console.log(`  --version: median ${f(result.versionMs.median)} ms`);
    if (result.alexColdStartMs) console.log(`  alex on the same file: median ${f(result.alexColdStartMs.median)} ms`);
  }
} finally {
  if (args.keep) process.stderr.write(`kept ${dir}\n`);
  else await rm(dir, { recursive: true, force: true });
}
