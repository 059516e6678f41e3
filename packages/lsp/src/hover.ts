/**
 * Hover on a finding: what the rule flags, why it hurts a follow-up, and a better version: the
 * finding's own suggestions applied to its line, or the doc page's examples when it has none.
 */
import type { Finding } from '@tactful/core';
import { type Hover, MarkupKind, type Position, type Range } from 'vscode-languageserver/node';
import { comparePositions, editable, findingRange } from './diagnostics.js';
import { ruleDoc } from './rule-docs.js';

const MAX_PREVIEW = 240;
const MAX_BETTER = 3;

/** Findings whose range holds the position (an end position counts, so a hover just after a word works). */
export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter((f) => {
    const r = findingRange(f);
    return comparePositions(r.start, position) <= 0 && comparePositions(position, r.end) <= 0;
  });
}

export function hoverFor(findings: readonly Finding[], text: string, markdown: boolean): Hover | null {
  if (findings.length === 0) return null;
  const blocks = findings.map((f) => (markdown ? markdownBlock(f, text) : plainBlock(f, text)));
  let range: Range | undefined;
  if (findings.length === 1) range = findingRange(findings[0] as Finding);
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
