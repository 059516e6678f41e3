import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { insideQuotes, matchesIn, type PhraseMatch } from '../text/match.js';
import { normalize } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import { wordsIn } from '../text/words.js';
import type { Suggestion, TextEdit } from '../types.js';
import { VOCAB } from '../vocab.js';
import { ASK_HEDGE, HEDGES, NOT_A_HEDGE_AFTER, NOUN_KIND_BEFORE, READER_BEFORE_MIGHT, SELF_VALUE } from './hedge-stack.phrases.js';

const hedgeRe = compilePatterns(HEDGES, VOCAB);
const selfRe = compilePatterns(SELF_VALUE, VOCAB);
const askRe = compilePatterns(ASK_HEDGE, VOCAB);

const TRIGGER =
  / (?:think|believe|guess|suppose|feel|seems?|seemed|seemingly|maybe|perhaps|possibly|probably|potentially|hopefully|somewhat|kind|sort|kinda|sorta|bit|extent|degree|less|might|wondering|wonder|sure|certain|opinion|view|imo|imho)(?= |$)/;

interface Analysis {
  hedges: PhraseMatch[];
  /** The largest run of hedges with at most STACK_GAP words between neighbours. */
  stack: PhraseMatch[];
  /** The self-value or ask phrase a hedge qualifies (detection (c)), if any. */
  scoped?: PhraseMatch;
}

function isHedge(norm: string, m: PhraseMatch): boolean {
  const before = norm.slice(0, m.normStart);
  const after = norm.slice(m.normEnd);
  const t = m.text;
  if (t === 'kind of' || t === 'sort of') return !NOUN_KIND_BEFORE.test(before);
  if (/ (?:think|believe)$/.test(t)) return !(NOT_A_HEDGE_AFTER[t.endsWith('think') ? 'think' : 'believe'] as RegExp).test(after);
  if (/ feel$/.test(t)) return !(NOT_A_HEDGE_AFTER.feel as RegExp).test(after);
  if (t === 'might') return !(NOT_A_HEDGE_AFTER.might as RegExp).test(after) && !READER_BEFORE_MIGHT.test(before);
  if (/ bit$/.test(t)) return !(NOT_A_HEDGE_AFTER.bit as RegExp).test(after) && !/ (?:quite|not|every)$/.test(before);
  return true;
}

/** A hedge qualifies a self-value phrase when it sits inside it, just before it in the same clause, or trails it. */
function qualifies(norm: string, h: PhraseMatch, v: PhraseMatch): boolean {
  if (h.normStart >= v.normStart && h.normEnd <= v.normEnd) return true;
  if (h.normEnd <= v.normStart) {
    const gap = norm.slice(h.normEnd, v.normStart);
    return !/ [,;:—–(]/.test(gap) && gap.split(' ').length <= 7;
  }
  if (h.normStart >= v.normEnd) {
    return /^(?: [^ ,.;:!?…—–(]+){0,6}(?: ,)?$/.test(norm.slice(v.normEnd, h.normStart)) && /^(?:$| [.!?…;:,])/.test(norm.slice(h.normEnd));
  }
  return false;
}

/** Hedges far apart in a long sentence ("I think X …, and later perhaps Y") are not a stack. */
const STACK_GAP = 10;

function largestStack(norm: string, hedges: readonly PhraseMatch[]): PhraseMatch[] {
  let best: PhraseMatch[] = [];
  let run: PhraseMatch[] = [];
  for (const h of hedges) {
    const prev = run.at(-1);
    const gap = prev
      ? norm
          .slice(prev.normEnd, h.normStart)
          .split(' ')
          .filter((w) => /^[\p{L}\p{N}]/u.test(w)).length
      : 0;
    run = prev && gap <= STACK_GAP ? [...run, h] : [h];
    if (run.length > best.length) best = run;
  }
  return best;
}

function analyse(sentence: Sentence): Analysis {
  const norm = sentence.norm.text;
  const hedges = matchesIn(hedgeRe, sentence).filter((m) => !insideQuotes(norm, m.normStart) && isHedge(norm, m));
  if (hedges.length === 0) return { hedges, stack: [] };
  const stack = largestStack(norm, hedges);
  const ask = matchesIn(askRe, sentence)[0];
  if (ask) return { hedges, stack, scoped: ask };
  for (const v of matchesIn(selfRe, sentence)) {
    if (hedges.some((h) => qualifies(norm, h, v))) return { hedges, stack, scoped: v };
  }
  return { hedges, stack };
}

function pseudoSentence(text: string): Sentence {
  return { index: 0, start: 0, end: text.length, paragraph: 0, text, norm: normalize(text) };
}

// ---------------------------------------------------------------------------------------
// Rewrites: drop the hedges (and commit the modal), keeping the rest of the sentence.

const LEAD_CLAUSE =
  /^(?:(?:i|we) (?:really |just |do |would |still |also |honestly )?(?:think|believe|guess|suppose)(?: that)?|i (?:really |just |kind of |sort of |kinda |sorta )?feel(?: like| that| as if| as though)?|it (?:just |kind of |sort of )?(?:seems|seemed|would seem)(?: like| that| to me)?|in my .*(?:opinion|view)|imo|imho|i am not .*(?:sure|certain)(?: ,)? but)$/;
const WONDER = /\bwonder/;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edit that removes one hedge at [hs, he) of `s` (sentence-relative), with its comma. */
function removal(s: string, hs: number, he: number): Edit {
  const before = s.slice(0, hs);
  const after = s.slice(he);
  if (!/[\p{L}\p{N}]/u.test(before)) {
    return { start: hs, end: he + (/^\s*,?\s*/.exec(after)?.[0].length ?? 0), text: '' };
  }
  if (/^\s*[,;:]/.test(after) && /[,;:]\s*$/.test(before)) {
    return { start: hs, end: he + (/^\s*[,;:]\s*/.exec(after)?.[0].length ?? 0), text: '' };
  }
  if (/^\s*(?:[.!?…)]|$)/.test(after)) {
    return { start: hs - (/[\s,;:]*$/.exec(before)?.[0].length ?? 0), end: he, text: '' };
  }
  if (/^\s*,/.test(after)) return { start: hs, end: he + (/^\s*,\s*/.exec(after)?.[0].length ?? 0), text: '' };
  return { start: hs, end: he + (/^\s*/.exec(after)?.[0].length ?? 0), text: '' };
}

/** "I was wondering if there's any news." -> "Is there any news?" */
function fromWondering(s: string): string | undefined {
  const m =
    /^(\W*)(?:(?:i|we)\s+(?:was|were|am|are|['’]?m)?\s*)?(?:just\s+|only\s+|really\s+|also\s+)*(?:wondering|wonder)\s+(?:if|whether)\s+(.*)$/iu.exec(
      s.replace(/[\s.?!…]+$/u, ''),
    );
  if (!m) return undefined;
  const rest = m[2] as string;
  const forms: [RegExp, (r: RegExpExecArray) => string][] = [
    [/^there(?:['’]s| is) (.+)$/i, (r) => `is there ${r[1]}`],
    [/^there are (.+)$/i, (r) => `are there ${r[1]}`],
    [/^there(?:['’]s| has) been (.+)$/i, (r) => `has there been ${r[1]}`],
    [
      /^(you|we|i) (could|would|can|will|might) (.+)$/i,
      (r) => `${r[2] === 'might' ? 'would' : r[2]} ${r[1] === 'I' || r[1] === 'i' ? 'I' : r[1]} ${r[3]}`,
    ],
    [/^(you|we) had (.+)$/i, (r) => `have ${r[1]} had ${r[2]}`],
    [/^(you|we) have (.+)$/i, (r) => `do ${r[1]} have ${r[2]}`],
  ];
  for (const [re, build] of forms) {
    const r = re.exec(rest);
    if (r) return `${m[1]}${capitalize(build(r))}?`;
  }
  return undefined;
}

function articleFix(out: string): string {
  return out.replace(/\b([Aa])n? (?=\p{L})(\p{L})/gu, (all, a: string, next: string) => {
    const vowel = /[aeiou]/i.test(next);
    return all.toLowerCase().startsWith('an') === vowel ? all : `${a}${vowel ? 'n' : ''} ${next}`;
  });
}

/** The sentence with the hedges of `remove` dropped; undefined when no clean rewrite exists. */
function rewrite(sentence: Sentence, hedges: readonly PhraseMatch[], remove: ReadonlySet<number>): string | undefined {
  const s = sentence.text;
  const edits: Edit[] = [];
  let wondering = false;
  for (const [i, h] of hedges.entries()) {
    if (!remove.has(i)) continue;
    const hs = h.start - sentence.start;
    const he = h.end - sentence.start;
    const t = h.text;
    if (WONDER.test(t)) {
      wondering = true;
      continue;
    }
    if (/not .*(?:sure|certain) (?:if|whether)$/.test(t) || /^(?:i|we) (?:do|did|would) not/.test(t)) return undefined;
    if (t === 'might') {
      const next = /^(?:\s+(?:possibly|probably|maybe|perhaps|potentially|somewhat|hopefully|just|really|also))*\s+(\p{L}+)/iu
        .exec(s.slice(he))?.[1]
        ?.toLowerCase();
      if (!next || next === 'have' || next === 'not') return undefined;
      const self = /(?:^|\s)I\s*$/.test(s.slice(0, hs));
      edits.push({ start: hs, end: he, text: matchCase(s.slice(hs, he), self && next === 'be' ? 'would' : 'will') });
      continue;
    }
    if (!LEAD_CLAUSE.test(t) && t.split(' ').length > 4) return undefined;
    edits.push(removal(s, hs, he));
  }
  edits.sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) if ((edits[i] as Edit).start < (edits[i - 1] as Edit).end) return undefined;
  let out = s;
  for (const e of [...edits].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  out = out
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?;:])/g, '$1')
    .replace(/,(\s*[,.!?])/g, '$1')
    .replace(/^(\W*?)[,;:]\s*/u, '$1');
  if (wondering) {
    const asked = fromWondering(out);
    if (!asked) return undefined;
    out = asked;
  }
  out = articleFix(out);
  const first = /\p{L}/u.exec(s)?.[0];
  if (first && first === first.toUpperCase()) out = capitalize(out);
  return /[\p{L}\p{N}]/u.test(out) && out !== s ? out : undefined;
}

function fires(a: Analysis, maxPerSentence: number): boolean {
  return a.stack.length > maxPerSentence || a.scoped !== undefined;
}

function templateFor(sentence: Sentence, scoped: PhraseMatch): Suggestion {
  const t = scoped.text;
  let body = 'I can help with [specific need]: [evidence].';
  let description = 'Commit to the claim and give evidence';
  if (/\b(?:fit|match|candidate|person|choice|addition|asset|hire|qualified|suited|pick|skills|experience|background|takes)\b/.test(t)) {
    body = "I'm a strong fit for [role] because [evidence].";
  } else if (/\binterested\b/.test(t)) {
    body = "I'm still interested in [role], and [one concrete reason].";
  } else if (/\b(?:hoping|wondering|wanting|thinking|want|need|hope|wanted|needed|hoped)$/.test(t)) {
    body = 'Would [day] work for a 15-minute call about [topic]?';
    description = 'Make the ask directly, with one specific option';
  }
  return { description, safe: false, edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, body) }] };
}

function suggestionsFor(sentence: Sentence, a: Analysis, maxPerSentence: number): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const offer = (text: string | undefined, description: string) => {
    if (text === undefined || seen.has(text)) return;
    if (fires(analyse(pseudoSentence(text)), maxPerSentence)) return;
    seen.add(text);
    out.push({ description, safe: false, edits: [{ start: sentence.start, end: sentence.end, text }] });
  };
  const all = new Set(a.hedges.map((_, i) => i));
  offer(rewrite(sentence, a.hedges, all), 'Drop the hedges and commit to the point');
  if (!a.scoped && a.stack.length > 1) {
    const keepFirst = new Set([...all].filter((i) => i !== 0));
    offer(rewrite(sentence, a.hedges, keepFirst), 'Keep one hedge');
  }
  if (a.scoped) out.push(templateFor(sentence, a.scoped));
  return out;
}

function numberOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export default defineRule({
  meta: {
    id: 'hedge-stack',
    category: 'needy',
    description: 'Flags stacked hedges in one sentence or a short message, and hedges on your own value or ask.',
    defaultSeverity: 'info',
    fixable: 'suggest',
    docs: ruleDocsUrl('hedge-stack'),
    messages: {
      stack: (d) => `${d.count} hedges in one sentence (${d.list}) make the point sound unsure; keep one at most.`,
      self: (d) => `"${d.phrase}" hedges your own value or request; state it with confidence and evidence.`,
      message: (d) => `${d.count} hedges in a short message (${d.list}) read as unsure; keep the one that matters.`,
    },
    trigger: TRIGGER,
  },
  create(context) {
    const maxPerSentence = numberOption(context.options.maxPerSentence, 1);
    const maxPerMessage = numberOption(context.options.maxPerMessage, 3);
    const shortMessageWords = numberOption(context.options.shortMessageWords, 150);
    const text = context.document.source;
    const found: { sentence: Sentence; analysis: Analysis }[] = [];
    let reported = false;
    const quote = (m: PhraseMatch) => `"${text.slice(m.start, m.end)}"`;

    return {
      sentence(sentence) {
        const analysis = analyse(sentence);
        if (analysis.hedges.length === 0) return;
        found.push({ sentence, analysis });
        if (!fires(analysis, maxPerSentence)) return;
        const { hedges, stack, scoped } = analysis;
        const stacked = stack.length > maxPerSentence;
        const span = stacked
          ? stack
          : [...hedges.filter((h) => qualifies(sentence.norm.text, h, scoped as PhraseMatch)), scoped as PhraseMatch];
        const start = Math.min(...span.map((m) => m.start));
        const end = Math.max(...span.map((m) => m.end));
        reported = true;
        context.report({
          start,
          end,
          messageId: stacked ? 'stack' : 'self',
          data: { count: stack.length, list: stack.map(quote).join(', '), phrase: text.slice(start, end) },
          suggestions: suggestionsFor(sentence, analysis, maxPerSentence),
        });
      },
      message() {
        if (reported) return;
        const total = found.reduce((n, f) => n + f.analysis.hedges.length, 0);
        if (total <= maxPerMessage) return;
        let words = 0;
        for (const s of context.sentences) {
          words += wordsIn(context.document.masked, s.start, s.end);
        }
        if (words >= shortMessageWords) return;
        const first = (found[0] as { analysis: Analysis }).analysis.hedges[0] as PhraseMatch;
        // One suggestion: drop the hedges sentence by sentence until the count is within the limit.
        const edits: TextEdit[] = [];
        let left = total;
        for (const { sentence, analysis } of found) {
          if (left <= maxPerMessage) break;
          const out = rewrite(sentence, analysis.hedges, new Set(analysis.hedges.map((_, i) => i)));
          if (out === undefined) continue;
          edits.push({ start: sentence.start, end: sentence.end, text: out });
          left -= analysis.hedges.length;
        }
        const all = found.flatMap((f) => f.analysis.hedges);
        context.report({
          start: first.start,
          end: first.end,
          messageId: 'message',
          data: { count: total, list: all.map(quote).join(', ') },
          suggestions: left <= maxPerMessage && edits.length > 0 ? [{ description: 'Drop most of the hedges', safe: false, edits }] : [],
        });
      },
    };
  },
});
