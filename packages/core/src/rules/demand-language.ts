import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, caseLike } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { clauseBefore, matchesIn, type PhraseMatch } from '../text/match.js';
import { toSource } from '../text/normalize.js';
import { compilePatterns, patternSource } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  AUTHOR_ACTS,
  BARE_PLEASE,
  CONDITIONAL_BEFORE,
  DATED_REASON,
  DEMANDS,
  INDIRECT_BEFORE,
  NEGATED_BEFORE,
  NOT_URGENT,
  OPTIONS_AFTER,
  OR_NOT,
  READER_ACTS,
  REASON_AFTER,
  REPLY_ACTS,
  STRONG_URGENCY,
  URGENCY,
  URGENT_ALWAYS,
  URGENT_WORD,
  WILL_YOU,
} from './demand-language.phrases.js';
import { subjectSentence } from './shouting-caps.js';

const vocab = { ...VOCAB, ACT: READER_ACTS, REPLY: REPLY_ACTS, STRONG: STRONG_URGENCY, URGENCY };
const [actUrgency, ...otherDemands] = DEMANDS.map((p) => compilePatterns([p], vocab)) as [RegExp, ...RegExp[]];
/** The urgency words at the end of a match ("reply asap", "get back to me by end of day"). */
const urgencyAtEnd = new RegExp(
  `${patternSource(
    URGENCY.map((u) => `[please] ${u}`),
    vocab,
  )}$`,
  'u',
);

const urgentWord = new RegExp(URGENT_WORD.source, 'g');

const ASK_TEMPLATE = 'Could you let me know [specific] by [date]? That would help me [reason].';
/** A short body that is only a bare question or request ("Any update?"). */
const BARE_BODY_WORDS = 5;
const BARE_REQUEST = / (?:let me know|any (?:update|updates|news|word)|thoughts|update me|please (?:reply|respond|advise|update))(?= |$)/;

/** Replaces the sentence from `from` (default: its start) to its end. */
function replaceSentence(sentence: Sentence, text: string, description: string, from = sentence.start): Suggestion {
  const original = sentence.text.slice(from - sentence.start);
  return { description, safe: false, edits: [{ start: from, end: sentence.end, text: caseLike(original, text) }] };
}

/** The could-you rewrite, from the match on when an earlier part of the sentence stands alone ("msg?? need an answer"). */
function askInstead(sentence: Sentence, match?: { start: number }): Suggestion {
  const before = match ? sentence.text.slice(0, match.start - sentence.start) : '';
  const from = match && /[.?!:]\s*$/u.test(before) ? match.start : sentence.start;
  return replaceSentence(sentence, ASK_TEMPLATE, 'Ask with "could you", a date and a reason', from);
}

/** Swaps the urgency word of a match for a date: "Please send the contract ASAP so we can start" → "... by [date] so ...". */
function dateInstead(sentence: Sentence, match: PhraseMatch): Suggestion | undefined {
  const text = sentence.text.slice(match.start - sentence.start, match.end - sentence.start);
  const norm = sentence.norm.text.slice(match.normStart, match.normEnd);
  const tail = urgencyAtEnd.exec(norm);
  if (!tail) return undefined;
  const words = tail[0].trim().split(' ').length;
  const cut = /(?:\s+\S+)$/u;
  let kept = text;
  for (let i = 0; i < words; i++) kept = kept.replace(cut, '');
  if (kept === text || kept.length === 0) return undefined;
  return {
    description: 'Give a date instead of the urgency',
    safe: false,
    edits: [{ start: match.start + kept.length, end: match.end, text: ' by [date]' }],
  };
}

export default defineRule({
  meta: {
    id: 'demand-language',
    category: 'pushy',
    description: 'Flags bald demands and obligation language aimed at the reader, such as "Reply ASAP" or "You need to get back to me".',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('demand-language'),
    messages: {
      demand: (d) => `"${d.phrase}" is a bald demand; ask with "could you", a date and a reason instead.`,
      urgent: (d) => `"${d.phrase}" announces urgency without a reason; say what is needed by when, and why.`,
      question: (d) => `"${d.phrase}" reads as a challenge; ask a specific, easy-to-answer question instead.`,
      bare: () =>
        'A one-line question with no greeting or context reads as curt; add a greeting and a line about what you are following up on.',
    },
    trigger:
      / (?:asap|a\.s\.a\.p|immediately|urgently|urgent|time-sensitive|at once|right away|right now|straight away|promptly|now|today|tonight|need|must|have to|has to|got to|gotta|required|expect|expecting|demand|demanding|insist|insisting|require|requiring|sure|please|pls|plz|kindly|respond|reply|answer|or not|without delay|without fail|instant|soon as possible|by eod|by cob|end of (?:the )?day|await|awaiting|call|ring|phone)(?= |$)/,
  },
  create(context) {
    const { document } = context;
    const greetingEnd = document.greeting?.end ?? -1;
    const firstBody = context.sentences.find((s) => s.end > greetingEnd + 1);
    let reported = false;

    /** The first demand of a sentence, if any. */
    function judge(sentence: Sentence, isSubject: boolean): void {
      const norm = sentence.norm.text;
      const report = (start: number, end: number, messageId: 'demand' | 'urgent' | 'question', suggestions: Suggestion[]) => {
        reported = true;
        context.report({ start, end, messageId, data: { phrase: document.source.slice(start, end) }, suggestions });
      };

      for (const re of otherDemands) {
        for (const m of matchesIn(re, sentence)) {
          const clause = clauseBefore(sentence, m.normStart);
          const after = norm.slice(m.normEnd);
          if (NEGATED_BEFORE.test(clause) || CONDITIONAL_BEFORE.test(clause)) continue;
          if (/ need(?: [a-z]+)? you to$/.test(m.text) && /^ (?:know|understand|feel)(?= )/.test(after)) continue;
          if (/ need /.test(m.text) && /^ from (?!you|your|u )/.test(after)) continue;
          if (OPTIONS_AFTER.test(after)) continue;
          // The pattern may start on the punctuation before a chat-style "need an answer".
          const start = m.start + (/^[\s?!.,]*/u.exec(document.source.slice(m.start, m.end))?.[0].length ?? 0);
          report(start, m.end, 'demand', [askInstead(sentence, { start })]);
          return;
        }
      }
      for (const m of matchesIn(actUrgency, sentence)) {
        const clause = clauseBefore(sentence, m.normStart);
        const after = norm.slice(m.normEnd);
        if (NEGATED_BEFORE.test(clause) || AUTHOR_ACTS.test(clause)) continue;
        if (OPTIONS_AFTER.test(after) || /^ that(?= )/.test(after)) continue;
        const always = URGENT_ALWAYS.test(` ${m.text}`);
        if (!always && (INDIRECT_BEFORE.test(norm.slice(0, m.normStart)) || REASON_AFTER.test(after))) continue;
        const swap = dateInstead(sentence, m);
        const short = sentence.text.replace(/[\s.!?]+$/u, '').length - (m.end - m.start) < 12;
        const ask = askInstead(sentence, m);
        report(m.start, m.end, 'demand', swap ? (short ? [ask, swap] : [swap, ask]) : [ask]);
        return;
      }
      const whole = { start: sentence.start, end: sentence.end };
      const trimmedEnd = whole.start + sentence.text.replace(/[\s.!]+$/u, '').length;
      if (BARE_PLEASE.test(norm)) {
        report(whole.start, trimmedEnd, 'demand', [askInstead(sentence)]);
        return;
      }
      const orNot = OR_NOT.exec(norm);
      if (orNot && !/ whether /.test(norm.slice(0, orNot.index + orNot[0].length))) {
        const span = toSource(sentence.norm, orNot.index, orNot.index + orNot[0].length);
        report(span.start, span.end, 'question', [
          replaceSentence(sentence, 'Would you still like to go ahead with [specific]?', 'Ask a specific question instead', span.start),
        ]);
        return;
      }
      const willYou = WILL_YOU.exec(norm);
      if (willYou) {
        const span = toSource(sentence.norm, willYou.index, willYou.index + willYou[0].length);
        report(span.start, span.end, 'question', [
          replaceSentence(
            sentence,
            'Could you let me know your thoughts on [specific question]?',
            'Ask with "could you" and name the question',
            span.start,
          ),
        ]);
        return;
      }
      // "URGENT" in the subject or the first sentence, with no dated reason.
      if (isSubject || sentence === firstBody) {
        const urgent = matchesIn(urgentWord, sentence)[0];
        if (!urgent || NOT_URGENT.test(norm) || DATED_REASON.test(norm)) return;
        const word = document.source.slice(urgent.start, urgent.end);
        const next = /^\s+\p{Lu}\p{Ll}/u.test(document.source.slice(urgent.end, sentence.end));
        // A proper noun ("Urgent Care Plus") is a name, not a demand.
        if (!isSubject && next && /^\p{Lu}\p{Ll}/u.test(word) && urgent.start > sentence.start) return;
        const lead = document.source.slice(sentence.start, urgent.start);
        const sep = /^[\s:;,.!–—-]*/u.exec(document.source.slice(urgent.end, sentence.end))?.[0] ?? '';
        const rest = document.source.slice(urgent.end + sep.length, sentence.end);
        const suggestions: Suggestion[] = [];
        if (/^[\s"'([]*$/u.test(lead) && /\p{L}/u.test(rest)) {
          suggestions.push({
            description: 'Drop the urgency label',
            safe: false,
            edits: [{ start: urgent.start, end: urgent.end + sep.length + 1, text: capitalize(rest.charAt(0)) }],
          });
        } else {
          suggestions.push(
            replaceSentence(sentence, '[Item] is needed by [date] because [reason].', 'Give the date and the reason instead'),
          );
        }
        report(urgent.start, urgent.end, 'urgent', suggestions);
      }
    }

    return {
      sentence(sentence) {
        judge(sentence, false);
      },
      message() {
        const subject = subjectSentence(document);
        if (subject) judge(subject, true);
        // A body that is one bare question with no greeting (info), on follow-ups.
        const type = context.classification.type;
        if (reported || document.greeting || (type !== 'follow-up' && type !== 'close')) return;
        const body = context.sentences;
        if (body.length !== 1) return;
        const only = body[0] as Sentence;
        const masked = document.masked.slice(only.start, only.end);
        const words = masked.match(/[\p{L}\p{N}]+/gu) ?? [];
        if (words.length === 0 || words.length > BARE_BODY_WORDS) return;
        // Names, numbers and placeholders are context.
        if (/\p{N}|\bXx+\b/u.test(masked) || words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && w !== 'I')) return;
        if (!/\?\s*$/.test(masked) && !BARE_REQUEST.test(only.norm.text)) return;
        // Thanks soften a one-liner ("lol thanks. so, any news?").
        if (/ (?:thanks|thank|thx|appreciate|appreciated|lol|haha)(?= |$)/.test(only.norm.text)) return;
        // "hey any word yet?" opens with a greeting of its own.
        if (/^ (?:hi|hey|hello|hiya|heya|dear|morning|good (?:morning|afternoon|evening)|yo)(?= )/.test(only.norm.text)) return;
        context.report({
          start: only.start,
          end: only.end,
          messageId: 'bare',
          severity: 'info',
          suggestions: [
            {
              description: 'Add a greeting and a line of context',
              safe: false,
              edits: [{ start: only.start, end: only.start, text: "Hi [name],\n\nI'm following up on [specific item]. " }],
            },
          ],
        });
      },
    };
  },
});
