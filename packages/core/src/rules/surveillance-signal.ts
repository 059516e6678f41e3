import { ruleDocsUrl } from '../docs-url.js';
import { caseLike, deletion, uncapitalize } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn } from '../text/match.js';
import { toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import { ACTIVITY, BUT_SILENT, ERRAND_AFTER, ONLINE, SURVEILLANCE, TRACKED_ACTS, TRACKED_OBJECTS } from './surveillance-signal.phrases.js';

const surveillance = compilePatterns(SURVEILLANCE, { ...VOCAB, TRACKED: TRACKED_ACTS, OBJECT: TRACKED_OBJECTS, ONLINE });
const ANCHOR = 'I enjoyed your post on [topic]. It connects to [specific ask].';

export default defineRule({
  meta: {
    id: 'surveillance-signal',
    category: 'pushy',
    description: "Flags mentions of read receipts, email tracking, profile views or the reader's online activity used as leverage.",
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('surveillance-signal'),
    messages: {
      tracking: (d) => `"${d.phrase}" shows you are watching what the reader does, which makes persistence feel like stalking.`,
    },
    trigger:
      / (?:you|u)(?: [^ ]+){0,3} (?:opened|opening|read|reread|reading|viewed|viewing|clicked|clicking|looked|looking|downloaded|forwarded|seen|checking|posted|tweeted|commented|liked|shared|updated|logged)(?= )| (?:viewed|visited|checked|looked at) my| on (?:read|seen|delivered|linkedin|twitter|x|slack|teams|whatsapp|instagram|facebook)(?= |$)| (?:read receipts?|tracker|tracking|mailtrack|docsend|superhuman|online|active|around|posting|tweeting|commenting|liking)(?= |$)| so (?:i|we) know| time to (?:post|tweet|comment|like|share|update)| (?:drove|walked|stopped|swung|came|went) (?:by|past|round|around) your/,
  },
  create(context) {
    const { document } = context;
    /** Deletes the sentence, keeping a greeting that shares its line ("Hi Dana, I noticed..."). */
    const removal = (sentence: Sentence): Suggestion => {
      const greeting = document.greeting;
      if (!greeting || greeting.end <= sentence.start || greeting.end >= sentence.end) {
        return deletion(document.source, sentence.start, sentence.end, 'Remove the mention of tracking', false);
      }
      const start = greeting.end + (/^\s*/u.exec(document.source.slice(greeting.end))?.[0].length ?? 0);
      const next = sentence.end + (/^\s*/u.exec(document.source.slice(sentence.end))?.[0].length ?? 0);
      const letter = document.source.charAt(next);
      return {
        description: 'Remove the mention of tracking',
        safe: false,
        edits: [{ start, end: letter ? next + 1 : sentence.end, text: letter ? uncapitalize(letter) : '' }],
      };
    };
    const suggestionsFor = (sentence: Sentence): Suggestion[] => {
      const out: Suggestion[] = [];
      if (context.sentences.length > 1) out.push(removal(sentence));
      out.push({
        description: 'Anchor on public, relevant content instead',
        safe: false,
        edits: [{ start: sentence.start, end: sentence.end, text: caseLike(sentence.text, ANCHOR) }],
      });
      return out;
    };
    return {
      sentence(sentence) {
        const norm = sentence.norm.text;
        for (const m of matchesIn(surveillance, sentence)) {
          if (ERRAND_AFTER.test(norm.slice(m.normEnd))) continue;
          context.report({
            start: m.start,
            end: m.end,
            messageId: 'tracking',
            data: { phrase: document.source.slice(m.start, m.end) },
            suggestions: suggestionsFor(sentence),
          });
          return;
        }
        // "You posted on LinkedIn yesterday but haven't replied."
        const activity = ACTIVITY.exec(norm);
        if (!activity) return;
        const silent = BUT_SILENT.exec(norm.slice(activity.index + activity[0].length));
        if (!silent) return;
        const from = activity.index + (activity[0].startsWith(' ') ? 1 : 0);
        const to = activity.index + activity[0].length + silent.index + silent[0].length;
        const span = toSource(sentence.norm, from, to);
        context.report({
          start: span.start,
          end: span.end,
          messageId: 'tracking',
          data: { phrase: document.source.slice(span.start, span.end) },
          suggestions: suggestionsFor(sentence),
        });
      },
    };
  },
});
