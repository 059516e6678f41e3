/**
 * Email structure in plain text or Markdown (RULES.md §4.2): quoted replies, forwarded
 * blocks, signatures and footers are not the author's new prose.
 */

export interface Span {
  start: number;
  end: number;
}

export interface QuotedHeader extends Span {
  /** The sender named in the header, when there is one. */
  sender: string;
}

export interface EmailStructure {
  /** Regions to mask: quoted history, forwarded blocks, signatures, footers. */
  masked: Span[];
  /** The quoted history, masked but kept as evidence. */
  quoted: Span[];
  headers: QuotedHeader[];
  /** The valediction and signature block, when one was found. */
  signature?: Span;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m !== null && m.index < text.length; m = re.exec(text)) {
    const raw = m[0];
    const body = raw.replace(/[\r\n]+$/, '');
    lines.push({ start: m.index, end: m.index + body.length, text: body });
    if (raw.length === 0) break;
  }
  return lines;
}

// The sender starts with a non-space, so `^\s*` and the sender cannot trade whitespace
// (that ambiguity made long blank or indented lines quadratic).
const REPLY_HEADER = /^\s*(?:On\b.{0,200}?\b(?:wrote|a écrit|schrieb|escribió)\s*:|(\S.{0,79}?)\s+(?:wrote|writes)\s*:)\s*$/i;
const REPLY_HEADER_START = /^\s*On\s.{4,200}$/i;
const REPLY_HEADER_END = /^.{0,120}\bwrote\s*:\s*$/i;
const ORIGINAL = /^\s*-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message)\s*-{0,}\s*$|^\s*Begin forwarded message:\s*$/i;
const OUTLOOK_FROM = /^\s*\*{0,2}From:\*{0,2}\s+\S/;
const OUTLOOK_NEXT = /^\s*\*{0,2}(?:Sent|Date|To|Cc|Subject):\*{0,2}\s/;
// The first line may start with a byte order mark.
const SIGNATURE_DELIMITER = /^\uFEFF?-- ?$/;
const FOOTER =
  /^\s*(?:Sent from my \w+|Sent from (?:Mail|Outlook|Yahoo Mail) for \w+|Get Outlook for \w+|Sent from my mobile device)\b.*$/i;
const DISCLAIMER =
  /^\s*(?:CONFIDENTIALITY NOTICE|DISCLAIMER|This (?:e-?mail|message) (?:and any attachments )?(?:is|are|may be) (?:confidential|intended))/i;
const VALEDICTION =
  /^\s*(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks again|thanks|thank you(?: (?:so|very) much)?|thanks (?:so|very) much|cheers|sincerely|sincerely yours|yours sincerely|yours truly|yours|warmly|warm wishes|all the best|best wishes|talk soon|take care|respectfully|with thanks|with gratitude|gratefully|cordially|thx|ta)\s*[,.!—–-]?\s*$/i;
// Whitespace runs are matched from their start only and never split two ways, which kept
// long runs of spaces quadratic. The first line may start with a byte order mark.
// The sign-off words match in any case; the name after them must be capitalised (or a
// placeholder token), so "Thanks for nothing." stays prose. Letter classes stand in for the
// `i` flag, which would also make [A-Z] match lower case.
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const INLINE_VALEDICTION = new RegExp(
  `(?:^\\uFEFF?|[.!?]\\s+|(?<!\\s)\\s{2,})((?:${anyCase('best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|cheers|sincerely|warmly|all the best|best wishes|talk soon|take care')})(?:\\s*[,.!—–-]\\s+|\\s+)(?:\\p{Lu}[\\p{L}'.-]*|X[x]+)(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|X[x]+)){0,2}\\.?)\\s*$`,
  'u',
);
const SIGNATURE_LINE = /^.{0,70}$/;

/** Finds quoted history, forwarded blocks and the signature in `text`. */
export function emailStructure(text: string, quotePrefixLines: boolean): EmailStructure {
  const lines = splitLines(text);
  const masked: Span[] = [];
  const quoted: Span[] = [];
  const headers: QuotedHeader[] = [];
  let authorEnd = lines.length;

  // From each line on: the next non-blank line, and the next non-blank unquoted line
  // (precomputed, so a text with many headers stays linear).
  const isQuoted = new Uint8Array(lines.length);
  const nextText = new Int32Array(lines.length + 1).fill(lines.length);
  const nextUnquoted = new Int32Array(lines.length + 1).fill(lines.length);
  let lastQuoted = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    const lineText = (lines[k] as Line).text;
    const blank = lineText.trim() === '';
    isQuoted[k] = /^\s*>/.test(lineText) ? 1 : 0;
    if (isQuoted[k] === 1 && lastQuoted < 0) lastQuoted = k;
    nextText[k] = blank ? (nextText[k + 1] as number) : k;
    nextUnquoted[k] = blank || isQuoted[k] === 1 ? (nextUnquoted[k + 1] as number) : k;
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    let headerLines = 0;
    let sender = '';
    const single = REPLY_HEADER.exec(line.text);
    if (single) {
      headerLines = 1;
      sender = senderOf(line.text);
    } else if (REPLY_HEADER_START.test(line.text) && i + 1 < lines.length && REPLY_HEADER_END.test((lines[i + 1] as Line).text)) {
      headerLines = 2;
      sender = senderOf(`${line.text} ${(lines[i + 1] as Line).text}`);
    } else if (ORIGINAL.test(line.text)) {
      headerLines = 1;
    } else if (OUTLOOK_FROM.test(line.text) && i + 1 < lines.length && OUTLOOK_NEXT.test((lines[i + 1] as Line).text)) {
      headerLines = 1;
      sender = line.text
        .replace(/^\s*\*{0,2}From:\*{0,2}\s+/, '')
        .replace(/\s*[<[].*$/, '')
        .trim();
    }
    if (headerLines === 0) continue;
    const headerEnd = (lines[i + headerLines - 1] as Line).end;
    headers.push({ start: line.start, end: headerEnd, sender });
    // Interleaved replies keep the author's unquoted lines between `>` lines; otherwise
    // everything from the header to the end is history.
    // That is: the first non-blank line after the header is quoted, and some unquoted
    // non-blank line comes before a later quoted one.
    const first = nextText[i + headerLines] as number;
    const interleaved = first < lines.length && isQuoted[first] === 1 && (nextUnquoted[first] as number) < lastQuoted;
    if (interleaved) {
      masked.push({ start: line.start, end: headerEnd });
      continue;
    }
    const span = { start: line.start, end: text.length };
    masked.push(span);
    quoted.push(span);
    authorEnd = i;
    break;
  }

  for (let i = 0; i < authorEnd; i++) {
    const line = lines[i] as Line;
    if (quotePrefixLines && /^\s*>/.test(line.text)) {
      masked.push({ start: line.start, end: line.end });
      quoted.push({ start: line.start, end: line.end });
    } else if (FOOTER.test(line.text)) {
      masked.push({ start: line.start, end: line.end });
    } else if (DISCLAIMER.test(line.text)) {
      masked.push({ start: line.start, end: (lines[authorEnd - 1] as Line | undefined)?.end ?? line.end });
      authorEnd = i;
      break;
    }
  }

  const signature = findSignature(lines.slice(0, authorEnd));
  if (signature) masked.push(signature);
  return { masked, quoted, headers, ...(signature ? { signature } : {}) };
}

function senderOf(header: string): string {
  // The name sits right before the address or "wrote:"; dates and times come before it.
  const before = header.replace(/\s*(?:<[^>]*>|\[[^\]]*\])?\s*(?:wrote|writes)\s*:\s*$/i, '');
  const m = /((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})$/u.exec(before.trim());
  const name = (m?.[1] ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:AM|PM|UTC|GMT|[A-Z]{2,4}T)$/.test(w));
  return name.join(' ');
}

function findSignature(lines: Line[]): Span | undefined {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] as Line).text.trim() === '') last--;
  if (last < 0) return undefined;
  for (let i = 0; i <= last; i++) {
    if (SIGNATURE_DELIMITER.test((lines[i] as Line).text)) return { start: (lines[i] as Line).start, end: (lines[last] as Line).end };
  }
  // A valediction line followed by at most six short lines (name, title, phone, link).
  for (let i = last; i >= Math.max(0, last - 6); i--) {
    const line = lines[i] as Line;
    if (!VALEDICTION.test(line.text)) continue;
    const after = lines.slice(i + 1, last + 1).filter((l) => l.text.trim() !== '');
    if (after.length <= 6 && after.every((l) => SIGNATURE_LINE.test(l.text) && !/[?]\s*$/.test(l.text))) {
      return { start: line.start, end: (lines[last] as Line).end };
    }
  }
  const tail = lines[last] as Line;
  const inline = INLINE_VALEDICTION.exec(tail.text);
  if (inline?.[1]) {
    const at = tail.text.lastIndexOf(inline[1]);
    return { start: tail.start + at, end: tail.end };
  }
  return undefined;
}

// A bare form of address on its own line: "Mr. Davies,", "Dana,".
const ADDRESS_LINE =
  /^\s*((?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Coach|Sir|Madam)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*,)[^\S\r\n]*(?=\r?\n)/u;
// Case-insensitive by letter classes: the `i` flag would also make \p{Lu} match lower case.
const SALUTATION =
  '(?:hi|hello|hey|heya|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|howdy|yo|hallo|morning|afternoon)'.replace(
    /[a-z]/g,
    (c) => `[${c}${c.toUpperCase()}]`,
  );
// Either any words closed by punctuation ("hi dana,"), or capitalised names, placeholder
// tokens or group words closed by the line end ("Hi Dana Lee").
const GREETING = new RegExp(
  `^\\s*(${SALUTATION}\\b(?:[^\\S\\r\\n]+[\\p{L}\\p{N}'’.-]+){0,4}[^\\S\\r\\n]*[,!:;—–]|${SALUTATION}\\b(?:[^\\S\\r\\n]+(?:\\p{Lu}[\\p{L}'’.-]*|there|all|team|everyone|folks|guys|y'all|friends)){0,3}[^\\S\\r\\n]*(?=\\r?\\n|$))`,
  'u',
);

/** Greeting at the start of the author's prose ("Hi Dana,", "Dear {{first_name}},", "Hi there"). */
export function findGreeting(masked: string): Span | undefined {
  const m = GREETING.exec(masked) ?? ADDRESS_LINE.exec(masked);
  if (!m?.[1]) return undefined;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}
