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

/**
 * Splits the masked text into sentences with parse-english (retext's parser), then
 * also at line breaks that end a short line (greetings, list items, one-line notes),
 * since plain-text emails often carry no punctuation there.
 */
export function splitSentences(masked: string): SentenceSpan[] {
  const tree = parser.parse(masked) as Root;
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  for (const block of tree.children) {
    if (block.type !== 'ParagraphNode') continue;
    let any = false;
    for (const node of block.children) {
      if (node.type !== 'SentenceNode') continue;
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      any = splitAtLines(masked, start, end, paragraph, out) || any;
    }
    if (any) paragraph++;
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
