/**
 * Word gates for rule triggers. A trigger is a regular expression over normalised text
 * (every token preceded by one space), and most are alternations of words: " (?:sorry|apolog\w*)".
 * Testing two dozen of them on every sentence costs more than the rules they guard, so the
 * engine first reads each sentence's tokens once and skips the rules none of whose leading
 * words occur. The gate is only a necessary condition: the trigger itself still decides.
 */

/** The words a trigger's matches can start with: whole tokens, or token prefixes. */
export interface WordGate {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

/** How one way through an expression ends: still open, at the end of a token, or cut short. */
type Lead = { text: string; state: 'open' | 'word' | 'prefix' };

/** More leading strings than this and the gate would cost about what the trigger does. */
const MAX_LEADS = 4000;

class GiveUp extends Error {}

/**
 * Reads the leading literal strings of the supported subset of regular expression syntax:
 * literal characters, escaped punctuation, non-capturing groups and alternation. Anything
 * else (classes, quantifiers, lookarounds) ends the literal part, which then counts as a prefix.
 */
class LeadReader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** The whole expression: every top-level branch must start with the token's space. */
  readTop(): Lead[] {
    const branches = this.alternation(true);
    if (this.i !== this.src.length) throw new GiveUp();
    return branches;
  }

  private alternation(top: boolean): Lead[] {
    const out: Lead[] = [];
    for (;;) {
      if (top) {
        if (this.src[this.i] !== ' ') throw new GiveUp();
        this.i++;
      }
      out.push(...this.sequence(top));
      if (out.length > MAX_LEADS) throw new GiveUp();
      if (this.src[this.i] !== '|') return out;
      this.i++;
    }
  }

  /** One branch: extends the open leads atom by atom; skips what follows once none is open. */
  private sequence(top: boolean): Lead[] {
    let leads: Lead[] = [{ text: '', state: 'open' }];
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined || c === '|' || c === ')') break;
      if (!leads.some((l) => l.state === 'open')) {
        this.skipAtom();
        continue;
      }
      if (c === '(' && this.src.startsWith('(?:', this.i)) {
        this.i += 3;
        const inner = this.alternation(false);
        this.expect(')');
        leads = this.repeated(leads, inner);
      } else if (c === '(' && (this.src.startsWith('(?= |$)', this.i) || this.src.startsWith('(?= )', this.i))) {
        // The end of a token: what came before is a whole word.
        this.skipAtom();
        leads = leads.map((l) => (l.state === 'open' ? { text: l.text, state: 'word' } : l));
      } else if (c === ' ') {
        this.i++;
        if (this.quantifier() === undefined) leads = leads.map((l) => (l.state === 'open' ? { text: l.text, state: 'word' } : l));
        else leads = this.cut(leads);
      } else {
        const chars = this.characters();
        if (chars === undefined) {
          this.skipAtom();
          leads = this.cut(leads);
        } else {
          leads = this.repeated(
            leads,
            chars.map((text) => ({ text, state: 'open' })),
          );
        }
      }
      if (leads.length > MAX_LEADS) throw new GiveUp();
    }
    // At the top level an open lead that reached the end of its branch is a prefix.
    return top ? this.cut(leads) : leads;
  }

  private extend(leads: Lead[], inner: Lead[]): Lead[] {
    const out: Lead[] = [];
    for (const l of leads) {
      if (l.state !== 'open') out.push(l);
      else for (const b of inner) out.push({ text: l.text + b.text, state: b.state });
    }
    return out;
  }

  private cut(leads: Lead[]): Lead[] {
    return leads.map((l) => (l.state === 'open' ? { text: l.text, state: 'prefix' } : l));
  }

  /**
   * The characters one atom at the cursor can match, when it is a literal, an escaped
   * punctuation mark, \d or a small class of literal characters (consumed); else undefined.
   */
  private characters(): string[] | undefined {
    const c = this.src[this.i] as string;
    if (c === '\\') {
      const next = this.src[this.i + 1] ?? '';
      if (next === 'd') {
        this.i += 2;
        return DIGITS;
      }
      if (/[.\-?!'/()[\]{}|*+^$\\]/.test(next)) {
        this.i += 2;
        return [next];
      }
      return undefined;
    }
    if (c === '[') {
      const close = this.src.indexOf(']', this.i + 1);
      const body = close < 0 ? '' : this.src.slice(this.i + 1, close);
      if (!/^[\p{L}\p{N}'’?!.,:;&]{1,12}$/u.test(body)) return undefined;
      this.i = close + 1;
      return [...body];
    }
    // Any character without a meaning in the syntax stands for itself.
    if (!/[\\^$.|?*+()[\]{}\s]/.test(c)) {
      this.i++;
      return [c];
    }
    return undefined;
  }

  /**
   * Reads the quantifier after an atom: undefined when there is none, else whether it asks
   * for at least one repetition ("+", "{2,}") rather than none ("?", "*", "{0,3}").
   */
  private quantifier(): { atLeastOne: boolean } | undefined {
    const c = this.src[this.i];
    let atLeastOne: boolean;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      atLeastOne = c === '+';
    } else if (c === '{') {
      const close = this.src.indexOf('}', this.i);
      if (close < 0) throw new GiveUp();
      atLeastOne = Number.parseInt(this.src.slice(this.i + 1, close), 10) >= 1;
      this.i = close + 1;
    } else {
      return undefined;
    }
    if (this.src[this.i] === '?') this.i++;
    return { atLeastOne };
  }

  /** Extends the open leads by an atom's alternatives, then applies its quantifier. */
  private repeated(leads: Lead[], atom: Lead[]): Lead[] {
    const q = this.quantifier();
    if (q === undefined) return this.extend(leads, atom);
    // At least one repetition: the first is certain, what follows is not.
    return this.cut(q.atLeastOne ? this.extend(leads, atom) : leads);
  }

  /** Skips one atom (with its quantifier): an escape, a class, a group of any kind or a character. */
  private skipAtom(): void {
    const c = this.src[this.i];
    if (c === '\\') {
      const next = this.src[this.i + 1];
      if (next === 'p' || next === 'P') {
        const close = this.src.indexOf('}', this.i);
        this.i = close < 0 ? this.src.length : close + 1;
      } else this.i += 2;
    } else if (c === '[') {
      this.i++;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
    } else if (c === '(') {
      let depth = 0;
      for (; this.i < this.src.length; this.i++) {
        const d = this.src[this.i];
        if (d === '\\') this.i++;
        else if (d === '[') {
          while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
        } else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      this.i++;
    } else {
      this.i++;
    }
    this.quantifier();
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) throw new GiveUp();
    this.i++;
  }
}

/**
 * The gate of a trigger, or undefined when its leading words cannot be read (the trigger then
 * runs on every sentence). Flags other than global and sticky change what matches, so a
 * trigger with them gets no gate.
 */
export function wordGate(trigger: RegExp): WordGate | undefined {
  if (/[imsuvy]/.test(trigger.flags.replace('u', ''))) return undefined;
  let leads: Lead[];
  try {
    leads = new LeadReader(trigger.source).readTop();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const lead of leads) {
    if (lead.text === '') return undefined; // a match could start with any token
    if (lead.state === 'word') words.add(lead.text);
    else prefixes.add(lead.text);
  }
  // A word that some prefix already covers adds nothing.
  for (const p of prefixes) for (const w of words) if (w.startsWith(p)) words.delete(w);
  return { words, prefixes: [...prefixes] };
}

/**
 * The gates of several triggers, read together: which of them a text's tokens can open. Token
 * answers are cached, since a few thousand words make up most of what people write.
 */
export class GateIndex {
  private readonly byToken = new Map<string, readonly number[]>();
  private readonly lengths: number[];
  private readonly byPrefix = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();

  constructor(private readonly gates: readonly (WordGate | undefined)[]) {
    const lengths = new Set<number>();
    gates.forEach((gate, g) => {
      if (!gate) return;
      for (const w of gate.words) push(this.byWord, w, g);
      for (const p of gate.prefixes) {
        push(this.byPrefix, p, g);
        lengths.add(p.length);
      }
    });
    this.lengths = [...lengths].sort((a, b) => a - b);
  }

  /** Sets `open[g] = 1` for each gate g that a token of `tokens` opens, and for every trigger without a gate. */
  open(tokens: readonly string[], open: Uint8Array): void {
    for (let g = 0; g < this.gates.length; g++) open[g] = this.gates[g] ? 0 : 1;
    for (const token of tokens) {
      let gates = this.byToken.get(token);
      if (gates === undefined) {
        gates = this.gatesOf(token);
        // Bounded: a stream of odd tokens (ids, numbers) must not grow it for ever.
        if (this.byToken.size >= 50_000) this.byToken.clear();
        this.byToken.set(token, gates);
      }
      for (const g of gates) open[g] = 1;
    }
  }

  private gatesOf(token: string): readonly number[] {
    const out = new Set<number>(this.byWord.get(token));
    for (const n of this.lengths) {
      if (n > token.length) break;
      for (const g of this.byPrefix.get(token.slice(0, n)) ?? []) out.add(g);
    }
    return out.size === 0 ? NONE : [...out];
  }
}

const NONE: readonly number[] = [];
const DIGITS = [...'0123456789'];

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
