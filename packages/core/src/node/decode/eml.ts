/**
 * `.eml` files (RFC 5322 / MIME): the Subject and the body a person reads, mapped back to
 * the lines of the file.
 *
 * postal-mime parses the message: it decides the decoded subject and the body text (the
 * text/plain part when there is one, else the HTML one). To place findings, a small walker
 * finds where those parts sit in the file and decodes their transfer encoding
 * (quoted-printable, base64) keeping, for each decoded character, the bytes it came from.
 * Its text must equal postal-mime's; when it does not (a structure the walker does not
 * follow), each line of postal-mime's text is placed on the file's line that holds it, or
 * on the body's first line.
 */
import PostalMime from 'postal-mime';
import { htmlToMappedText } from './html.js';
import { MappedText } from './mapped-text.js';

interface Part {
  headers: Map<string, { value: string; start: number; end: number; valueStart: number }>;
  type: string;
  params: Record<string, string>;
  encoding: string;
  disposition: string;
  /** Offsets of the body in the file. */
  bodyStart: number;
  bodyEnd: number;
  children: Part[];
}

const MAX_DEPTH = 20;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;

export interface DecodedEmail {
  mapped: MappedText;
  /** The text core lints: a `Subject:` line, a blank line, then the body. */
  text: string;
}

/** Decodes an e-mail message for linting, with the map back to `source`. */
export async function decodeEmail(source: string): Promise<DecodedEmail> {
  const parsed = await PostalMime.parse(source);
  const root = parsePart(source, 0, source.length, 0);
  const out = new MappedText();
  out.softBreak = (start, end) => /^=[ \t]*(?:\r\n|\r|\n)$/.test(source.slice(start, end));

  // The subject, as a `Subject:` line (core reads it as the subject, RULES.md §4.4).
  const subjectHeader = root.headers.get('subject');
  const subject = (parsed.subject ?? '').replace(/[\r\n]+/g, ' ');
  if (subject || subjectHeader) {
    const at = subjectHeader?.start ?? 0;
    out.mapped('Subject: ', at, subjectHeader?.valueStart ?? at);
    if (subjectHeader && subjectHeader.value === subject && source.startsWith(subject, subjectHeader.valueStart)) {
      out.verbatim(subject, subjectHeader.valueStart);
    } else {
      out.mapped(subject, subjectHeader?.valueStart ?? at, subjectHeader?.end ?? at);
    }
    const end = subjectHeader?.end ?? at;
    out.mapped('\n\n', end, end);
  }

  const plain = parsed.text ?? '';
  const html = parsed.html ?? '';
  const body = new MappedText();
  if (plain || !html) {
    const parts = leaves(root, 'text/plain');
    if (!(parts.length > 0 && decodeParts(source, parts, body, plain))) placeLines(source, plain, root, body);
  } else {
    const parts = leaves(root, 'text/html');
    const decoded = new MappedText();
    if (!(parts.length > 0 && decodeParts(source, parts, decoded, html))) placeLines(source, html, root, decoded);
    body.appendThrough(htmlToMappedText(decoded.text()), decoded);
  }
  out.append(body);
  return { mapped: out, text: out.text() };
}

function parsePart(source: string, start: number, end: number, depth: number): Part {
  const headers: Part['headers'] = new Map();
  let pos = start;
  let current: { name: string; start: number; valueStart: number; lines: string[]; end: number } | undefined;
  const flush = () => {
    if (current && !headers.has(current.name)) {
      headers.set(current.name, {
        value: current.lines.join(' ').replace(/\s+/g, ' ').trim(),
        start: current.start,
        end: current.end,
        valueStart: current.valueStart,
      });
    }
    current = undefined;
  };
  LINE.lastIndex = start;
  let bodyStart = end;
  for (let m = LINE.exec(source); m !== null && m.index < end; m = LINE.exec(source)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const lineEnd = m.index + line.length;
    pos = m.index + m[0].length;
    if (line === '') {
      bodyStart = Math.min(pos, end);
      break;
    }
    if (/^[ \t]/.test(line) && current) {
      current.lines.push(line.trim());
      current.end = lineEnd;
    } else {
      flush();
      const h = /^([!-9;-~]+)[ \t]*:[ \t]*/.exec(line);
      if (h)
        current = {
          name: (h[1] as string).toLowerCase(),
          start: m.index,
          valueStart: m.index + h[0].length,
          lines: [line.slice(h[0].length)],
          end: lineEnd,
        };
    }
    if (m[0].length === 0) break;
  }
  flush();
  const contentType = headers.get('content-type')?.value ?? 'text/plain';
  const [typeValue, params] = parseStructured(contentType);
  const part: Part = {
    headers,
    type: typeValue || 'text/plain',
    params,
    encoding: (headers.get('content-transfer-encoding')?.value ?? '7bit').toLowerCase().trim(),
    disposition: parseStructured(headers.get('content-disposition')?.value ?? '')[0],
    bodyStart,
    bodyEnd: end,
    children: [],
  };
  const boundary = params.boundary;
  if (part.type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    const delimiter = `--${boundary}`;
    let partStart = -1;
    LINE.lastIndex = bodyStart;
    for (let m = LINE.exec(source); m !== null && m.index < end; m = LINE.exec(source)) {
      const line = m[0].replace(/[\r\n]+$/, '').replace(/[ \t]+$/, '');
      if (line === delimiter || line === `${delimiter}--`) {
        if (partStart >= 0) {
          // The line break before a delimiter belongs to the delimiter.
          let partEnd = m.index;
          if (source[partEnd - 1] === '\n') partEnd--;
          if (source[partEnd - 1] === '\r') partEnd--;
          part.children.push(parsePart(source, partStart, Math.max(partStart, partEnd), depth + 1));
        }
        if (line !== delimiter) break;
        partStart = m.index + m[0].length;
      }
      if (m[0].length === 0) break;
    }
  }
  return part;
}

function parseStructured(value: string): [string, Record<string, string>] {
  const [head, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const m = /^\s*([^=\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]*))/.exec(param);
    if (m) params[(m[1] as string).toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return [(head ?? '').trim().toLowerCase(), params];
}

/** The inline parts of `type` that make up the body, in order, preferring `type` within alternatives. */
function leaves(part: Part, type: string): Part[] {
  if (part.children.length === 0) {
    return part.type === type && part.disposition !== 'attachment' && !part.params.name ? [part] : [];
  }
  if (part.type === 'multipart/alternative') {
    for (const child of part.children) {
      const found = leaves(child, type);
      if (found.length > 0) return found;
    }
    return [];
  }
  return part.children.flatMap((child) => leaves(child, type));
}

/** Decodes the parts into `out`; true when the result is the text postal-mime read. */
function decodeParts(source: string, parts: Part[], out: MappedText, expected: string): boolean {
  const candidate = new MappedText();
  parts.forEach((part, i) => {
    if (i > 0) candidate.mapped('\n', part.bodyStart, part.bodyStart);
    decodeBody(source, part, candidate);
  });
  const normal = (s: string) =>
    s
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n+$/, '');
  if (normal(candidate.text()) !== normal(expected)) return false;
  out.append(candidate);
  return true;
}

function decodeBody(source: string, part: Part, out: MappedText): void {
  const { bodyStart: start, bodyEnd: end } = part;
  const charset = (part.params.charset ?? 'utf-8').toLowerCase();
  if (part.encoding === 'quoted-printable') {
    const bytes: number[] = [];
    const from: number[] = [];
    const to: number[] = [];
    const literal: boolean[] = [];
    for (let i = start; i < end; ) {
      const c = source.charCodeAt(i);
      if (c === 61 /* = */) {
        const soft = /^=[ \t]*(?:\r\n|\r|\n)/.exec(source.slice(i, Math.min(end, i + 80)));
        if (soft) {
          i += soft[0].length;
          continue;
        }
        const hex = source.slice(i + 1, i + 3);
        if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
          bytes.push(Number.parseInt(hex, 16));
          from.push(i);
          to.push(i + 3);
          literal.push(false);
          i += 3;
          continue;
        }
      }
      // Characters outside ASCII should not appear in quoted-printable; keep them as UTF-8.
      const ch = String.fromCodePoint(source.codePointAt(i) as number);
      for (const b of new TextEncoder().encode(ch)) {
        bytes.push(b);
        from.push(i);
        to.push(i + ch.length);
        literal.push(c < 128);
      }
      i += ch.length;
    }
    decodeBytes(bytes, from, to, literal, charset, out, 'qp');
  } else if (part.encoding === 'base64') {
    const bytes: number[] = [];
    const from: number[] = [];
    const to: number[] = [];
    const quad: number[] = [];
    const decodeQuad = () => {
      const values = quad.map((p) => BASE64.indexOf(source[p] as string));
      const n = values.length;
      const [a = 0, b = 0, c = 0, d = 0] = values;
      const out3 = [(a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d].slice(0, Math.max(0, n - 1));
      for (const byte of out3) {
        bytes.push(byte & 255);
        from.push(quad[0] as number);
        to.push((quad[quad.length - 1] as number) + 1);
      }
      quad.length = 0;
    };
    for (let i = start; i < end; i++) {
      const ch = source[i] as string;
      if (ch === '=') break;
      if (BASE64.includes(ch)) {
        quad.push(i);
        if (quad.length === 4) decodeQuad();
      }
    }
    if (quad.length > 1) decodeQuad();
    decodeBytes(
      bytes,
      from,
      to,
      bytes.map(() => false),
      charset,
      out,
      'none',
    );
  } else {
    // 7bit, 8bit, binary: the text is in the file as it is.
    out.verbatim(source.slice(start, end), start);
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes bytes in `charset`, each character mapped to the bytes it came from. */
function decodeBytes(
  bytes: number[],
  from: number[],
  to: number[],
  literal: boolean[],
  charset: string,
  out: MappedText,
  policy: 'qp' | 'none',
): void {
  const put = (text: string, first: number, last: number) => {
    if (policy === 'qp' && last === first && literal[first] && text.length === 1) out.verbatim(text, from[first] as number, 'qp');
    else out.mapped(text, from[first] as number, to[last] as number, policy);
  };
  if (/^(?:utf-?8|us-ascii|ascii)$/.test(charset)) {
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i] as number;
      const n = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      const seq = bytes.slice(i, i + n);
      const valid = seq.length === n && seq.slice(1).every((x) => (x & 0xc0) === 0x80);
      const take = valid ? n : 1;
      put(decoder.decode(Uint8Array.from(bytes.slice(i, i + take))), i, i + take - 1);
      i += take;
    }
    return;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Single-byte character sets (ISO-8859-*, windows-125*): one byte, one character.
  const single = bytes.every((b) => decoder.decode(Uint8Array.of(b)).length === 1);
  if (single) {
    for (let i = 0; i < bytes.length; i++) put(decoder.decode(Uint8Array.of(bytes[i] as number)), i, i);
    return;
  }
  if (bytes.length > 0) out.mapped(decoder.decode(Uint8Array.from(bytes)), from[0] as number, to[bytes.length - 1] as number);
}

/**
 * Fallback placement: each line of `text` on the next line of the file that holds it as it
 * is, otherwise where the body starts.
 */
function placeLines(source: string, text: string, root: Part, out: MappedText): void {
  let cursor = root.bodyStart;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const found = line.length > 0 ? source.indexOf(line, cursor) : -1;
    if (found >= 0) {
      out.verbatim(line, found);
      cursor = found + line.length;
    } else {
      out.mapped(line, cursor, cursor);
    }
    if (i < lines.length - 1) out.mapped('\n', cursor, cursor);
  });
}
