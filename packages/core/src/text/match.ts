import type { Sentence } from '../rule.js';
import { toSource } from './normalize.js';

export interface PhraseMatch {
  /** Range in the normalised sentence. */
  normStart: number;
  normEnd: number;
  /** Range in the original text. */
  start: number;
  end: number;
  /** The matched normalised text, trimmed. */
  text: string;
}

/** Every match of a global pattern in a sentence, mapped back to the original text. */
export function matchesIn(re: RegExp, sentence: Sentence): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const norm = sentence.norm;
  re.lastIndex = 0;
  for (let m = re.exec(norm.text); m !== null; m = re.exec(norm.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const { start, end } = toSource(norm, m.index, m.index + m[0].length);
    if (end > start) out.push({ normStart: m.index, normEnd: m.index + m[0].length, start, end, text: m[0].trim() });
  }
  return out;
}

/** The normalised text of the clause before a match: back to the last , ; : or dash. */
export function clauseBefore(sentence: Sentence, normStart: number): string {
  const before = sentence.norm.text.slice(0, normStart);
  const cut = Math.max(
    before.lastIndexOf(' ,'),
    before.lastIndexOf(' ;'),
    before.lastIndexOf(' :'),
    before.lastIndexOf(' -'),
    before.lastIndexOf(' –'),
    before.lastIndexOf(' —'),
  );
  return cut < 0 ? before : before.slice(cut + 2);
}

/** Every non-empty match of a global expression in `text`. */
export function* each(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** Whether normalised offset `at` lies inside an open quotation. */
export function insideQuotes(norm: string, at: number): boolean {
  let straight = false;
  let single = false;
  let curly = 0;
  for (const token of norm.slice(0, at).split(' ')) {
    if (token === '"') straight = !straight;
    else if (token === "'") single = !single;
    else if (token === '“' || token === '‘') curly++;
    else if (token === '”' || token === '’') curly = Math.max(0, curly - 1);
  }
  return straight || single || curly > 0;
}
