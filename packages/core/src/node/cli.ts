/**
 * The `tactful` command (ARCHITECTURE.md, CLI): lints files, globs, directories or standard
 * input with @tactful/core and reports in one of five formats. It adapts core: rule logic,
 * decoding and config discovery all live there.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveRule } from '../config.js';
import { cadenceChecks, rules } from '../index.js';
import type { Config, SeveritySetting } from '../types.js';
import { counts, createFormatter, FORMATS, type Format, type Formatter, packageVersion, type Totals } from './cli/formatters.js';
import { inlineRunner, type Runner, workerRunner } from './cli/pool.js';
import { Progress } from './cli/progress.js';
import { comparePaths, resolveTargets } from './cli/targets.js';
import type { FixMode, Unit, UnitFile, UnitResult } from './cli/unit.js';
import { ConfigError, ConfigResolver, knownRuleIds } from './config.js';

const USAGE = `Usage: tactful [paths or globs ...] [options]

Checks the tone of follow-up messages: Markdown, plain text, e-mail (.eml) and HTML.
Directories are walked for those files; .gitignore and .tactfulignore are respected.

Output:
  -f, --format NAME        stylish (default), json, sarif, github or compact
  --quiet                  report errors only
  --max-warnings N         exit 1 when there are more than N warnings
  --color, --no-color      force or turn off colour (default: on a terminal only)
  --report                 with stylish: print each file's report (type, words, questions,
                           findings per category, tone with its top factors); json
                           always carries it as "report"

Fixing:
  --fix                    apply the safe fixes to the files
  --fix-dry-run            compute the safe fixes without writing them

Input:
  --stdin                  lint standard input
  --stdin-filename NAME    the file name for standard input (gives its kind and config)
  --no-ignore              do not apply .gitignore and .tactfulignore

Configuration:
  -c, --config PATH        use this config file instead of looking for one
  --no-config              use no config file
  --rule ID=SEVERITY       set a rule to off, info, warning or error (repeatable)
  --print-config FILE      print the configuration that applies to FILE

Other:
  --explain ID             print a rule's documentation
  --concurrency N|auto     worker threads (default auto: one per core for large runs)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors, or too many
warnings; 2 a usage, configuration or file problem (named on stderr).`;

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 64;
/** A directory with more files than this is not read as one sequence; it is split into slices. */
const MAX_SEQUENCE_DIR = 200;
const SLICE = 32;

class UsageError extends Error {}

interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

export interface MainOptions {
  /** The CLI bundle, to start worker threads from. */
  workerScript?: URL;
  streams?: Partial<Streams>;
  cwd?: string;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      config: { type: 'string', short: 'c' },
      'no-config': { type: 'boolean' },
      rule: { type: 'string', multiple: true },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      report: { type: 'boolean' },
      explain: { type: 'string' },
      'print-config': { type: 'string' },
      'no-ignore': { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const streams: Streams = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, ...options.streams };
  const cwd = options.cwd ?? process.cwd();
  const fail = (message: string) => {
    streams.stderr.write(`tactful: ${message}\n`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    streams.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    streams.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (values.explain !== undefined) return explain(values.explain, streams);

  try {
    const format = (values.format ?? 'stylish') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
    if (values.report && format !== 'stylish' && format !== 'json')
      throw new UsageError(`--report works with the stylish format (json always includes the report), not ${format}`);
    if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
    if (values.stdin && positionals.length > 0) throw new UsageError('--stdin lints standard input only: give no paths with it');
    if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
    let maxWarnings = Number.POSITIVE_INFINITY;
    if (values['max-warnings'] !== undefined) {
      if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number`);
      maxWarnings = Number(values['max-warnings']);
    }
    const overrides = ruleOverrides(values.rule ?? []);
    let concurrency: number | 'auto' = 'auto';
    if (values.concurrency !== undefined && values.concurrency !== 'auto') {
      if (!/^\d+$/.test(values.concurrency) || Number(values.concurrency) < 1)
        throw new UsageError(`--concurrency ${values.concurrency}: expected a number of threads (1 or more) or auto`);
      concurrency = Number(values.concurrency);
    }
    if (values.config !== undefined && !existsSync(path.resolve(cwd, values.config))) {
      return fail(`${values.config}: no such config file`);
    }
    const resolver = new ConfigResolver({
      ...(values.config !== undefined ? { configFile: path.resolve(cwd, values.config) } : {}),
      ...(values['no-config'] ? { noConfig: true } : {}),
      ...(overrides ? { overrides } : {}),
    });

    if (values['print-config'] !== undefined) {
      const resolved = await resolver.forFile(path.resolve(cwd, values['print-config']));
      streams.stdout.write(`${JSON.stringify(effectiveConfig(resolved.config), null, 2)}\n`);
      return 0;
    }
    if (!values.stdin && positionals.length === 0) throw new UsageError('no paths given (try "tactful ." or --stdin)');

    const color = values['no-color'] ? false : values.color ? true : Boolean(streams.stdout.isTTY) && !process.env.NO_COLOR;
    const formatter = createFormatter(format, { color, report: Boolean(values.report) });
    const fix: FixMode = values.fix ? (values.stdin ? 'dry-run' : 'write') : values['fix-dry-run'] ? 'dry-run' : 'off';
    return await lintAll({
      positionals,
      stdin: values.stdin ? { name: values['stdin-filename'] ?? '<stdin>', text: await readAll(streams.stdin) } : undefined,
      noIgnore: Boolean(values['no-ignore']),
      resolver,
      formatter,
      fix,
      quiet: Boolean(values.quiet),
      maxWarnings,
      concurrency,
      workerScript: options.workerScript,
      streams,
      cwd,
    });
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
}

function ruleOverrides(settings: readonly string[]): Config | undefined {
  if (settings.length === 0) return undefined;
  const config: Config = { rules: {} };
  for (const setting of settings) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(off|info|warning|warn|error)\s*$/.exec(setting);
    if (!m) throw new UsageError(`--rule ${setting}: expected ID=off|info|warning|error`);
    const id = m[1] as string;
    if (!knownRuleIds.has(id)) throw new UsageError(`--rule ${setting}: unknown rule "${id}" (see the README for the list)`);
    (config.rules as Record<string, SeveritySetting>)[id] = (m[2] === 'warn' ? 'warning' : m[2]) as SeveritySetting;
  }
  return config;
}

/** The config with every rule's setting spelled out (`--print-config`). */
function effectiveConfig(config: Config): Record<string, unknown> {
  const ruleSettings: Record<string, unknown> = {};
  for (const rule of [...rules, ...cadenceChecks]) {
    const setting = config.rules?.[rule.id];
    const { severity } = resolveRule(config, rule.id);
    ruleSettings[rule.id] = setting !== undefined ? setting : (severity ?? rule.defaultSeverity);
  }
  return {
    rules: ruleSettings,
    allow: config.allow ?? [],
    cadence: { profile: config.cadence?.profile ?? 'default' },
  };
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.on('end', () => {
      try {
        resolve(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks)));
      } catch {
        reject(new UsageError('standard input is not valid UTF-8 text'));
      }
    });
    stream.on('error', reject);
  });
}

/** Prints a rule's or cadence check's doc page, shipped in the package's docs/. */
function explain(id: string, streams: Streams): number {
  const rule = rules.find((r) => r.id === id);
  const check = cadenceChecks.find((c) => c.id === id);
  if (!rule && !check) {
    streams.stderr.write(`tactful: --explain ${id}: unknown rule (known: ${[...rules, ...cadenceChecks].map((r) => r.id).join(', ')})\n`);
    return 2;
  }
  const relative = rule ? `docs/rules/${id}.md` : `docs/cadence/${id}.md`;
  const file = docsFile(relative);
  if (!file) {
    streams.stderr.write(`tactful: --explain ${id}: ${relative} is missing from the package\n`);
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const color = Boolean(streams.stdout.isTTY) && !process.env.NO_COLOR;
  const shown = color ? text.replace(/^(#{1,6} .*)$/gm, '\u001b[1m$1\u001b[22m').replace(/`([^`\n]+)`/g, '\u001b[36m$1\u001b[39m') : text;
  streams.stdout.write(shown.endsWith('\n') ? shown : `${shown}\n`);
  const info = rule ?? check;
  if (info) streams.stdout.write(`\n${info.url}\n`);
  return 0;
}

/** A file of the package (dist/cli.js and dist/node/cli.js both sit below it). */
function docsFile(relative: string): string | undefined {
  for (const up of ['../', '../../']) {
    const candidate = new URL(`${up}${relative}`, import.meta.url);
    if (existsSync(candidate)) return candidate.pathname;
  }
  return undefined;
}

interface LintAllOptions {
  positionals: string[];
  stdin: { name: string; text: string } | undefined;
  noIgnore: boolean;
  resolver: ConfigResolver;
  formatter: Formatter;
  fix: FixMode;
  quiet: boolean;
  maxWarnings: number;
  concurrency: number | 'auto';
  workerScript: URL | undefined;
  streams: Streams;
  cwd: string;
}

async function lintAll(o: LintAllOptions): Promise<number> {
  const { streams } = o;
  let problem = false;
  const note = (line: string) => {
    progress.clear();
    streams.stderr.write(`tactful: ${line}\n`);
  };

  // What to lint, in output order.
  let files: UnitFile[];
  if (o.stdin) {
    const display = o.stdin.name;
    files = [{ index: 0, path: path.resolve(o.cwd, display), display, text: o.stdin.text }];
  } else {
    const targets = await resolveTargets(o.positionals, { cwd: o.cwd, noIgnore: o.noIgnore });
    for (const p of targets.problems) {
      streams.stderr.write(`tactful: ${p}\n`);
      problem = true;
    }
    for (const p of targets.ignored) streams.stderr.write(`tactful: ${p}: ignored by an ignore file (use --no-ignore to lint it)\n`);
    files = targets.files.map((t, index) => ({ index, path: t.path, display: t.display }));
  }
  const progress = new Progress(streams.stderr, files.length);

  // Units: the files of a directory together (they may form a sequence); slices of big ones.
  const byDir = new Map<string, UnitFile[]>();
  for (const file of files) {
    const dir = path.dirname(file.path);
    const list = byDir.get(dir);
    if (list) list.push(file);
    else byDir.set(dir, [file]);
  }
  const groups: { dir: string; files: UnitFile[]; sequences: boolean }[] = [];
  for (const [dir, list] of byDir) {
    if (list.length <= MAX_SEQUENCE_DIR) groups.push({ dir, files: list, sequences: !o.stdin });
    else for (let i = 0; i < list.length; i += SLICE) groups.push({ dir, files: list.slice(i, i + SLICE), sequences: false });
  }
  groups.sort((a, b) => (a.files[0]?.index ?? 0) - (b.files[0]?.index ?? 0));

  const threads = o.concurrency === 'auto' ? (files.length >= PARALLEL_THRESHOLD ? undefined : 1) : o.concurrency;
  const runner: Runner = threads === 1 || !o.workerScript ? inlineRunner() : workerRunner(o.workerScript, threads);

  const totals: Totals = { error: 0, warning: 0, info: 0, files: 0, fixed: 0, fixable: 0 };
  let warningsSeen = 0;
  let errorsSeen = 0;
  let firstFile = true;
  const out = (chunk: string) => {
    if (chunk) {
      progress.clear();
      streams.stdout.write(chunk);
    }
  };
  out(o.formatter.head());

  // Results come back per unit; they are written in path order as soon as all earlier ones are in.
  const ready = new Map<number, UnitResult | null>();
  let next = 0;
  const configErrors = new Set<string>();
  const flush = () => {
    while (ready.has(next)) {
      const result = ready.get(next);
      ready.delete(next);
      next++;
      if (!result) continue;
      if (result.error !== undefined) {
        note(`${result.filePath}: ${result.error}`);
        problem = true;
        continue;
      }
      const c = counts(result.findings);
      warningsSeen += c.warning;
      errorsSeen += c.error;
      const findings = o.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
      const shown = counts(findings);
      totals.error += shown.error;
      totals.warning += shown.warning;
      totals.info += shown.info;
      totals.files++;
      totals.fixable += findings.filter((f) => f.suggestions.some((s) => s.safe)).length;
      if (result.fixed) totals.fixed++;
      out(
        o.formatter.file(
          {
            filePath: result.filePath,
            findings,
            ...(result.message ? { message: result.message } : {}),
            ...(result.output !== undefined ? { output: result.output } : {}),
          },
          firstFile,
        ),
      );
      firstFile = false;
    }
  };

  const window = Math.max(2, runner.threads * 4);
  const inFlight = new Set<Promise<void>>();
  try {
    for (const group of groups) {
      let config: Config;
      try {
        config = (await o.resolver.forDirectory(group.dir)).config;
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        if (!configErrors.has(error.message)) {
          configErrors.add(error.message);
          note(error.message);
        }
        problem = true;
        for (const f of group.files) ready.set(f.index, null);
        progress.advance(group.files.length);
        flush();
        continue;
      }
      const unit: Unit = { files: group.files, config, sequences: group.sequences, fix: o.fix };
      const task = runner.run(unit).then((results) => {
        for (const r of results) ready.set(r.index, r);
        progress.advance(results.length);
        flush();
      });
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await runner.close();
  }
  flush();
  progress.clear();
  out(o.formatter.tail(totals));

  if (warningsSeen > o.maxWarnings) {
    streams.stderr.write(`tactful: too many warnings (${warningsSeen}; --max-warnings is ${o.maxWarnings})\n`);
  }
  if (problem) return 2;
  return errorsSeen > 0 || warningsSeen > o.maxWarnings ? 1 : 0;
}

export { comparePaths };
