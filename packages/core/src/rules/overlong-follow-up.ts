import { ruleDocsUrl } from '../docs-url.js';
import { defineRule, type Sentence } from '../rule.js';
import { bodySentences, firstBodyRange } from '../text/body.js';
import { wordsIn } from '../text/words.js';

/** RULES.md: over 150 words of the author's own prose (quotes and signature excluded). */
const DEFAULT_MAX_WORDS = 150;

function maxWordsOption(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_MAX_WORDS;
}

export default defineRule({
  meta: {
    id: 'overlong-follow-up',
    category: 'message',
    description: 'Flags follow-ups and thank-you notes whose own prose runs past a word limit (150 by default).',
    defaultSeverity: 'info',
    fixable: 'none',
    docs: ruleDocsUrl('overlong-follow-up'),
    appliesTo: ['follow-up', 'thank-you'],
    messages: {
      long: (d) =>
        `This message runs to ${d.words} words (limit ${d.max}): keep one sentence of context, one new element and one question, and link the rest.`,
    },
  },
  create(context) {
    const { document } = context;
    const max = maxWordsOption(context.options.maxWords);
    return {
      message() {
        const body = bodySentences(document, context.sentences);
        if (body.length === 0) return;
        let words = 0;
        for (const s of body) {
          const from = document.greeting && s.start < document.greeting.end ? document.greeting.end : s.start;
          words += wordsIn(document.masked, from, s.end);
        }
        if (words <= max) return;
        const range = firstBodyRange(document, body[0] as Sentence);
        if (!range) return;
        context.report({ ...range, messageId: 'long', data: { words, max } });
      },
    };
  },
});
