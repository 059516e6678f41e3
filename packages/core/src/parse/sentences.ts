import { RecentCache } from '../cache.js';

interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

// Unicode sentence boundaries (UAX #29) from the platform's ICU: linear, in every modern
// browser and in Node, and about eight times faster than building an nlcst tree per message.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const BULLET = /^[ \t]*(?:[-*•·▪‣◦]|\d{1,2}[.)])[ \t]+/;
/** A blank (or whitespace-only) line between two lines: a paragraph break. */
const PARAGRAPH_BREAK = /(?:\r\n|\r(?!\n)|\n)(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n))+/g;
const LINE_BREAK = /[\r\n]/g;
/**
 * Abbreviations that never end a sentence (titles and Latin shorthands): UAX #29 breaks after
 * "Mr." before a capital, so a segment ending in one goes on into the next.
 */
const NO_BREAK_AFTER =
  /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|prof|st|sr|jr|mt|rev|hon|gen|col|capt|lt|sgt|cf|viz|vs|approx|e\.g|i\.e)\.['"’”)\]]*\s*$/i;
/** A capital initial ("J. Smith"), but not the pronoun. */
const INITIAL = /(?:^|[\s(])[A-HJ-Z]\.\s*$/;
/** "No." and "nos." before a number ("invoice no. 42"). */
const NUMBER_ABBREVIATION = /(?:^|[\s(])(?:no|nos|nr|ref|inv|p|pp|vol|ch|sec|art|fig)\.\s*$/i;

/**
 * Splits the masked text into paragraphs (at blank lines) and sentences (UAX #29, with line
 * breaks read as spaces so hard-wrapped lines stay one sentence), then also at line breaks
 * that end a short line (greetings, list items, one-line notes), since plain-text emails
 * often carry no punctuation there.
 */
export function splitSentences(masked: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (;;) {
    const brk = PARAGRAPH_BREAK.exec(masked);
    const to = brk ? brk.index : masked.length;
    if (to > from) {
      const text = masked.slice(from, to);
      let spans = paragraphCache.get(text);
      if (!spans) {
        const found: Span[] = [];
        splitParagraph(text, found);
        paragraphCache.set(text, found);
        spans = found;
      }
      for (const span of spans) out.push({ start: from + span.start, end: from + span.end, paragraph });
      if (spans.length > 0) paragraph++;
    }
    if (!brk) break;
    from = brk.index + brk[0].length;
  }
  return out;
}

/** Sentences of a paragraph by its text, offsets relative to it: edits leave most paragraphs alone. */
const paragraphCache = new RecentCache<string, readonly Span[]>();

function splitParagraph(text: string, out: Span[]): void {
  const flat = text.replace(LINE_BREAK, ' ');
  let start = -1;
  for (const { segment, index } of segmenter.segment(flat)) {
    if (start < 0) start = index;
    const end = index + segment.length;
    if (end < flat.length && goesOn(segment, flat, end)) continue;
    splitAtLines(text, start, end, out);
    start = -1;
  }
}

/** Whether a sentence break after `segment` (ending at `end` of `flat`) is an abbreviation's. */
function goesOn(segment: string, flat: string, end: number): boolean {
  const tail = segment.length > 24 ? segment.slice(-24) : segment;
  if (NO_BREAK_AFTER.test(tail) || INITIAL.test(tail)) return true;
  const next = flat.charCodeAt(end);
  return next >= 48 && next <= 57 && NUMBER_ABBREVIATION.test(tail);
}

function splitAtLines(text: string, start: number, end: number, out: Span[]): boolean {
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
      added = push(text, pieceStart, i, out) || added;
      pieceStart = next;
    }
    lineStart = next;
    i = next - 1;
  }
  return push(text, pieceStart, end, out) || added;
}

function push(text: string, start: number, end: number, out: Span[]): boolean {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  const bullet = BULLET.exec(text.slice(s, Math.min(e, s + 8)));
  if (bullet) s += bullet[0].length;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return false;
  out.push({ start: s, end: e });
  return true;
}
