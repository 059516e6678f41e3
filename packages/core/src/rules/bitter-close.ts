import { ruleDocsUrl } from '../docs-url.js';
import { matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import { BITTER_LINES, CONDOLENCE } from './bitter-close.phrases.js';

const bitter = compilePatterns(BITTER_LINES, VOCAB);

const WARM_CLOSE =
  "I'll close the loop on my side for now. Thanks again for [specific], and I'd be glad to reconnect if [project] comes back around.";

function suggestionsFor(sentence: Sentence): Suggestion[] {
  return [
    {
      description: 'Close the loop warmly instead',
      safe: false,
      edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, WARM_CLOSE) }],
    },
  ];
}

export default defineRule({
  meta: {
    id: 'bitter-close',
    category: 'closing',
    description: 'Flags giving-up lines that carry contempt or wounded pride, such as "Your loss" or "I\'ll stop wasting my time".',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('bitter-close'),
    appliesTo: ['follow-up', 'close'],
    messages: {
      bitter: (d) => `"${d.phrase}" closes on resentment, which is the last impression they keep; release them warmly instead.`,
    },
    trigger:
      / (?:fine|ok|okay|alright|whatever|interested|clear|obvious|clearly|obviously|apparently|evidently|wasting|waste|hint|message|loss|bother|trouble|contact|email|chase|pester|bothered|luck|never|guess|thanks|thank|expected|known|learned|beg|grovel|done|finished|through|people)(?= |$)/,
  },
  create(context) {
    return {
      sentence(sentence) {
        if (CONDOLENCE.test(sentence.norm.text)) return;
        const m = matchesIn(bitter, sentence)[0];
        if (!m) return;
        context.report({
          start: m.start,
          end: m.end,
          messageId: 'bitter',
          data: { phrase: sentence.text.slice(m.start - sentence.start, m.end - sentence.start) },
          suggestions: suggestionsFor(sentence),
        });
      },
    };
  },
});
