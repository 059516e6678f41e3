import { parseArgs } from 'node:util';
import { rules } from '../index.js';
import type { Config, Finding, SeveritySetting } from '../types.js';
import { FileError, type FileResult, lintFile } from './index.js';

const USAGE = `Usage: tactful [files...] [options]

Checks the tone of follow-up messages (Markdown or plain text).

Options:
  --format stylish|json      output format (default: stylish)
  --rule ID=SEVERITY         set a rule to off, info, warning or error (repeatable)
  --max-warnings N           exit 1 when there are more than N warnings
  --quiet                    report errors only
  -h, --help                 show this help
  -v, --version              show the version`;

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColor ? `\u001b[${code}m${s}\u001b[0m` : s);

function stylish(results: FileResult[]): string {
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push(paint('4', r.filePath));
    for (const f of r.findings) {
      totals[f.severity]++;
      const color = f.severity === 'error' ? '31' : f.severity === 'warning' ? '33' : '36';
      lines.push(
        `  ${`${f.start.line}:${f.start.column}`.padEnd(8)}${paint(color, f.severity.padEnd(8))}${f.message}  ${paint('2', f.ruleId)}`,
      );
      const suggestion = f.suggestions[0];
      if (suggestion) lines.push(`  ${''.padEnd(16)}${paint('2', `suggestion: ${suggestion.description}`)}`);
    }
    lines.push('');
  }
  const total = totals.error + totals.warning + totals.info;
  lines.push(
    total === 0
      ? paint('32', '✔ No tone problems found')
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info} info)`,
  );
  return lines.join('\n');
}

function json(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.findings.map((f: Finding) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        line: f.start.line,
        column: f.start.column,
        endLine: f.end.line,
        endColumn: f.end.column,
        actual: f.actual,
        suggestions: f.suggestions,
      })),
      errorCount: r.findings.filter((f) => f.severity === 'error').length,
      warningCount: r.findings.filter((f) => f.severity === 'warning').length,
      infoCount: r.findings.filter((f) => f.severity === 'info').length,
      report: r.message,
    })),
    null,
    2,
  );
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    process.stderr.write(`tactful: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write('0.1.0\n');
    return 0;
  }
  const format = String(values.format);
  if (format !== 'stylish' && format !== 'json') {
    process.stderr.write(`tactful: unknown format "${format}" (expected stylish or json)\n`);
    return 2;
  }
  const config: Config = { rules: {} };
  const known = new Set(rules.map((r) => r.id));
  for (const setting of (values.rule as string[] | undefined) ?? []) {
    const m = /^([\w-]+)=(off|info|warning|error)$/.exec(setting);
    if (!m || !known.has(m[1] as string)) {
      process.stderr.write(`tactful: --rule ${setting}: expected ID=off|info|warning|error with a known rule id\n`);
      return 2;
    }
    (config.rules as Record<string, SeveritySetting>)[m[1] as string] = m[2] as SeveritySetting;
  }
  if (positionals.length === 0) {
    process.stderr.write(`tactful: no files given\n\n${USAGE}\n`);
    return 2;
  }
  let ioProblem = false;
  const results: FileResult[] = [];
  for (const path of positionals) {
    try {
      const result = await lintFile(path, { config });
      if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
      results.push(result);
    } catch (error) {
      ioProblem = true;
      process.stderr.write(`tactful: ${error instanceof FileError ? error.message : `${path}: ${(error as Error).message}`}\n`);
    }
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  process.stdout.write(`${format === 'json' ? json(results) : stylish(results)}\n`);
  if (ioProblem) return 2;
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  const maxWarnings = values['max-warnings'] === undefined ? Number.POSITIVE_INFINITY : Number(values['max-warnings']);
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}
