import { nounForms, verbForms } from './inflect.js';

/**
 * A small phrase-pattern language compiled to regular expressions over normalised text
 * (see normalize.ts: every token is preceded by one space).
 *
 *   word       a literal token            word~  every form of a verb      word+  singular or plural
 *   a|b        one of several tokens      [x y]  optional sequence         (x|y z) one of sequences
 *   {MACRO}    one of a vocabulary        …      up to four words, same clause
 *   #NUM       a number                   ^      start of the text
 *   @word      any one word
 *
 * Everything is bounded, so matching stays linear in the text length.
 */
export type Vocabulary = Record<string, readonly string[]>;

const WORD = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_'.\\-/]*";
const GAP = `(?: ${WORD}){0,4}?`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class PatternParser {
  private i = 0;
  private groupDepth = 0;
  constructor(
    private readonly src: string,
    private readonly vocab: Vocabulary,
    private readonly depth: number,
  ) {}

  parse(): string {
    const out = this.alternatives(null);
    if (this.i < this.src.length) throw new Error(`Unexpected "${this.src[this.i]}" in pattern: ${this.src}`);
    return out;
  }

  /** Sequences separated by `|` until `close` (or the end). */
  private alternatives(close: string | null): string {
    const seqs: string[] = [this.sequence(close)];
    while (this.src[this.i] === '|') {
      this.i++;
      seqs.push(this.sequence(close));
    }
    return seqs.length === 1 ? (seqs[0] as string) : `(?:${seqs.join('|')})`;
  }

  private sequence(close: string | null): string {
    let out = '';
    for (;;) {
      while (this.src[this.i] === ' ') this.i++;
      const c = this.src[this.i];
      if (c === undefined || c === '|' || c === close) return out;
      if (c === '[') {
        this.i++;
        this.groupDepth++;
        const inner = this.alternatives(']');
        this.groupDepth--;
        this.expect(']');
        out += `(?:${inner})?`;
      } else if (c === '(') {
        this.i++;
        this.groupDepth++;
        const inner = this.alternatives(')');
        this.groupDepth--;
        this.expect(')');
        out += `(?:${inner})`;
      } else if (c === '{') {
        const end = this.src.indexOf('}', this.i);
        const name = this.src.slice(this.i + 1, end);
        this.i = end + 1;
        out += this.macro(name);
      } else if (c === '…') {
        this.i++;
        out += GAP;
      } else if (c === '^') {
        this.i++;
        out += '^';
      } else {
        out += this.tokenAlternatives();
      }
    }
  }

  /** `a|b~|c+`: single tokens joined without spaces. */
  private tokenAlternatives(): string {
    const forms: string[] = [];
    for (;;) {
      const m = /^[^\s|()[\]{}…]+/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`Bad token at ${this.i} in pattern: ${this.src}`);
      this.i += m[0].length;
      forms.push(...expandToken(m[0]));
      // Outside brackets `a|b` joins single tokens; inside brackets `|` separates sequences.
      if (this.src[this.i] === '|' && /[^\s([{…]/.test(this.src[this.i + 1] ?? ' ') && this.depth === 0 && this.groupDepth === 0) {
        this.i++;
        continue;
      }
      break;
    }
    const unique = [...new Set(forms)];
    return unique.length === 1 ? (unique[0] as string) : `(?:${unique.join('|')})`;
  }

  private macro(name: string): string {
    const members = this.vocab[name];
    if (!members) throw new Error(`Unknown vocabulary {${name}} in pattern: ${this.src}`);
    // Longer members first, so "clog up your inbox" wins over "clog".
    const parts = members.map((m) => new PatternParser(m, this.vocab, 1).parse()).sort((a, b) => b.length - a.length);
    return `(?:${parts.join('|')})`;
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) throw new Error(`Expected "${c}" at ${this.i} in pattern: ${this.src}`);
    this.i++;
  }
}

function expandToken(token: string): string[] {
  if (token === '@word') return [` ${WORD}`];
  if (token === '#NUM') return [' (?:[#$€£] )?\\p{N}[\\p{N},.:/\\-]*'];
  if (token.endsWith('~')) return verbForms(token.slice(0, -1)).map((f) => ` ${escapeRegExp(f)}`);
  if (token.endsWith('+') && token.length > 1) return nounForms(token.slice(0, -1)).map((f) => ` ${escapeRegExp(f)}`);
  return [` ${escapeRegExp(token)}`];
}

/** Compiles pattern sources to one regular expression source (without flags). */
export function patternSource(patterns: readonly string[], vocab: Vocabulary): string {
  const parts = patterns.map((p) => new PatternParser(p, vocab, 0).parse());
  return `(?:${parts.join('|')})(?= |$)`;
}

/** Compiles pattern sources to a global, Unicode-aware regular expression. */
export function compilePatterns(patterns: readonly string[], vocab: Vocabulary): RegExp {
  return new RegExp(patternSource(patterns, vocab), 'gu');
}
