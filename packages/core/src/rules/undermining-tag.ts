import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, deletion, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { insideQuotes, matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import { ASKS_FOR_REPLY, BARE_QUESTION, CLOSES_CLAUSE, CLOSING_TAGS, FIRST_PERSON, TAGS } from './undermining-tag.phrases.js';

type Kind = 'sense' | 'permission' | 'doubt';

const closing = compilePatterns(CLOSING_TAGS, VOCAB);
const anywhere = compilePatterns(TAGS, VOCAB);
const bare = compilePatterns(BARE_QUESTION, VOCAB);

const LEFTOVER = /^[\s\p{P}\p{S}]*(?:(?:and|but|so|also|oh|ok|okay|anyway|anyways|lol|haha)\b[\s\p{P}\p{S}]*)*$/iu;
const TRAILING_REST = /^[\s.!?…)"”'’:;,\p{Extended_Pictographic}]*$/u;
const QUESTION_START =
  /^\W*(?:can|could|would|will|shall|should|do|does|did|is|are|am|was|were|may|might|what|when|where|how|why|who|which|have|has|any|mind|ok|okay)\b/i;

function kindOf(m: PhraseMatch): Kind {
  if (/\b(?:sense|explained|described|worded|phrased|put|said|laid|clear)\b/.test(m.text)) return 'sense';
  if (/\b(?:ok|okay|alright|all right|fine|cool|problem|issue|acceptable|mind)\b/.test(m.text)) return 'permission';
  return 'doubt';
}

function candidates(sentence: Sentence): PhraseMatch[] {
  const norm = sentence.norm.text;
  const out: PhraseMatch[] = [];
  for (const m of matchesIn(closing, sentence)) {
    if (!CLOSES_CLAUSE.test(norm.slice(m.normEnd))) continue;
    if (/^(?:if|in case)\b/.test(m.text)) {
      const before = norm.slice(0, m.normStart);
      // "If that makes sense for you, we can start Monday" is a condition, not a tag.
      if (!/[\p{L}\p{N}]/u.test(before)) continue;
      if (ASKS_FOR_REPLY.test(before)) continue;
      if (kindOf(m) === 'permission' && !FIRST_PERSON.test(before)) continue;
    }
    out.push(m);
  }
  out.push(...matchesIn(anywhere, sentence));
  for (const m of matchesIn(bare, sentence)) if (/^ \?/.test(norm.slice(m.normEnd))) out.push(m);
  return out.filter((m) => !insideQuotes(norm, m.normStart)).sort((a, b) => a.start - b.start || b.end - a.end);
}

function suggestionsFor(text: string, sentence: Sentence, m: PhraseMatch, kind: Kind): Suggestion[] {
  const s = sentence.text;
  const rel = m.start - sentence.start;
  const before = s.slice(0, rel);
  const after = s.slice(m.end - sentence.start);
  const lookForward: Suggestion = {
    description: 'Close by inviting their view instead',
    safe: false,
    edits: [{ start: sentence.start, end: sentence.end, text: matchCase(s, 'I look forward to your thoughts on [specific].') }],
  };
  if (LEFTOVER.test(before) && LEFTOVER.test(after)) {
    // The whole sentence is the tag: "Does that make sense?", "Hope that's ok!"
    const remove = deletion(text, sentence.start, sentence.end, 'Remove the tag', true);
    return kind === 'sense' ? [remove, lookForward] : [remove];
  }
  let rewritten: string;
  let safe = true;
  if (TRAILING_REST.test(after)) {
    // "I'll send the draft Monday, if that's okay?" -> "I'll send the draft Monday."
    const main = before.replace(/[\s,;:—–-]+$/u, '');
    let end = after.replace(/^[\s,;:]+/u, '');
    if (/^\?/.test(end) && !QUESTION_START.test(main)) end = end.replace(/^\?+/, '.');
    if (!/^[.!?…]/.test(end) && /[.!?…]\s*$/.test(s)) end = `.${end}`;
    rewritten = main + end;
    if (/^(?:if|in case)\b/i.test(m.text) && kind === 'permission') safe = false;
  } else if (!/[\p{L}\p{N}]/u.test(before)) {
    // "Not sure if this is helpful, but here's the list." -> "Here's the list."
    const rest = after.replace(/^[\s,;:—–-]*(?:(?:but|and|so)\b[\s,]*)?/iu, '');
    rewritten = before + (/^\p{Lu}/u.test(s.slice(rel)) ? capitalize(rest) : rest);
  } else {
    // "I can start on the 1st, if that makes sense, and finish by May."
    rewritten = before.replace(/[\s,;:—–-]+$/u, '') + after;
    if (/^(?:if|in case)\b/i.test(m.text) && kind === 'permission') safe = false;
  }
  rewritten = rewritten.replace(/ {2,}/g, ' ');
  const edit: Suggestion = {
    description: kind === 'permission' ? 'State the plan without asking for reassurance' : 'Remove the tag',
    safe,
    edits: [{ start: sentence.start, end: sentence.end, text: rewritten }],
  };
  return kind === 'sense' && /\?/.test(m.text + after) ? [edit, lookForward] : [edit];
}

export default defineRule({
  meta: {
    id: 'undermining-tag',
    category: 'needy',
    description: 'Flags tags that invite doubt about your own clarity or right to ask, such as "does that make sense?".',
    defaultSeverity: 'info',
    fixable: 'safe',
    docs: ruleDocsUrl('undermining-tag'),
    messages: {
      sense: (d) => `"${d.phrase}" suggests you may not have been clear; trust the message and invite their view instead.`,
      permission: (d) => `"${d.phrase}" asks for reassurance about your own plan; state the plan plainly.`,
      doubt: (d) => `"${d.phrase}" undercuts what you just wrote; let the content stand on its own.`,
    },
    trigger:
      / (?:sense|ok|okay|alright|right|fine|cool|problem|issue|acceptable|hope|hopefully|sure|sorry|apologies|apologize|apologise|help|helps|helped|helpful|useful|need|looking)(?= |$)/,
  },
  create(context) {
    const text = context.document.source;
    return {
      sentence(sentence) {
        const found = candidates(sentence)[0];
        if (!found) return;
        const kind = kindOf(found);
        context.report({
          start: found.start,
          end: found.end,
          messageId: kind,
          data: { phrase: text.slice(found.start, found.end) },
          suggestions: suggestionsFor(text, sentence, found, kind),
        });
      },
    };
  },
});
