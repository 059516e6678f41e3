import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, caseLike } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { clauseBefore, matchesIn, type PhraseMatch } from '../text/match.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  CONTACT_ACTS,
  CORRECTION,
  MEETING_AFTER,
  MEETING_IN_MESSAGE,
  OVER_CONTACT,
  SCHEDULED_AFTER,
  SHORT_WINDOWS,
  TOUCH,
  TOUCHES,
} from './over-contact-signal.phrases.js';

const overContact = compilePatterns(OVER_CONTACT, { ...VOCAB, CONTACT: CONTACT_ACTS, WINDOW: SHORT_WINDOWS, TOUCH, TOUCHES });
/** "I don't want to follow up again today": the author rules it out. */
const NEGATED_BEFORE = / (?:not|never|no|do not want to|hate to|would rather not|will not|won't|promise not to)(?: [\w'-]+){0,3} *$/;
const CHECK_BACK = "I'll check back on [date, at least a week out] unless I hear from you first.";

function suggestionsFor(sentence: Sentence, match: PhraseMatch): Suggestion[] {
  const out: Suggestion[] = [];
  const lead = sentence.text.slice(0, match.start - sentence.start);
  const after = sentence.text.slice(match.end - sentence.start);
  // A leading clause that only counts the contacts can go: "As I said yesterday, I'm still waiting."
  const clause = /^\s*[,;:—–-]\s*/u.exec(after);
  if (/^\s*$/u.test(lead) && clause && /\p{L}/u.test(after.slice(clause[0].length))) {
    const rest = after.slice(clause[0].length);
    out.push({
      description: 'Drop the count of contacts',
      safe: false,
      edits: [{ start: sentence.start, end: sentence.end, text: capitalize(rest) }],
    });
  }
  out.push({
    description: 'Space out the touches and say when you will check back',
    safe: false,
    edits: [{ start: sentence.start, end: sentence.end, text: caseLike(sentence.text, CHECK_BACK) }],
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'over-contact-signal',
    category: 'pushy',
    description: 'Flags wording that shows over-frequent contact, such as "my third email this week" or "I\'ve left you four voicemails".',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('over-contact-signal'),
    appliesTo: ['follow-up', 'close'],
    messages: {
      frequency: (d) => `"${d.phrase}" shows how often you have been in touch, which reads as pressure; space the touches out instead.`,
    },
    trigger:
      / (?:again|once more|today|tonight|this (?:morning|afternoon|evening)|yesterday|earlier|last night|hours? ago|so soon|second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|nth|\d+(?:st|nd|rd|th)|voicemails|times|calls|emails|e-mails|messages|texts|notes|follow-ups|pings|reminders|twice|daily|hourly|pinging|nudging|poking)(?= |$)| (?:keep|continue) (?:emailing|calling|following|checking|messaging|pinging|texting|reaching|trying|writing|bugging|contacting|nudging|chasing)| every (?:day|morning|other day|few hours|hour)| each day/,
  },
  create(context) {
    let meeting: boolean | undefined;
    /** Whether the message mentions a same-day or previous-day meeting (computed on first need). */
    const mentionsMeeting = () => {
      meeting ??= context.sentences.some((s) => MEETING_IN_MESSAGE.test(s.norm.text));
      return meeting;
    };
    return {
      sentence(sentence) {
        for (const m of matchesIn(overContact, sentence)) {
          const after = sentence.norm.text.slice(m.normEnd);
          if (SCHEDULED_AFTER.test(after)) continue;
          if (/^ as i /.test(` ${m.text}`) && (MEETING_AFTER.test(after.slice(0, 60)) || mentionsMeeting())) continue;
          if (NEGATED_BEFORE.test(clauseBefore(sentence, m.normStart))) continue;
          // A quick second message that fixes the first is not a nudge.
          if (CORRECTION.test(sentence.norm.text)) continue;
          const start = m.start + (/^[\s?!.,]*/u.exec(context.document.source.slice(m.start, m.end))?.[0].length ?? 0);
          context.report({
            start,
            end: m.end,
            messageId: 'frequency',
            data: { phrase: context.document.source.slice(start, m.end) },
            suggestions: suggestionsFor(sentence, { ...m, start }),
          });
          return;
        }
      },
    };
  },
});
