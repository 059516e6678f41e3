import type { Html, Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { RecentCache } from '../cache.js';
import type { TextKind } from '../types.js';
import { emailStructure, findGreeting, type QuotedHeader, type Span } from './email.js';
import { type FrontMatter, readFrontMatter } from './frontmatter.js';
import { findPlaceholders, type Placeholder } from './placeholders.js';

/** An HTML comment that controls the linter (`<!-- tactful-disable ... -->`). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  ids: string[];
  start: number;
  end: number;
}

/**
 * A message ready for rules: the original text, and a same-length copy in which
 * everything that is not the author's prose is blanked, so offsets stay true.
 */
export interface ParsedDocument {
  source: string;
  kind: TextKind;
  masked: string;
  frontMatter?: FrontMatter;
  placeholders: Placeholder[];
  directives: Directive[];
  /** Quoted history: masked, but evidence for classification. */
  quoted: Span[];
  quotedHeaders: QuotedHeader[];
  greeting?: Span;
  signature?: Span;
  /** Masked URLs and e-mail addresses: specific references. */
  links: Span[];
  /** The `subject:` of the front matter or a `Subject:` line. */
  subject?: string;
}

// Emphasis (micromark's `attention`) is off: masking never looks at it, and resolving it is
// quadratic in the number of `*` and `_` runs of a paragraph.
const markdownParser = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [{ disable: { null: ['attention'] } }]);
/** The longest container prefix (indentation, `>` and list markers) the Markdown parser sees. */
const MAX_CONTAINER_PREFIX = 100;
const CONTAINER_PREFIX = /(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))*/y;
const LINE_BREAK = /\r\n?|\n/g;
/** Markdown is parsed in pieces of at least this many code units (see markdownChunks). */
const MARKDOWN_CHUNK = 2048;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** HTML blocks that blank lines do not end (CommonMark kinds 1 to 5): start and end conditions. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const STRUCTURE_HEADING =
  /^(?:day|step|touch|week|month|subject|body|message|email|e-mail|template|variant|version|option|follow[- ]?up|check[- ]?in|thank[- ]?you|close|break[- ]?up|bump|nudge|reminder|notes?|tips?|when to use|usage|context|instructions?|sequence|linkedin|phone|call script|voicemail|sms|\d)/i;
const NOTES_HEADING = /^(?:notes?|tips?|when to use|usage|instructions?|context|how to use|why it works|variables|placeholders)\b/i;
const BODY_HEADING = /^(?:body|message|email body|the email)\b/i;
// An address starts at the first word character of its run (the lookbehind), so a long
// run like "a.a.a.a" is scanned once rather than from each of its positions.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'`]+[^\s<>()"'`.,;:!?]|\b(?<!\w[.+-]*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const DIRECTIVE = /^<!--\s*tactful-(disable-next-line|disable|enable)\b([^>]*?)-->$/;
const META_CUE =
  /\b(?:avoid|never (?:say|write|use|send)|do(?:n't| not) (?:say|write|use|send|open with)|instead of|rather than|replace|e\.g\.|for example|such as|like|phrases? (?:like|such as)|words? (?:like|such as)|swap|cut|drop|skip|said|wrote|mentioned|put it|asked|told me|calls? it|say(?:s|ing)?)\b[^.!?\n]{0,60}$/i;
const QUOTED_PHRASE = /(["“”'‘’])([^"“”\n]{2,160}?)(["“”'‘’])(?![\p{L}])/gu;

// ignoreBOM keeps a leading U+FEFF in the output (by default the decoder drops it, which
// shifted every offset of a text starting with a byte order mark by one).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The text with lone surrogates as U+FFFD, one code unit for one, like the decoder. */
const wellFormed: (text: string) => string =
  typeof (String.prototype as { toWellFormed?: unknown }).toWellFormed === 'function'
    ? (text) => (text as string & { toWellFormed(): string }).toWellFormed()
    : (text) => {
        const codes = new Uint16Array(text.length);
        for (let i = 0; i < codes.length; i++) codes[i] = text.charCodeAt(i);
        return utf16.decode(codes);
      };

/**
 * The masked copy of a text. The code units are copied only on the first change, and the
 * string is rebuilt only when asked for after a change: many messages need no masking, and
 * parsing reads the masked text several times.
 */
class Masker {
  private codes: Uint16Array | undefined;
  private text: string | undefined;
  constructor(private readonly source: string) {}

  private writable(): Uint16Array {
    this.text = undefined;
    if (!this.codes) {
      const codes = new Uint16Array(this.source.length);
      for (let i = 0; i < codes.length; i++) codes[i] = this.source.charCodeAt(i);
      this.codes = codes;
    }
    return this.codes;
  }
  /** Blanks a range, keeping line breaks so the structure stays. */
  blank(start: number, end: number): void {
    const from = Math.max(0, start);
    const to = Math.min(end, this.source.length);
    if (from >= to) return;
    const codes = this.writable();
    for (let i = from; i < to; i++) {
      const c = codes[i];
      if (c !== 10 && c !== 13) codes[i] = 32;
    }
  }
  /** Replaces a range with a word-like token of the same length. */
  token(start: number, end: number): void {
    if (start >= end) return;
    const codes = this.writable();
    for (let i = start; i < end; i++) codes[i] = i === start ? 88 : 120;
  }
  /** Replaces a range with a paragraph break (template control tags end sentences). */
  boundary(start: number, end: number): void {
    this.blank(start, end);
    if (end - start >= 2) {
      const codes = this.writable();
      codes[start] = 10;
      codes[start + 1] = 10;
    }
  }
  toString(): string {
    // One code unit in, one out: lone surrogates become U+FFFD, which keeps every offset.
    this.text ??= this.codes ? utf16.decode(this.codes) : wellFormed(this.source);
    return this.text;
  }
}

export function inferKind(fileName: string | undefined): TextKind {
  return fileName && /\.(?:md|markdown|mdx|mkd)$/i.test(fileName) ? 'markdown' : 'text';
}

export function parseDocument(source: string, kind: TextKind): ParsedDocument {
  const masker = new Masker(source);
  const frontMatter = readFrontMatter(source);
  if (frontMatter) masker.blank(frontMatter.start, frontMatter.end);
  const bodyStart = frontMatter?.end ?? 0;

  const allPlaceholders = findPlaceholders(source).filter((p) => p.start >= bodyStart);
  for (const p of allPlaceholders) {
    if (p.kind === 'control') masker.boundary(p.start, p.end);
    else masker.token(p.start, p.end);
  }

  const directives: Directive[] = [];
  if (kind === 'markdown') maskMarkdown(masker, directives);

  let subject: string | undefined;
  const fmSubject = frontMatter?.data.subject;
  if (typeof fmSubject === 'string') subject = fmSubject;
  // A leading `Subject:` line in plain text is the subject, not body prose.
  const subjectLine = /^(?:\uFEFF)?[ \t]*Subject:[ \t]*([^\r\n]*)/i.exec(masker.toString().slice(bodyStart));
  if (subjectLine) {
    subject ??= subjectLine[1]?.trim();
    masker.blank(bodyStart + subjectLine.index, bodyStart + subjectLine.index + subjectLine[0].length);
  }

  const email = emailStructure(masker.toString(), kind === 'text');
  for (const span of email.masked) masker.blank(span.start, span.end);

  const links: Span[] = [];
  let text = masker.toString();
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    links.push({ start: m.index, end: m.index + m[0].length });
    masker.blank(m.index, m.index + m[0].length);
  }
  maskQuotedSpeech(masker, masker.toString());
  text = masker.toString();

  const isProse = (p: Placeholder) => text.charCodeAt(p.start) === 88 || p.kind === 'control';
  const placeholders = allPlaceholders.filter(isProse);
  const greeting = findGreeting(text.slice(bodyStart));
  const doc: ParsedDocument = {
    source,
    kind,
    masked: text,
    placeholders,
    directives,
    quoted: email.quoted,
    quotedHeaders: email.headers,
    links,
  };
  if (frontMatter) doc.frontMatter = frontMatter;
  if (greeting) doc.greeting = { start: greeting.start + bodyStart, end: greeting.end + bodyStart };
  if (email.signature) doc.signature = email.signature;
  if (subject !== undefined) doc.subject = subject;
  return doc;
}

function maskMarkdown(masker: Masker, directives: Directive[]): void {
  const text = masker.toString();
  const parts = parseMarkdown(limitNesting(text));
  const children: { node: RootContent; base: number }[] = [];
  for (const part of parts) for (const node of part.nodes) children.push({ node, base: part.base });
  let bodySection: [number, number] | undefined;

  for (let i = 0; i < children.length; i++) {
    const { node, base } = children[i] as { node: RootContent; base: number };
    if (node.type !== 'heading') continue;
    const start = base + (node.position?.start.offset ?? 0);
    const end = base + (node.position?.end.offset ?? 0);
    const label = text.slice(start, end).replace(/^#+\s*|\s*#*\s*$/g, '');
    let sectionEnd = text.length;
    for (let k = i + 1; k < children.length; k++) {
      const next = children[k] as { node: RootContent; base: number };
      if (next.node.type === 'heading' && next.node.depth <= node.depth) {
        sectionEnd = next.base + (next.node.position?.start.offset ?? sectionEnd);
        break;
      }
    }
    if (NOTES_HEADING.test(label)) masker.blank(start, sectionEnd);
    else if (BODY_HEADING.test(label) && !bodySection) bodySection = [end, sectionEnd];
  }
  if (bodySection) {
    // A template with a `## Body` section: only that section is the message.
    masker.blank(0, bodySection[0]);
    masker.blank(bodySection[1], text.length);
  }

  const visit = (node: Nodes, base: number): void => {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    const start = base + node.position.start.offset;
    const end = base + node.position.end.offset;
    const at = (offset: number | undefined, fallback: number) => (offset === undefined ? fallback : base + offset);
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'blockquote':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'table':
      case 'thematicBreak':
      case 'footnoteDefinition':
        masker.blank(start, end);
        return;
      case 'html':
        readDirective(node, start, end, directives);
        masker.blank(start, end);
        return;
      case 'heading': {
        const label = text.slice(start, end).replace(/^#+\s*/, '');
        if (STRUCTURE_HEADING.test(label)) {
          masker.blank(start, end);
          return;
        }
        masker.blank(start, start + (/^#+\s*/.exec(text.slice(start, end))?.[0].length ?? 0));
        break;
      }
      case 'link':
      case 'linkReference': {
        // Link text is prose; the destination is not.
        const first = at(node.children[0]?.position?.start.offset, end);
        const last = at(node.children.at(-1)?.position?.end.offset, end);
        masker.blank(start, first);
        masker.blank(last, end);
        break;
      }
      case 'listItem': {
        masker.blank(start, at(node.children[0]?.position?.start.offset, start));
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, base);
  };
  for (const { node, base } of children) visit(node, base);
}

/** A chunk's top-level nodes, with offsets relative to `base`. */
interface MarkdownPart {
  base: number;
  nodes: readonly RootContent[];
}

/** Parsed chunks by their text: an edit re-parses only the chunk it falls in. */
const chunkCache = new RecentCache<string, readonly RootContent[]>();

/**
 * Parses Markdown chunk by chunk, since micromark is quadratic in the number of block
 * quotes and lists of a document. Node offsets stay relative to their chunk, so a cached
 * chunk serves wherever it moves in the text.
 */
function parseMarkdown(text: string): MarkdownPart[] {
  // micromark skips a byte order mark at the start of its input and leaves it out of its
  // offsets, so the text after one is parsed as a chunk starting at 1.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = markdownChunks(text.slice(bom)).map((start) => start + bom);
  return starts.map((from, i) => {
    const chunk = text.slice(from, starts[i + 1] ?? text.length);
    let nodes = chunkCache.get(chunk);
    if (!nodes) {
      nodes = (markdownParser.parse(chunk) as Root).children;
      chunkCache.set(chunk, nodes);
    }
    return { base: from, nodes };
  });
}

/**
 * Where the text can be cut into independently parsed chunks: at an unindented line after a
 * blank line, outside a fenced code block or an HTML block that may span blank lines. Such a
 * line closes every open block, so the parse is the same (except for link references to a
 * definition in another chunk). A block that runs on for 4 * MARKDOWN_CHUNK without such a
 * line (a quote continued by lazy lines is quadratic in micromark) is cut at a line start
 * anyway, which may split it. Returns the chunks' start offsets.
 */
function markdownChunks(text: string): number[] {
  const starts = [0];
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  for (let start = 0; start < text.length; ) {
    LINE_BREAK.lastIndex = start;
    const br = LINE_BREAK.exec(text);
    const line = text.slice(start, br ? br.index : text.length);
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const size = start - (starts.at(-1) as number);
      // (Never before a byte order mark, which micromark would skip.)
      const cuttable = line.charCodeAt(0) !== 0xfeff;
      if (cuttable && ((previousBlank && /^[^ \t]/.test(line) && size >= MARKDOWN_CHUNK) || size >= 4 * MARKDOWN_CHUNK)) starts.push(start);
      fence = FENCE_OPEN.exec(line)?.[1];
      for (const [open, close] of fence === undefined ? HTML_BLOCKS : []) {
        const m = open.exec(line);
        if (!m) continue;
        if (!close.test(line.slice(m[0].length))) htmlEnd = close;
        break;
      }
    }
    previousBlank = /^[ \t]*$/.test(line);
    if (!br) break;
    start = br.index + br[0].length;
  }
  return starts;
}

/**
 * The Markdown parser slows down quadratically with container depth (it copies its stack of
 * open containers at each attempt), so lines nested deeper than any real message lose the
 * markers past MAX_CONTAINER_PREFIX: the parser sees spaces there, and the rest of such a
 * line reads as indented code. The length, and so every offset, stays the same.
 */
function limitNesting(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let start = 0;
  for (;;) {
    CONTAINER_PREFIX.lastIndex = start;
    const prefix = CONTAINER_PREFIX.exec(text)?.[0].length ?? 0;
    if (prefix > MAX_CONTAINER_PREFIX) {
      parts.push(text.slice(copied, start + MAX_CONTAINER_PREFIX), ' '.repeat(prefix - MAX_CONTAINER_PREFIX));
      copied = start + prefix;
    }
    LINE_BREAK.lastIndex = start + prefix;
    const br = LINE_BREAK.exec(text);
    if (!br) break;
    start = br.index + br[0].length;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function readDirective(node: Html, start: number, end: number, directives: Directive[]): void {
  const m = DIRECTIVE.exec(node.value.trim());
  if (!m) return;
  const ids = (m[2] ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  directives.push({ kind: m[1] as Directive['kind'], ids, start, end });
}

/** Masks phrases quoted as examples ("avoid 'per my last email'") or as someone else's words. */
function maskQuotedSpeech(masker: Masker, text: string): void {
  QUOTED_PHRASE.lastIndex = 0;
  for (let m = QUOTED_PHRASE.exec(text); m !== null; m = QUOTED_PHRASE.exec(text)) {
    const open = m[1] as string;
    // An apostrophe inside a word ("don't") is not an opening quote.
    if ((open === "'" || open === '’') && /[\p{L}\p{N}]/u.test(text[m.index - 1] ?? ' ')) {
      QUOTED_PHRASE.lastIndex = m.index + 1;
      continue;
    }
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
    const lead = before.slice(sentenceStart + 1);
    if (META_CUE.test(lead)) masker.blank(m.index + 1, m.index + m[0].length - 1);
  }
}
