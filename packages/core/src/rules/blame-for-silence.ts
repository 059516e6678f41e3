import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, matchCase, uncapitalize } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { clauseBefore, matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { GUILT_MARKERS, VOCAB } from '../vocab.js';
import { ACCUSATIONS, GRACE_BEFORE, SILENCE_STATEMENTS, THIRD_PARTY_SOURCE } from './blame-for-silence.phrases.js';

const accusation = compilePatterns(ACCUSATIONS, VOCAB);
const statement = compilePatterns(SILENCE_STATEMENTS, VOCAB);
const guilt = compilePatterns(GUILT_MARKERS, VOCAB);

const OBJECT_LEAD =
  /^(?:\s*(?:back|to me|to us|me|us|yet|at all|so far|still|regarding|about|on|re|concerning|to|for|with|since|after|from you|in regard to|in response to|following|over)\b)+\s*/i;
// "my last two emails" inside the match, stopping before the verb ("went unanswered").
const POSSESSED_OBJECT =
  /\b(?:my|our)\b(?:\s+(?!(?:went|have|has|had|seem\w*|keep\w*|kept|remain\w*|sat|sit|go|goes|gone|are|were|is|was)\b)[\w'’#-]+){1,4}/i;
// Openers of a clause that only comments on the silence and can go ("Given your silence, ...").
const SILENCE_CLAUSE = /^(?:given|despite|considering|after|with|due|in light|because|since|as|no|not having|without|still no|radio)\b/i;
const OBJECT_START = /^(?:my|our|the|your|this|that|a|an|invoice|req|order|ticket|#|\p{Lu}|\p{N}|X)/u;

/** The thing the accusation was about ("my email from last week"), when the sentence names one. */
function objectOf(sentence: Sentence, match: PhraseMatch): string | undefined {
  const inMatch = POSSESSED_OBJECT.exec(sentence.text.slice(match.start - sentence.start, match.end - sentence.start));
  const rest = sentence.text.slice(match.end - sentence.start).replace(OBJECT_LEAD, '');
  const restObject = /^[^,;:!?—–]*?(?=\s+(?:so|and|but|which|because|yet|lol|haha)\b|[,;:!?—–]|\.(?:\s|$)|$)/i.exec(rest)?.[0].trim() ?? '';
  if (restObject && OBJECT_START.test(restObject) && restObject.split(/\s+/).length <= 12) return restObject;
  if (inMatch) return uncapitalize(inMatch[0]);
  return undefined;
}

function suggestionsFor(sentence: Sentence, match: PhraseMatch): Suggestion[] {
  const out: Suggestion[] = [];
  const relStart = match.start - sentence.start;
  const lead = sentence.text.slice(0, relStart);
  const after = sentence.text.slice(match.end - sentence.start);
  // A leading clause ("Given your silence, ...") can simply go.
  const clause = /^[^,;]*[,;]\s*(?:(?:so|and|but|therefore)\s+)?/i.exec(after);
  const matched = sentence.text.slice(relStart, match.end - sentence.start);
  if (/^\s*(?:\w+,?\s+)?$/.test(lead) && SILENCE_CLAUSE.test(matched) && clause && after.length > clause[0].length + 3) {
    const rest = after.slice(clause[0].length);
    out.push({
      description: 'Drop the remark about their silence',
      safe: false,
      edits: [{ start: sentence.start, end: sentence.end, text: capitalize(rest) }],
    });
    return out;
  }
  const object = objectOf(sentence, match);
  const ending = /[.!?]$/.test(sentence.text) ? '.' : '';
  if (object) {
    out.push({
      description: `Name the item instead of the silence: "Following up on ${object}."`,
      safe: false,
      edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, `Following up on ${object}${ending}`) }],
    });
  }
  out.push({
    description: 'Assume good faith and ask for the specific item',
    safe: false,
    edits: [
      {
        start: sentence.start,
        end: sentence.end,
        text: matchCase(sentence.text, 'I imagine things have been busy on your side. Could you let me know where [specific item] stands?'),
      },
    ],
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'blame-for-silence',
    category: 'passive-aggressive',
    description: 'Flags sentences that blame the reader for not replying, ignoring you, or going quiet.',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('blame-for-silence'),
    messages: {
      accusation: (d) => `"${d.phrase}" blames the reader for their silence; assume they were busy and name what you need.`,
      statement: (d) => `"${d.phrase}" points at their silence; lead with the item you are following up on instead.`,
    },
    trigger:
      / (?:you|your|no|silence|silent|quiet|heard|hear|gotten|got|get|received|receive|waiting|unanswered|ignored|unacknowledged|unreturned)(?= |$)/,
  },
  create(context) {
    // Built on the first statement match only: most messages never need it.
    let guiltyParagraphs: Set<number> | undefined;
    const paragraphHasGuilt = (paragraph: number): boolean => {
      if (!guiltyParagraphs) {
        guiltyParagraphs = new Set();
        for (const s of context.sentences) {
          guilt.lastIndex = 0;
          if (guilt.test(s.norm.text)) guiltyParagraphs.add(s.paragraph);
        }
      }
      return guiltyParagraphs.has(paragraph);
    };
    const graced = (s: Sentence, m: PhraseMatch) => GRACE_BEFORE.test(clauseBefore(s, m.normStart));

    return {
      sentence(sentence) {
        for (const m of matchesIn(accusation, sentence)) {
          if (graced(sentence, m)) continue;
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'accusation',
            data: { phrase: sentence.text.slice(m.start - sentence.start, m.end - sentence.start) },
            suggestions: suggestionsFor(sentence, m),
          });
          return;
        }
        for (const m of matchesIn(statement, sentence)) {
          if (graced(sentence, m)) continue;
          if (THIRD_PARTY_SOURCE.test(sentence.norm.text.slice(m.normEnd))) continue;
          const pointed = /\bnever\b/.test(m.text) && /\bfrom (?:you|your)\b/.test(m.text);
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'statement',
            data: { phrase: sentence.text.slice(m.start - sentence.start, m.end - sentence.start) },
            severity: pointed || paragraphHasGuilt(sentence.paragraph) ? 'warning' : 'info',
            suggestions: suggestionsFor(sentence, m),
          });
          return;
        }
      },
    };
  },
});
