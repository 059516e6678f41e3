import type { Root } from 'nlcst';
import { ParseEnglish } from 'parse-english';

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

const parser = new ParseEnglish();
const BULLET = /^[ \t]*(?:[-*•·▪‣◦]|\d{1,2}[.)])[ \t]+/;

/** parse-english is quadratic in the length of a paragraph, so it reads chunks of about this size. */
const CHUNK = 4096;
const PARAGRAPH_BREAK = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)\s*/;
const SENTENCE_BREAK = /[.!?…]['"’”)\]]*\s+/;
const SPACE = /\s+/;

interface Chunk {
  start: number;
  end: number;
  /** The chunk starts inside the previous chunk's last paragraph. */
  continues: boolean;
}

/**
 * Cuts the text into chunks of CHUNK to 2 * CHUNK code units, at a blank line when there is
 * one (parse-english splits there anyway), else after a sentence end or a space.
 */
function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let from = 0;
  let continues = false;
  while (text.length - from > 2 * CHUNK) {
    const at = from + CHUNK;
    const window = text.slice(at, at + CHUNK);
    const found = PARAGRAPH_BREAK.exec(window) ?? SENTENCE_BREAK.exec(window) ?? SPACE.exec(window);
    let cut = at + CHUNK;
    if (found) cut = at + found.index + found[0].length;
    else if (/[\uD800-\uDBFF]/.test(text[cut - 1] as string)) cut--;
    out.push({ start: from, end: cut, continues });
    // parse-english starts a paragraph after a line break between sentences.
    continues = !(found && /[\r\n]/.test(found[0]));
    from = cut;
  }
  out.push({ start: from, end: text.length, continues });
  return out;
}

/**
 * Splits the masked text into sentences with parse-english (retext's parser), then
 * also at line breaks that end a short line (greetings, list items, one-line notes),
 * since plain-text emails often carry no punctuation there.
 */
export function splitSentences(masked: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let lastHadSentences = false;
  for (const chunk of chunks(masked)) {
    const tree = parser.parse(masked.slice(chunk.start, chunk.end)) as Root;
    let continues = chunk.continues;
    for (const block of tree.children) {
      if (block.type !== 'ParagraphNode') continue;
      // The first paragraph of a chunk cut mid-paragraph goes on with the previous one.
      const joined: boolean = continues && lastHadSentences;
      continues = false;
      let any = false;
      for (const node of block.children) {
        if (node.type !== 'SentenceNode') continue;
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        any = splitAtLines(masked, chunk.start + start, chunk.start + end, joined ? paragraph - 1 : paragraph, out) || any;
      }
      if (any && !joined) paragraph++;
      lastHadSentences = any || joined;
    }
  }
  return out;
}

function splitAtLines(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): boolean {
  let pieceStart = start;
  let added = false;
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const line = text.slice(lineStart, i);
    let next = i + 1;
    if (c === 13 && text.charCodeAt(next) === 10) next++;
    const nextLine = text.slice(next, Math.min(end, next + 80));
    if (
      line.trim().length > 0 &&
      (line.trim().length < 50 || BULLET.test(nextLine) || /^[ \t]{2,}\S/.test(nextLine) || /[:;]\s*$/.test(line))
    ) {
      added = push(text, pieceStart, i, paragraph, out) || added;
      pieceStart = next;
    }
    lineStart = next;
    i = next - 1;
  }
  return push(text, pieceStart, end, paragraph, out) || added;
}

function push(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): boolean {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  const bullet = BULLET.exec(text.slice(s, Math.min(e, s + 8)));
  if (bullet) s += bullet[0].length;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return false;
  out.push({ start: s, end: e, paragraph });
  return true;
}
