/**
 * Lints the text of a file of any supported kind. Markdown and plain text go to core as
 * they are; e-mail (`.eml`) and HTML are first decoded to the text a person reads, and the
 * findings are mapped back, so every position and every edit refers to the file's own text.
 * The CLI and the language server both go through here, so they never differ.
 */
import { lint } from '../engine.js';
import { LineIndex } from '../text/positions.js';
import type { Config, Finding, MessageInfo, MessageType, Suggestion, TextEdit } from '../types.js';
import type { MappedText } from './decode/mapped-text.js';

/** How a file is read: by its extension. */
export type SourceKind = 'markdown' | 'text' | 'eml' | 'html';

const KINDS: [RegExp, SourceKind][] = [
  [/\.(?:md|markdown|mdx|mkd|mdown)$/i, 'markdown'],
  [/\.(?:txt|text)$/i, 'text'],
  [/\.eml$/i, 'eml'],
  [/\.(?:html|htm|xhtml)$/i, 'html'],
];

/** The kind of a file name, or undefined for extensions Tactful does not read. */
export function sourceKind(fileName: string): SourceKind | undefined {
  for (const [re, kind] of KINDS) if (re.test(fileName)) return kind;
  return undefined;
}

/** The extensions that are linted when a directory is walked. */
export const SOURCE_EXTENSIONS = ['md', 'markdown', 'mdx', 'mkd', 'mdown', 'txt', 'text', 'eml', 'html', 'htm', 'xhtml'] as const;

export interface LintSourceOptions {
  /** The file's name or path: gives the kind (when `kind` is absent) and classification cues. */
  fileName: string;
  config?: Config;
  type?: MessageType;
  step?: number;
  /** Overrides the kind inferred from `fileName`. Unknown extensions read as plain text. */
  kind?: SourceKind;
}

export interface LintSourceResult {
  /** Positions, `actual` and suggestion edits all refer to `source`. */
  findings: Finding[];
  message: MessageInfo;
  /** The kind of text core linted: e-mail and HTML are read as plain text. */
  kind: 'markdown' | 'text';
}

/**
 * Lints the text of a file. Findings carry positions (1-based lines and columns, 0-based
 * offsets, UTF-16) in `source` itself, the raw file text (the raw `.eml` for an e-mail);
 * suggestions keep only edits that can be written into `source` (none inside base64, for
 * example). A leading byte-order mark is skipped for linting and counted in positions.
 */
export async function lintSource(source: string, options: LintSourceOptions): Promise<LintSourceResult> {
  const kind = options.kind ?? sourceKind(options.fileName) ?? 'text';
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? source.slice(1) : source;
  const lintOptions = {
    fileName: options.fileName,
    ...(options.config ? { config: options.config } : {}),
    ...(options.type ? { type: options.type } : {}),
    ...(options.step !== undefined ? { step: options.step } : {}),
  };
  if (kind === 'markdown' || kind === 'text') {
    const result = lint(text, { ...lintOptions, kind });
    return { findings: bom ? shiftFindings(source, result.findings, bom) : result.findings, message: result.message, kind };
  }
  // Loaded on first use: most runs have no e-mail or HTML files, and start-up stays short.
  const { decodeEmail } = await import('./decode/eml.js');
  const { htmlToMappedText } = await import('./decode/html.js');
  const mapped = kind === 'eml' ? (await decodeEmail(text)).mapped : htmlToMappedText(text);
  const decoded = mapped.text();
  const result = lint(decoded, { ...lintOptions, kind: 'text' });
  return { findings: mapFindings(source, decoded, result.findings, mapped, bom), message: result.message, kind: 'text' };
}

function shiftFindings(source: string, findings: Finding[], by: number): Finding[] {
  const lines = new LineIndex(source);
  return findings.map((f) => ({
    ...f,
    start: lines.position(f.start.offset + by),
    end: lines.position(f.end.offset + by),
    suggestions: f.suggestions.map((s) => ({
      ...s,
      edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    })),
  }));
}

/** Puts findings on decoded text back on the file's text. */
function mapFindings(source: string, decoded: string, findings: Finding[], mapped: MappedText, shift: number): Finding[] {
  const lines = new LineIndex(source);
  return findings.map((f) => {
    const range = mapped.range(f.start.offset, f.end.offset);
    const start = range.start + shift;
    const end = Math.max(range.end, range.start) + shift;
    const suggestions: Suggestion[] = [];
    for (const suggestion of f.suggestions) {
      const edits: TextEdit[] = [];
      for (const whole of suggestion.edits) {
        const edit = minimalEdit(decoded, whole);
        const target = mapped.editable(edit.start, edit.end);
        const text = target ? writable(source, target.start + shift, target.end + shift, edit.text, target.policy) : undefined;
        if (!target || text === undefined) break;
        edits.push({ start: target.start + shift, end: target.end + shift, text });
      }
      // A suggestion is offered only when every one of its edits can be written.
      if (edits.length === suggestion.edits.length) suggestions.push({ ...suggestion, edits });
    }
    return {
      ...f,
      start: lines.position(start),
      end: lines.position(end),
      actual: source.slice(start, end),
      suggestions,
    };
  });
}

/**
 * The same edit, narrowed to the part that changes: rules often rewrite a whole sentence,
 * and the narrower the edit, the likelier it is to fall on text written as it is in the file.
 */
function minimalEdit(text: string, edit: TextEdit): TextEdit {
  const old = text.slice(edit.start, edit.end);
  const next = edit.text;
  let prefix = 0;
  const max = Math.min(old.length, next.length);
  while (prefix < max && old.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair.
  const high = (s: string, i: number) => i > 0 && i <= s.length && /[\uD800-\uDBFF]/.test(s[i - 1] as string);
  while (prefix > 0 && (high(old, prefix) || high(next, prefix))) prefix--;
  while (suffix > 0 && (/[\uDC00-\uDFFF]/.test(old[old.length - suffix] ?? '') || /[\uDC00-\uDFFF]/.test(next[next.length - suffix] ?? '')))
    suffix--;
  return { start: edit.start + prefix, end: edit.end - suffix, text: next.slice(prefix, next.length - suffix) };
}

const QP_SAFE = /^[\t\x20-\x3c\x3e-\x7e]*$/;
const QP_LINE = 76;

/** The replacement as it must be written in the file, or undefined when it cannot be. */
function writable(source: string, start: number, end: number, text: string, policy: string): string | undefined {
  if (policy === 'plain') return text;
  if (policy === 'html')
    return text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  if (policy === 'qp') {
    if (!QP_SAFE.test(text)) return undefined;
    const lineStart = Math.max(source.lastIndexOf('\n', start - 1) + 1, 0);
    const next = source.slice(end).search(/\r?\n/);
    const lineEnd = next < 0 ? source.length : end + next;
    const length = start - lineStart + text.length + (lineEnd - end);
    return length <= QP_LINE ? text : undefined;
  }
  return undefined;
}
