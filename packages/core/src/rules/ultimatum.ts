import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, caseLike } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn, type PhraseMatch } from '../text/match.js';
import { toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Severity, Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  CONDITION_IN_SENTENCE,
  CONDITION_JUST_BEFORE,
  CONSENT,
  CONSENT_CONDITIONAL,
  ESCALATION_ALWAYS,
  ESCALATION_CONDITIONAL,
  ESCALATION_FUTURE,
  FUTURE,
  HURT,
  HURT_ALWAYS,
  NEAR_DEADLINE,
  NEED_BY,
  PARTY,
  PRESSURE,
  REASON_AFTER,
  SCARCITY,
  SILENCE_AS_NO,
  SILENCE_AS_NO_CONDITIONAL,
  STOP,
} from './ultimatum.phrases.js';

const vocab = {
  ...VOCAB,
  PARTY,
  FUT: FUTURE,
  HURT,
  HURT_ALWAYS,
  ESC_FUTURE: ESCALATION_FUTURE,
  ESC_CONDITIONAL: ESCALATION_CONDITIONAL,
  STOP,
};
const escalationAlways = compilePatterns(ESCALATION_ALWAYS, vocab);
const escalationFuture = compilePatterns(['{FUT} {ESC_FUTURE}'], vocab);
const escalationConditional = compilePatterns(['{FUT} {ESC_CONDITIONAL}'], vocab);
const consent = compilePatterns(CONSENT, vocab);
const consentConditional = compilePatterns(CONSENT_CONDITIONAL, vocab);
const silenceAsNo = compilePatterns(SILENCE_AS_NO, vocab);
const silenceAsNoConditional = compilePatterns(SILENCE_AS_NO_CONDITIONAL, vocab);
const needBy = compilePatterns(NEED_BY, vocab);
const hurtAlways = compilePatterns(['{FUT} {HURT_ALWAYS}'], vocab);
const hurt = compilePatterns(['{FUT} {HURT}'], vocab);
const scarcity = compilePatterns(SCARCITY, vocab);
const stop = compilePatterns(['{FUT} [not] {STOP}'], vocab);
const pressure = compilePatterns(PRESSURE, vocab);
/** Words every pattern needs: the author's future ("I will", "we are going"), or a threat, scarcity or deadline word. */
const TRIGGER =
  / (?:i|we) (?:will|shall|would|may|might|must|have to|need to|am going|are going|am forced|are forced|am left|are left|am obliged|are obliged|am moving|are moving|am taking|are taking|am accepting|are accepting|am hiring|are hiring|am giving|are giving|am withdrawing|are withdrawing|am pulling|are pulling|am cancell?ing|are cancell?ing|am considering|are considering|am proceeding|are proceeding)(?= )| (?:escalate|escalating|your head|shame|legal|lawyers?|attorneys?|solicitors?|collections?|silence|consent|gone|expires?|expiring|ends|will end|disappears?|off the table|withdrawn|no longer available|not last|be lost|void|released|given away|lose|forfeit|miss out|go away|goes away|someone else|last chance|final (?:notice|warning|demand|reminder|ultimatum)|act (?:now|fast|quickly|today|immediately)|hurry|now or never|leave it|too late|running out|(?:hours|days) (?:left|remain|remaining))(?= |$)| (?:need|require|want|expect)(?: [^ ]+){1,6} (?:by|before|within|no later than|in the next)(?= )| until(?: [^ ]+){1,6} to| lapses?(?= )| while (?:supplies|stocks|stock|it|they|spots|places|seats) lasts?| (?:do not|never) miss| miss (?:the|this|your|it|out)(?= )/;
/** The author's own future: the patterns built on {FUT} need it. */
const HAS_FUTURE = / (?:i|we) (?:will|shall|would|may|might|must|have|need|am|are)(?= )/;
/** "I'll have to", "I'll be forced to": the author presents their hand as forced. */
const QUESTION = /^ (?:is|are|was|were|will|would|could|can|do|does|did|should|shall|has|have|when|what|which|how)(?= ).* \?$/;
const FORCED = / (?:have to|need to|forced to|obliged to|compelled to|no choice but to|no option but to|no alternative but to)(?= )/;

const ASK = "I'm planning my [decision] for [date]. Could you let me know by then whether [specific] is still on?";
const CLOSE = "If the timing isn't right, no problem. I'll stop following up, and you're welcome to reach out whenever.";
const WARM_NO = "If I don't hear back, I'll assume the timing isn't right, and you're welcome to reach out whenever.";
const HOLD = 'This [offer] is available until [date]. Would you like me to hold it for you?';
const CONFIRM = 'Could you confirm by [date] whether you agree to [terms]?';

type MessageId = 'threat' | 'ultimatum' | 'scarcity' | 'consent' | 'silence' | 'deadline';

interface Hit {
  match: PhraseMatch;
  messageId: MessageId;
  severity: Severity;
  rewrites: [string, string][];
  /** A label such as "Final notice:" that can simply go. */
  label?: boolean;
}

/** Where the condition of a threat starts ("If I don't hear back..."), before `normStart`. */
function conditionStart(sentence: Sentence, normStart: number): number | undefined {
  const before = sentence.norm.text.slice(0, normStart);
  if (CONDITION_JUST_BEFORE.test(before)) return 0;
  const m = CONDITION_IN_SENTENCE.exec(before);
  if (!m) return undefined;
  return m.index + (m[0].startsWith(' ') ? 1 : 0);
}

export default defineRule({
  meta: {
    id: 'ultimatum',
    category: 'pushy',
    description: 'Flags threats, deadlines with a penalty, artificial scarcity and presumed consent aimed at the reader.',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('ultimatum'),
    messages: {
      threat: (d) => `"${d.phrase}" threatens to escalate or shame; that ends the conversation rather than moving it on.`,
      ultimatum: (d) => `"${d.phrase}" is an ultimatum; share your real constraint and ask, or offer a graceful way out.`,
      scarcity: (d) => `"${d.phrase}" is pressure through scarcity; state the real date calmly and let the reader decide.`,
      consent: (d) => `"${d.phrase}" presumes consent from silence; ask for an explicit answer instead.`,
      silence: (d) => `"${d.phrase}" is a cold way to close; release the reader warmly and leave the door open.`,
      deadline: (d) => `"${d.phrase}" sets the reader a deadline; explain what the date is for and ask.`,
    },
    trigger: TRIGGER,
  },
  create(context) {
    function firstHit(sentence: Sentence, neighbours: string): Hit | undefined {
      const norm = sentence.norm.text;
      const near = NEAR_DEADLINE.test(norm);
      const conditioned = (m: PhraseMatch) => conditionStart(sentence, m.normStart) !== undefined;
      const threat: [string, string][] = [
        [ASK, 'Share your constraint and ask'],
        [CLOSE, 'Offer a graceful way out instead'],
      ];
      for (const m of matchesIn(escalationAlways, sentence)) return { match: m, messageId: 'threat', severity: 'error', rewrites: threat };
      const future = HAS_FUTURE.test(norm);
      const when = (re: RegExp) => (future ? matchesIn(re, sentence) : []);
      for (const m of when(escalationFuture)) return { match: m, messageId: 'threat', severity: 'error', rewrites: threat };
      for (const m of when(escalationConditional)) {
        if (conditioned(m) || FORCED.test(m.text)) return { match: m, messageId: 'threat', severity: 'error', rewrites: threat };
      }
      for (const m of matchesIn(consent, sentence)) {
        return { match: m, messageId: 'consent', severity: 'warning', rewrites: [[CONFIRM, 'Ask for an explicit yes']] };
      }
      for (const m of when(consentConditional)) {
        if (conditioned(m))
          return { match: m, messageId: 'consent', severity: 'warning', rewrites: [[CONFIRM, 'Ask for an explicit yes']] };
      }
      const silence = [...when(silenceAsNo), ...when(silenceAsNoConditional).filter(conditioned)];
      for (const m of silence) {
        const severity = near ? 'warning' : 'info';
        return { match: m, messageId: 'silence', severity, rewrites: [[WARM_NO, 'Close warmly and leave the door open']] };
      }
      for (const m of matchesIn(needBy, sentence)) {
        if (REASON_AFTER.test(norm.slice(m.normEnd))) continue;
        return { match: m, messageId: 'deadline', severity: 'warning', rewrites: [[ASK, 'Share your constraint and ask']] };
      }
      for (const m of when(hurtAlways)) return { match: m, messageId: 'ultimatum', severity: 'warning', rewrites: threat };
      for (const m of when(hurt)) {
        if (conditioned(m) || near || FORCED.test(m.text))
          return { match: m, messageId: 'ultimatum', severity: 'warning', rewrites: threat };
      }
      for (const m of matchesIn(scarcity, sentence)) {
        // With the pressure cue in a neighbouring sentence ("The offer expires in 24 hours. Act
        // now."), the cue's own sentence carries the finding.
        pressure.lastIndex = 0;
        const here = pressure.test(norm);
        pressure.lastIndex = 0;
        if (!here && !conditioned(m) && pressure.test(neighbours)) return undefined;
        if (conditioned(m) || here) {
          return { match: m, messageId: 'scarcity', severity: 'warning', rewrites: [[HOLD, 'State the date calmly and offer to hold it']] };
        }
      }
      // Assume-and-close wording is a graceful exit (the permission-to-close frame), unless
      // it comes with a deadline less than three days away.
      for (const m of when(stop)) {
        if (!near || !conditioned(m)) continue;
        // The whole consequence, to the end of the sentence.
        const end = sentence.start + sentence.text.replace(/[\s.!?]+$/u, '').length;
        return { match: { ...m, end: Math.max(end, m.end) }, messageId: 'ultimatum', severity: 'warning', rewrites: threat };
      }
      // "Is this the last chance to submit?" asks about a deadline rather than setting one.
      if (QUESTION.test(norm)) return undefined;
      for (const m of matchesIn(pressure, sentence)) {
        return {
          match: m,
          messageId: 'scarcity',
          severity: 'warning',
          rewrites: [[HOLD, 'State the date calmly and offer to hold it']],
          label: true,
        };
      }
      return undefined;
    }

    return {
      sentence(sentence) {
        const i = sentence.index;
        const neighbours = [context.sentences[i - 1], context.sentences[i + 1]].map((s) => s?.norm.text ?? '').join(' ');
        const hit = firstHit(sentence, neighbours);
        if (!hit) return;
        const { match } = hit;
        // The reported range runs from the condition ("If I don't hear back...") to the consequence.
        const condition = conditionStart(sentence, match.normStart);
        let start = match.start;
        if (condition !== undefined && condition < match.normStart) {
          start = condition === 0 ? sentence.start : toSource(sentence.norm, condition, condition + 1).start;
        }
        start += /^[\s?!.,]*/u.exec(context.document.source.slice(start, match.end))?.[0].length ?? 0;
        const from =
          start > sentence.start && /[,;:—–-]\s*$/u.test(context.document.source.slice(sentence.start, start)) ? start : sentence.start;
        const source = context.document.source;
        const original = source.slice(from, sentence.end);
        const suggestions: Suggestion[] = [];
        const labelEnd = hit.label ? /^\s*[:–—-]\s*(?=\p{L})/u.exec(source.slice(match.end, sentence.end)) : null;
        if (labelEnd && match.start === sentence.start) {
          const next = match.end + labelEnd[0].length;
          suggestions.push({
            description: 'Drop the pressure label',
            safe: false,
            edits: [{ start: match.start, end: next + 1, text: capitalize(source.charAt(next)) }],
          });
        }
        for (const [text, description] of hit.rewrites) {
          suggestions.push({ description, safe: false, edits: [{ start: from, end: sentence.end, text: caseLike(original, text) }] });
        }
        context.report({
          start,
          end: match.end,
          messageId: hit.messageId,
          data: { phrase: context.document.source.slice(start, match.end) },
          severity: hit.severity,
          suggestions,
        });
      },
    };
  },
});
