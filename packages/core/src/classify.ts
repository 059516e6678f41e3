import type { ParsedDocument } from './parse/document.js';
import type { Classification, Sentence } from './rule.js';
import type { MessageType } from './types.js';

/** Message classification (RULES.md §0.4): strongest signal first. */

const TYPE_WORDS: [RegExp, MessageType][] = [
  [/^(?:thank[- _]?you|thanks|ty)$/, 'thank-you'],
  [/^(?:close|closing|breakup|break[- _]?up|final|last|permission[- _]?to[- _]?close)$/, 'close'],
  [/^(?:reply|response|answer)$/, 'reply'],
  [/^(?:initial|first|outreach|cold|intro|introduction|application|pitch)$/, 'initial'],
  [/^(?:follow[- _]?up|followup|check[- _]?in|bump|nudge|reminder|ping|chase|touch)$/, 'follow-up'],
];

const PATH_CUES: [RegExp, MessageType][] = [
  [/thank[-_ ]?you/i, 'thank-you'],
  [/break[-_ ]?up|(?:^|[-_ /])close(?:[-_ .]|$)/i, 'close'],
  [/follow[-_ ]?up|check[-_ ]?in|bump|nudge|reminder/i, 'follow-up'],
];

const FOLLOW_UP_CUES =
  / (?:follow|follows|following|followed) up| check(?:ing)? in| touch(?:ing)? base| circl(?:e|ing) back| loop(?:ing)? back| bump(?:ing)?| nudg(?:e|ing)| ping(?:ing)?| reach(?:ing)? out again| reconnect| any (?:update|updates|news|word|thoughts)| status of my| (?:have|has) not heard| hear back| heard back| my (?:previous|last|earlier|prior) (?:email|message|note|voicemail|mail)| as promised| still interested in| wanted to see where| where things stand/;
const THANK_YOU_CUES =
  / (?:thank you|thanks|thank) (?:so much |very much |again )?for (?:meeting|speaking|talking|chatting|your time|taking the time|the interview|the call|the chat|the intro|the introduction|the conversation|the meeting|connecting|having me|the coffee|lunch)| (?:great|nice|lovely|good|a pleasure|wonderful) (?:to meet|meeting|to speak|speaking|talking|to talk|to chat|chatting|to connect|connecting) (?:with )?you| enjoyed (?:our|meeting|speaking|talking)| add you to my (?:professional )?network| connect on linkedin/;
const CLOSE_CUES =
  / (?:prefer|like|want) (?:me )?(?:to )?(?:i )?stop (?:following up|reaching out|emailing|writing)| close (?:the|your|my) (?:file|loop)| closing the loop| (?:assume|take it) (?:that )?(?:you are|you have|the timing|this is|it is|now is) (?:not|no longer)| (?:this|it) is my last (?:email|note|message)| (?:will|shall) not (?:reach out|follow up|email) again| last (?:note|email|message) from me| should i stop| (?:remove|take) you (?:off|from) my (?:list|follow-ups)/;
const INITIAL_CUES =
  / my name is| allow me to introduce myself| i came across your| i am reaching out because| i am writing to (?:apply|introduce|express)| i would like to apply| i am a [a-z-]+ (?:at|with|based)| i found your (?:profile|post|company)| i saw your (?:post|profile|job posting|listing)/;

function typeFromWord(value: unknown): MessageType | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  for (const [re, type] of TYPE_WORDS) if (re.test(word)) return type;
  return undefined;
}

function integer(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^\s*[+]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  return undefined;
}

function dayOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*\+?(\d+)\s*(d|day|days|w|wk|week|weeks)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] && /^w/i.test(m[2]) ? n * 7 : n;
}

const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
};

export interface ClassifyInput {
  document: ParsedDocument;
  sentences: readonly Sentence[];
  fileName?: string;
  type?: MessageType;
  step?: number;
}

export function classify({ document, sentences, fileName, type: given, step: givenStep }: ClassifyInput): Classification {
  const fm = document.frontMatter?.data ?? {};
  const step = givenStep ?? integer(fm.step) ?? integer(fm.touch);
  const day = dayOf(fm.day);
  const cueText = ` ${[document.subject ?? '', ...sentences.slice(0, 3).map((s) => s.norm.text)].join(' ').toLowerCase()}`;
  const subject = (document.subject ?? '').trim();

  let type = given ?? typeFromWord(fm.type) ?? typeFromWord(fm.kind);
  if (!type && step === 1) type = 'initial';
  if (!type && day === 0) type = 'initial';
  if (!type) type = fromThread(document);
  if (!type && fileName) {
    const base = fileName.split(/[\\/]/).slice(-2).join('/');
    type = PATH_CUES.find(([re]) => re.test(base))?.[1];
    // A numeric prefix above 1 ("02-…") or a day above 0 ("day-7") marks a later step.
    if (!type && /(?:^|\/)0*(?:[2-9]|[1-9]\d+)[-_ .]|day[-_ ]?0*[1-9]/i.test(base)) type = 'follow-up';
  }
  if (!type) {
    if (CLOSE_CUES.test(cueText)) type = 'close';
    else if (/^(?:re|follow[- ]?up|following up|checking in)\b/i.test(subject) || FOLLOW_UP_CUES.test(cueText)) type = 'follow-up';
    else if (THANK_YOU_CUES.test(cueText)) type = 'thank-you';
    else if (INITIAL_CUES.test(cueText)) type = 'initial';
    else type = 'follow-up';
  }

  let followUp: number;
  if (step !== undefined) followUp = Math.max(0, step - 1);
  else if (type === 'initial') followUp = 0;
  else followUp = followUpFromText(sentences) ?? 1;
  return { type, followUp };
}

/** The latest quoted message: the recipient's makes this a reply. */
function fromThread(document: ParsedDocument): MessageType | undefined {
  const header = document.quotedHeaders[0];
  if (!header?.sender) return undefined;
  const sender = header.sender.toLowerCase();
  const greeting = document.greeting ? document.source.slice(document.greeting.start, document.greeting.end).toLowerCase() : '';
  const signature = document.signature ? document.source.slice(document.signature.start, document.signature.end).toLowerCase() : '';
  const first = sender.split(/\s+/)[0] ?? '';
  if (first.length > 1 && signature.includes(first)) return 'follow-up';
  if (first.length > 1 && greeting.includes(first)) return 'reply';
  return undefined;
}

function followUpFromText(sentences: readonly Sentence[]): number | undefined {
  for (const s of sentences) {
    const m = / my (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (?:email|message|note|attempt|try|follow-up|time)/.exec(
      s.norm.text,
    );
    if (m) return (ORDINALS[m[1] as string] ?? 2) - 1;
    if (
      / (?:reached out|written|emailed|followed up|tried to reach you) (?:a few|several|many|multiple|a number of) times/.test(s.norm.text)
    )
      return 3;
  }
  return undefined;
}
