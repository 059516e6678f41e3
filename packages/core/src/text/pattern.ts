import { RecentCache } from '../cache.js';
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

// Words too common to pick a pattern out: a pattern is indexed under a rarer word where it has one.
const COMMON = new Set(
  'i you your my me we our us it this that the a an to of in on for and or but not no is am are was were be been have has had do did does will would can could should just so if at with as by from about any all one up out'.split(
    ' ',
  ),
);

/** How costly a requirement is as an index key: how often its words occur in ordinary text. */
function keyCost(set: ReadonlySet<string>): number {
  let cost = 0;
  for (const w of set) cost += COMMON.has(w) ? 100 : 1;
  return cost;
}

/** One pattern of a compiled list: its expression (built on first use) and what it needs. */
interface Entry {
  source: string;
  re: RegExp | undefined;
  /** The sets besides the index key, as word ids: each must also share a word with the text. */
  rest: Int32Array[];
}

/**
 * What is known of a text: its tokens' word ids and, per compiled list, the patterns that can
 * match it. Rules test a message sentence by sentence, several times over, and the language
 * server re-lints mostly unchanged sentences (see cache.ts).
 */
interface TextInfo {
  /** The text's tokens, in order (repeats included). */
  words: readonly string[];
  /** The distinct ids of the text's tokens that some phrase list requires (see wordIds), as of `vocabulary`. */
  ids: number[];
  vocabulary: number;
  /** By list number. */
  candidates: (Entry[] | undefined)[];
  /** Trigger bits of its words (see triggerMaskOf), as of `vocabulary`. */
  mask: number;
}

const textCache = new RecentCache<string, TextInfo>();
const NO_ENTRIES: Entry[] = [];
let listCount = 0;

/**
 * Every word some pattern of some list requires, numbered: a text's tokens are looked up once,
 * and each list then reads a few small integers instead of hashing every token.
 */
const wordIds = new Map<string, number>();

/** Per word id: 1 when some phrase list requires the word, 0 when only a trigger does. */
const patternWord: number[] = [];

/** Changes whenever a word is added or becomes a phrase-list word: texts read before are read again. */
let vocabularyVersion = 0;

function wordId(word: string, forPattern = true): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
    patternWord.push(0);
    vocabularyVersion++;
  }
  if (forPattern && patternWord[id] !== 1) {
    patternWord[id] = 1;
    vocabularyVersion++;
  }
  return id;
}

/**
 * Which word ids the text read or checked last has: `present[id] === stamp` (one text at a
 * time). Reading a text marks its ids as it collects them; markWordsOf marks them again when
 * another text came in between.
 */
let present = new Int32Array(256);
let stamp = 0;
let markedInfo: TextInfo | undefined;
let markedVocabulary = -1;

/** Starts marking a new text, with room for every word id. */
function newMarks(): void {
  if (present.length < wordIds.size) present = new Int32Array(Math.max(wordIds.size, present.length * 2));
  stamp++;
}

/** The text asked about last: a rule usually tries several lists on one sentence in a row. */
let lastInfo: TextInfo | undefined;
let lastInfoText: string | undefined;

function infoOf(text: string): TextInfo {
  let info = text === lastInfoText ? lastInfo : textCache.get(text);
  if (!info) {
    // Room for every list at once, so the array never grows.
    info = { words: text.split(' '), ids: [], vocabulary: -1, candidates: new Array<Entry[] | undefined>(listCount), mask: 0 };
    textCache.set(text, info);
  }
  // Lists built since (first use of a rule) may have brought new words.
  if (info.vocabulary !== vocabularyVersion) {
    const ids: number[] = [];
    let mask = 0;
    newMarks();
    for (const word of info.words) {
      const id = wordIds.get(word);
      if (id === undefined || present[id] === stamp) continue;
      present[id] = stamp;
      if (patternWord[id] === 1) ids.push(id);
      if (id < triggerBits.length) mask |= triggerBits[id] as number;
    }
    info.ids = ids;
    info.mask = mask;
    info.vocabulary = vocabularyVersion;
    markedInfo = info;
    markedVocabulary = info.vocabulary;
  }
  lastInfo = info;
  lastInfoText = text;
  return info;
}

/** Per word id, the trigger bits of the rules whose trigger has that word (see text/trigger.ts). */
const triggerBits: number[] = [];

/** Registers a trigger's single-token words under one bit (0 to 30). */
export function registerTriggerWords(words: Iterable<string>, bit: number): void {
  for (const word of words) {
    const id = wordId(word, false);
    while (triggerBits.length <= id) triggerBits.push(0);
    triggerBits[id] = (triggerBits[id] as number) | (1 << bit);
  }
  vocabularyVersion++;
}

/** The trigger bits of the words a normalised text has. */
export function triggerMaskOf(text: string): number {
  return infoOf(text).mask;
}

function markWordsOf(info: TextInfo): void {
  if (markedInfo === info && markedVocabulary === info.vocabulary) return;
  newMarks();
  for (const id of info.ids) present[id] = stamp;
  markedInfo = info;
  markedVocabulary = info.vocabulary;
}

function restHolds(rest: readonly Int32Array[]): boolean {
  for (const set of rest) {
    let found = false;
    for (let k = 0; k < set.length; k++) {
      if (present[set[k] as number] === stamp) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Compiles pattern sources to a global, Unicode-aware regular expression, on first use: a
 * rule's patterns cost nothing at start-up until a sentence passes its trigger.
 *
 * The result behaves as the union of the patterns (leftmost match; at one position the first
 * pattern listed wins) but runs only the patterns whose required words all occur in the text:
 * each pattern is indexed under its rarest required words. Use it with `exec`, `test`, `match`
 * or `replace` (not `matchAll` or `split`, which copy the expression).
 */
export function compilePatterns(patterns: readonly string[], vocab: Vocabulary): RegExp {
  let entries: Entry[] | undefined;
  /**
   * Pattern numbers by index word, compact so that the lists of a message stay in cache: the
   * list's index words as sorted ids, and for the k-th the patterns from `starts[k]` to
   * `starts[k + 1]` of `indexed`. A 256-bit filter of the ids rejects most tokens at once.
   */
  let keys = new Int32Array(0);
  let starts = new Int32Array(1);
  let indexed = new Int32Array(0);
  const filter = new Uint32Array(8);
  const open: number[] = [];
  let lastText: string | undefined;
  let lastCandidates: Entry[] = [];
  /** The patterns picked for the current text, one bit each: reading the bits back gives them in order. */
  let picked = new Uint32Array(0);

  const build = (): Entry[] => {
    const byWord = new Map<number, number[]>();
    const built = patterns.map((p, i): Entry => {
      const { re, req } = new PatternParser(p, vocab, 0).parse();
      const source = `${re}(?= |$)`;
      if (req.length === 0) {
        open.push(i);
        return { source, re: undefined, rest: [] };
      }
      const key = req.reduce((a, b) => (keyCost(b) < keyCost(a) ? b : a));
      for (const w of key) {
        const id = wordId(w);
        const list = byWord.get(id);
        if (list?.at(-1) === i) continue; // a word twice in one key
        if (list) list.push(i);
        else byWord.set(id, [i]);
      }
      const rest = req.filter((set) => set !== key).map((set) => Int32Array.from(set, (w) => wordId(w)));
      return { source, re: undefined, rest };
    });
    keys = Int32Array.from([...byWord.keys()].sort((a, b) => a - b));
    starts = new Int32Array(keys.length + 1);
    indexed = new Int32Array([...byWord.values()].reduce((n, l) => n + l.length, 0));
    let at = 0;
    keys.forEach((id, k) => {
      for (const i of byWord.get(id) as number[]) indexed[at++] = i;
      starts[k + 1] = at;
      filter[(id >>> 5) & 7] = (filter[(id >>> 5) & 7] as number) | (1 << (id & 31));
    });
    picked = new Uint32Array((built.length + 31) >>> 5);
    entries = built;
    return built;
  };

  const list = listCount++;
  const candidates = (text: string): Entry[] => {
    if (text === lastText) return lastCandidates;
    // Built first, so that the text's token ids include this list's words.
    const all = entries ?? build();
    const info = infoOf(text);
    const known = info.candidates[list];
    if (known) {
      lastText = text;
      lastCandidates = known;
      return known;
    }
    let any = open.length > 0;
    for (const i of open) picked[i >>> 5] = (picked[i >>> 5] as number) | (1 << (i & 31));
    const ids = info.ids;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (((filter[(id >>> 5) & 7] as number) & (1 << (id & 31))) === 0) continue;
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((keys[mid] as number) < id) lo = mid + 1;
        else hi = mid;
      }
      if (lo === keys.length || keys[lo] !== id) continue;
      any = true;
      for (let j = starts[lo] as number; j < (starts[lo + 1] as number); j++) {
        const i = indexed[j] as number;
        picked[i >>> 5] = (picked[i >>> 5] as number) | (1 << (i & 31));
      }
    }
    let out = NO_ENTRIES;
    if (any) {
      markWordsOf(info);
      for (let w = 0; w < picked.length; w++) {
        let bits = picked[w] as number;
        if (bits === 0) continue;
        picked[w] = 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const entry = all[(w << 5) + 31 - Math.clz32(low)] as Entry;
          if (entry.rest.length === 0 || restHolds(entry.rest)) {
            if (out === NO_ENTRIES) out = [];
            out.push(entry);
          }
        }
      }
    }
    info.candidates[list] = out;
    lastText = text;
    lastCandidates = out;
    return out;
  };

  const lazy = /(?:)/gu;
  lazy.exec = function (this: RegExp, text: string) {
    const from = this.lastIndex;
    let best: RegExpExecArray | null = null;
    let bestEnd = 0;
    for (const entry of candidates(text)) {
      entry.re ??= new RegExp(entry.source, 'gu');
      entry.re.lastIndex = from;
      const m = entry.re.exec(text);
      // Strictly further left wins; at a tie the earlier pattern (already held) stays.
      if (m && (best === null || m.index < best.index)) {
        best = m;
        bestEnd = entry.re.lastIndex;
      }
    }
    this.lastIndex = best ? bestEnd : 0;
    return best;
  };
  return lazy;
}
