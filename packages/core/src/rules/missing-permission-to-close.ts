import { ruleDocsUrl } from '../docs-url.js';
import { defineRule, type Sentence } from '../rule.js';
import { bodySentences, firstBodyRange } from '../text/body.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import { CLOSE_ASKS, CLOSE_LOOP, CLOSE_RELEASES, REPEATED_ATTEMPTS } from './missing-permission-to-close.phrases.js';

const marker = compilePatterns([...CLOSE_ASKS, ...CLOSE_LOOP, ...CLOSE_RELEASES], VOCAB);
const decisive = compilePatterns([...CLOSE_ASKS, ...CLOSE_LOOP], VOCAB);
const repeated = compilePatterns(REPEATED_ATTEMPTS, VOCAB);

/** Whether a sentence offers the reader a graceful exit. */
export function offersExit(sentence: Sentence): boolean {
  marker.lastIndex = 0;
  return marker.test(sentence.norm.text);
}

/**
 * Whether a sentence asks whether to stop, says a "no" is fine, or closes the loop: a next
 * step either way (shared with `missing-next-step`; an open door alone is not one).
 */
export function closesDecisively(sentence: Sentence): boolean {
  decisive.lastIndex = 0;
  return decisive.test(sentence.norm.text);
}

/** The follow-up number at which a missing exit becomes a warning; one before it, info. */
const DEFAULT_REQUIRED_AT = 4;

function requiredAtOption(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 2 ? Math.floor(value) : DEFAULT_REQUIRED_AT;
}

export default defineRule({
  meta: {
    id: 'missing-permission-to-close',
    category: 'closing',
    description: 'Flags late follow-ups that give the reader no graceful way to say no or to let the thread go.',
    defaultSeverity: 'info',
    fixable: 'suggest',
    docs: ruleDocsUrl('missing-permission-to-close'),
    appliesTo: ['follow-up', 'close'],
    messages: {
      late: (d) =>
        `This is follow-up #${d.n} and it offers no way out: ask whether you should stop, or say that a "no" is fine and the door stays open.`,
    },
  },
  create(context) {
    const { document, classification } = context;
    const requiredAt = requiredAtOption(context.options.requiredAt);
    return {
      message() {
        const body = bodySentences(document, context.sentences);
        if (body.length === 0) return;
        let n = classification.followUp;
        if (n < requiredAt - 1) {
          // Text cues of repeated attempts ("I've reached out a few times") make it a late follow-up.
          const cue = body.some((s) => {
            repeated.lastIndex = 0;
            return repeated.test(s.norm.text);
          });
          if (!cue) return;
          n = requiredAt - 1;
        }
        if (body.some(offersExit)) return;
        const range = firstBodyRange(document, body[0] as Sentence);
        if (!range) return;
        context.report({
          ...range,
          messageId: 'late',
          data: { n },
          severity: n >= requiredAt ? 'warning' : 'info',
          suggestions: suggestionsFor(document.source, body.at(-1) as Sentence),
        });
      },
    };
  },
});

function suggestionsFor(source: string, last: Sentence): Suggestion[] {
  // Placed after the last sentence of the body, before the sign-off.
  const at = last.end;
  const before = source.slice(last.start, at);
  const lead = /[.!?]["'”’)]*$/.test(before) ? ' ' : '. ';
  return [
    {
      description: 'Offer a graceful exit',
      safe: false,
      edits: [
        {
          start: at,
          end: at,
          text: `${lead}If [project] isn't a priority right now, just let me know and I'll stop following up.`,
        },
      ],
    },
    {
      description: 'Close the loop yourself',
      safe: false,
      edits: [
        {
          start: at,
          end: at,
          text: `${lead}If I don't hear back, I'll assume the timing isn't right and won't follow up again; you're welcome to reach out whenever.`,
        },
      ],
    },
  ];
}
