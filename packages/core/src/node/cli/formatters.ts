/**
 * Output formats. Each one is streamed: a head, then one chunk per file (in path order),
 * then a tail with the totals, so that memory stays bounded however many files there are.
 */
import { createRequire } from 'node:module';
import { cadenceChecks, rules } from '../../index.js';
import type { Finding, MessageInfo, Severity } from '../../types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileReport {
  filePath: string;
  findings: Finding[];
  message?: MessageInfo;
  /** The fixed text (`--fix-dry-run`), when fixes changed it. */
  output?: string;
}

export interface Totals {
  error: number;
  warning: number;
  info: number;
  files: number;
  fixed: number;
  /** Findings that `--fix` would correct. */
  fixable: number;
}

export interface Formatter {
  head(): string;
  file(report: FileReport, first: boolean): string;
  tail(totals: Totals): string;
}

export interface FormatOptions {
  color: boolean;
  /** Stylish only: print each file's message report (type, counts, tone) below its findings. */
  report?: boolean;
}

export function createFormatter(format: Format, options: FormatOptions): Formatter {
  switch (format) {
    case 'json':
      return json();
    case 'sarif':
      return sarif();
    case 'github':
      return github();
    case 'compact':
      return compact();
    default:
      return stylish(options);
  }
}

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(totals: Totals): string {
  const total = totals.error + totals.warning + totals.info;
  return `${plural(total, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info)`;
}

// ---------------------------------------------------------------- stylish

function stylish({ color, report }: FormatOptions): Formatter {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[39;22;24m` : s);
  const severityColor: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
  return {
    head: () => '',
    file({ filePath, findings, message }) {
      const block = report && message ? reportLines(message, paint) : [];
      if (findings.length === 0) return block.length > 0 ? `${[paint('4', filePath), ...block].join('\n')}\n\n` : '';
      const rows = findings.map((f) => [
        `${f.start.line}:${f.start.column}`,
        f.severity,
        f.message,
        f.ruleId,
        f.suggestions.find((s) => s.safe) ? 'fixable' : '',
      ]);
      const width = (i: number) => Math.max(...rows.map((r) => (r[i] as string).length));
      const w0 = width(0);
      const w1 = width(1);
      const lines = [paint('4', filePath)];
      for (const [position, severity, message, ruleId] of rows as string[][]) {
        lines.push(
          `  ${paint('2', (position as string).padEnd(w0))}  ${paint(severityColor[severity as Severity], (severity as string).padEnd(w1))}  ${message}  ${paint('2', ruleId as string)}`,
        );
      }
      if (block.length > 0) lines.push('', ...block);
      return `${lines.join('\n')}\n\n`;
    },
    tail(totals) {
      const total = totals.error + totals.warning + totals.info;
      const fixed = totals.fixed > 0 ? `${plural(totals.fixed, 'file')} fixed.\n` : '';
      if (total === 0) return `${fixed}${paint('32', `✔ No tone problems found (${plural(totals.files, 'file')} checked)`)}\n`;
      const line = `✖ ${summary(totals)} in ${plural(totals.files, 'file')} checked`;
      const fixable = totals.fixable > 0 ? `\n  ${plural(totals.fixable, 'problem')} can be fixed with the \`--fix\` option.` : '';
      return `${fixed}${paint(totals.error > 0 ? '31;1' : totals.warning > 0 ? '33;1' : '36;1', line)}${fixable}\n`;
    },
  };
}

/** How many tone factors `--report` lists: the ones that moved the score most. */
const REPORT_FACTORS = 5;

/** The `--report` block of one file: type, counts, tone and its strongest factors. */
function reportLines(message: MessageInfo, paint: (code: string, s: string) => string): string[] {
  const type =
    message.followUp === 0
      ? message.type
      : message.type === 'follow-up'
        ? `follow-up #${message.followUp}`
        : `${message.type} (follow-up #${message.followUp})`;
  const categories = Object.entries(message.categoryCounts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, n]) => `${category} ${n}`);
  const reading = message.tone < 0 ? 'reads as impolite' : message.toneFactors.length === 0 ? 'neutral' : 'reads as polite';
  const toneColor = message.tone < 0 ? '33' : '32';
  const lines = [
    `  ${paint('1', 'Report')}  ${type}, ${plural(message.wordCount, 'word')}, ${plural(message.questionCount, 'question')}`,
    `  ${paint('1', 'Counts')}  ${categories.length > 0 ? categories.join(', ') : 'no findings'}`,
    `  ${paint('1', 'Tone')}    ${paint(toneColor, signed(message.tone))} (${reading})`,
  ];
  const shown = message.toneFactors.slice(0, REPORT_FACTORS);
  const width = Math.max(0, ...shown.map((f) => f.factor.length));
  for (const f of shown)
    lines.push(
      `          ${paint(f.weight < 0 ? '33' : '32', signed(f.weight))}  ${f.factor.padEnd(width)}  ${paint('2', JSON.stringify(f.actual))}`,
    );
  if (message.toneFactors.length > shown.length)
    lines.push(`          ${paint('2', `and ${message.toneFactors.length - shown.length} more`)}`);
  return lines;
}

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : ' '}${Math.abs(n).toFixed(2)}`;
}

// ---------------------------------------------------------------- compact

function compact(): Formatter {
  return {
    head: () => '',
    file({ filePath, findings }) {
      return findings
        .map((f) => `${filePath}: line ${f.start.line}, col ${f.start.column}, ${capitalize(f.severity)} - ${f.message} (${f.ruleId})\n`)
        .join('');
    },
    tail(totals) {
      const total = totals.error + totals.warning + totals.info;
      return total === 0 ? '' : `\n${summary(totals)}\n`;
    },
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- json

/** The JSON contract of ARCHITECTURE.md; the array is printed as `JSON.stringify(array, null, 2)` would. */
export function jsonFile(report: FileReport): Record<string, unknown> {
  const c = counts(report.findings);
  const out: Record<string, unknown> = {
    filePath: report.filePath,
    messages: report.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      line: f.start.line,
      column: f.start.column,
      endLine: f.end.line,
      endColumn: f.end.column,
      actual: f.actual,
      suggestions: f.suggestions.map((s) => ({
        description: s.description,
        safe: s.safe,
        edits: s.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })),
      })),
    })),
    errorCount: c.error,
    warningCount: c.warning,
    infoCount: c.info,
  };
  if (report.message) out.report = report.message;
  if (report.output !== undefined) out.output = report.output;
  return out;
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

function json(): Formatter {
  let any = false;
  return {
    head: () => '',
    file(report) {
      const chunk = `${any ? ',\n  ' : '[\n  '}${indent(JSON.stringify(jsonFile(report), null, 2), '  ')}`;
      any = true;
      return chunk;
    },
    tail: () => (any ? '\n]\n' : '[]\n'),
  };
}

// ---------------------------------------------------------------- sarif

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function sarif(): Formatter {
  const allRules = [...rules, ...cadenceChecks];
  const ruleIndex = new Map(allRules.map((r, i) => [r.id, i]));
  const placeholder = '__TACTFUL_RESULTS__';
  const marker = `"${placeholder}"`;
  const document = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tactful',
            informationUri: 'https://github.com/tactful/tactful',
            version: packageVersion(),
            rules: allRules.map((r) => ({
              id: r.id,
              name: r.id
                .split('-')
                .map((w) => capitalize(w))
                .join(''),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              help: { text: `${r.description} See ${r.url}`, markdown: `${r.description} [Read more](${r.url})` },
              helpUri: r.url,
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { category: r.category, tags: ['tone', r.category] },
            })),
          },
        },
        results: [placeholder],
      },
    ],
  };
  const text = JSON.stringify(document, null, 2);
  const at = text.indexOf(marker);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const pad = text.slice(lineStart, at);
  const before = text.slice(0, lineStart).replace(/\[\n$/, '[');
  const after = text.slice(at + marker.length).replace(/^\n\s*\]/, ']');
  let any = false;
  return {
    head: () => before,
    file(report) {
      let chunk = '';
      for (const f of report.findings) {
        const result = {
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(report.filePath) },
                region: {
                  startLine: f.start.line,
                  startColumn: f.start.column,
                  endLine: f.end.line,
                  endColumn: f.end.column,
                  ...(f.actual ? { snippet: { text: f.actual } } : {}),
                },
              },
            },
          ],
          ...(f.suggestions.length > 0
            ? {
                fixes: f.suggestions.map((s) => ({
                  description: { text: s.description },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: relativeUri(report.filePath) },
                      replacements: s.edits.map((e) => ({
                        deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                        insertedContent: { text: e.text },
                      })),
                    },
                  ],
                })),
              }
            : {}),
          properties: { category: f.category, safeFix: f.suggestions.some((s) => s.safe) },
        };
        chunk += `${any ? ',' : ''}\n${pad}${indent(JSON.stringify(result, null, 2), pad)}`;
        any = true;
      }
      return chunk;
    },
    tail: () => `${any ? `\n${pad.slice(2)}` : ''}${after}\n`,
  };
}

function relativeUri(filePath: string): string {
  return filePath.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

// ---------------------------------------------------------------- github

/** Workflow commands (`::error file=…::message`): annotations on the pull request. */
function github(): Formatter {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  return {
    head: () => '',
    file({ filePath, findings }) {
      return findings
        .map(
          (f) =>
            `::${command[f.severity]} file=${property(filePath)},line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column},title=${property(`tactful(${f.ruleId})`)}::${data(f.message)}\n`,
        )
        .join('');
    },
    tail(totals) {
      const total = totals.error + totals.warning + totals.info;
      return total === 0 ? '' : `${summary(totals)}\n`;
    },
  };
}

// ---------------------------------------------------------------- version

let version: string | undefined;
export function packageVersion(): string {
  version ??= readVersion();
  return version;
}

declare const __TACTFUL_VERSION__: string | undefined;

function readVersion(): string {
  // Set by the bundler (build.mjs); the unbundled module reads package.json.
  if (typeof __TACTFUL_VERSION__ === 'string') return __TACTFUL_VERSION__;
  const req = createRequire(import.meta.url);
  for (const candidate of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const pkg = req(candidate) as { name?: string; version?: string };
      if (pkg.name === '@tactful/core' && pkg.version) return pkg.version;
    } catch {
      // try the next one
    }
  }
  return '0.0.0';
}
