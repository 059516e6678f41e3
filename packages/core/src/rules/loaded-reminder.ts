import { ruleDocsUrl } from '../docs-url.js';
import { keepCase, lowerCommon, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { each } from '../text/match.js';
import { type NormalizedText, normalize, toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Severity, Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  EARLIEST,
  GOING_FORWARD,
  IN_ADVANCE,
  INSTRUCTION,
  INTRO_ACT,
  KINDLY_OTHER,
  KINDLY_REPLY,
  NOT_A_LABEL_BEFORE,
  OFFER,
  PLEASE_ADVISE,
  PRESSURE,
  QUESTION_BEFORE,
  QUOTED_OFFER,
  REMIND_YOU,
  SAME_PAGE,
  SELF_INTRO_AFTER,
  SHARED_EVENT,
  SOFT_AFTER,
  SOFTENER,
  STRONG_LABELS,
  TRUST,
  WEAK_LABELS,
  WHEN_WORD,
} from './loaded-reminder.phrases.js';

const strongLabel = compilePatterns(STRONG_LABELS, VOCAB);
const weakLabel = compilePatterns(WEAK_LABELS, VOCAB);
const remindYou = compilePatterns(REMIND_YOU, VOCAB);
const pleaseAdvise = compilePatterns(PLEASE_ADVISE, VOCAB);
const goingForward = compilePatterns(GOING_FORWARD, VOCAB);
const trust = compilePatterns(TRUST, VOCAB);
const kindlyReply = compilePatterns(KINDLY_REPLY, VOCAB);
const kindlyOther = compilePatterns(KINDLY_OTHER, VOCAB);
const samePage = compilePatterns(SAME_PAGE, VOCAB);
const inAdvance = compilePatterns(IN_ADVANCE, VOCAB);
const earliest = compilePatterns(EARLIEST, VOCAB);

type Kind = 'label' | 'advise' | 'forward' | 'trust' | 'kindly' | 'samePage' | 'advance' | 'earliest';

interface Hit {
  kind: Kind;
  start: number;
  end: number;
  severity: Severity;
}

/** What grounds "thanks in advance" outside the sentence itself. */
interface Grounding {
  /** The normalised previous sentence. */
  previous: string;
  /** The quoted thread holds an offer from the reader. */
  quotedOffer: boolean;
}

/** "I trust you will …" that only hopes they like it. */
const TRUST_WISH =
  /^ (?:find|enjoy|like|love|agree|appreciate|understand|be (?:pleased|happy|well|fine|interested|glad|delighted|helpful|useful|okay|ok|alright|comfortable)|have (?:a|an|had|enjoyed|found)|see (?:the|why|how|that|value)|know|recall|remember|prove|serve|suit|make sense|excuse|forgive|bear with|keep (?:this|it) (?:confidential|private|between us)|treat (?:this|it) (?:as )?(?:confidential|private))(?= |$)/;
/** "Please advise if you need anything else": an offer of help, not a demand. */
const ADVISE_OFFER =
  /^ (?:if|should|in case) (?:you (?:need|require|want|would like|have any|have questions)|there is anything|anything|i can)(?= |$)/;
/** An offer to remind them later ("I'll remind you next week") is no jab. */
const OFFER_TO_REMIND =
  / (?:will|can|could|happy to|glad to|feel free to|want me to|like me to|should i|shall i)(?: (?:just|also|gladly|happily))?$/;
/** Words in a source fragment that name someone or something: a capitalised word or a placeholder. */
const NAMED = /(?:^|[\s(])(?!I\b|I['’])(?:\p{Lu}[\p{L}'’.-]*|\{\{|\[[\p{L}]|\{[\p{L}_]|%[\p{L}]|\*\||<[\p{L}])/u;

function labelExempt(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 120), start);
  const after = norm.slice(end, end + 300);
  if (NOT_A_LABEL_BEFORE.test(before)) return true;
  if (SELF_INTRO_AFTER.test(after)) return true;
  // "Reminder: our call is Thursday at 2 pm": a logistics note about a shared event.
  const event = SHARED_EVENT.exec(after);
  return event !== null && WHEN_WORD.test(after.slice(event.index));
}

/** Every hit in a sentence (`src` is the text its offsets point into), warnings first. */
function detect(normalized: NormalizedText, src: string, base: number, grounding: Grounding): Hit[] {
  const norm = normalized.text;
  const hits: Hit[] = [];
  const memo: Memo = {};
  const push = (kind: Kind, start: number, end: number, severity: Severity = 'warning') => hits.push({ kind, start, end, severity });

  for (const m of each(strongLabel, norm)) {
    if (labelExempt(norm, m.index, m.index + m[0].length)) continue;
    push('label', m.index, m.index + m[0].length);
    break;
  }
  for (const m of each(weakLabel, norm)) {
    // Report the label, not the word after it.
    const end = m.index + m[0].length - (/ (?:,|that|:|-|—|–|to|about|regarding|re|on|for|\.|!)$/.exec(m[0])?.[0].length ?? 0);
    if (labelExempt(norm, m.index, end)) {
      weakLabel.lastIndex = m.index + 1;
      continue;
    }
    push('label', m.index, end);
    break;
  }
  for (const m of each(remindYou, norm)) {
    const end = m.index + m[0].length;
    if (OFFER_TO_REMIND.test(norm.slice(Math.max(0, m.index - 60), m.index)) || labelExempt(norm, m.index, end)) continue;
    push('label', m.index, end);
    break;
  }
  for (const m of each(pleaseAdvise, norm)) {
    if (
      QUESTION_BEFORE.test(norm.slice(Math.max(0, m.index - 60), m.index)) ||
      ADVISE_OFFER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 80))
    )
      continue;
    push('advise', m.index, m.index + m[0].length);
    break;
  }
  for (const m of each(goingForward, norm)) {
    if (INSTRUCTION.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 200))) {
      push('forward', m.index, m.index + m[0].length);
      break;
    }
  }
  for (const m of each(trust, norm)) {
    if (
      / (?:will|would|are going to|shall|can)(?: now| then| also| soon)?$/.test(m[0]) &&
      TRUST_WISH.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 80))
    )
      continue;
    push('trust', m.index, m.index + m[0].length);
    break;
  }
  for (const m of each(kindlyReply, norm)) {
    if (SOFT_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
    const start = m.index + (/^ (?:,|and|so|please|then)(?= )/.exec(m[0])?.[0].length ?? 0);
    push('kindly', start, m.index + m[0].length);
    break;
  }
  for (const m of each(samePage, norm)) {
    push('samePage', m.index, m.index + m[0].length);
    break;
  }
  for (const m of each(inAdvance, norm)) {
    const end = m.index + m[0].length;
    if (grounded(normalized, src, base, m.index, end, grounding, memo)) continue;
    push('advance', m.index, end);
    break;
  }
  for (const m of each(kindlyOther, norm)) {
    const start = m.index + (/^ (?:,|and|so|please|then)(?= )/.exec(m[0])?.[0].length ?? 0);
    push('kindly', start, m.index + m[0].length, 'info');
    break;
  }
  for (const m of each(earliest, norm)) {
    const phrase = / at (?:your earliest convenience|the earliest(?: possible)?|your soonest convenience)$/.exec(m[0]);
    const start = phrase ? m.index + m[0].length - phrase[0].length : m.index;
    push('earliest', start, m.index + m[0].length, 'info');
    break;
  }
  return hits.sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'warning' ? -1 : 1));
}

/** "Thanks in advance" is fine when the reader offered or agreed, or when nothing is presumed (RULES.md §6.4). */
/** Sentence-wide tests of `grounded`, computed once per sentence. */
interface Memo {
  offer?: boolean;
  pressure?: boolean;
  soft?: boolean;
}

function grounded(
  normalized: NormalizedText,
  src: string,
  base: number,
  start: number,
  end: number,
  grounding: Grounding,
  memo: Memo,
): boolean {
  const norm = normalized.text;
  // "TIA" only in capitals: "Tia" is a name.
  if (norm.slice(start, end) === ' tia' && !/\bTIA\b/.test(src)) return true;
  if (grounding.quotedOffer) return true;
  // "Thank you in advance for your patience": the writer asks for time, not a favour.
  if (/^ for (?:your|all your|everyone's) (?:continued |kind )?(?:patience|flexibility)(?= |$)/.test(norm.slice(end, end + 60)))
    return true;
  memo.offer ??= OFFER.test(norm) || OFFER.test(grounding.previous);
  if (memo.offer) return true;
  memo.pressure ??= PRESSURE.test(norm);
  if (memo.pressure) return false;
  memo.soft ??= SOFTENER.test(norm) || SOFTENER.test(grounding.previous);
  if (memo.soft) return true;
  // "Thanks in advance for making the introduction to the recruiter at BarnBurners": their offered favour, named.
  if (INTRO_ACT.test(norm.slice(end, end + 200))) {
    let i = 0;
    while (i < normalized.normStarts.length && (normalized.normStarts[i] as number) < end) i++;
    if (i < normalized.sourceStarts.length) {
      const from = (normalized.sourceStarts[i] as number) - base;
      if (NAMED.test(src.slice(from))) return true;
    }
  }
  return false;
}

function flags(text: string, grounding: Grounding): boolean {
  return detect(normalize(text), text, 0, grounding).length > 0;
}

/** Words before a label that belong to it: "This is a courtesy reminder that …". */
const LABEL_LEAD =
  /^[\s,]*(?:(?:so|and|but|hi|hey|ok|okay)\b[\s,]*)*(?:(?:this|here) is (?:just )?(?:a|an|your|another|my|our)|(?:here['’]?s|this['’]s) (?:just )?(?:a|an|your|another|my|our)|(?:just )?(?:a|an|one|another|my)|consider this (?:a|an)|(?:i am )?(?:just )?sending (?:you )?(?:a|an))\s*$/i;

const OPENERS = /^[\s,]*(?:(?:so|and|but|also|ok|okay|well|hi|hey|hello|again|just|yes|oh|um|and|then)\b[\s,]*)*$/i;

const BASE_VERBS = new Set(
  'review send make take give share settle reply respond look read consider forward sign countersign confirm introduce connect help process pay approve check update get put set pass schedule arrange provide complete fill return keep move release write call reach see find do decide choose pick add use try fix answer follow let clear expedite handle sort submit deliver ship finalize finalise prepare book loop cover order accept remit transfer resolve address assist support guide advise recommend refer mention ask point circulate distribute print post upload install test investigate escalate chase organise organize coordinate attend join meet speak talk chat walk show explain clarify discuss edit proofread approve sign-off vote nominate endorse share fund sponsor host print mail drop bring'.split(
    ' ',
  ),
);

/** "reviewing" -> "review", "making" -> "make", "getting" -> "get"; undefined when unsure. */
function baseForm(gerund: string): string | undefined {
  const g = gerund.toLowerCase();
  if (!g.endsWith('ing') || g.length < 5) return undefined;
  const stem = g.slice(0, -3);
  if (BASE_VERBS.has(stem)) return stem;
  if (BASE_VERBS.has(`${stem}e`)) return `${stem}e`;
  if (/(.)\1$/.test(stem) && BASE_VERBS.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

/** The action behind "for your prompt reply", "for your help". */
function actionOfNoun(noun: string): string | undefined {
  const n = noun.toLowerCase();
  if (/^(?:(?:prompt|quick|speedy|swift|timely|kind|early|fast)\s+)?(?:reply|response|answer|feedback|confirmation)$/.test(n))
    return /prompt|quick|speedy|swift|timely|early|fast/.test(n) ? 'reply by [date]' : 'reply';
  if (/^(?:kind\s+)?(?:help|assistance|support|cooperation|understanding)$/.test(n)) return 'help with this';
  if (/^time$/.test(n)) return 'take a look';
  if (/^consideration$/.test(n)) return 'consider it';
  if (/^(?:prompt\s+)?(?:attention|action)$/.test(n)) return 'look into this';
  if (/^(?:prompt\s+)?payment$/.test(n)) return 'settle the payment';
  return undefined;
}

function suggestionsFor(sentence: Sentence, hit: Hit, grounding: Grounding): Suggestion[] {
  const text = sentence.text;
  const base = sentence.start;
  const range = toSource(sentence.norm, hit.start, hit.end);
  const s = range.start - base;
  const e = range.end - base;
  const lead = text.slice(0, s);
  const matched = text.slice(s, e);
  const after = text.slice(e);
  const end = /[.!?]+\s*$/.exec(text)?.[0].trim() ?? '';
  const out: Suggestion[] = [];
  const add = (description: string, safe: boolean, from: number, to: number, replacement: string) => {
    const candidate = text.slice(0, from) + replacement + text.slice(to);
    if (candidate === text || flags(candidate, grounding)) return;
    out.push({ description, safe, edits: [{ start: base + from, end: base + to, text: replacement }] });
  };
  const whole = (description: string, replacement: string) => add(description, false, 0, text.length, matchCase(text, replacement));
  const initial = OPENERS.test(lead);
  const bodyEnd = text.length - (/[.!?]*\s*$/.exec(text)?.[0].length ?? 0);

  switch (hit.kind) {
    case 'label': {
      const link = /^\s*(?:that\b|:|,|-|—|–)\s*/.exec(after);
      const labelLead = initial || LABEL_LEAD.test(lead);
      if (labelLead && link) {
        // "Friendly reminder that the proposal expires Friday." -> "The proposal expires Friday."
        let rest = after.slice(link[0].length);
        // "May I remind you that payment was due?" is no real question.
        if (/^\s*(?:may|might|need|must|do)\b/i.test(matched)) rest = rest.replace(/\?(\s*)$/, '.$1');
        if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2)
          add('Drop the label and state the point', true, 0, text.length, keepCase(text, rest));
      }
      const about = /^\s*(?:about|regarding|re|on|of|for)\s+(.+?)[.!?]*\s*$/i.exec(after);
      if (labelLead && about) whole('Name the item instead of the label', `Following up on ${about[1]}${end === '?' ? '.' : end || ''}`);
      const to = /^\s*to\s+(?:please\s+)?(.+)$/i.exec(after);
      if (labelLead && to && !/^(?:you|your|me|us)\b/i.test(to[1] as string)) add('Ask plainly', false, 0, text.length, `Please ${to[1]}`);
      break;
    }
    case 'advise': {
      const rest = text.slice(e, bodyEnd).trim();
      if (!initial && /^(?:if|whether|when|how|what|which|who|where)\b/i.test(rest))
        add('Ask plainly', false, s, e, matchCase(matched, 'let me know'));
      if (initial && !rest) whole('Offer a concrete choice', 'Would you prefer [option A] or [option B]?');
      else if (initial && /^(?:on|about|regarding|re)\b/i.test(rest)) {
        add(
          'Ask a specific question',
          false,
          0,
          text.length,
          matchCase(text, `Could you give me an update ${rest.replace(/^(?:about|regarding|re)\b/i, 'on')}?`),
        );
      } else if (initial && /^(?:when|if|whether|how|what|which|who|where|why)\b/i.test(rest)) {
        add('Ask a specific question', false, 0, text.length, matchCase(text, `Could you let me know ${rest}?`));
      }
      if (out.length === 0) whole('Offer a concrete choice', 'Would you prefer [option A] or [option B]?');
      break;
    }
    case 'forward': {
      const link = /^\s*[,:]?\s*/.exec(after)?.[0] ?? '';
      const rest = after.slice(link.length);
      if (initial && rest) add('Drop "going forward" and ask plainly', false, 0, text.length, keepCase(text, rest));
      break;
    }
    case 'trust': {
      const rest = text.slice(e, bodyEnd).trim();
      const subject = /\b(this|it|that|the \w+)\s+(?:will|would|is going to|can)(?:\s+(?:now|then|soon))?\s+be\s+(.+)$/i.exec(matched);
      if (subject) {
        const done = [subject[2], rest].filter(Boolean).join(' ');
        add(
          'Ask instead of presuming',
          false,
          0,
          text.length,
          matchCase(text, `Could you let me know whether ${(subject[1] as string).toLowerCase()} can be ${done}?`),
        );
      } else if (rest) {
        add('Ask instead of presuming', false, 0, text.length, matchCase(text, `Could you ${rest}?`));
      }
      break;
    }
    case 'kindly': {
      const verb = /kindly\s+(\S+(?:\s+(?:back|me|us|know))?)/i.exec(matched)?.[1]?.toLowerCase() ?? '';
      const mapped = /^revert/.test(verb)
        ? 'get back to me'
        : /^advise/.test(verb)
          ? 'let me know'
          : verb.replace(/(?:s|ed)$/, '').replace(/^(respond|reply|confirm|acknowledge|answer)\w*/, '$1');
      let rest = text
        .slice(e, bodyEnd)
        .replace(/\s*\bat\s+(?:the\s+earliest(?:\s+possible)?|your\s+earliest\s+convenience)\b/i, ' by [date]');
      rest = rest.replace(/\s+/g, ' ').trimEnd();
      if (initial || /please\s*$/i.test(lead))
        add('Ask with a date instead', false, 0, text.length, matchCase(text, `Could you ${mapped}${rest}?`));
      break;
    }
    case 'samePage': {
      const link = /^\s*[,:;—–-]\s*/.exec(after);
      if (initial && link)
        add('Recap plainly', false, 0, text.length, `${matchCase(text, 'Quick recap:')} ${lowerCommon(after.slice(link[0].length))}`);
      break;
    }
    case 'advance': {
      const forX = /^\s+for\s+(.+?)[.!?]*\s*$/i.exec(after);
      if (!forX) {
        // "Thanks in advance!" -> "Thanks!"; "TIA" -> "Thanks".
        if (/^tia$/i.test(matched)) add('Just say thanks', true, s, e, 'Thanks');
        else {
          const trimmed = matched.replace(/\s+(?:so much\s+|again\s+)?(?:in advance|ahead of time|in anticipation)$/i, '');
          const fixed = /^thanking you$/i.test(trimmed) ? matchCase(trimmed, 'thank you') : trimmed;
          if (fixed !== matched && /\p{L}/u.test(fixed)) add('Just say thanks', true, s, e, fixed);
        }
      } else {
        const object = forX[1] as string;
        const gerund = /^(\S+ing)\b\s*(.*)$/i.exec(object);
        const noun = /^your\s+(.+)$/i.exec(object);
        let action: string | undefined;
        if (gerund) {
          const verb = baseForm(gerund[1] as string);
          if (verb) action = [verb, gerund[2]].filter(Boolean).join(' ');
        } else if (noun) action = actionOfNoun(noun[1] as string);
        if (initial && action) whole('Thank them conditionally', `If you're able to ${action}, I'd be grateful.`);
        if (initial) whole('Thank them conditionally', "If you're able to [specific action], I'd be grateful.");
      }
      break;
    }
    case 'earliest':
      add('Soften the timing', false, s, e, matchCase(matched, 'when you have a moment'));
      break;
  }
  if (out.length === 0 && hit.kind !== 'earliest') whole('State the item plainly', '[Item] is due [date]. Could you confirm [specific]?');
  return out;
}

/** Whether the quoted history holds an offer; overlapping quote spans are read once. */
function offerInQuotes(source: string, spans: readonly { start: number; end: number }[]): boolean {
  let covered = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    // Back up a little so a phrase across two spans is still seen.
    const from = Math.max(span.start, covered - 80);
    if (span.end <= from) continue;
    if (QUOTED_OFFER.test(source.slice(from, span.end))) return true;
    covered = Math.max(covered, span.end);
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'loaded-reminder',
    category: 'passive-aggressive',
    description:
      'Flags courtesy labels that carry a criticism or a presumption, such as "friendly reminder", "please advise" and ungrounded "thanks in advance".',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('loaded-reminder'),
    messages: {
      label: (d) => `"${d.phrase}" labels your note a reminder, implying they dropped the ball; state the item plainly.`,
      advise: (d) => `"${d.phrase}" is a stock phrase many readers find curt; ask a specific question or offer a choice.`,
      forward: (d) => `"${d.phrase}" before an instruction reads as "don't do that again"; make the request on its own.`,
      trust: (d) => `"${d.phrase}" presumes they will comply; ask instead.`,
      kindly: (d) => `"${d.phrase}" reads as an order dressed as courtesy; ask a could-you question with a date.`,
      samePage: (d) => `"${d.phrase}" implies they misunderstood; recap the facts plainly.`,
      advance: (d) => `"${d.phrase}" thanks them for something they have not agreed to; thank them conditionally instead.`,
      earliest: (d) => `"${d.phrase}" sounds formal and pressing; give an easy timeframe or a date.`,
    },
    trigger:
      / (?:reminder|reminders|remind|reminds|reminded|reminding|advise|forward|now on|here on|future|trust|kindly|page|advance|tia|ahead of time|anticipation|earliest)(?= |$)/,
  },
  create(context) {
    const source = context.document.source;
    const quotedOffer = offerInQuotes(source, context.document.quoted);
    const sentences = context.sentences;
    return {
      sentence(sentence) {
        const previous = sentence.index > 0 ? (sentences[sentence.index - 1]?.norm.text ?? '') : '';
        const grounding: Grounding = { previous, quotedOffer };
        const hit = detect(sentence.norm, sentence.text, sentence.start, grounding)[0];
        if (!hit) return;
        const range = toSource(sentence.norm, hit.start, hit.end);
        if (range.end <= range.start) return;
        context.report({
          start: range.start,
          end: range.end,
          messageId: hit.kind,
          data: { phrase: source.slice(range.start, range.end) },
          severity: hit.severity,
          suggestions: suggestionsFor(sentence, hit, grounding),
        });
      },
    };
  },
});
