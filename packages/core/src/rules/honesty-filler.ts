import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, deletion } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { insideQuotes, matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  ACTUALLY_I,
  ADVERBS,
  ANYWHERE,
  AS_I_SAID_AFTER,
  CLAUSE_END,
  CLAUSE_LEAD,
  CLAUSE_START,
  CORRECTION_AFTER,
  FACTUALITY_OPENERS,
  LITERAL_MANNER,
  LITERALLY,
  MANNER_VERB,
  SENTENCE_LEAD,
  STANDALONE,
} from './honesty-filler.phrases.js';

type Kind = 'teeUp' | 'factuality' | 'surprise' | 'emphasis';

const anywhere = compilePatterns(ANYWHERE, VOCAB);
const clauseStart = compilePatterns(CLAUSE_START, VOCAB);
const clauseEnd = compilePatterns(CLAUSE_END, VOCAB);
const standalone = compilePatterns(STANDALONE, VOCAB);
const adverbs = compilePatterns(ADVERBS, VOCAB);
const openers = compilePatterns(FACTUALITY_OPENERS, VOCAB);
const actuallyI = compilePatterns(ACTUALLY_I, VOCAB);
const literally = compilePatterns(LITERALLY, VOCAB);

const CLOSES_CLAUSE = /^(?:$| [,.!?;:…—–\-)]| but(?= |$)| lol(?= |$)| haha(?= |$))/;
// A subject or conjunction right before the adverb makes it a sentence adverb ("and honestly it's").
const SENTENCE_ADVERB_PREV = / (?:i|we|you|they|it|this|that|he|she|and|but|so|because|though|,)$/;
const NEW_CLAUSE = /^(?:i|we|you|they|it|this|that|there|he|she|i'm|i’m|it's|it’s|that's|that’s)\b/i;
const TRAILING_REST = /^[\s.!?…)"”'’:;,\p{Extended_Pictographic}]*$/u;

interface Candidate {
  match: PhraseMatch;
  kind: Kind;
  /** The part to remove, when it differs from the match ("actually" in "I actually wanted"). */
  remove?: { start: number; end: number };
}

function candidates(sentence: Sentence): Candidate[] {
  const norm = sentence.norm.text;
  const out: Candidate[] = [];
  const before = (m: PhraseMatch) => norm.slice(0, m.normStart);
  const after = (m: PhraseMatch) => norm.slice(m.normEnd);
  for (const m of matchesIn(anywhere, sentence)) out.push({ match: m, kind: 'teeUp' });
  for (const m of matchesIn(clauseStart, sentence)) {
    if (!CLAUSE_LEAD.test(before(m))) continue;
    // "Just saying." stands alone; "just saying hi" is no tee-up.
    if (/sayin(?:g)?$/.test(m.text) && !CLOSES_CLAUSE.test(after(m))) continue;
    out.push({ match: m, kind: 'teeUp' });
  }
  for (const m of matchesIn(clauseEnd, sentence)) if (CLOSES_CLAUSE.test(after(m))) out.push({ match: m, kind: 'teeUp' });
  for (const m of matchesIn(standalone, sentence)) {
    if (CLAUSE_LEAD.test(before(m)) && CLOSES_CLAUSE.test(after(m))) out.push({ match: m, kind: 'teeUp' });
  }
  for (const m of matchesIn(adverbs, sentence)) {
    const lead = before(m);
    if (MANNER_VERB.test(lead) && !SENTENCE_ADVERB_PREV.test(lead)) continue;
    // "We work with Frankly Media": a capitalised word inside the sentence, before another, is a name.
    const rel = m.start - sentence.start;
    if (/[\p{L}\p{N}]/u.test(sentence.text.slice(0, rel)) && /^\p{Lu}[\p{L}]*\s+\p{Lu}/u.test(sentence.text.slice(rel))) continue;
    out.push({ match: m, kind: 'teeUp' });
  }
  for (const m of matchesIn(openers, sentence)) {
    if (!SENTENCE_LEAD.test(before(m))) continue;
    if (AS_I_SAID_AFTER.test(after(m))) continue;
    if (m.text === 'actually' && CORRECTION_AFTER.test(after(m))) continue;
    out.push({ match: m, kind: 'factuality' });
  }
  for (const m of matchesIn(actuallyI, sentence)) {
    const rel = sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
    const word = /\bactually\b/i.exec(rel);
    if (!word) continue;
    const start = m.start + word.index;
    out.push({ match: m, kind: 'surprise', remove: { start, end: start + word[0].length } });
  }
  for (const m of matchesIn(literally, sentence)) {
    if (LITERAL_MANNER.test(before(m))) continue;
    out.push({ match: m, kind: 'emphasis' });
  }
  return out
    .filter((c) => !insideQuotes(norm, c.match.normStart))
    .sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
}

/** The sentence without the filler at [start, end), with commas and capitals repaired. */
function withoutFiller(sentence: Sentence, start: number, end: number): string {
  const s = sentence.text;
  let before = s.slice(0, start - sentence.start);
  let after = s.slice(end - sentence.start);
  const removed = s.slice(start - sentence.start, end - sentence.start);
  let out: string;
  if (!/[\p{L}\p{N}]/u.test(before)) {
    // Leading: "To be honest, I'm frustrated." -> "I'm frustrated."
    after = after.replace(/^\s*[,;:—–-]?\s*/u, '');
    const upper = /^\p{Lu}/u.test(removed);
    out = before + (upper ? capitalize(after) : after);
  } else if (TRAILING_REST.test(after)) {
    // Trailing: "I feel ignored, to be honest." -> "I feel ignored."
    before = before.replace(/[\s,;:—–-]+$/u, '');
    out = before + after.replace(/^\s+/, '');
  } else if (/^\s*[,;:—–-]/u.test(after)) {
    // "The quote, frankly, is high" -> "The quote is high"; "Tuesday, honestly, I can" -> "Tuesday, I can";
    // "and honestly, it's" -> "and it's"
    after = after.replace(/^\s*[,;:—–-]\s*/u, '');
    if (/,\s*$/.test(before) && !NEW_CLAUSE.test(after)) before = before.replace(/\s*,\s*$/, ' ');
    out = /[,;:]\s*$/.test(before) ? before + after : before.replace(/\s*$/, ' ') + after;
  } else {
    out = before.replace(/\s*$/, before.trim() ? ' ' : '') + after.replace(/^\s+/, '');
  }
  return out.replace(/ {2,}/g, ' ').replace(/ ([,.!?;:])/g, '$1');
}

function suggestionsFor(text: string, sentence: Sentence, c: Candidate): Suggestion[] {
  const range = c.remove ?? { start: c.match.start, end: c.match.end };
  const rewritten = withoutFiller(sentence, range.start, range.end);
  if (!/[\p{L}\p{N}]/u.test(rewritten)) {
    return [deletion(text, sentence.start, sentence.end, 'Remove the filler sentence', true)];
  }
  return [
    {
      description: 'Remove the filler and state the point',
      safe: true,
      edits: [{ start: sentence.start, end: sentence.end, text: rewritten }],
    },
  ];
}

export default defineRule({
  meta: {
    id: 'honesty-filler',
    category: 'needy',
    description: 'Flags honesty tee-ups and emphatic fillers such as "to be honest", "frankly" and "literally".',
    defaultSeverity: 'info',
    fixable: 'safe',
    docs: ruleDocsUrl('honesty-filler'),
    messages: {
      teeUp: (d) => `"${d.phrase}" frames what follows as a frank confession and can put the reader on guard; state the point plainly.`,
      factuality: (d) => `"${d.phrase}" reads as correcting the reader; state the point without it.`,
      surprise: (d) => `"${d.phrase}" sounds surprised that you have something to ask; drop "actually".`,
      emphasis: (d) => `"${d.phrase}" adds emphasis but no information; a specific fact is stronger.`,
    },
    trigger:
      / (?:honest|honestly|honesty|frank|frankly|frankness|truthfully|truthful|truth|candidly|candid|bluntly|plainly|transparent|candor|candour|blunt|straight|upfront|lie|saying|sayin|fact|actually|literally|tbh|tbqh|ngl|seriousness|truthfulness)(?= |$)/,
  },
  create(context) {
    const text = context.document.source;
    return {
      sentence(sentence) {
        const found = candidates(sentence)[0];
        if (!found) return;
        context.report({
          start: found.match.start,
          end: found.match.end,
          messageId: found.kind,
          data: { phrase: text.slice(found.match.start, found.match.end) },
          suggestions: suggestionsFor(text, sentence, found),
        });
      },
    };
  },
});
