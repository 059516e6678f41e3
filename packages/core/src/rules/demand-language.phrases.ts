/** Phrase data for `demand-language` (RULES.md), in the pattern language of text/pattern.ts. */

/** What the reader is told to do. */
export const READER_ACTS = [
  'reply~ [back] [to me|to us|to this|to my (email|message|note|emails|messages)]',
  'respond~ [back] [to me|to us|to this|to my (email|message|note|emails|messages)]',
  'answer~ [me|this|my (email|message|question|questions)]',
  'get~ back to (me|us) [on this|about this]',
  'write~ back',
  'call~ (me|us) [back]',
  'text~ (me|us) [back]',
  'email~ (me|us) [back]',
  'revert~ [back] [to me|to us]',
  'confirm~ [this|it|that]',
  'let (me|us) know',
  'decide~',
  'pay~ [me|us|this|it|the invoice|this invoice]',
  'sign~ (it|this|the (contract|form|agreement|papers))',
  'send~ (it|this|that|them|me (it|this|that|the @word|your @word)|the (@word|@word @word)|your (@word|@word @word)) [over|back] [to me|to us]',
  'get~ (it|this|that) (done|back to me|to me|over to me|signed|sorted)',
  'advise~ [me|us]',
];

/** The acts RULES.md names for a bald "… today": replying, answering, confirming, calling back. */
export const REPLY_ACTS = [
  'reply~ [back] [to me|to us|to this|to my (email|message|note|emails|messages)]',
  'respond~ [back] [to me|to us|to this|to my (email|message|note|emails|messages)]',
  'answer~ [me|this|my (email|message|question|questions)]',
  'get~ back to (me|us) [on this|about this]',
  'write~ back',
  'call~ (me|us) [back]',
  'revert~ [back] [to me|to us]',
  'confirm~ [this|it|that]',
];

/** Urgency that turns any request into a demand, even after "could you". */
export const STRONG_URGENCY = [
  'asap',
  'a.s.a.p',
  'immediately',
  'urgently',
  'at once',
  'this instant',
  'without (delay|fail|further delay)',
];

/** Urgency that turns a reply request into a demand ("Get back to me today"). */
export const URGENCY = [
  ...STRONG_URGENCY,
  'right (away|now)',
  'straight away',
  'promptly',
  'now',
  'today',
  'tonight',
  'by (today|tonight|end of [the] day|the end of [the] day|eod|cob|close of business)',
  'by @word [am|pm] (today|tonight)',
];
export const URGENT_ALWAYS =
  / (?:asap|a\.s\.a\.p\.?|immediately|urgently|at once|this instant|without (?:delay|fail|further delay))(?= |$)/;

/** Bald demands (warning). Each is matched on the normalised sentence. */
export const DEMANDS = [
  // Reader act + urgency: "Reply ASAP", "Please respond immediately", "Get back to me today".
  '({ACT} [please] {STRONG}|{REPLY} [please] {URGENCY})',
  // "I need an answer today", "I need you to decide".
  '(^|i|we|so|and|but|just|really|still|urgently|seriously|now|?|!|.|,) [really|just|still|urgently|absolutely|seriously|do|now|honestly] need (you to|a response|an answer|a decision|a reply|some answers|your (answer|response|reply|decision)|to hear back|to hear from you (asap|today|now|immediately|urgently)|(this|it|them) (asap|today|now|immediately|urgently|back|by today|by tonight|right away))',
  // "You need to get back to me", "you must reply".
  '{YOU} [really|just|still|absolutely|definitely|seriously] (need to|must|have to|are required to|gotta|have got to|got to|are going to have to|will have to) [please|now|finally|actually|at least] {ACT}',
  // "I expect a response this week", "I demand an answer".
  '(i|we) [really|fully|do|now|still] (expect~|demand~|insist~ on|require~|am expecting|are expecting) (a|an|your|some|my) [prompt|immediate|timely|swift|quick|full|written|proper|formal|clear|direct|straight|final] (response|reply|answer|decision|confirmation|explanation)',
  '(i|we) [really|fully|do|now|still] (am awaiting|are awaiting|await~) (a|an|your) (prompt|immediate|urgent|swift|quick|timely) (response|reply|answer|decision|confirmation)',
  '(reply~|respond~|get~ back to (me|us)|answer~|write~ back) [to me|to us|to this|to my (email|message|note|emails|messages)] as soon as possible',
  '(i|we) [really|fully|do|now|still] (expect~|demand~|insist~) to hear (back|from you) (today|now|immediately|this week|by|asap|right away|tomorrow)',
  // "I expect you to reply by Monday", "I want you to answer".
  '(i|we) [really|fully|do|now|still|just] (expect~|want~|require~|am expecting|are expecting) {YOU} to [please|finally|actually] {ACT}',
  // "This needs to be resolved today", "ASAP please".
  '(this|it|that|the (invoice|payment|contract|form|issue|matter|balance|deposit)) (needs|has|have|need) to be (done|resolved|signed|paid|fixed|sorted|settled|completed|returned|approved|handled) {URGENCY}',
  '^ [please|pls|plz] (asap|urgently|immediately) [please|pls|plz] [!|.]',
  // "I need the Q4 forecast ASAP", "I'll need them by EOD": a need with strong urgency.
  '(i|we) [will|really|just|still|urgently|absolutely|seriously] need~ (it|this|that|them|the|your|those|these|my|our|an|a|some) … (asap|a.s.a.p|immediately|urgently|right away|right now|straight away|at once|by (eod|cob|end of [the] day|the end of [the] day|close of business|end of business))',
  // "Reply to this email.": a bald order to answer, opening the sentence.
  '^ [so|now|ok|okay|just] (reply|respond) to (this|my) [last|previous|earlier] (email|e-mail|message|mail|note|thread)',
  // "Make sure you reply to this email".
  '(make|be) sure (you|to) [please|actually] (reply~|respond~|get~ back|answer~|write~ back|call~ me|pay~)',
];

/** A bare "Please respond." (or "Call me.") as the whole sentence. */
export const BARE_PLEASE =
  /^ (?:call|ring|phone) (?:me|us)(?: back)?(?: (?:now|asap|today|already))?(?: [.!])*$|^ (?:please|pls|plz|kindly) (?:respond|reply|answer|revert|write back|get back to me|get back to us|reply me|respond me|reply back|respond back|reply to me|respond to me|(?:reply|respond) to (?:this|my|my last|my previous) (?:email|emails|message|messages|note|notes|mail)|answer me|answer my (?:email|message|question))(?: (?:asap|soon|quickly|now|today|back|already|sir|madam))*(?: [.!])*$|^ (?:respond|reply|answer) (?:please|pls|plz)(?: [.!])*$/;

/** "So, are you interested or not?" */
export const OR_NOT =
  / (?:are|can|will|do|did|is|have|were) you(?: [^ ?.!;:]+){0,8}? (?:still|interested|in|going|planning|willing|able|coming|joining|serious|committed|sign|signing|pay|paying|reply|replying|respond|responding|answer|answering|decide|deciding|hire|hiring|buy|buying|accept|accepting|want|moving|proceeding|approve|approving|on board|get|got|receive|received|read|see|saw|seen|send|sent|help|helping)(?: [^ ?.!;:]+){0,8} or (?:not|what)(?: [?!])/;

/** "Will you answer my question?" as a direct question. */
export const WILL_YOU =
  /(?<=^|[,:;]) (?:so |and |well |but )?(?:will|are) you (?:ever |please |actually |even |just |at least )?(?:going to )?(?:reply|respond|answer|get back to me|write back|get back to us)(?: to)?(?: (?:me|us|this|it|my (?:email|emails|message|messages|question|questions|note|notes)))?(?: (?:or not|ever|at all))?(?: [?!])/;

/** Words in the subject or first sentence that announce urgency. */
export const URGENT_WORD = / (?:urgent|urgently|time-sensitive|time sensitive)(?= |$)/;
/** A dated or explained reason makes urgency real ("urgent: the venue needs numbers by Friday"). */
export const DATED_REASON =
  / (?:because|since|as the|due|deadline|closes|closing|expires|expiring|ends|starts|by|before|until|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d[\d/.:-]*(?:st|nd|rd|th|am|pm)?)(?= |$)/;
/** "Not urgent", "nothing urgent", "urgent care": no demand. */
export const NOT_URGENT =
  / (?:not|no|nothing|never|non|less|isn't|is not|none of this is|none of it is|not at all|not remotely|hardly|if it is|if anything is|if this is)(?: [a-z]+){0,2} (?:urgent|time-sensitive)| urgent (?:care|clinic|treatment|matters? (?:only|aside))/;

/** Negation or permission before a match: "no need to reply today", "don't feel you have to respond now". */
export const NEGATED_BEFORE =
  / (?:you can|you could|you may|you might|you are welcome to|you are free to|happy for you to|whenever you|no need to|no rush to|no hurry to|no pressure to|do not|does not|did not|not|never|no need|needn't|need not|don't have to|without needing to|there is no need to|you do not have to|you don't have to|not necessary to|nothing|hardly|feel free to)(?: [\w'.-]+){0,4} *$/;
/** The author is the one acting ("I can start right away", "I'll send it today"). */
export const AUTHOR_ACTS =
  / (?:i|we)(?: (?:will|shall|can|could|would|am|are|should|may|might|must|plan to|hope to|want to|intend to|aim to|am going to|are going to|am able to|are able to|am happy to|are happy to|would like to|will try to|try to|to|have to|had to|need to|always|also|just|then|still|usually|already|can also))+ *$/;
/** Conventionally indirect requests ("Could you reply today?") soften plain urgency words. */
export const INDIRECT_BEFORE =
  / (?:could you|would you|would it be possible|is it possible|if you could|if you can|are you able to|were you able to|any chance you could|any chance|would you be able to|could we|can we|would you mind|do you think you could|i would appreciate it if you could|when you get a chance to|if possible)(?: [\w'.-]+){0,5} *$/;
/** Options offered instead of a demand ("call me or reply here, whichever is easier"). */
export const OPTIONS_AFTER = /^ (?:or|whichever|either|if (?:that|it) is easier|whenever|when you (?:can|get a chance|have a moment))(?= )/;
/** A reason after a request with a concrete object keeps it a request ("Please send the form today so we can book"). */
export const REASON_AFTER = /^(?: [\w'.-]+){0,6} (?:so|so that|because|since|as|in order to|to make sure|before|for the)(?= )/;
/** A condition or a question before "you need to": "if you need to confirm with your team". */
export const CONDITIONAL_BEFORE =
  / (?:if|whether|when|unless|in case|once|before|after|where|what|why|how|do|does|did|will|would|should|in which case|so that|until)(?: [\w'.-]+){0,3} *$/;
