/**
 * The words of an HTML message, as a person reads them in a mail client or browser, with
 * each code unit mapped back to the HTML source. Markup (tags, attributes, comments,
 * scripts, styles) never reaches the linted text; code and preformatted blocks are left
 * out; block quotes and mail clients' quoted history become `>` lines and signatures follow
 * a `-- ` line, so that core masks them as it does in plain text.
 */
import { Parser } from 'htmlparser2';
import { MappedText } from './mapped-text.js';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Lines of their own, not paragraphs. */
const LINE = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th']);
/** Elements whose content is not the author's prose. */
const SKIP = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'noscript',
  'svg',
  'math',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'select',
  'iframe',
  'object',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const QUOTE_CLASS = /\b(?:gmail_quote|gmail_extra|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader|protonmail_quote)\b/i;
const SIGNATURE_CLASS = /\b(?:gmail_signature|signature|moz-signature)\b/i;
const SPACE = /[ \t\n\r\f]/;

interface Open {
  name: string;
  quote: boolean;
  skip: boolean;
}

/** Reads `html` (which starts at `base` in the file) into text a person reads. */
export function htmlToMappedText(html: string, base = 0, out = new MappedText()): MappedText {
  const stack: Open[] = [];
  let quoteDepth = 0;
  let skipDepth = 0;
  let lineStart = true;
  let pendingSpace: { start: number; end: number; verbatim: boolean } | undefined;
  /** Line breaks at the end of the text so far. */
  let trailing = 0;
  const startLength = out.length;

  const at = (i: number) => base + i;
  /** `verbatim`: text as it is in the file; `whole`: stands for the file's range, replaceable whole. */
  const emit = (text: string, start: number, end: number, verbatim: boolean, whole = false) => {
    if (text.length === 0) return;
    if (verbatim) out.verbatim(text, start, 'html');
    else out.mapped(text, start, end, whole ? 'html' : 'none');
    const stripped = text.replace(/\n+$/, '');
    trailing = stripped.length === 0 ? trailing + text.length : text.length - stripped.length;
  };
  const newline = (count: number, position: number) => {
    pendingSpace = undefined;
    if (out.length === startLength || trailing >= count) return;
    emit('\n'.repeat(count - trailing), at(position), at(position), false);
    lineStart = true;
  };
  const beginLine = (position: number) => {
    if (lineStart && quoteDepth > 0) emit('> '.repeat(quoteDepth), at(position), at(position), false);
    lineStart = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const cls = `${attributes.class ?? ''} ${attributes.id ?? ''}`;
        const quote = name === 'blockquote' || (attributes.type ?? '').toLowerCase() === 'cite' || QUOTE_CLASS.test(cls);
        const skip = SKIP.has(name);
        if (name === 'br') {
          if (skipDepth === 0) {
            pendingSpace = undefined;
            emit('\n', at(parser.startIndex), at(parser.endIndex + 1), false);
            lineStart = true;
          }
          return;
        }
        if (skipDepth === 0 && (BLOCK.has(name) || quote)) newline(LINE.has(name) ? 1 : 2, parser.startIndex);
        if (skipDepth === 0 && SIGNATURE_CLASS.test(cls) && !quote) {
          newline(2, parser.startIndex);
          emit('-- \n', at(parser.startIndex), at(parser.endIndex + 1), false);
          lineStart = true;
        }
        if (skipDepth === 0 && skip && !BLOCK.has(name) && out.length > startLength && !lineStart) {
          // Inline code and the like: a space keeps the words around it apart.
          pendingSpace = { start: parser.startIndex, end: parser.endIndex + 1, verbatim: false };
        }
        if (VOID.has(name)) return;
        stack.push({ name, quote, skip });
        if (quote) quoteDepth++;
        if (skip) skipDepth++;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Close up to the matching element (htmlparser2 reports implied closes too).
        for (let i = stack.length - 1; i >= 0; i--) {
          if ((stack[i] as Open).name !== name) continue;
          while (stack.length > i) {
            const open = stack.pop() as Open;
            if (open.quote) quoteDepth--;
            if (open.skip) skipDepth--;
            if (skipDepth === 0 && (BLOCK.has(open.name) || open.quote)) newline(LINE.has(open.name) ? 1 : 2, parser.startIndex);
          }
          break;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const raw = html.slice(start, end);
        if (raw !== data) {
          // A character reference: the decoded character stands for the whole reference.
          if (SPACE.test(data) && data.trim() === '') {
            if (!lineStart && !pendingSpace) pendingSpace = { start, end, verbatim: false };
            return;
          }
          flushSpace();
          beginLine(start);
          emit(data, at(start), at(end), false, true);
          return;
        }
        let i = 0;
        while (i < data.length) {
          if (SPACE.test(data[i] as string)) {
            let j = i;
            while (j < data.length && SPACE.test(data[j] as string)) j++;
            if (!lineStart && !pendingSpace) pendingSpace = { start: start + i, end: start + j, verbatim: j - i === 1 && data[i] === ' ' };
            i = j;
            continue;
          }
          let j = i;
          while (j < data.length && !SPACE.test(data[j] as string)) j++;
          flushSpace();
          beginLine(start + i);
          emit(data.slice(i, j), at(start + i), at(start + j), true);
          i = j;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function flushSpace(): void {
    if (!pendingSpace) return;
    const { start, end, verbatim } = pendingSpace;
    pendingSpace = undefined;
    if (lineStart) return;
    emit(' ', at(start), at(end), verbatim, true);
  }

  parser.write(html);
  parser.end();
  return out;
}
