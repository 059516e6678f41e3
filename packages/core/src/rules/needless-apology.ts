import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, deletion, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import { APOLOGY_PATTERNS, NEGATED_APOLOGY, NOT_NEEDLESS, STRONG_IMPOSE, WRITING_ACTS } from './needless-apology.phrases.js';

const apology = compilePatterns(APOLOGY_PATTERNS, { ...VOCAB, STRONG: STRONG_IMPOSE, WRITING: WRITING_ACTS });

// Words that may trail a stand-alone apology without carrying a request of their own.
const TRAILING_FILLER =
  /^(?:\s|[.!?…,;:)-]|\b(?:again|once|more|yet|like|this|these|that|with|my|all|emails?|messages?|notes?|follow-ups?|so|much|often|today|here|here's|constantly|lately|time|and|over|the|inbox|your|in|advance|agai?n|lol|haha|:\)|really|very|you)\b)*$/i;

function suggestionsFor(text: string, sentence: Sentence, match: PhraseMatch): Suggestion[] {
  const rel = match.start - sentence.start;
  const lead = sentence.text.slice(0, rel);
  const after = sentence.text.slice(match.end - sentence.start);
  const leadIsEmpty = /^\s*(?:(?:oh|so|and|um|hi|hey|also|again|i|we|but|just|ok|okay)\b[\s,]*)*$/i.test(lead);
  const thanks: Suggestion = {
    description: 'Swap the apology for appreciation',
    safe: false,
    edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, 'Thanks for considering [specific request].') }],
  };
  if (leadIsEmpty && TRAILING_FILLER.test(after)) {
    return [deletion(text, sentence.start, sentence.end, 'Remove the apology', true), thanks];
  }
  const preamble = /^[^,;:—–]*?(?:[,;:—–]\s*(?:but|and)?|\s+but)\s+/i.exec(after);
  if (leadIsEmpty && preamble && /[\p{L}\p{N}]/u.test(after.slice(preamble[0].length))) {
    const restStart = match.end + preamble[0].length;
    const rest = text.slice(restStart, sentence.end);
    return [
      {
        description: 'Remove the apology and open with the request',
        safe: true,
        edits: [{ start: sentence.start, end: sentence.end, text: capitalize(rest) }],
      },
    ];
  }
  const trailing = /[,;—–-]\s*$/.exec(lead);
  if (trailing && TRAILING_FILLER.test(after)) {
    const start = sentence.start + trailing.index;
    const end = match.end + (/^[\s,]*(?:again|once more|like this)?/i.exec(after)?.[0].length ?? 0);
    return [{ description: 'Remove the apology', safe: true, edits: [{ start, end, text: '' }] }];
  }
  return [thanks];
}

export default defineRule({
  meta: {
    id: 'needless-apology',
    category: 'needy',
    description: 'Flags apologies for writing or following up, which frame a legitimate message as an imposition.',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('needless-apology'),
    messages: {
      apology: (d) => `"${d.phrase}" apologises for following up; following up is legitimate, so lead with the point.`,
    },
    trigger: / (?:sorry|apolog\w*|forgive|pardon|excuse|hate|want|like|mean|hope|regret)(?= |$)/,
  },
  create(context) {
    const text = context.document.source;
    return {
      sentence(sentence) {
        for (const m of matchesIn(apology, sentence)) {
          const around = sentence.norm.text.slice(Math.max(0, m.normStart - 20), m.normEnd + 40);
          // Sympathy, or an apology for a real fault named right there, is not needless.
          const window = sentence.norm.text
            .slice(m.normStart, m.normEnd)
            .concat(sentence.norm.text.slice(m.normEnd).split(' ').slice(0, 7).join(' '));
          if (NOT_NEEDLESS.test(window)) continue;
          if (NEGATED_APOLOGY.test(around)) continue;
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'apology',
            data: { phrase: sentence.text.slice(m.start - sentence.start, m.end - sentence.start) },
            suggestions: suggestionsFor(text, sentence, m),
          });
          return;
        }
      },
    };
  },
});
