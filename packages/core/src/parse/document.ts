import type { Html, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

const markdownParser = unified().use(remarkParse);

const STRUCTURE_HEADING =
  /^(?:day|step|touch|week|month|subject|body|message|email|e-mail|template|variant|version|option|follow[- ]?up|check[- ]?in|thank[- ]?you|close|break[- ]?up|bump|nudge|reminder|notes?|tips?|when to use|usage|context|instructions?|sequence|linkedin|phone|call script|voicemail|sms|\d)/i;
const NOTES_HEADING = /^(?:notes?|tips?|when to use|usage|instructions?|context|how to use|why it works|variables|placeholders)\b/i;
const BODY_HEADING = /^(?:body|message|email body|the email)\b/i;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'`]+[^\s<>()"'`.,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const DIRECTIVE = /^<!--\s*tactful-(disable-next-line|disable|enable)\b([^>]*?)-->$/;
const META_CUE =
  /\b(?:avoid|never (?:say|write|use|send)|do(?:n't| not) (?:say|write|use|send|open with)|instead of|rather than|replace|e\.g\.|for example|such as|like|phrases? (?:like|such as)|words? (?:like|such as)|swap|cut|drop|skip|said|wrote|mentioned|put it|asked|told me|calls? it|say(?:s|ing)?)\b[^.!?\n]{0,60}$/i;
const QUOTED_PHRASE = /(["“”'‘’])([^"“”\n]{2,160}?)(["“”'‘’])(?![\p{L}])/gu;

const utf16 = new TextDecoder('utf-16le');

class Masker {
  readonly codes: Uint16Array;
  constructor(text: string) {
    this.codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.codes[i] = text.charCodeAt(i);
  }
  /** Blanks a range, keeping line breaks so the structure stays. */
  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < end && i < this.codes.length; i++) {
      const c = this.codes[i];
      if (c !== 10 && c !== 13) this.codes[i] = 32;
    }
  }
  /** Replaces a range with a word-like token of the same length. */
  token(start: number, end: number): void {
    for (let i = start; i < end; i++) this.codes[i] = i === start ? 88 : 120;
  }
  /** Replaces a range with a paragraph break (template control tags end sentences). */
  boundary(start: number, end: number): void {
    this.blank(start, end);
    if (end - start >= 2) {
      this.codes[start] = 10;
      this.codes[start + 1] = 10;
    }
  }
  toString(): string {
    // One code unit in, one out: lone surrogates become U+FFFD, which keeps every offset.
    return utf16.decode(this.codes);
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
  const tree = markdownParser.parse(text) as Root;
  const children = tree.children;
  let bodySection: [number, number] | undefined;

  for (let i = 0; i < children.length; i++) {
    const node = children[i] as Nodes;
    if (node.type !== 'heading') continue;
    const start = node.position?.start.offset ?? 0;
    const label = text.slice(start, node.position?.end.offset ?? start).replace(/^#+\s*|\s*#*\s*$/g, '');
    let sectionEnd = text.length;
    for (let k = i + 1; k < children.length; k++) {
      const next = children[k] as Nodes;
      if (next.type === 'heading' && next.depth <= node.depth) {
        sectionEnd = next.position?.start.offset ?? sectionEnd;
        break;
      }
    }
    if (NOTES_HEADING.test(label)) masker.blank(start, sectionEnd);
    else if (BODY_HEADING.test(label) && !bodySection) bodySection = [node.position?.end.offset ?? start, sectionEnd];
  }
  if (bodySection) {
    // A template with a `## Body` section: only that section is the message.
    masker.blank(0, bodySection[0]);
    masker.blank(bodySection[1], text.length);
  }

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
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
        const first = node.children[0]?.position?.start.offset ?? end;
        const last = node.children.at(-1)?.position?.end.offset ?? end;
        masker.blank(start, first);
        masker.blank(last, end);
        break;
      }
      case 'listItem': {
        masker.blank(start, node.children[0]?.position?.start.offset ?? start);
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
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
