/**
 * Hover on a finding: what the rule flags, why it hurts a follow-up, and a better version: the
 * finding's own suggestions applied to its line, or the doc page's examples when it has none.
 * On the message's first line, the hover also carries core's report: type, tone and its
 * factors, counts.
 */
import type { Finding, MessageInfo } from '@tactful/core';
import { type Hover, MarkupKind, type Position, type Range } from 'vscode-languageserver/node';
import { comparePositions, editable, findingRange } from './diagnostics.js';
import { ruleDoc } from './rule-docs.js';

const MAX_PREVIEW = 240;
const MAX_BETTER = 3;
/** Tone factors listed in the report hover: the ones that moved the score most. */
const MAX_FACTORS = 6;

/** Findings whose range holds the position (an end position counts, so a hover just after a word works). */
export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => {
    const r = findingRange(f);
    return comparePositions(r.start, position) <= 0 && comparePositions(position, r.end) <= 0;
  });
}

/**
 * The line (0-based) where the message starts: its first line with text, after a front matter
 * block. The report hover sits there.
 */
export function messageLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  if (/^\uFEFF?---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
    if (close > 0) i = close + 1;
  }
  while (i < lines.length - 1 && (lines[i] as string).trim() === '') i++;
  return i;
}

export function hoverFor(findings: readonly Finding[], text: string, markdown: boolean, report?: MessageInfo): Hover | null {
  if (findings.length === 0 && !report) return null;
  const blocks = findings.map((f) => (markdown ? markdownBlock(f, text) : plainBlock(f, text)));
  if (report) blocks.push(markdown ? markdownReport(report) : plainReport(report));
  let range: Range | undefined;
  if (findings.length === 1 && !report) range = findingRange(findings[0] as Finding);
  else if (findings.length === 0 && report) range = lineRange(text, messageLine(text));
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: blocks.join(markdown ? '\n\n---\n\n' : '\n\n') },
    ...(range ? { range } : {}),
  };
}

/** Each suggestion as the line it would give: `{ title, text }`. */
export function betterVersions(finding: Finding, text: string): { title: string; text: string }[] {
  if (!editable(finding, text)) return [];
  return finding.suggestions
    .filter((s) => s.edits.length > 0)
    .slice(0, MAX_BETTER)
    .map((s) => {
      const starts = s.edits.map((e) => e.start);
      const ends = s.edits.map((e) => e.end);
      const from = lineStart(text, Math.min(finding.start.offset, ...starts));
      const to = lineEnd(text, Math.max(finding.end.offset, ...ends));
      let out = text.slice(from, to);
      for (const e of [...s.edits].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, e.start - from) + e.text + out.slice(e.end - from);
      }
      return { title: s.description, text: preview(out) };
    });
}

function lineRange(text: string, line: number): Range {
  const length = text.split(/\r\n|\r|\n/)[line]?.length ?? 0;
  return { start: { line, character: 0 }, end: { line, character: length } };
}

function typeLine(m: MessageInfo): string {
  const type = m.followUp === 0 ? m.type : m.type === 'follow-up' ? `follow-up #${m.followUp}` : `${m.type} (follow-up #${m.followUp})`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${type}, ${plural(m.wordCount, 'word')}, ${plural(m.questionCount, 'question')}`;
}

function toneLine(m: MessageInfo): string {
  const reading = m.tone < 0 ? 'reads as impolite' : m.toneFactors.length === 0 ? 'neutral' : 'reads as polite';
  return `${signed(m.tone)} (${reading}, from -1 to 1)`;
}

function countsLine(m: MessageInfo): string {
  const counts = Object.entries(m.categoryCounts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, n]) => `${category} ${n}`);
  return counts.length > 0 ? counts.join(', ') : 'none';
}

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(2)}`;
}

function markdownReport(m: MessageInfo): string {
  const lines = [`**Tactful: message report** (${escapeMarkdown(typeLine(m))})`, '', `**Tone** ${toneLine(m)}`];
  const shown = m.toneFactors.slice(0, MAX_FACTORS);
  if (shown.length > 0) lines.push('');
  for (const f of shown) lines.push(`- ${signed(f.weight)} ${f.factor}: “${escapeMarkdown(preview(f.actual))}”`);
  if (m.toneFactors.length > shown.length) lines.push(`- and ${m.toneFactors.length - shown.length} more`);
  lines.push('', `**Findings by category:** ${countsLine(m)}`);
  return lines.join('\n');
}

function plainReport(m: MessageInfo): string {
  const lines = [`Tactful: message report (${typeLine(m)})`, `Tone ${toneLine(m)}`];
  for (const f of m.toneFactors.slice(0, MAX_FACTORS)) lines.push(`  ${signed(f.weight)} ${f.factor}: "${preview(f.actual)}"`);
  if (m.toneFactors.length > MAX_FACTORS) lines.push(`  and ${m.toneFactors.length - MAX_FACTORS} more`);
  lines.push(`Findings by category: ${countsLine(m)}`);
  return lines.join('\n');
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_PREVIEW ? `${flat.slice(0, MAX_PREVIEW - 1)}…` : flat;
}

/** Text shown inside inline code or quotes in Markdown, with Markdown's specials escaped. */
function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

function markdownBlock(f: Finding, text: string): string {
  const doc = ruleDoc(f.ruleId);
  const lines: string[] = [];
  lines.push(`**Tactful: ${f.ruleId}** (${f.category}, ${f.severity})`);
  lines.push('');
  lines.push(escapeMarkdown(f.message));
  if (doc?.flags) lines.push('', `**What it flags.** ${doc.flags}`);
  if (doc?.why) lines.push('', `**Why it hurts a follow-up.** ${doc.why}`);
  const better = betterVersions(f, text);
  if (better.length > 0) {
    lines.push('', better.length === 1 ? '**A better version:**' : '**Better versions:**');
    for (const b of better) lines.push(`- ${escapeMarkdown(b.title)}: “${escapeMarkdown(b.text || '(remove the line)')}”`);
  } else if (doc && doc.better.length > 0) {
    lines.push('', '**Better versions:**');
    for (const b of doc.better.slice(0, MAX_BETTER)) lines.push(`- ${b}`);
  }
  lines.push('', `[${f.ruleId} documentation](${f.url})`);
  return lines.join('\n');
}

function stripMarkdown(s: string): string {
  return s.replace(/\*\*|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function plainBlock(f: Finding, text: string): string {
  const doc = ruleDoc(f.ruleId);
  const lines: string[] = [`Tactful: ${f.ruleId} (${f.category}, ${f.severity})`, f.message];
  if (doc?.flags) lines.push(`What it flags: ${stripMarkdown(doc.flags)}`);
  if (doc?.why) lines.push(`Why it hurts a follow-up: ${stripMarkdown(doc.why)}`);
  const better = betterVersions(f, text);
  if (better.length > 0) for (const b of better) lines.push(`Better (${b.title}): "${b.text || '(remove the line)'}"`);
  else if (doc && doc.better.length > 0) lines.push(`Better: ${stripMarkdown(doc.better[0] as string)}`);
  lines.push(`Docs: ${f.url}`);
  return lines.join('\n');
}
