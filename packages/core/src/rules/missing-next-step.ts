import { ruleDocsUrl } from '../docs-url.js';
import type { ParsedDocument } from '../parse/document.js';
import { defineRule, type Sentence } from '../rule.js';
import { bodySentences, firstBodyRange } from '../text/body.js';
import { normalize, toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  ACTIONABLE_QUESTION,
  AVAILABILITY,
  CONCRETE_REQUEST,
  DEADLINE,
  INDIRECT_ASK,
  ITEM_STATE,
  MEETING_WORDS,
  OPEN_OPINION,
  PROPOSAL,
  REQUEST_CUE,
  RESPONSE_MECHANISM,
  SELF_ACTION,
  TIME_WORDS,
  WEAK_CLOSERS,
  WEAK_OBJECT,
  WEAK_QUESTION,
} from './missing-next-step.phrases.js';
import { closesDecisively } from './missing-permission-to-close.js';

const weakQuestion = compilePatterns(WEAK_QUESTION, VOCAB);
const openOpinion = compilePatterns(OPEN_OPINION, VOCAB);
const weakCloser = compilePatterns(WEAK_CLOSERS, VOCAB);

/** How many paragraphs at the end of the body make up its closing section. */
const CLOSING_PARAGRAPHS = 2;
const QUESTION_END = /\?[\s"'”’)]*$/;
// A trailing vocative ("..., Tom?") or a leading one ("Tom, ...") names the reader, not the matter.
const VOCATIVE = /(?:,\s*\p{Lu}[\p{L}'’.-]*\s*[?!.]*$|^\s*\p{Lu}[\p{L}'’.-]*\s*,)/u;
const CAPITALISED = /(?<=[\p{L}\p{N},;:)]\s+)(?!(?:I|I['’]\w+)\b)\p{Lu}[\p{L}\p{N}'’&-]*/u;
const NUMBER = /\p{N}/u;

const test = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};

export default defineRule({
  meta: {
    id: 'missing-next-step',
    category: 'specificity',
    description: 'Flags follow-ups and thank-you notes that end without a concrete next step for the reader or the writer.',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('missing-next-step'),
    appliesTo: ['follow-up', 'thank-you'],
    messages: {
      'follow-up': () =>
        'This follow-up ends without a concrete next step: propose a time, ask one specific question, or say what you will do and when.',
      'thank-you': () => 'Consider ending with a next step: a specific question, a proposed time, or what you will send and when.',
    },
  },
  create(context) {
    const { document, classification } = context;
    return {
      message() {
        const body = bodySentences(document, context.sentences);
        if (body.length === 0) return;
        // Asking whether to stop, or closing the loop, anywhere in the message is itself a next step.
        if (body.some(closesDecisively)) return;
        const paragraphs = [...new Set(body.map((s) => s.paragraph))].slice(-CLOSING_PARAGRAPHS);
        const closing = body.filter((s) => paragraphs.includes(s.paragraph));
        if (closing.some((s) => isNextStep(s, document))) return;
        const range = firstBodyRange(document, body[0] as Sentence);
        if (!range) return;
        const type = classification.type === 'thank-you' ? 'thank-you' : 'follow-up';
        context.report({
          ...range,
          messageId: type,
          severity: type === 'thank-you' ? 'info' : 'warning',
          suggestions: suggestionsFor(document, closing.at(-1) as Sentence),
        });
      },
    };
  },
});

/**
 * Something ties the sentence, from offset `from` on, to a specific matter: a number, a name,
 * a placeholder, or (unless `withTime` is false) a time.
 */
function hasAnchor(s: Sentence, document: ParsedDocument, from = s.start, withTime = true): boolean {
  const start = Math.max(from, document.greeting && s.start < document.greeting.end ? document.greeting.end : s.start);
  const text = document.masked.slice(start, s.end).replace(VOCATIVE, '');
  if (NUMBER.test(text) || CAPITALISED.test(text)) return true;
  // The sentence is normalised already; only a part of it (after a greeting or a weak opener) needs it again.
  if (withTime && test(TIME_WORDS, start === s.start ? s.norm.text : normalize(document.masked, start, s.end).text)) return true;
  return document.placeholders.some((p) => p.kind !== 'control' && p.start >= start && p.end <= s.end);
}

function hasPlaceholder(s: Sentence, document: ParsedDocument, kinds?: readonly string[]): boolean {
  return document.placeholders.some(
    (p) => p.kind !== 'control' && p.start >= s.start && p.end <= s.end && (!kinds || kinds.includes(p.kind)),
  );
}

/** Where the first match of a phrase list starts in the source, or -1. */
function matchStart(re: RegExp, s: Sentence): number {
  re.lastIndex = 0;
  const m = re.exec(s.norm.text);
  return m ? toSource(s.norm, m.index, m.index + m[0].length).start : -1;
}

function hasTime(s: Sentence, document: ParsedDocument): boolean {
  return test(TIME_WORDS, s.norm.text) || hasPlaceholder(s, document, ['date', 'event']);
}

/** RULES.md (a) to (f): a question with a specific object, a slot, an owned action with a time, a response mechanism, a concrete request. */
function isNextStep(s: Sentence, document: ParsedDocument): boolean {
  const norm = s.norm.text;
  if (QUESTION_END.test(document.masked.slice(s.start, s.end)) || test(INDIRECT_ASK, norm)) {
    if (test(openOpinion, norm)) return false;
    // "Any update?" counts once it names what it is about ("Any update on invoice #2231?").
    const weak = matchStart(weakQuestion, s);
    if (weak >= 0) return hasAnchor(s, document, weak);
    if (test(ACTIONABLE_QUESTION, norm) || test(ITEM_STATE, norm) || hasAnchor(s, document)) return true;
  }
  if (test(CONCRETE_REQUEST, norm) || test(RESPONSE_MECHANISM, norm)) return true;
  // "I need an answer on the Corwin offer by tomorrow" names its matter; "I expect a response this week" does not.
  if (test(REQUEST_CUE, norm) && (test(DEADLINE, norm) || hasTime(s, document))) {
    if (!test(WEAK_OBJECT, norm) || hasAnchor(s, document, s.start, false)) return true;
  }
  if (test(MEETING_WORDS, norm) && test(PROPOSAL, norm) && hasTime(s, document)) return true;
  if (test(AVAILABILITY, norm) && hasTime(s, document)) return true;
  return test(SELF_ACTION, norm) && hasTime(s, document);
}

/** Whether the sentence is only a weak closer ("Let me know!", "Looking forward to hearing from you."). */
function isWeakCloser(s: Sentence): boolean {
  weakCloser.lastIndex = 0;
  const m = weakCloser.exec(s.norm.text);
  if (!m) return false;
  const rest = `${s.norm.text.slice(0, m.index)} ${s.norm.text.slice(m.index + m[0].length)}`;
  return !/[\p{L}\p{N}]{3,}/u.test(
    rest.replace(/ (?:just|so|and|but|hey|hi|ok|okay|again|soon|please|thanks|all|the|best|you|from|back|on|this|lol)(?= |$)/g, ''),
  );
}

const SLOT_QUESTION = 'Would [day] at [time] or [day] at [time] work for a 15-minute call about [topic]?';
const OWN_IT = "I'll call on [day] morning. If another time is better, just reply with it.";

function suggestionsFor(document: ParsedDocument, last: Sentence): Suggestion[] {
  const source = document.source;
  const edit = (text: string) => {
    if (isWeakCloser(last)) {
      const range = firstBodyRange(document, last);
      if (range) return { ...range, text };
    }
    const lead = /[.!?]["'”’)]*$/.test(source.slice(last.start, last.end)) ? ' ' : '. ';
    return { start: last.end, end: last.end, text: `${lead}${text}` };
  };
  return [
    { description: 'Propose a concrete slot', safe: false, edits: [edit(SLOT_QUESTION)] },
    { description: 'Say what you will do and when', safe: false, edits: [edit(OWN_IT)] },
  ];
}
