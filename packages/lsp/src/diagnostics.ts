/**
 * Core findings as LSP diagnostics. Core counts lines and columns from 1 and LSP from 0; both
 * count UTF-16 code units and break lines at `\r\n`, `\n` and `\r`, so the conversion is exact
 * for emoji and CRLF text alike.
 */
import type { Finding, Severity } from '@tactful/core';
import { type Diagnostic, DiagnosticSeverity, type Position, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const SOURCE = 'tactful';

/** A suggestion as LSP edits: what `Diagnostic.data` carries so a client can apply it as is. */
export interface SuggestionData {
  title: string;
  /** A mechanical fix that keeps the meaning (`source.fixAll.tactful` applies these). */
  safe: boolean;
  edits: TextEdit[];
}

/** `Diagnostic.data` of a Tactful diagnostic. */
export interface DiagnosticData {
  ruleId: string;
  category: string;
  /** The document version the diagnostic (and its edits) belong to. */
  version: number;
  suggestions: SuggestionData[];
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toPosition(p: { line: number; column: number }): Position {
  return { line: p.line - 1, character: p.column - 1 };
}

export function findingRange(finding: Finding): Range {
  return { start: toPosition(finding.start), end: toPosition(finding.end) };
}

/**
 * Whether a finding's offsets point into this very text (they do for Markdown and plain text;
 * for a decoded `.eml` they may not), so that its edits can be applied to the document.
 */
export function editable(finding: Finding, text: string): boolean {
  return (
    finding.start.offset >= 0 &&
    finding.end.offset <= text.length &&
    text.slice(finding.start.offset, finding.end.offset) === finding.actual &&
    finding.suggestions.every((s) => s.edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length))
  );
}

export function suggestionData(finding: Finding, document: TextDocument, text: string): SuggestionData[] {
  if (!editable(finding, text)) return [];
  return finding.suggestions
    .filter((s) => s.edits.length > 0)
    .map((s) => ({
      title: s.description,
      safe: s.safe,
      edits: s.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text })),
    }));
}

export function toDiagnostic(finding: Finding, document: TextDocument, text: string): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    category: finding.category,
    version: document.version,
    suggestions: suggestionData(finding, document, text),
  };
  return {
    range: findingRange(finding),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    message: finding.message,
    data,
  };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Whether two ranges share text, or an empty one touches the other. */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
