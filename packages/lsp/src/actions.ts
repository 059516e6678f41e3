/**
 * Code actions over a document's current findings: each suggestion as a quick fix (the first
 * preferred), `source.fixAll.tactful` for the safe ones (the text core's `applySuggestions`
 * gives, computed by the lint service), and in Markdown "Disable RULE for this line".
 */
import type { Finding } from '@tactful/core';
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DiagnosticData, findingRange, rangesTouch, SOURCE, sameRange, suggestionData } from './diagnostics.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tactful`;

export interface ActionContext {
  document: TextDocument;
  text: string;
  markdown: boolean;
  findings: readonly Finding[];
  /** The published diagnostics of `findings`, in the same order. */
  diagnostics: readonly Diagnostic[];
  /** Whether the client takes versioned `documentChanges`. */
  documentChanges: boolean;
  /** The text after core's `applySuggestions` on `safeFindings(...)`, when `source.fixAll.tactful` is wanted. */
  fixedText?: string | undefined;
}

/** Whether the client asked for actions of `kind` (no `only` means every kind). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((k) => k === kind || kind.startsWith(`${k}.`));
}

function workspaceEdit(ctx: ActionContext, edits: TextEdit[]): WorkspaceEdit {
  const { document } = ctx;
  if (ctx.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits } };
}

/**
 * The findings to act on: those of the client's Tactful diagnostics that still match a current
 * one (same rule and range), or, when the client sent none, every finding touching `range`.
 */
export function targetFindings(ctx: ActionContext, range: Range, contextDiagnostics: readonly Diagnostic[]): number[] {
  const ours = contextDiagnostics.filter((d) => d.source === SOURCE || (d.data as DiagnosticData | undefined)?.ruleId !== undefined);
  const picked = new Set<number>();
  if (ours.length > 0) {
    for (const d of ours) {
      const i = ctx.diagnostics.findIndex((c, k) => !picked.has(k) && c.code === d.code && sameRange(c.range, d.range));
      if (i >= 0) picked.add(i);
    }
    return [...picked].sort((a, b) => a - b);
  }
  ctx.findings.forEach((f, i) => {
    if (rangesTouch(findingRange(f), range)) picked.add(i);
  });
  return [...picked];
}

export function codeActions(
  ctx: ActionContext,
  range: Range,
  contextDiagnostics: readonly Diagnostic[],
  only: readonly string[] | undefined,
): CodeAction[] {
  const actions: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, only)) {
    const targets = targetFindings(ctx, range, contextDiagnostics);
    const disables: CodeAction[] = [];
    for (const i of targets) {
      const finding = ctx.findings[i] as Finding;
      const diagnostic = ctx.diagnostics[i] as Diagnostic;
      suggestionData(finding, ctx.document, ctx.text).forEach((s, k) => {
        actions.push({
          title: s.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          ...(k === 0 ? { isPreferred: true } : {}),
          edit: workspaceEdit(ctx, s.edits),
        });
      });
      if (ctx.markdown && !disables.some((a) => a.title === disableTitle(finding.ruleId))) {
        const edit = disableEdit(ctx, finding);
        if (edit)
          disables.push({
            title: disableTitle(finding.ruleId),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(ctx, [edit]),
          });
      }
    }
    actions.push(...disables);
  }
  if (kindRequested(FIX_ALL_KIND, only) && ctx.fixedText !== undefined) {
    const fixAll = fixAllAction(ctx, ctx.fixedText);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function disableTitle(ruleId: string): string {
  return `Disable ${ruleId} for this line`;
}

/** The findings whose safe fixes `source.fixAll.tactful` applies: those with a safe suggestion that fits the text. */
export function safeFindings(document: TextDocument, text: string, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suggestions.some((s) => s.safe) && suggestionData(f, document, text).length > 0);
}

/** The whole-document fix of every safe suggestion, with core's choice among overlapping ones. */
export function fixAllAction(ctx: ActionContext, fixed: string): CodeAction | undefined {
  const edit = fixAllEdit(ctx.document, ctx.text, fixed);
  if (!edit) return undefined;
  return { title: 'Fix all safe Tactful problems', kind: FIX_ALL_KIND, edit: workspaceEdit(ctx, [edit]) };
}

/** One edit from the first to the last change between `text` and `fixed`, or undefined when they are equal. */
export function fixAllEdit(document: TextDocument, text: string, fixed: string): TextEdit | undefined {
  if (fixed === text) return undefined;
  let start = 0;
  const max = Math.min(text.length, fixed.length);
  while (start < max && text.charCodeAt(start) === fixed.charCodeAt(start)) start++;
  let endOld = text.length;
  let endNew = fixed.length;
  while (endOld > start && endNew > start && text.charCodeAt(endOld - 1) === fixed.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLowSurrogate(text.charCodeAt(start)) || (text[start] === '\n' && text[start - 1] === '\r'))) start--;
  while (endOld < text.length && (isLowSurrogate(text.charCodeAt(endOld)) || (text[endOld] === '\n' && text[endOld - 1] === '\r'))) {
    endOld++;
    endNew++;
  }
  return {
    range: { start: document.positionAt(start), end: document.positionAt(endOld) },
    newText: fixed.slice(start, endNew),
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

const DISABLE_LINE = /^([ \t]*)<!--\s*tactful-disable-next-line\b([^>]*?)-->[ \t]*$/;

/**
 * Inserts `<!-- tactful-disable-next-line RULE -->` on its own line above the finding's first
 * line, with the same indentation (so a list item keeps its comment); when that line already
 * holds such a comment, adds the rule to it.
 */
export function disableEdit(ctx: ActionContext, finding: Finding): TextEdit | undefined {
  const { document, text } = ctx;
  const line = finding.start.line - 1;
  const lineStart = document.offsetAt({ line, character: 0 });
  if (document.positionAt(lineStart).line !== line) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
  if (line > 0) {
    const prevStart = document.offsetAt({ line: line - 1, character: 0 });
    const prevText = text.slice(prevStart, lineStart).replace(/\r?\n$|\r$/, '');
    const m = DISABLE_LINE.exec(prevText);
    if (m) {
      const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0 || ids.includes(finding.ruleId)) return undefined;
      return {
        range: { start: document.positionAt(prevStart), end: document.positionAt(prevStart + prevText.length) },
        newText: `${m[1] ?? ''}<!-- tactful-disable-next-line ${[...ids, finding.ruleId].join(' ')} -->`,
      };
    }
  }
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) && !/\n/.test(text) ? '\r' : '\n';
  const position = document.positionAt(lineStart);
  return { range: { start: position, end: position }, newText: `${indent}<!-- tactful-disable-next-line ${finding.ruleId} -->${eol}` };
}
