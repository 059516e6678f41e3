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

/**
 * What a match needs: every set lists words of which at least one must occur in the text.
 * Checked on the text's tokens before the regular expression runs, it skips most sentences.
 */
type Requirement = ReadonlySet<string>[];

interface Compiled {
  re: string;
  req: Requirement;
}

/** The requirement of "one of these": a word from the most selective set of each alternative. */
function eitherOf(parts: Compiled[]): Requirement {
  if (parts.some((p) => p.req.length === 0)) return [];
  const words = new Set<string>();
  for (const p of parts) {
    const best = p.req.reduce((a, b) => (b.size < a.size ? b : a));
    for (const w of best) words.add(w);
  }
  return [words];
}

class PatternParser {
  private i = 0;
  private groupDepth = 0;
  constructor(
    private readonly src: string,
    private readonly vocab: Vocabulary,
    private readonly depth: number,
  ) {}

  parse(): Compiled {
    const out = this.alternatives(null);
    if (this.i < this.src.length) throw new Error(`Unexpected "${this.src[this.i]}" in pattern: ${this.src}`);
    return out;
  }

  /** Sequences separated by `|` until `close` (or the end). */
  private alternatives(close: string | null): Compiled {
    const seqs: Compiled[] = [this.sequence(close)];
    while (this.src[this.i] === '|') {
      this.i++;
      seqs.push(this.sequence(close));
    }
    if (seqs.length === 1) return seqs[0] as Compiled;
    return { re: `(?:${seqs.map((q) => q.re).join('|')})`, req: eitherOf(seqs) };
  }

  private sequence(close: string | null): Compiled {
    let re = '';
    const req: ReadonlySet<string>[] = [];
    for (;;) {
      while (this.src[this.i] === ' ') this.i++;
      const c = this.src[this.i];
      if (c === undefined || c === '|' || c === close) return { re, req };
      if (c === '[') {
        this.i++;
        this.groupDepth++;
        const inner = this.alternatives(']');
        this.groupDepth--;
        this.expect(']');
        re += `(?:${inner.re})?`;
      } else if (c === '(') {
        this.i++;
        this.groupDepth++;
        const inner = this.alternatives(')');
        this.groupDepth--;
        this.expect(')');
        re += `(?:${inner.re})`;
        req.push(...inner.req);
      } else if (c === '{') {
        const end = this.src.indexOf('}', this.i);
        const name = this.src.slice(this.i + 1, end);
        this.i = end + 1;
        const inner = this.macro(name);
        re += inner.re;
        req.push(...inner.req);
      } else if (c === '…') {
        this.i++;
        re += GAP;
      } else if (c === '^') {
        this.i++;
        re += '^';
      } else {
        const inner = this.tokenAlternatives();
        re += inner.re;
        req.push(...inner.req);
      }
    }
  }

  /** `a|b~|c+`: single tokens joined without spaces. */
  private tokenAlternatives(): Compiled {
    const forms: string[] = [];
    const words = new Set<string>();
    let open = false;
    for (;;) {
      const m = /^[^\s|()[\]{}…]+/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`Bad token at ${this.i} in pattern: ${this.src}`);
      this.i += m[0].length;
      forms.push(...expandToken(m[0]));
      const raw = rawForms(m[0]);
      if (raw) for (const w of raw) words.add(w);
      else open = true;
      // Outside brackets `a|b` joins single tokens; inside brackets `|` separates sequences.
      if (this.src[this.i] === '|' && /[^\s([{…]/.test(this.src[this.i + 1] ?? ' ') && this.depth === 0 && this.groupDepth === 0) {
        this.i++;
        continue;
      }
      break;
    }
    const unique = [...new Set(forms)];
    return { re: unique.length === 1 ? (unique[0] as string) : `(?:${unique.join('|')})`, req: open ? [] : [words] };
  }

  private macro(name: string): Compiled {
    const members = this.vocab[name];
    if (!members) throw new Error(`Unknown vocabulary {${name}} in pattern: ${this.src}`);
    // Longer members first, so "clog up your inbox" wins over "clog".
    const parts = members.map((m) => new PatternParser(m, this.vocab, 1).parse()).sort((a, b) => b.re.length - a.re.length);
    return { re: `(?:${parts.map((p) => p.re).join('|')})`, req: eitherOf(parts) };
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) throw new Error(`Expected "${c}" at ${this.i} in pattern: ${this.src}`);
    this.i++;
  }
}

/** The plain words a token stands for, or undefined for `@word` and `#NUM`. */
function rawForms(token: string): string[] | undefined {
  if (token === '@word' || token === '#NUM') return undefined;
  if (token.endsWith('~')) return verbForms(token.slice(0, -1));
  if (token.endsWith('+') && token.length > 1) return nounForms(token.slice(0, -1));
  return [token];
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
  return `(?:${parts.map((p) => p.re).join('|')})(?= |$)`;
}

// Tokens of recently checked texts: rules run many patterns over the same few sentences.
const tokenCache = new Map<string, readonly string[]>();

function tokensOf(text: string): readonly string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= 32) tokenCache.clear();
    tokens = text.split(' ');
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/**
 * Compiles pattern sources to a global, Unicode-aware regular expression, on first use: a
 * rule's patterns cost nothing at start-up until a sentence passes its trigger. Where every
 * pattern needs certain words, a search from the start of a text first checks the text's
 * tokens and fails at once when no pattern can match. Use it with `exec`, `test`, `match`
 * or `replace` (not `matchAll` or `split`, which copy the expression).
 */
export function compilePatterns(patterns: readonly string[], vocab: Vocabulary): RegExp {
  let real: RegExp | undefined;
  // Some word of this set must occur for any pattern to match (see eitherOf).
  let needed: ReadonlySet<string> | undefined;
  const build = (): RegExp => {
    const parts = patterns.map((p) => new PatternParser(p, vocab, 0).parse());
    needed = eitherOf(parts)[0];
    real = new RegExp(`(?:${parts.map((p) => p.re).join('|')})(?= |$)`, 'gu');
    return real;
  };
  const lazy = /(?:)/gu;
  lazy.exec = function (this: RegExp, text: string) {
    const re = real ?? build();
    if (this.lastIndex === 0 && needed && !tokensOf(text).some((t) => needed?.has(t))) return null;
    re.lastIndex = this.lastIndex;
    const m = re.exec(text);
    this.lastIndex = re.lastIndex;
    return m;
  };
  return lazy;
}
