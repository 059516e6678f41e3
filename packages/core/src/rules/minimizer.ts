import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import {
  ACTS_ING,
  ACTS_OTHER,
  ASK_SUBJECT_BEFORE,
  BARE_OPENERS,
  GRACE_FRAME,
  GREETING,
  JUST,
  MINIMIZER_PATTERNS,
  MOMENT_UNITS,
  OPENER_LEAD,
  SARCASTIC_AFTER,
  SIZE_WORDS,
  SMALL_ASK_ADJECTIVES,
  SMALL_ASK_NOUNS,
} from './minimizer.phrases.js';

type Kind = keyof typeof MINIMIZER_PATTERNS;

const VOCABULARY = {
  JUST,
  ACT_ING: ACTS_ING,
  ACT_OTHER: ACTS_OTHER,
  BARE: BARE_OPENERS,
  SMALL_ADJ: SMALL_ASK_ADJECTIVES,
  SMALL_NOUN: SMALL_ASK_NOUNS,
  UNIT: MOMENT_UNITS,
};

/** Checked in this order; the first surviving match is reported. */
const KINDS: readonly Kind[] = ['subject', 'bare', 'smallAsk', 'sizedAsk', 'onlyTakes', 'spareMoment'];
const COMPILED = new Map<Kind, RegExp>(KINDS.map((k) => [k, compilePatterns(MINIMIZER_PATTERNS[k], VOCABULARY)]));
/** A word each kind needs: its patterns run only where that word occurs. */
const JUST_GATE = / (?:just|jsut|jus|jst)(?= |$)/;
const KIND_GATE: Record<Kind, RegExp> = {
  subject: JUST_GATE,
  bare: JUST_GATE,
  smallAsk: JUST_GATE,
  sizedAsk: / (?:tiny|teeny|teensy|wee|little|small|quick|itty-bitty|itsy-bitsy|teeny-tiny)(?= |$)/,
  onlyTakes: / (?:only|just|literally)(?= |$)/,
  spareMoment: / (?:sec|secs|second|jiffy|spare|ever|happen)(?= |$)/,
};

const JUST_WORD = new Set(JUST);
const SIZE_WORD = new Set(SIZE_WORDS);
const SMALL_ADJ = new Set(SMALL_ASK_ADJECTIVES);
const ONLY_WORD = new Set(['only', 'just', 'literally']);
const INTENSIFIER = new Set(['very', 'really', 'super', 'teeny']);
// "Do we just want to…?", "if I just wanted to…": a question or a condition, not the writer's act.
const INVERTED_OR_CONDITIONAL = / (?:do|does|did|should|shall|can|could|would|will|may|might|must|if|unless) $/;
const NEGATED = / not(?: only)? $/;
/** How far around a match the context checks look, in characters of normalised text. */
const WINDOW = 120;

/** The clause a window before a match ends in: back to the last , ; : or dash. */
function clauseOf(before: string): string {
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

/** Token indices (of the sentence's normalised tokens) that fall inside a match. */
function tokensOf(sentence: Sentence, m: PhraseMatch): number[] {
  const starts = sentence.norm.normStarts;
  // The first token starting at or after the match (binary search: a sentence may be long).
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < m.normStart) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < starts.length && (starts[i] as number) < m.normEnd; i++) out.push(i);
  return out;
}

/** Whether a subject-less "Just …" at token `i` opens a clause (not "Sam just wanted to know"). */
function opensClause(sentence: Sentence, i: number): boolean {
  if (i === 0) return true;
  const prev = tokenText(sentence, i - 1);
  if (!/[\p{L}\p{N}]/u.test(prev) || OPENER_LEAD.has(prev)) return true;
  // "hey Dana just checking in", "hi there team just wanted to…"
  return i <= 3 && GREETING.has(tokenText(sentence, 0));
}

function tokenText(sentence: Sentence, i: number): string {
  const { normStarts, text } = sentence.norm;
  const end = i + 1 < normStarts.length ? (normStarts[i + 1] as number) - 1 : text.length;
  return text.slice(normStarts[i] as number, end);
}

/**
 * Removes some tokens of the original text (each with the space after it) in one edit that
 * runs to the end of the next kept token, so a capital on the first removed word moves on.
 */
function dropTokens(text: string, sentence: Sentence, drop: number[], description: string): Suggestion | undefined {
  if (drop.length === 0) return undefined;
  const { sourceStarts, sourceEnds } = sentence.norm;
  const first = drop[0] as number;
  const last = drop.at(-1) as number;
  const next = last + 1;
  if (next >= sourceStarts.length) return undefined;
  const start = sourceStarts[first] as number;
  const end = sourceEnds[next] as number;
  let out = '';
  let at = start;
  for (const i of drop) {
    out += text.slice(at, sourceStarts[i] as number);
    at = sourceEnds[i] as number;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  }
  out += text.slice(at, end);
  const firstWord = text.slice(start, sourceEnds[first] as number);
  if (/^\p{Lu}/u.test(firstWord)) out = capitalize(out);
  return { description, safe: true, edits: [{ start, end, text: out }] };
}

function suggestionsFor(text: string, sentence: Sentence, m: PhraseMatch, kind: Kind): Suggestion[] {
  const tokens = tokensOf(sentence, m);
  const words = tokens.map((i) => tokenText(sentence, i));
  const drop: number[] = [];
  if (kind === 'subject' || kind === 'bare') {
    const j = words.findIndex((w) => JUST_WORD.has(w));
    if (j >= 0) {
      drop.push(tokens[j] as number);
      if (words[j + 1] === 'quickly') drop.push(tokens[j + 1] as number);
    }
    // A subject-less "Just wanted to…" becomes "I wanted to…" rather than "Wanted to…".
    const next = words[j + 1] ?? '';
    if (kind === 'bare' && j >= 0 && /^(?:want|wants|wanted|wanting|wanna|thought|wish|wished)$/.test(next)) {
      const i = tokens[j] as number;
      const start = sentence.norm.sourceStarts[i] as number;
      const end = sentence.norm.sourceEnds[i] as number;
      return [{ description: 'Drop "just" ("I wanted to…")', safe: true, edits: [{ start, end, text: 'I' }] }];
    }
    const s = dropTokens(text, sentence, drop, 'Drop "just"');
    return s ? [s] : [];
  }
  if (kind === 'smallAsk' || kind === 'sizedAsk') {
    const favour = words.some((w) => w === 'favor' || w === 'favour');
    words.forEach((w, k) => {
      const size = SIZE_WORD.has(w) || (favour && SMALL_ADJ.has(w));
      if (JUST_WORD.has(w) || w === 'like' || size || (INTENSIFIER.has(w) && SMALL_ADJ.has(words[k + 1] ?? ''))) {
        drop.push(tokens[k] as number);
      }
    });
    const s = dropTokens(text, sentence, drop, 'Drop the minimizing words');
    return s ? [s] : [];
  }
  if (kind === 'onlyTakes') {
    const j = words.findIndex((w) => ONLY_WORD.has(w));
    if (j >= 0) drop.push(tokens[j] as number);
    const s = dropTokens(text, sentence, drop, `Drop "${words[j] ?? 'only'}"`);
    return s ? [s] : [];
  }
  // spareMoment: "if you ever get a spare second" → "when you have a moment".
  const original = text.slice(m.start, m.end);
  const conj = words[0] === 'if' || words[0] === 'once' ? 'when' : (words[0] ?? 'when');
  return [
    {
      description: 'Ask plainly: "when you have a moment"',
      safe: false,
      edits: [{ start: m.start, end: m.end, text: matchCase(original, `${conj} you have a moment`) }],
    },
  ];
}

export default defineRule({
  meta: {
    id: 'minimizer',
    category: 'needy',
    description: 'Flags "just", "quick" and "tiny" when they shrink your own message or request.',
    defaultSeverity: 'info',
    fixable: 'safe',
    docs: ruleDocsUrl('minimizer'),
    messages: {
      just: (d) => `"${d.phrase}" shrinks your own message; a follow-up is legitimate, so say it plainly.`,
      small: (d) => `"${d.phrase}" makes your request sound smaller than it is; a normal ask needs no shrinking.`,
    },
    trigger:
      / (?:just|jsut|jus|jst|tiny|teeny|teensy|wee|little|small|quick|itty-bitty|itsy-bitsy|teeny-tiny|only|literally|sec|secs|second|jiffy|spare|ever|happen)(?= |$)/,
  },
  create(context) {
    const text = context.document.source;
    return {
      sentence(sentence) {
        const norm = sentence.norm.text;
        for (const kind of KINDS) {
          if (!KIND_GATE[kind].test(norm)) continue;
          const re = COMPILED.get(kind) as RegExp;
          for (const m of matchesIn(re, sentence)) {
            // Bounded windows around the match keep a giant one-line sentence linear.
            const before = norm.slice(Math.max(0, m.normStart - WINDOW), m.normStart + 1);
            if (NEGATED.test(before)) continue;
            if ((kind === 'subject' || kind === 'bare') && INVERTED_OR_CONDITIONAL.test(before)) continue;
            if (kind === 'bare') {
              const just = tokensOf(sentence, m)[0];
              if (just === undefined || !opensClause(sentence, just)) continue;
            }
            if (kind === 'onlyTakes' && !/^(?:only|just) a /.test(m.text) && !ASK_SUBJECT_BEFORE.test(before)) continue;
            if (kind === 'spareMoment' && SARCASTIC_AFTER.test(norm.slice(m.normEnd, m.normEnd + WINDOW))) continue;
            if (GRACE_FRAME.test(clauseOf(before) + norm.slice(m.normStart, m.normEnd))) continue;
            // Reported from "just" (RULES.md §7: the finding is on the word), not from the subject or comma before it.
            let start = m.start;
            if (kind === 'bare' || kind === 'subject') {
              const just = tokensOf(sentence, m).find((i) => JUST_WORD.has(tokenText(sentence, i)));
              if (just !== undefined) start = sentence.norm.sourceStarts[just] as number;
            }
            context.report({
              start,
              end: m.end,
              messageId: kind === 'subject' || kind === 'bare' ? 'just' : 'small',
              data: { phrase: text.slice(start, m.end) },
              suggestions: suggestionsFor(text, sentence, m, kind),
            });
            return;
          }
        }
      },
    };
  },
});
