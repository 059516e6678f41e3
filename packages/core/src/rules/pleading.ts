import { ruleDocsUrl } from '../docs-url.js';
import { matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { CLOSE_FRAME, LONG_PLEASE, PLEA_PATTERNS, PLEA_VOCAB } from './pleading.phrases.js';

const beg = compilePatterns(PLEA_PATTERNS.beg, PLEA_VOCAB);
const anyReply = compilePatterns(PLEA_PATTERNS.anyReply, PLEA_VOCAB);

// "I'll do anything you need", "we're counting on you for the keynote": an offer or a plan, not a plea.
const OFFER_AFTER =
  /^ (?:you|else|that|which|needed|required|necessary|on (?:our|my) (?:end|side)|to help you|to make (?:this|it) easier|for you)\b/;
const PLEA_END = /^(?: (?:here|on this|for this|now|guys|all|again|lol))*(?: [,.!?…;:)—–-]| but\b| and\b| so\b|$)/;

const ANY_AT_ALL_BEFORE = / (?:for|appreciate|appreciated|welcome|grateful for|thankful for|hoping for|hope for|need|want) $/;
const ANY_AT_ALL_AFTER = /^ (?:would|will|is|helps|help|means|works)(?= |$)/;

// "I'm desperate for a response / to hear back", not "desperate for coffee".
const DESPERATE_FOR =
  /^ (?:for (?:a |an |any |your |this |the |some |one )?(?:response|reply|answer|word|news|update|job|role|work|position|chance|break|help|decision|sign|client|clients|contract|deal|opportunity|interview|yes|money|payment)\b|to (?:hear|get|land|find|know|start|work|close|win|secure)\b)/;

const CALL = 'Would you be open to a 15-minute call on [day] about [role/project]?';
const YES_NO = 'A yes or a no both help me plan. Which is it for [specific]?';

function suggestionsFor(sentence: Sentence, m: PhraseMatch, replyPlea: boolean): Suggestion[] {
  const lead = sentence.text.slice(0, m.start - sentence.start);
  const rewrites = [
    { description: 'Turn the plea into a specific, easy request', text: CALL },
    { description: 'Say once that a no helps as much as a yes', text: YES_NO },
  ];
  if (replyPlea) rewrites.reverse();
  // "Thanks for your time, and it would mean the world to me…": keep the first clause.
  const separator = /\s*(?:[,;—–]\s*(?:and|but|so)?|\s+(?:and|but))\s*$/i.exec(lead);
  const kept = separator ? lead.slice(0, separator.index) : '';
  return rewrites.map(({ description, text }) => {
    if (separator && /[\p{L}\p{N}]/u.test(kept)) {
      return {
        description,
        safe: false,
        edits: [{ start: sentence.start + separator.index, end: sentence.end, text: `. ${text}` }],
      };
    }
    return { description, safe: false, edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, text) }] };
  });
}

export default defineRule({
  meta: {
    id: 'pleading',
    category: 'needy',
    description: 'Flags begging and desperate need, such as "please, please", "I\'ll do anything" or "any reply at all".',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('pleading'),
    messages: {
      beg: (d) => `"${d.phrase}" reads as begging; a confident, specific request gets more replies.`,
      anyReply: (d) => `"${d.phrase}" pleads for any reply at all; ask for a specific, easy answer instead.`,
    },
    trigger:
      / (?:please|pretty|beg|begging|pleading|plead|imploring|implore|knees|knee|anything|desperate|desperately|need|needs|needed|needing|want|wants|wanted|wanting|owe|indebted|forever|eternally|everlastingly|hope|chance|option|lifeline|only|counting|turn|praying|mean|forget|any|p+l+e{2,}a*s+e*|p+l+e+a{2,}s+e*|p+l+e+a+s{2,}e*|p+l+e+a+s+e{2,}|pl[sz]{3,}|pleez+e*|pweas+e+|pwease|pwetty)(?= |$)/,
  },
  create(context) {
    // Paragraphs holding a permission-to-close frame, computed on the first request for any reply.
    let paragraphsWithCloseFrame: Set<number> | undefined;
    const inCloseFrame = (paragraph: number) => {
      paragraphsWithCloseFrame ??= new Set(context.sentences.filter((s) => CLOSE_FRAME.test(s.norm.text)).map((s) => s.paragraph));
      return paragraphsWithCloseFrame.has(paragraph);
    };

    return {
      sentence(sentence) {
        const norm = sentence.norm.text;
        const phrase = (m: PhraseMatch) => sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
        for (const m of matchesIn(beg, sentence)) {
          const after = norm.slice(m.normEnd, m.normEnd + 120);
          if (/ do (?:anything|absolutely anything|literally anything|anything at all)$/.test(` ${m.text}`) && OFFER_AFTER.test(after))
            continue;
          if (/counting on you$/.test(m.text) && !PLEA_END.test(after)) continue;
          if (/desperate$/.test(m.text) && !PLEA_END.test(after) && !DESPERATE_FOR.test(after)) continue;
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'beg',
            data: { phrase: phrase(m) },
            suggestions: suggestionsFor(sentence, m, false),
          });
          return;
        }
        for (const m of matchesIn(LONG_PLEASE, sentence)) {
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'beg',
            data: { phrase: phrase(m) },
            suggestions: suggestionsFor(sentence, m, false),
          });
          return;
        }
        // Permission-to-close frame (RULES.md §6.2): "any answer, even a no, helps" is a fair ask.
        for (const m of matchesIn(anyReply, sentence)) {
          if (inCloseFrame(sentence.paragraph)) return;
          // "any reply at all" is a plea as a request ("… would be great", "grateful for …"), not in a question.
          if (/^any /.test(m.text) && / at all$/.test(m.text)) {
            const before = norm.slice(Math.max(0, m.normStart - 60), m.normStart + 1);
            const after = norm.slice(m.normEnd, m.normEnd + 60);
            if (!ANY_AT_ALL_BEFORE.test(before) && !ANY_AT_ALL_AFTER.test(after)) continue;
          }
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'anyReply',
            data: { phrase: phrase(m) },
            suggestions: suggestionsFor(sentence, m, true),
          });
          return;
        }
      },
    };
  },
});
