/**
 * Phrase data for `loaded-reminder` (RULES.md), in the pattern language of text/pattern.ts.
 * Every pattern matches the normalised sentence: lower case, contractions expanded, "pls" → "please".
 */

/** Labels that always carry the criticism, whatever follows: "friendly reminder …". */
export const STRONG_LABELS = [
  '(friendly|gentle|kind|kindly|polite|courtesy|quick friendly|quick and friendly|friendly little|gentle little|little friendly) reminder',
  'just a [quick|friendly|gentle|little|small|brief|polite|kind|short] reminder',
];

/** Labels that need a clause after them ("quick reminder that …", not "a quick reminder of why we do this"). */
export const WEAK_LABELS = [
  '(quick|final|last|little|small|soft|brief|another|second|third|urgent|last and final|final and last|second and final|official|short) reminder (,|that|:|-|—|–|to|about|regarding|re|on|for|.|!)',
  '(as a|this is a|this is just a|here is a|here is another|consider this a|think of this as a|treat this as a|this is your|this email is a|this message is a|this note is a|sending [you] a|just sending [you] a|i am sending [you] a) reminder (,|that|:|-|—|–|to|about|regarding|re|on|for|.|!)',
];

/** "Reminding you that …", "May I remind you …". */
export const REMIND_YOU = [
  'remind~ you (that|about|to|again|of (my|our|the) ({MSG}|{WORK}|deadline|due date|balance|payment|outstanding|overdue|terms))',
  '(just to|simply to|only to|^ to) remind you',
  '(may|might) i remind you',
  '(let me|allow me to) remind you',
  'i (must|should|need to|have to|feel i should|feel i must|feel the need to) remind you',
  '(need|must) i remind you',
  'do i (need|have) to remind you',
  'i hardly need to remind you',
];

/** "Please advise" (not "could you please advise …"). */
export const PLEASE_ADVISE = ['please advise'];

/** "Going forward," at the start of an instruction to the reader. */
export const GOING_FORWARD = [
  '^ [and|so|but|also|ok|okay|then|just] [,] ((going|moving) forward|from now on|from here on [out]|in future)',
];

/** "I trust you will …", "I trust this will be resolved …". */
export const TRUST = [
  'i [do] trust [that] you (will|would|are going to|shall|can) [now|then|also|soon]',
  'i [do] trust [that] (this|it|that|the (payment|invoice|balance|matter|issue|form|document|report|contract|amount|transfer|deposit|refund|order|delivery|problem|situation|signature|paperwork)) (will|would|is going to|can) [now|then|soon] be (resolved|paid|settled|processed|handled|sorted|sorted out|addressed|taken care of|rectified|corrected|fixed|actioned|dealt with|done|completed|signed|approved|returned|sent|received|cleared|remitted|paid in full)',
];

/** "Kindly revert", "Please kindly confirm": imperative "kindly" with a reply verb (warning). */
export const KINDLY_REPLY = [
  '(^|,|and|so|please|then) kindly (respond~|reply~|revert~|advise|confirm~|acknowledge~|get back|answer~|update me|update us|let (me|us) know at the earliest|get back to (me|us))',
];

/** Imperative "kindly" with a pressing verb (info). "Kindly let me know" and "kindly find attached" pass. */
export const KINDLY_OTHER = [
  '(^|,|and|so|please|then) kindly (expedite~|process~|release~|settle~|pay|remit~|clear~|action~|prioritize|prioritise|treat this as urgent|ensure~|make sure|arrange~ payment)',
];

/** "Just to be sure we're on the same page". */
export const SAME_PAGE = [
  '^ [just|so|and|but|okay|ok] [,] [just] (to|so) (be sure|make sure|ensure|confirm|check) [that] we are [all|both] [still] on the same page',
  'just (to|so) (be sure|make sure|ensure) [that] we are [all|both] [still] on the same page',
  'just so we are [all|both] [still] on the same page',
  '^ [and|but|okay|ok] [,] so [that] we are [all|both] [still] on the same page',
];

/** Thanks for something the reader has not agreed to do. */
export const IN_ADVANCE = [
  'thank~ you [so much|very much|kindly|again] in advance',
  '(thanks|many thanks|thx|much thanks|big thanks|huge thanks) [again|so much|a lot|a bunch|a million|heaps] in advance',
  '(thanks|thank you) [so much|again] ahead of time',
  '(thanks|thank you|thanking you) [so much|again] in anticipation',
  '[i] appreciate (it|this|that|your (help|assistance|cooperation|support|time|understanding|prompt (reply|response|attention|payment)|quick (reply|response|turnaround))) in advance',
  '(advance thanks|grateful in advance|with thanks in advance)',
  'tia',
];

/** Asking for a reply "at your earliest convenience" (info). */
export const EARLIEST = [
  '(respond~|reply~|revert~|get back|answer~|advise|confirm~|acknowledge~|write back|return my {MSG}|hear from you|hearing from you|response|reply|answer) … at (your earliest convenience|the earliest|the earliest possible|your soonest convenience)',
];

/** Before a label: thanks for it, or a reminder the author sets or receives ("I've set a reminder"). */
export const NOT_A_LABEL_BEFORE =
  /(?: (?:thanks|thank you|thank|appreciate|appreciated|grateful) (?:so much |again )?for(?: the| your| this| that| a)?| (?:set|setting|sets|add|added|adding|create|created|creating|put|schedule|scheduled|got|get|getting|received|receive|gets|give|giving|drop|shoot|will send|will be sending|am going to send|going to send|can send|could send|happy to send|send myself|sent myself|sending myself|will set|will get|will receive|you will get|you will receive)(?: you| myself| me| us)?(?: a| an| another| the| my| one| your)?(?: quick| friendly| gentle| little| small| calendar| final| short| phone| automatic| automated)?)$/;

/** After "remind you": the author reminding them who they are or where they met, which is a service. */
export const SELF_INTRO_AFTER =
  /^(?: ,| that| of)?(?: (?:who i am|i am (?:the|a|an)|we met|we spoke|we talked|we chatted|we were introduced|how we met|where we met|we connected|i was (?:the|a|an)|my name|(?:our|my) (?:meeting|conversation|chat|talk|call|introduction|intro)))(?= |$)/;

/** A logistics note about a shared event with a day or time: "Reminder: our call is Thursday at 2 pm." */
export const SHARED_EVENT =
  / (?:our|the|your|this) (?:[\w'-]+ ){0,4}?(?:call|meeting|interview|appointment|session|chat|demo|webinar|event|visit|class|lesson|booking|reservation|consultation|conference|workshop|coffee|lunch|dinner|breakfast|meetup|tour|viewing|check-up|checkup|training|orientation|party|rehearsal|practice|trip|zoom|standup|catch-up|sync|walkthrough|presentation|screening|pickup|drop-off|fitting|inspection|showing|game|match|recital)s?(?= |$)/;
export const WHEN_WORD =
  / (?:tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next (?:week|\w+day)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|am|pm|a\.m|p\.m|\d[\w:.]*|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?= |$)/;

/** Words after "please advise" or "kindly …" that show a question form: "could you please advise". */
export const QUESTION_BEFORE = / (?:could|can|would|will|if) (?:you|u)(?: (?:kindly|please|just|also))?$/;

/** An instruction to the reader after "Going forward,". */
export const INSTRUCTION =
  /^(?: ,)?(?: (?:please|kindly|always|never|just|also))*(?: (?:please|kindly|make sure|ensure|remember|do not|never|always|note that|be sure|you (?:need|must|should|will need|have to|are (?:expected|required|asked))|i (?:need|expect|ask|would ask|must ask|will need|require|would appreciate it if|would appreciate|would like|want) (?:you|that you|it if you|for you)|we (?:need|expect|ask|require|would ask|will need|would like|want) (?:you|that you|all|everyone)|can you|could you|would you|will you|it would be (?:great|good|helpful|appreciated|nice|best|better) if you|all \w+ (?:must|should|need|will need)|send|cc|copy|include|use|reply|respond|submit|pay|keep|contact|call|email|check|update|notify|inform|loop|confirm|direct|route|forward|stop|avoid|refrain))(?= |$)/;

/** The reader's offer or agreement, which grounds "thanks in advance" (RULES.md §6.4). */
export const OFFER =
  / (?:your (?:kind |generous |very kind |lovely |gracious )?(?:offer|offering|suggestion|invitation|willingness)|you (?:kindly |generously |so kindly |very kindly |graciously |were kind enough and )?(?:offered|volunteered|agreed|suggested|promised|invited me)|you (?:mentioned|said|told me|wrote) (?:that )?you (?:would|could|can|might|will|were happy|would be happy|were able|are happy|are able|had time)|you (?:were|are) (?:kind enough|happy|willing|glad|able|so kind as) to|as you (?:suggested|offered|proposed|recommended|kindly)|as (?:we )?agreed|per our agreement|(?:thank you|thanks) (?:so much |again |very much )?for (?:offering|agreeing|volunteering|being willing|the offer)|for agreeing to)(?= |$)/;

/** An offer in the quoted thread ("Happy to introduce you to Priya"). Tested on the quoted source text. */
export const QUOTED_OFFER =
  /\b(?:(?:happy|glad|pleased|willing|delighted) to (?:introduce|connect|help|review|send|share|look|take a look|put you in touch|pass|forward|chat|meet|read|refer|recommend|make (?:an|the) intro)|i\s*(?:can|could|will|'ll|’ll|would|'d|’d) (?:be happy to |be glad to |gladly |definitely |also )?(?:introduce|connect|put you in touch|send|share|review|take a look|look|help|pass|forward|refer|recommend|make (?:an|the) intro)|let me (?:introduce|connect|put you in touch)|feel free to send|send (?:it|me|them|that) (?:over|along|my way))\b/i;

/** Introductions and referrals: with a named target they point at the reader's offered favour. */
export const INTRO_ACT =
  / (?:introduc\w*|intro|intros|connect\w*|put\w* me in touch|referr\w*|refer|refers|recommend\w*|vouch\w*|pass\w* (?:my|this|it|them)(?: \w+)? (?:along|on)|forward\w* (?:my|this|it))(?= |$)/;

/** Words that make the request open-ended ("whenever you get a chance", "any help you can give"). */
export const SOFTENER =
  / (?:whenever you (?:get|have|find) (?:a|the) (?:chance|moment|minute|sec|second|time)|when(?:ever)? you (?:can|get a chance|have a (?:moment|minute|chance|sec|second))|no rush|no pressure|no hurry|if you have (?:time|a moment|a minute|a chance|the time|the bandwidth|a sec|a second)|if (?:possible|you can|you are able|it is not too much trouble|you get a chance|you have a chance)|at your (?:convenience|leisure)|in your own time|no worries if|for any (?:help|advice|insight|insights|guidance|thoughts|feedback|input|suggestions|pointers|information|tips|ideas))(?= |$)/;

/** Pressure that no offer softens: "thanks in advance for your prompt reply". */
export const PRESSURE =
  / (?:prompt|promptly|quick|quickly|swift|swiftly|speedy|asap|immediate|immediately|today|tonight|right away|urgent|urgently|at once|without (?:further )?delay|by (?:eod|cob|end of (?:day|week|today|business))|this week|soon|timely)(?= |$)/;

/** A reply softened by an easy timeframe: "Kindly reply when possible". */
export const SOFT_AFTER =
  / (?:when(?:ever)? (?:possible|you can|convenient|you get a (?:chance|moment|minute)|you have (?:a moment|time|a minute|a chance))|if (?:possible|you can|convenient|you have (?:time|a moment))|at your (?:convenience|leisure)|in your own time|no rush)(?= |$)/;
