import { ruleDocsUrl } from '../docs-url.js';
import { keepCase, LEAD_IN_OPENERS, lowerCommon, matchCase, restAfterLeadIn } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { each } from '../text/match.js';
import { normalize, toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Severity, Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  AGAIN,
  ALWAYS_ORDINAL,
  COMM_VERB,
  CONVERSATION,
  CONVERSATION_ANCHOR,
  EVENT_ANCHOR,
  LOCAL_VOCAB,
  ONCE_AGAIN,
  ORDINAL,
  POINTERS,
  POSITIVE_REPEAT,
  REITERATE,
  REPEAT_MYSELF,
  RESEND_VERB,
  SEND_VERB,
  TOLD_TIMES,
  WARM_AFTER,
} from './already-told-you.phrases.js';

const vocab = { ...VOCAB, ...LOCAL_VOCAB };
const pointer = compilePatterns(POINTERS, vocab);
const reiterate = compilePatterns(REITERATE, vocab);
const onceAgain = compilePatterns(ONCE_AGAIN, vocab);
const repeatMyself = compilePatterns(REPEAT_MYSELF, vocab);
const toldTimes = compilePatterns(TOLD_TIMES, vocab);
const conversation = compilePatterns(CONVERSATION, vocab);

type Kind = 'pointer' | 'repeat' | 'ordinal' | 'resend' | 'conversation';

/** A hit in a normalised sentence; `cutStart`/`cutEnd` is the part a fix may simply drop. */
interface Hit {
  kind: Kind;
  start: number;
  end: number;
  severity: Severity;
  cutStart?: number;
  cutEnd?: number;
}

/** A clause link between a sending verb and "again": the "again" belongs to the next clause. */
const COORDINATOR = / (?:and|then|so|but|or|which|who|because|since|if|when)(?= |$)/;

/** An offer to send something again ("I can re-send it again") is a service, not a jab. */
const OFFER_BEFORE = / (?:can|could|would|will|shall|happy to|glad to|let me|want me to|like me to|to)(?: (?:just|also|gladly|happily))?$/;

/** Nothing but openers before the match: the match starts the sentence. */
const NORM_LEAD = /^(?: (?:so|and|but|also|ok|okay|well|hi|hey|hello|again|just|yes|oh|um|,))*$/;

/** Every hit in a normalised sentence, warnings first. */
function detect(norm: string): Hit[] {
  const hits: Hit[] = [];
  let comm: boolean | undefined;
  const communication = () => {
    comm ??= COMM_VERB.test(norm);
    return comm;
  };
  for (const m of each(pointer, norm)) {
    const end = m.index + m[0].length;
    // "As previously discussed on our call, ..." recaps a shared event rather than a message.
    if (/ (?:discussed|agreed)$/.test(m[0]) && !/ (?:already|before)/.test(m[0]) && EVENT_ANCHOR.test(norm.slice(end))) {
      pointer.lastIndex = m.index + 1;
      continue;
    }
    // "As I mentioned earlier in this note": a pointer inside the same message.
    if (/^ in this (?:email|e-mail|message|note|thread|letter|document|post)(?= |$)/.test(norm.slice(end))) {
      pointer.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ kind: 'pointer', start: m.index, end, severity: 'warning' });
    break;
  }
  for (const m of each(reiterate, norm)) {
    const end = m.index + m[0].length;
    if (POSITIVE_REPEAT.test(norm.slice(end))) {
      reiterate.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ kind: 'repeat', start: m.index, end, severity: 'warning' });
    break;
  }
  for (const m of each(onceAgain, norm)) {
    const end = m.index + m[0].length;
    const window = norm
      .slice(end, end + 120)
      .split(' ')
      .slice(0, 9)
      .join(' ');
    if (WARM_AFTER.test(` ${window}`)) {
      onceAgain.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ kind: 'repeat', start: m.index, end, severity: 'warning' });
    break;
  }
  for (const m of each(repeatMyself, norm)) {
    hits.push({ kind: 'repeat', start: m.index, end: m.index + m[0].length, severity: 'warning' });
    break;
  }
  for (const m of each(toldTimes, norm)) {
    hits.push({ kind: 'repeat', start: m.index, end: m.index + m[0].length, severity: 'warning' });
    break;
  }
  for (const m of each(ORDINAL, norm)) {
    const ordinal = m[1] as string;
    const initial = NORM_LEAD.test(norm.slice(0, m.index));
    const thisIs = m[0].startsWith(' this');
    // "This is the second time we've worked together": a count, but not of the author's messages.
    if (thisIs && ordinal !== 'last' && !communication()) continue;
    let counted: boolean;
    if (ALWAYS_ORDINAL.test(ordinal)) counted = true;
    // "one last time" is how a polite closing note announces itself; only "For the last time, ..." snaps.
    else if (ordinal === 'last') counted = initial && !thisIs;
    else if (ordinal === 'second')
      counted =
        initial ||
        / (?:ask\w*|say\w*|said|tell\w*|told|explain\w*|request\w*|remind\w*|send\w*|sent|resen\w*|re-?attach\w*|attach\w*|repeat\w*)(?= |$)/.test(
          norm,
        );
    else counted = initial || communication();
    if (!counted) continue;
    hits.push({ kind: 'ordinal', start: m.index, end: m.index + m[0].length, severity: 'warning' });
    break;
  }
  // "Re-attaching the order form, again": the "re-" already says it.
  const resend = RESEND_VERB.exec(norm);
  const plain = resend ? undefined : SEND_VERB.exec(norm);
  for (const m of each(AGAIN, norm)) {
    const word = m[0].trim();
    const cutStart = norm.slice(m.index - 2, m.index) === ' ,' ? m.index - 2 : m.index;
    // "resubmit a request and have it reviewed again": the "again" belongs to another verb.
    // Far apart (or across a clause link), the "again" belongs to another verb.
    const between = (verb: RegExpExecArray) => (m.index - verb.index > 200 ? ' and' : norm.slice(verb.index + verb[0].length, m.index));
    if (
      resend &&
      m.index > resend.index &&
      !COORDINATOR.test(between(resend)) &&
      !OFFER_BEFORE.test(norm.slice(Math.max(0, resend.index - 40), resend.index))
    ) {
      hits.push({
        kind: 'resend',
        start: resend.index,
        end: m.index + m[0].length,
        severity: 'warning',
        cutStart,
        cutEnd: m.index + m[0].length,
      });
      break;
    }
    // "writing yet again", "attached it, again." (a pointed trailing again)
    if (plain && m.index > plain.index && !COORDINATOR.test(between(plain))) {
      const pointed =
        word === 'yet again' || (norm.slice(m.index - 2, m.index) === ' ,' && /^(?: [.!?])*$/.test(norm.slice(m.index + m[0].length)));
      if (pointed) {
        hits.push({
          kind: 'resend',
          start: plain.index,
          end: m.index + m[0].length,
          severity: 'warning',
          cutStart,
          cutEnd: m.index + m[0].length,
        });
        break;
      }
    }
  }
  if (hits.length === 0) {
    for (const m of each(conversation, norm)) {
      const end = m.index + m[0].length;
      if (CONVERSATION_ANCHOR.test(norm.slice(end))) {
        conversation.lastIndex = m.index + 1;
        continue;
      }
      hits.push({ kind: 'conversation', start: m.index, end, severity: 'info' });
      break;
    }
  }
  return hits.sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'warning' ? -1 : 1));
}

function flags(text: string): boolean {
  return detect(normalize(text).text).length > 0;
}

function suggestionsFor(sentence: Sentence, hit: Hit): Suggestion[] {
  const text = sentence.text;
  const base = sentence.start;
  const range = toSource(sentence.norm, hit.start, hit.end);
  const s = range.start - base;
  const e = range.end - base;
  const lead = text.slice(0, s);
  const after = text.slice(e);
  const out: Suggestion[] = [];
  const add = (description: string, safe: boolean, from: number, to: number, replacement: string) => {
    const candidate = text.slice(0, from) + replacement + text.slice(to);
    if (candidate === text || flags(candidate)) return;
    out.push({ description, safe, edits: [{ start: base + from, end: base + to, text: replacement }] });
  };

  if (hit.cutStart !== undefined && hit.cutEnd !== undefined) {
    const cut = toSource(sentence.norm, hit.cutStart, hit.cutEnd);
    let from = cut.start - base;
    while (from > 0 && /[ \t]/.test(text[from - 1] as string)) from--;
    add('Drop the repetition marker', true, from, cut.end - base, '');
  }

  if (hit.kind === 'conversation') {
    const restAt = LEAD_IN_OPENERS.test(lead) ? restAfterLeadIn(after) : undefined;
    if (restAt !== undefined) {
      const rest = after.slice(restAt);
      add(
        'Name the conversation: date and topic',
        false,
        0,
        text.length,
        `${matchCase(text, 'Following our conversation on [date] about [topic],')} ${lowerCommon(rest)}`,
      );
    } else {
      add(
        'Name the conversation: date and topic',
        false,
        s,
        e,
        matchCase(text.slice(s, e), 'following our conversation on [date] about [topic]'),
      );
    }
  } else {
    if (hit.kind === 'ordinal' && /^this\b/i.test(text.slice(s, e))) {
      // "This is the third time I'm writing about X." -> "I'm writing about X."
      const rest = after.replace(/^\s*(?:that\s+)?/, '');
      if (/^(?:I|we)\b/i.test(rest)) add('Drop the count', false, 0, text.length, keepCase(text, rest));
    }
    const restAt = LEAD_IN_OPENERS.test(lead) ? restAfterLeadIn(after) : undefined;
    if (restAt !== undefined) {
      const rest = after.slice(restAt);
      add('Drop the pointer and keep the point', true, 0, text.length, keepCase(text, rest));
      if (hit.kind === 'pointer') add('Restate it as a recap', false, 0, text.length, `${matchCase(text, 'Quick recap:')} ${rest}`);
    } else if (/,\s*$/.test(lead)) {
      const comma = lead.lastIndexOf(',');
      const closing = /^\s*,/.exec(after);
      if (closing) add('Drop the pointer and keep the point', true, comma, e + closing[0].length, '');
      else if (/^[\s.!?]*$/.test(after)) add('Drop the pointer and keep the point', true, comma, e, '');
    } else if (hit.kind === 'ordinal' && /^[\s.!?]*$/.test(after) && lead.trim()) {
      let from = s;
      while (from > 0 && /[ \t]/.test(text[from - 1] as string)) from--;
      add('Drop the count', true, from, e, '');
    }
  }
  if (out.length === 0) {
    add(
      'Restate the key point without pointing back',
      false,
      0,
      text.length,
      matchCase(text, "Here's a quick recap: [key point]. [Specific question]?"),
    );
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'already-told-you',
    category: 'passive-aggressive',
    description: 'Flags pointers back to your own earlier message, such as "per my last email" or "as I said before".',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('already-told-you'),
    messages: {
      pointer: (d) => `"${d.phrase}" points back at your earlier message, which reads as "you didn't read it"; restate the point instead.`,
      repeat: (d) => `"${d.phrase}" stresses that you are repeating yourself; just say the point again, plainly.`,
      conversation: (d) => `"${d.phrase}" is a stock formula; name the date and topic of the conversation instead.`,
    },
    // A word or two every pattern needs ("per my", "as previously", "as I", "twice", "again", ...).
    trigger:
      / (?:per (?:my|our)|as (?:previously|already|earlier|formerly|i|we|you|stated|mentioned|noted|explained|said|indicated|outlined|communicated|advised|emphasi[sz]ed|highlighted|specified|clarified|pointed|laid|spelled|made|written|shared|requested|discussed|agreed|covered|answered|established|flagged|raised|conveyed|detailed|described|confirmed)|like (?:i|we)|(?:see|check|re-?read|reread|reference|refer|referring|go|going|look|looking) (?:my|back)|(?:refer|referring) to my|(?:in|within) my|reiterat\w*|once again|repeat\w* myself|how (?:else|many)|twice|thrice|repeatedly|times|more than once|over and over|again|once more|one more time|already|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|nth|umpteenth|hundredth|thousandth|millionth|last|\d+(?:st|nd|rd|th)) time)(?= |$)/,
  },
  create(context) {
    return {
      sentence(sentence) {
        const hits = detect(sentence.norm.text);
        const hit = hits[0];
        if (!hit) return;
        const range = toSource(sentence.norm, hit.start, hit.end);
        if (range.end <= range.start) return;
        context.report({
          start: range.start,
          end: range.end,
          messageId: hit.kind === 'conversation' ? 'conversation' : hit.kind === 'pointer' ? 'pointer' : 'repeat',
          data: { phrase: context.document.source.slice(range.start, range.end) },
          severity: hit.severity,
          suggestions: suggestionsFor(sentence, hit),
        });
      },
    };
  },
});
