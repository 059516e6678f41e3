import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn } from '../text/match.js';
import { normalize, toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  BUSY,
  CLEARLY,
  CLEARLY_JAB,
  CLEARLY_SINCERE,
  CONFUSING,
  DELAY_CUE,
  DIGS,
  ELAPSED,
  EMPHASIS_TARGET,
  EYE_ROLL,
  OR_NOT_CHALLENGE,
  OR_NOT_END,
  OR_NOT_SINCERE,
  PRESENCE,
  PRIORITY,
  PRIORITY_GRACE,
  SCARE_QUOTE,
  SCARE_WORDS,
  SPEED_THANKS,
} from './sarcasm-snark.phrases.js';

const presence = compilePatterns(PRESENCE, VOCAB);
const busy = compilePatterns(BUSY, VOCAB);
const clearly = compilePatterns(CLEARLY, VOCAB);
const priority = compilePatterns(PRIORITY, VOCAB);
const digs = compilePatterns(DIGS, VOCAB);
const elapsed = compilePatterns(ELAPSED, VOCAB);
const confusing = compilePatterns(CONFUSING, VOCAB);
const speedThanks = compilePatterns(SPEED_THANKS, VOCAB);
const emphasis = new RegExp(EMPHASIS_TARGET.source, 'gd');

const INTENSIFIER = '(?:so+|s+o+o+|very|ve+r+y+|really|re+a+l+y+|super|su+per|such|too|to+o+)';
/** The cheap prefilter: sentences without one of these never reach the handler. */
const TRIGGER = new RegExp(
  [
    // presence checks
    ' (?:hel+o+|hi|hey|yo) \\?',
    ' (?:is|are|if|that) (?:anyone|anybody|someone|somebody)(?: |$)',
    ' (?:anyone|anybody|someone|somebody) (?:there|home|out there|alive|awake|listening)(?: |$)',
    ' earth (?:to|calling)(?: |$)',
    ' knock(?: |$)',
    ' the (?:face of the )?(?:earth|planet|map)(?: |$)',
    ' (?:abducted|kidnapped|eaten|aliens|alive|die|disappear|vanish\\w*|evaporate|missing|void|black hole|abyss|this thing)(?: |$)',
    // sarcastic sympathy
    ` ${INTENSIFIER} (?:busy|important|good|big|popular|successful|much|swamped|slammed|booked|occupied|hectic|crazy|in demand|hard to reach|overwhelmed|stretched)(?: |$)`,
    ' (?:far|way|much) too(?: |$)',
    ' must be nice(?: |$)',
    // jabs and digs
    ' (?:clearly|obviously|apparently|evidently|priority|priorities|concern)(?: |$)',
    ' not that(?: |$)',
    ' for nothing(?: |$)',
    ' (?:you|anyone|anybody|someone|somebody|team|would|could|will|might|did|do|does) (?:even|actually)(?: |$)',
    ' (?:oversight|mistake|accident|glitch|misunderstanding)(?: |$)',
    ' (?:good|valid|great|excellent|legitimate) (?:reason|excuse|explanation)(?: |$)',
    ' how many(?: |$)',
    // fake patience, ironic thanks, condescension, challenge tags, eye-rolls
    ' (?:rush|hurry|pressure|biggie|worries|sweet time)(?: |$)',
    ' (?:your|all the) time(?=(?: \\S+){0,12} been(?: |$))',
    ' not like it(?: |$)',
    ' (?:sorry|apologies|apologi[sz]e)(?: |$)',
    ' (?:speedy|quick|prompt|fast|rapid|lightning|lightning-fast|swift|timely|immediate) (?:response|reply|turnaround|answer|action|payment|follow-up|update|feedback|reaction|responses|replies)(?: |$)',
    ' or (?:not|what)(?: |$)',
    ' (?:smh|smdh|eyeroll|eye roll|rolls eyes|🙄|😒)(?: |$)',
    // scare quotes
    ' (?:your|the|this|that|their|so-called|are|were|been) ["\'“‘]',
  ].join('|'),
  'u',
);

/** How a jab is best rewritten. */
type Kind = 'jab' | 'presence' | 'or-not' | 'confusing' | 'scare' | 'eye-roll' | 'irony';

interface Hit {
  kind: Kind;
  /** Range in the original text. */
  start: number;
  end: number;
  /** For irony: the sentence after, which carries the delay cue and goes with the jab. */
  cueSentence?: Sentence;
}

const GENEROUS = 'I imagine [their context] has kept you busy.';
/** What may precede a leading jab that goes with it: "I know you're SO busy, but ...". */
const LEAD_IN =
  /^\s*(?:(?:well|so|oh|and|but|ok|okay)\b,?\s*)?(?:i (?:know|guess|suppose|realize|realise|understand|see|get it|am sure|'m sure|’m sure)\s*(?:that\s*)?)?$/i;
/** The normalised clause before a match, back to the last , ; : or dash (at most 200 characters back). */
function clauseBefore(norm: string, at: number): string {
  const before = norm.slice(Math.max(0, at - 200), at);
  const cut = Math.max(
    before.lastIndexOf(' ,'),
    before.lastIndexOf(' ;'),
    before.lastIndexOf(' :'),
    before.lastIndexOf(' -'),
    before.lastIndexOf(' —'),
  );
  return cut < 0 ? before : before.slice(cut + 2);
}

/** "Hello?", "Helloooo??", "Hi??" opening a sentence: a greeting turned into a question. */
const HELLO = /^ (?:(?:oh|um|uh|so|ok|okay|well|erm|hmm) ,? )?(?:hel+o+(?: ,)?(?: \?)+|(?:hi|hey|yo|hiya)(?: \?){2,})(?= |$)/;
const NOT_IN_PHRASE = / (?:not|if|hope|hoping|wonder|wondering)(?= )/;

/** Every jab in one sentence, earliest first. */
function hitsIn(sentence: Sentence, masked: string, next: Sentence | undefined): Hit[] {
  const norm = sentence.norm.text;
  const hits: Hit[] = [];
  const add = (kind: Kind, start: number, end: number, cueSentence?: Sentence) => {
    if (end > start) hits.push(cueSentence ? { kind, start, end, cueSentence } : { kind, start, end });
  };

  for (const m of matchesIn(presence, sentence)) add('presence', m.start, m.end);
  const hello = HELLO.exec(norm);
  if (hello) {
    const { start, end } = toSource(sentence.norm, hello.index, hello.index + hello[0].length);
    add('presence', start, end);
  }
  for (const m of matchesIn(busy, sentence)) {
    if (/too much/.test(m.text) && NOT_IN_PHRASE.test(` ${m.text}`)) continue;
    const clause = clauseBefore(norm, m.normStart);
    if (PRIORITY_GRACE.test(clause) && / if /.test(`${clause} `)) continue;
    add('jab', m.start, m.end);
  }
  let sincere: boolean | undefined;
  for (const m of matchesIn(clearly, sentence)) {
    const after = norm.slice(m.normStart, m.normEnd).concat(
      norm
        .slice(m.normEnd, m.normEnd + 120)
        .split(' ')
        .slice(0, 9)
        .join(' '),
    );
    sincere ??= CLEARLY_SINCERE.test(norm);
    if (!CLEARLY_JAB.test(after) || sincere) continue;
    add('jab', m.start, m.end);
  }
  for (const m of matchesIn(priority, sentence)) {
    if (PRIORITY_GRACE.test(clauseBefore(norm, m.normStart)) || / if /.test(` ${m.text} `)) continue;
    add('jab', m.start, m.end);
  }
  for (const m of matchesIn(digs, sentence)) add('jab', m.start, m.end);
  for (const m of matchesIn(elapsed, sentence)) add('jab', m.start, m.end);
  for (const m of matchesIn(confusing, sentence)) add('confusing', m.start, m.end);
  for (const m of matchesIn(speedThanks, sentence)) {
    const rest = norm.slice(m.normEnd, m.normEnd + 200);
    if (DELAY_CUE.test(rest)) add('irony', m.start, m.end);
    else if (next && next.paragraph === sentence.paragraph && DELAY_CUE.test(next.norm.text)) add('irony', m.start, m.end, next);
  }

  // "... or not?" at the end of a question, unless it is a sincere "whether ... or not".
  const orNot = OR_NOT_END.exec(norm);
  if (orNot && !OR_NOT_SINCERE.test(norm.slice(0, orNot.index)) && OR_NOT_CHALLENGE.test(norm.slice(0, orNot.index))) {
    const tag = / or (?:not|what)/.exec(orNot[0])?.[0] ?? ' or not';
    const { start, end } = toSource(sentence.norm, orNot.index, orNot.index + tag.length);
    add('or-not', start, end);
  }

  const roll = EYE_ROLL.exec(norm);
  if (roll) {
    const { start, end } = toSource(sentence.norm, roll.index, roll.index + roll[0].length);
    add('eye-roll', start, end);
  }

  // "you're sooo busy", "you're SO busy": emphasis that turns sympathy into sarcasm.
  let shouting: boolean | undefined;
  emphasis.lastIndex = 0;
  for (let m = emphasis.exec(norm); m !== null; m = emphasis.exec(norm)) {
    const [iStart, iEnd] = m.indices?.[1] ?? [0, 0];
    const word = toSource(sentence.norm, iStart, iEnd);
    const original = sentence.text.slice(word.start - sentence.start, word.end - sentence.start);
    const elongated = /(\p{L})\1\1/u.test(original) || /^s+o{3,}$/i.test(original);
    if (shouting === undefined) {
      const letters = sentence.text.replace(/[^\p{L}]/gu, '');
      shouting = letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.5;
    }
    const capsWord = original.length >= 2 && original === original.toUpperCase() && original !== original.toLowerCase() && !shouting;
    if (!elongated && !capsWord) continue;
    const { start, end } = toSource(sentence.norm, m.index, m.index + m[0].length);
    add('jab', start, end);
  }

  // Scare quotes around their excuse or attribute: your "busy" schedule, the 'two-day' turnaround.
  const text = masked.slice(sentence.start, sentence.end);
  SCARE_QUOTE.lastIndex = 0;
  for (let m = SCARE_QUOTE.exec(text); m !== null; m = SCARE_QUOTE.exec(text)) {
    const open = m[1] as string;
    const close = m[3] as string;
    const paired = (open === '"' && close === '"') || (open === '“' && close === '”') || ("'‘".includes(open) && "'’".includes(close));
    if (!paired || !SCARE_WORDS.test((m[2] as string).toLowerCase())) continue;
    const quoteAt = m.index + m[0].indexOf(open);
    add('scare', sentence.start + quoteAt, sentence.start + m.index + m[0].length);
  }

  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether the message keeps some prose besides the greeting once `[from, to)` is gone. */
function proseOutside(sentences: readonly Sentence[], greetingEnd: number, from: number, to: number): boolean {
  return sentences.some((s) => (s.end <= from || s.start >= to) && s.end > greetingEnd && /[\p{L}\p{N}]{2}/u.test(s.text));
}

function deleteRange(source: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (e < source.length && (source[e] === ' ' || source[e] === '\t')) e++;
  if (e === source.length || source[e] === '\n' || source[e] === '\r') {
    while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
  }
  return { start: s, end: e };
}

function suggestionsFor(source: string, others: (from: number, to: number) => boolean, run: Sentence[], hit: Hit): Suggestion[] {
  const first = run[0] as Sentence;
  const last = run.at(-1) as Sentence;
  const sentence = first;
  const rel = hit.start - sentence.start;
  const relEnd = hit.end - sentence.start;
  const lead = sentence.text.slice(0, rel);
  const after = sentence.text.slice(relEnd);
  const replaceRun = (description: string, text: string): Suggestion => ({
    description,
    safe: false,
    edits: [{ start: first.start, end: last.end, text: matchCase(first.text, text) }],
  });

  if (hit.kind === 'or-not') {
    const out: Suggestion[] = [];
    const space = /\s*$/.exec(source.slice(sentence.start, hit.start))?.[0].length ?? 0;
    // "... or not??" keeps one question mark.
    const marks = /^\s*[?!]+/.exec(source.slice(hit.end, sentence.end))?.[0] ?? '';
    const edits = [{ start: hit.start - space, end: hit.end + marks.length, text: marks ? '?' : '' }];
    // "So can you ... or not?": the "So" goes too (a direct start reads as impatient).
    const so = /^(\s*)(so)\b,?\s+(\p{L})/iu.exec(lead);
    if (so) {
      const letter = so[2] === 'So' || so[2] === 'SO' ? (so[3] as string).toUpperCase() : (so[3] as string);
      edits.unshift({ start: sentence.start + (so[1] as string).length, end: sentence.start + so[0].length, text: letter });
    }
    out.push({ description: 'Ask the question plainly', safe: false, edits });
    out.push(replaceRun('Narrow it to one easy yes/no question', 'Would it help to narrow this to one question: [specific yes/no]?'));
    return out;
  }
  if (hit.kind === 'confusing') {
    return [replaceRun('Restate the point instead of blaming their reading', "Here's a shorter version: [one-line summary].")];
  }
  if (hit.kind === 'eye-roll' && run.length === 1 && /[\p{L}\p{N}]/u.test(lead)) {
    const cut = deleteRange(source, hit.start, hit.end);
    const start = /\s/.test(source[cut.start - 1] ?? '') && cut.end === hit.end ? cut.start - 1 : cut.start;
    return [{ description: 'Remove the eye-roll', safe: false, edits: [{ start, end: cut.end, text: '' }] }];
  }

  const out: Suggestion[] = [];
  // A leading clause ("Not that you'd notice, but ...") can simply go.
  const clause = /^[^,;:—–]*?(?:[,;:—–]|\s+-)\s*(?:(?:so|and|but|though)\b,?\s*)?/i.exec(after);
  if (run.length === 1 && hit.kind !== 'irony' && LEAD_IN.test(lead) && clause) {
    const rest = after.slice(clause[0].length);
    if (/[\p{L}\p{N}]{2}/u.test(rest) && !/^\s*(?:or not|or what)\b/i.test(rest) && !snarky(rest)) {
      out.push({
        description: 'Drop the sarcastic remark',
        safe: false,
        edits: [{ start: sentence.start, end: sentence.end, text: capitalize(rest) }],
      });
      return out;
    }
  }
  // A trailing remark after a comma or dash ("..., not that you'd notice.") can go too.
  const trailing = /(?:[,;—–]|\s-)\s*(?:(?:and|but|so)\s+)?$/i.exec(lead);
  if (
    run.length === 1 &&
    hit.kind !== 'irony' &&
    trailing &&
    lead.slice(0, trailing.index).trim().split(/\s+/).length >= 3 &&
    /^\s*[.!?…]*\s*$/.test(after)
  ) {
    const end = /[.!?…]+\s*$/.test(sentence.text) ? sentence.start + sentence.text.search(/[.!?…]+\s*$/) : sentence.end;
    out.push({
      description: 'Drop the sarcastic remark',
      safe: false,
      edits: [{ start: sentence.start + trailing.index, end, text: /[.!?…]/.test(after) ? '' : '.' }],
    });
    return out;
  }
  const end = hit.cueSentence && hit.cueSentence.index > last.index ? hit.cueSentence.end : last.end;
  if (others(first.start, end)) {
    const cut = deleteRange(source, first.start, end);
    out.push({ description: 'Remove the sarcastic remark', safe: false, edits: [{ start: cut.start, end: cut.end, text: '' }] });
  }
  out.push({
    description: 'Assume good faith instead',
    safe: false,
    edits: [{ start: first.start, end, text: matchCase(first.text, GENEROUS) }],
  });
  if (hit.kind === 'scare') {
    const quoted = source.slice(hit.start, hit.end);
    out.push({
      description: 'Drop the scare quotes',
      safe: false,
      edits: [{ start: hit.start, end: hit.end, text: quoted.replace(/^["“'‘]|["”'’]$/gu, '') }],
    });
  }
  return out;
}

/** Whether a piece of text left after a rewrite would still be flagged. */
function snarky(text: string): boolean {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, text, norm: normalize(text) };
  return hitsIn(sentence, text, undefined).length > 0;
}

/** Jabs whose rewrite is a generous assumption or a deletion: consecutive ones form one remark. */
const RUN_KINDS = new Set<Kind>(['presence', 'jab', 'eye-roll']);

export default defineRule({
  meta: {
    id: 'sarcasm-snark',
    category: 'passive-aggressive',
    description: 'Flags sarcasm aimed at the reader: mock concern, "must be nice", "clearly you…", scare quotes and "…or not?" tags.',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('sarcasm-snark'),
    messages: {
      snark: (d) => `"${d.phrase}" reads as sarcasm; assume they were busy and say what you need.`,
      'or-not': () => 'A "…or not?" tag turns the question into a challenge; ask it plainly.',
      confusing: (d) => `"${d.phrase}" blames their reading while seeming to apologise; restate the point instead.`,
    },
    // What every pattern needs, as specific as possible: most sentences never reach the handler.
    trigger: TRIGGER,
  },
  create(context) {
    const { document } = context;
    const consumed = new Set<number>();
    const greetingEnd = document.greeting?.end ?? -1;
    const others = (from: number, to: number) => proseOutside(context.sentences, greetingEnd, from, to);
    return {
      sentence(sentence) {
        if (consumed.has(sentence.index)) return;
        const next = context.sentences[sentence.index + 1];
        const hit = hitsIn(sentence, document.masked, next)[0];
        if (!hit) return;
        // "Hello?? Anyone there? Earth to Mark!" is one remark: report it once, rewrite it whole.
        const run = [sentence];
        if (RUN_KINDS.has(hit.kind) && hit.start - sentence.start <= 2) {
          for (let i = sentence.index + 1; i < context.sentences.length; i++) {
            const s = context.sentences[i] as Sentence;
            if (s.paragraph !== sentence.paragraph) break;
            const h = hitsIn(s, document.masked, context.sentences[i + 1])[0];
            if (!h || !RUN_KINDS.has(h.kind)) break;
            run.push(s);
            consumed.add(s.index);
          }
        }
        const last = run.at(-1) as Sentence;
        const end = run.length > 1 ? last.end : hit.end;
        const messageId = hit.kind === 'or-not' ? 'or-not' : hit.kind === 'confusing' ? 'confusing' : 'snark';
        context.report({
          start: hit.start,
          end,
          messageId,
          data: { phrase: document.source.slice(hit.start, hit.end) },
          suggestions: suggestionsFor(document.source, others, run, hit),
        });
      },
    };
  },
});
