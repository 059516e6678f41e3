import { ruleDocsUrl } from '../docs-url.js';
import { deletionEdit } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn } from '../text/match.js';
import { toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import { wordsIn } from '../text/words.js';
import type { Suggestion, TextEdit } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  BANG_RUN,
  GENERIC_WORDS,
  INFLATED,
  INTENSE,
  type Inflated,
  MARKER,
  NOT_THANKS,
  NOT_THANKS_BEFORE,
  NOT_YET_GIVEN,
  REPEATED,
  SO_MUCH,
  STACKED_INTENSIFIER,
} from './excessive-gratitude.phrases.js';

const inflatedForms = INFLATED.map((form) => ({ ...form, re: compilePatterns([form.pattern], VOCAB) }));
const stacked = new RegExp(STACKED_INTENSIFIER.source, 'd');
const TRIGGER =
  / (?:thank\S*|thanx|thnx|thnks|thks|tysm|tyvm|apprecia\S*|grateful\S*|gratitude|honou?red|humbled|flattered|indebted|debt|words)(?= |$)/;

/** Defaults of RULES.md: more than two thanks in a message under 150 words is a pile. */
const DEFAULT_MAX = 2;
const DEFAULT_WORDS = 150;

interface Marker {
  start: number;
  end: number;
  /** A repeat inside "thank you, thank you": counted, but it goes with its first occurrence. */
  repeat: boolean;
}

interface Clause {
  sentence: Sentence;
  start: number;
  end: number;
  /** Where the separator before this clause starts (the clause before ends there). */
  sepStart: number;
  markers: number;
  specific: boolean;
}

interface Finding {
  start: number;
  end: number;
  edits: TextEdit[];
}

/** Whether `at` falls inside one of the sorted, disjoint `ranges`, moving `cursor` forward. */
function inside(ranges: readonly [number, number][], cursor: { i: number }, at: number, startExclusive = false): boolean {
  while (cursor.i < ranges.length && (ranges[cursor.i] as [number, number])[1] <= at) cursor.i++;
  const r = ranges[cursor.i];
  return r !== undefined && (startExclusive ? at > r[0] : at >= r[0]) && at < r[1];
}

/** The gratitude markers of one sentence. */
function markersIn(sentence: Sentence): Marker[] {
  const norm = sentence.norm.text;
  const repeats: [number, number][] = [];
  REPEATED.lastIndex = 0;
  for (let m = REPEATED.exec(norm); m !== null; m = REPEATED.exec(norm))
    repeats.push([m.index + (m[1] as string).length + 1, m.index + m[0].length]);
  // A thank-you inside quotation marks is quoted, not said ("I removed the "Thank you for ..." line").
  const quoted: [number, number][] = [];
  for (const q of sentence.text.matchAll(/["“][^"“”\n]{1,120}["”]/g))
    quoted.push([sentence.start + q.index, sentence.start + q.index + q[0].length]);
  const out: Marker[] = [];
  const inRepeat = { i: 0 };
  const inQuote = { i: 0 };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(norm); m !== null; m = MARKER.exec(norm)) {
    const rest = norm.slice(m.index, m.index + 60);
    if (NOT_THANKS.some((re) => re.test(rest)) || NOT_THANKS_BEFORE.test(norm.slice(Math.max(0, m.index - 40), m.index + 1))) continue;
    const length = m[0].length + (m[0] === ' thank' && rest.startsWith(' thank you') ? 4 : 0);
    const { start, end } = toSource(sentence.norm, m.index, m.index + length);
    if (inside(quoted, inQuote, start, true) && end < (quoted[inQuote.i] as [number, number])[1]) continue;
    out.push({ start, end, repeat: inside(repeats, inRepeat, m.index) });
  }
  return out;
}

// Each alternative starts only at the first space of a run (the lookbehinds), so a long run
// of spaces is scanned once rather than from each of its positions.
const SEPARATOR =
  /(?<!\s)\s*(?:[,;:—–]|\s-(?=\s))\s*|(?<!\s)\s+(?=(?:and|but|so)\s+(?:i|we|really|truly)\b|and\s+(?:thank|thanks|thx|appreciate|much appreciated)\b)/giu;

/** Splits a sentence into clauses at commas, semicolons, dashes and "and I ...". */
function clausesOf(sentence: Sentence, markers: Marker[]): Clause[] {
  const text = sentence.text;
  const out: Clause[] = [];
  let from = 0;
  let sepStart = 0;
  let next = 0;
  SEPARATOR.lastIndex = 0;
  const push = (start: number, end: number, sep: number) => {
    const inner = text.slice(start, end);
    const lead = inner.length - inner.trimStart().length;
    const trail = /[\s.!?…"'”’)]*$/.exec(inner.slice(lead))?.[0].length ?? 0;
    const s = sentence.start + start + lead;
    const e = sentence.start + end - trail;
    if (e <= s) return;
    let count = 0;
    while (next < markers.length && (markers[next] as Marker).start < s) next++;
    for (let k = next; k < markers.length && (markers[k] as Marker).start < e; k++) if (!(markers[k] as Marker).repeat) count++;
    const words = (inner.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter(
      (w) => !GENERIC_WORDS.has(w.replace(/’/g, "'")),
    );
    out.push({ sentence, start: s, end: e, sepStart: sentence.start + sep, markers: count, specific: words.length >= 2 });
  };
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    if (m[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    push(from, m.index, sepStart);
    sepStart = m.index;
    from = m.index + m[0].length;
  }
  push(from, text.length, sepStart);
  return out;
}

function caseLike(source: string, at: number, sentenceStart: number, text: string): string {
  const before = source.slice(sentenceStart, at);
  if (/^[\s"'“‘(]*$/.test(before)) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

/** The edits that deflate each inflated phrase of a sentence. */
function deflate(source: string, sentence: Sentence): { edits: TextEdit[]; first?: { start: number; end: number } } {
  const edits: TextEdit[] = [];
  let first: { start: number; end: number } | undefined;
  const note = (start: number, end: number) => {
    if (!first || start < first.start) first = { start, end };
  };
  const norm = sentence.norm.text;
  for (const form of inflatedForms) {
    for (const m of matchesIn(form.re, sentence)) {
      if (form.conditional && !NOT_YET_GIVEN.test(norm)) continue;
      note(m.start, m.end);
      edits.push(...fixFor(source, sentence, form, m.start, m.end, m.text));
    }
  }
  const s = stacked.exec(norm);
  const effusive = s !== null || SO_MUCH.test(norm);
  if (s?.indices?.[1]) {
    const [a, b] = s.indices[1];
    const { start, end } = toSource(sentence.norm, a, b);
    edits.push({ start, end, text: /very/i.test(source.slice(start, end)) ? 'very' : 'so' });
    const whole = toSource(sentence.norm, s.index, s.index + s[0].length);
    note(whole.start, whole.end);
  }
  // "Thank you, thank you, thank you": the first one stays.
  REPEATED.lastIndex = 0;
  for (let m = REPEATED.exec(norm); m !== null; m = REPEATED.exec(norm)) {
    const firstEnd = toSource(sentence.norm, m.index, m.index + 1 + (m[1] as string).length).end;
    const runEnd = toSource(sentence.norm, m.index, m.index + m[0].length).end;
    edits.push({ start: firstEnd, end: runEnd, text: '' });
  }
  const bang = BANG_RUN.exec(sentence.text);
  if (bang && effusive) {
    const start = sentence.start + bang.index;
    edits.push({ start, end: start + bang[0].trimEnd().length, text: '!' });
    const m = s ?? SO_MUCH.exec(norm);
    if (m) {
      const r = toSource(sentence.norm, m.index, m.index + m[0].length);
      note(r.start, r.end);
    }
  }
  return first ? { edits, first } : { edits };
}

function fixFor(source: string, sentence: Sentence, form: Inflated, start: number, end: number, norm: string): TextEdit[] {
  const original = source.slice(start, end);
  if (form.fix === 'thanks') {
    const word = / thanks/.test(` ${norm}`) && !/thank you/.test(norm) ? 'thanks' : 'thank you';
    return [{ start, end, text: caseLike(source, start, sentence.start, word) }];
  }
  if (form.fix === 'words') return [{ start, end, text: caseLike(source, start, sentence.start, "I'm grateful") }];
  if (form.fix === 'honoured') {
    const verb = /consider/i.test(original)
      ? 'considering'
      : /read/i.test(original)
        ? 'reading'
        : /look/i.test(original)
          ? 'looking at'
          : /take|took|taking/i.test(original)
            ? 'taking the time'
            : 'opening';
    return [{ start, end, text: caseLike(source, start, sentence.start, `glad you're ${verb}`) }];
  }
  if (/in your debt$/i.test(original)) return [{ start, end, text: 'grateful' }];
  // `drop`: "even" goes; an inflating adverb before "grateful" goes.
  const edits: TextEdit[] = [];
  const even = /\beven\s+/i.exec(original);
  if (even) edits.push({ start: start + even.index, end: start + even.index + even[0].length, text: '' });
  else {
    const adjective = /(?:grateful|thankful|indebted|appreciative)$/i.exec(original);
    if (adjective) {
      const head = original.slice(0, adjective.index);
      if (/[\p{L}]/u.test(head)) edits.push({ start, end: start + adjective.index, text: '' });
    }
  }
  return edits;
}

/** What may stay behind a removed thank-you without saying anything of its own. */
const TRIVIAL =
  /\b(?:again|really|so much|once more|lol|haha|too|as well|and|so|x+|(?:it|this|that) (?:means|meant) (?:so much|a lot|the world|everything)(?: to me)?)\b/giu;

/** The edits that remove a set of gratitude clauses, sentence by sentence. */
function removals(source: string, clauses: Clause[], removed: Set<Clause>): TextEdit[] {
  const edits: TextEdit[] = [];
  const bySentence = new Map<Sentence, Clause[]>();
  for (const c of clauses) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  for (const [sentence, list] of bySentence) {
    const gone = list.filter((c) => removed.has(c));
    if (gone.length === 0) continue;
    const kept = list.filter((c) => !removed.has(c));
    const trivial = kept.every((c) => !/[\p{L}\p{N}]{2}/u.test(source.slice(c.start, c.end).replace(TRIVIAL, '')));
    if (trivial) {
      edits.push(deletionEdit(source, sentence.start, sentence.end));
      continue;
    }
    const firstKept = list.findIndex((k) => !removed.has(k));
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as Clause;
      if (!removed.has(c)) continue;
      if (firstKept > i) {
        // Leading clauses go up to the first kept clause, whose first letter takes the capital.
        if (i > 0 && removed.has(list[i - 1] as Clause)) continue;
        const next = list[firstKept] as Clause;
        const wasCapital = /^\p{Lu}/u.test(source.slice(c.start));
        const letter = source.charAt(next.start);
        edits.push({ start: c.start, end: next.start + 1, text: wasCapital ? letter.toUpperCase() : letter });
      } else {
        edits.push({ start: c.sepStart, end: c.end, text: '' });
      }
    }
  }
  return edits;
}

/** Sorted, without overlaps: overlapping deletions join; otherwise a deletion, then the earlier edit, wins. */
function merge(source: string, edits: readonly TextEdit[]): TextEdit[] {
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  const out: (TextEdit & { i: number })[] = [];
  for (const e of order) {
    const last = out.at(-1);
    if (!last || e.start >= last.end) out.push(e);
    else if (last.text === '' && e.text === '') last.end = Math.max(last.end, e.end);
    else if (e.text === '' && last.text !== '') out[out.length - 1] = e;
    else if (e.text !== '' && last.text !== '' && e.i < last.i) out[out.length - 1] = e;
  }
  // A deletion that empties a line or ends the text takes the blank space around it.
  const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
  return out.map(({ i: _, ...e }) => {
    if (e.text !== '') return e;
    let after = e.end;
    while (after < source.length && /\s/.test(source[after] as string)) after++;
    if (after === source.length) {
      let start = e.start;
      while (start > 0 && /\s/.test(source[start - 1] as string)) start--;
      return { ...e, start };
    }
    let lineEnd = e.end;
    while (isBlank(source[lineEnd])) lineEnd++;
    if (source[lineEnd] !== '\n' && source[lineEnd] !== '\r') return e;
    let lineStart = e.start;
    while (isBlank(source[lineStart - 1])) lineStart--;
    if (lineStart === 0 || source[lineStart - 1] === '\n') return { ...e, end: after };
    return { ...e, start: lineStart };
  });
}

export default defineRule({
  meta: {
    id: 'excessive-gratitude',
    category: 'needy',
    description: 'Flags piled-up or inflated thanks, which read as anxious and make the ask look bigger than it is.',
    defaultSeverity: 'info',
    fixable: 'suggest',
    docs: ruleDocsUrl('excessive-gratitude'),
    messages: {
      inflated: (d) => `"${d.phrase}" inflates your thanks; one plain, specific thank-you sounds more confident.`,
      stacked: (d) => `${d.count} thank-yous in ${d.words} words read as anxious; keep one, and make it specific.`,
      sentence: () => 'Two thank-yous in one sentence read as anxious; keep one, and make it specific.',
    },
    trigger: TRIGGER,
  },
  create(context) {
    const { document, options } = context;
    const max = typeof options.max === 'number' && options.max >= 1 ? Math.floor(options.max) : DEFAULT_MAX;
    const limit = typeof options.words === 'number' && options.words > 0 ? options.words : DEFAULT_WORDS;
    return {
      message() {
        const source = document.source;
        const greetingEnd = document.greeting?.end ?? -1;
        // The valediction ("Thanks,", "Many thanks,") is part of the signature and is masked.
        const body = context.sentences.filter((s) => s.end > greetingEnd);
        const clauses: Clause[] = [];
        const deflations: TextEdit[] = [];
        let firstInflated: { start: number; end: number } | undefined;
        let total = 0;
        let crowded: Sentence | undefined;
        for (const s of body) {
          if (!TRIGGER.test(s.norm.text)) continue;
          const markers = markersIn(s);
          const { edits, first } = deflate(source, s);
          for (const e of edits) deflations.push(e);
          if (first && (!firstInflated || first.start < firstInflated.start)) firstInflated = first;
          if (markers.length === 0) continue;
          total += markers.length;
          // Two in one sentence pile up when one is intensified ("so much", "really"); three always do.
          const repeated = markers.some((m) => m.repeat);
          if (!crowded && (repeated || markers.length >= 3 || (markers.length === 2 && INTENSE.test(s.norm.text)))) crowded = s;
          for (const c of clausesOf(s, markers)) clauses.push(c);
        }
        // Words are counted only when there are enough thanks for the count to matter.
        let words = 0;
        if (total > max) for (const s of body) words += wordsIn(document.masked, s.start, s.end);
        const stackedUp = total > max && words < limit * (total - max);
        if (!firstInflated && !crowded && !stackedUp) return;

        // Keep one thank-you, the first specific one; drop the generic ones, then others while still too many.
        const units = clauses.filter((c) => c.markers > 0);
        const kept = units.find((u) => u.specific) ?? units[0];
        const removed = new Set<Clause>();
        // Counts kept up to date as clauses go, so that trimming stays linear.
        let left = 0;
        const perSentence = new Map<Sentence, number>();
        for (const u of units) {
          left += u.markers;
          perSentence.set(u.sentence, (perSentence.get(u.sentence) ?? 0) + u.markers);
        }
        const pile = (sentence: Sentence, n: number) => n >= 3 || (n === 2 && INTENSE.test(sentence.norm.text));
        let crowdedLeft = 0;
        for (const [sentence, n] of perSentence) if (pile(sentence, n)) crowdedLeft++;
        const remove = (u: Clause) => {
          if (removed.has(u)) return;
          removed.add(u);
          const before = perSentence.get(u.sentence) ?? 0;
          const after = before - u.markers;
          perSentence.set(u.sentence, after);
          if (pile(u.sentence, before) && !pile(u.sentence, after)) crowdedLeft--;
          left -= u.markers;
        };
        const violates = () => crowdedLeft > 0 || (left > max && words < limit * (left - max));
        if (crowded || stackedUp) {
          for (const u of units) if (u !== kept && !u.specific) remove(u);
          for (const u of units) {
            if (!violates()) break;
            if (u !== kept) remove(u);
          }
        }
        const deletions = removals(source, clauses, removed);
        const edits = merge(source, [...deletions, ...deflations]);

        const firstRemoved = units.find((u) => removed.has(u));
        let finding: Finding;
        let messageId: 'inflated' | 'stacked' | 'sentence';
        if (firstInflated) {
          finding = { ...firstInflated, edits };
          messageId = 'inflated';
        } else {
          let at: { start: number; end: number } | undefined = firstRemoved ?? kept;
          if (!firstRemoved && crowded) {
            // "thank u thank u": from the first thanks to the last.
            const markers = markersIn(crowded);
            at = { start: (markers[0] as Marker).start, end: (markers.at(-1) as Marker).end };
          }
          if (!at) return;
          finding = { start: at.start, end: at.end, edits };
          messageId = stackedUp ? 'stacked' : 'sentence';
        }

        const suggestions: Suggestion[] = [];
        if (edits.length > 0) suggestions.push({ description: 'Keep one plain thank-you', safe: false, edits });
        // When the thank-you that stays is generic, offer to make it specific.
        if (kept && !kept.specific) {
          const sentence = kept.sentence;
          const own = clauses.filter((c) => c.sentence === sentence);
          const alone = own.every((c) => c === kept || removed.has(c) || !/[\p{L}\p{N}]{2}/u.test(source.slice(c.start, c.end)));
          if (alone) {
            const rest = merge(source, [...deletions.filter((e) => e.end <= sentence.start || e.start >= sentence.end)]);
            suggestions.push({
              description: 'Make the one thank-you specific',
              safe: false,
              edits: merge(source, [
                { start: sentence.start, end: sentence.end, text: 'Thanks for [specific thing they did or offered].' },
                ...rest,
              ]),
            });
          }
        }
        context.report({
          start: finding.start,
          end: finding.end,
          messageId,
          data: { phrase: source.slice(finding.start, finding.end), count: total, words },
          suggestions,
        });
      },
    };
  },
});
