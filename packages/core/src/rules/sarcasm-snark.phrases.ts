/**
 * Phrase data for `sarcasm-snark` (RULES.md), in the pattern language of text/pattern.ts
 * with the vocabularies of vocab.ts. Patterns match the normalised sentence; the few
 * regular expressions below work where the pattern language cannot (elongated words,
 * sentence ends, the original punctuation).
 */

/** Mock concern about whether the reader still exists or reads anything. */
export const PRESENCE = [
  '[is] (anyone|anybody|somebody|someone) (there|home|out there|alive|awake|listening) ?',
  '(is|are) (anyone|anybody|somebody|someone|you|your team) [over there] (actually|even) (handling|reading|checking|working on|looking at|monitoring|in charge of|there|listening|alive)',
  '^ [so|um|uh|hello|ok|okay|hey|well] [,] earth (to|calling) @word',
  'knock [,] knock',
  '{YOU} [have|had|did|just|completely|totally|simply|seem~ to have|must have|might have] … (fall~|drop~|disappear~|vanish~) off (the face of the|the) (earth|planet|map)',
  '(did|were|have|has) {YOU} [been|get|got|gotten] (abducted|kidnapped|eaten)',
  'aliens (abduct~|take~|took|got) you',
  '(are|r) {YOU} [still] alive',
  '{YOU} still alive',
  'still alive (over there|out there|on your end|on your side) ?',
  '(is|are) (anyone|anybody) [still] alive',
  'did {YOU} (die|disappear|vanish|evaporate|go missing|drop off the radar)',
  '(straight|right|directly|off) (into|to) (the|a) (void|black hole|abyss)',
  '(go~|went|gone|disappear~|vanish~|fall~|send~|lost|swallow~|sucked|get~|got) [straight|right|directly|up] (into|to|in|by) (the|a) (void|black hole|abyss)',
  '(shouting|screaming|yelling|talking|writing|emailing|sending) (into|to) (the|a) (void|black hole|abyss)',
  'is this thing (on|working) ?',
];

/** Sarcastic sympathy about their busyness, and "too much to ask". */
export const BUSY = [
  '(i|we) (guess|suppose|take it) {YOU} (are|were|have been|must be|got) [just|clearly|obviously|simply|now] (too|far too|way too|much too) (busy|important|popular|successful|big|good)',
  '(i|we) (guess|suppose) {YOU} (are|were|have been|must be) [just|clearly|obviously|simply|now] (so|very|really|super) (busy|important)',
  '{YOU} (are|were|have been|must be|seem~ [to be]|got) [just|clearly|obviously|apparently|simply|far|way|much|now] too (busy|important|good|big|popular|successful) (for (me|us|people like (me|us)|my (emails|messages|calls)|a (simple|quick|short) (reply|response|answer)|replying|answering|responding)|to (reply|respond|answer|write back|get back|acknowledge|read|bother))',
  '^ [wow|well|gee|geez|boy|man|oh|ah|huh|hm|hmm|ha|haha] [,|!|.] [sure] must be nice',
  '^ [wow|well|gee|geez|boy|man|oh|ah|huh|hm|hmm|ha|haha] [,|!|.] (it|that) [sure] must be nice (!|.|,)',
  '(,|-|—|;) [it] must be nice',
  'since {YOU} (are|were|have been) [so|very] (obviously|clearly|apparently|evidently) [so|very|far too|too|way too] (busy|important|swamped|popular)',
  'i (guess|suppose) … … [is|was|would be] too much to ask',
  '(is|was) (that|this|a [simple|quick|short|one-line|one-word|basic|single] (reply|response|answer|no|yes|yes or no|acknowledgement|acknowledgment|update|word|email)|replying|answering|responding) [really|honestly|seriously] too much to ask [for] ?',
  '(is|was) it [really|honestly|seriously] too much to ask [for] (a|an|some|one) [simple|quick|short|single|basic|one-line] (reply|response|answer|acknowledgement|acknowledgment|update|word|yes or no)',
  '(is|was|would be) [really|honestly|just|simply] too much (effort|trouble|work|to expect) [for you|for your team] ?',
];

/** "Clearly you ...": a jab presented as an observation. */
export const CLEARLY = [
  '(clearly|obviously|apparently|evidently) {YOU} [have|had|did|do|does|are|were|can|could|will|would|just|simply]',
  '{YOU} [have|had|did|do|are|were|just] (clearly|obviously|apparently|evidently)',
];

/** What turns "clearly you ..." into a jab: no time, no care, no reading. */
export const CLEARLY_JAB =
  / (?:not|never) (?:even |yet |ever |really |actually )?(?:had|have|has|read|bother|bothered|care|cared|look|looked|open|opened|check|checked|interested|reply|replied|respond|responded|answer|answered|find|found|make|made|got around|get around|gotten around)(?= |$)| no (?:time|interest|intention|idea|plans?)(?= |$)| (?:cannot|can not|could not) (?:be bothered|care|find|make|spare)(?= |$)| (?:forgot|forgotten|ignoring|avoiding)(?= |$)| better things| more important| too busy| (?:a|much of a|your) priority(?= |$)/;

/** "Obviously you don't have to decide today": sincere reassurance, not a jab. */
export const CLEARLY_SINCERE =
  / (?:not|never|no) (?:have to|need to|need|must|owe|be expected|mean to|meant to|intend|intended|could have|would have known|have known|worry)(?= |$)|(?:could not|can not|cannot|would not) have (?:known|guessed|expected|seen)| no (?:need|obligation|pressure|rush|worries|problem)(?= |$)/;

/** A jab about priorities: "clearly this isn't a priority for you". */
export const PRIORITY = [
  '(clearly|obviously|apparently|evidently|i guess|i suppose|i see|i gather|or maybe|or perhaps) … [just|simply] (not|no longer) (a|much of a|your|any kind of|high on your|on your|very high on your|top) [list of] (priority|priorities|concern)',
  '(is|are|was|were|is just|is simply) (not|no longer) (a|much of a|high on your|on your) [top] (priority|priorities|concern) (for|to) (you|your team|your company|your office|your side|anyone there|you guys)',
];

/** Words before a priority remark that make it a grace frame or a sincere acknowledgement. */
export const PRIORITY_GRACE =
  / (?:if|understand|understood|totally get|completely get|get it|know|realise|realize|appreciate|whether|no worries|no problem|fine|okay|ok|in case)(?= |$)/;

/** Digs at whether they notice, read or care. */
export const DIGS = [
  'not that {YOU} [would|will|did|do|ever|even|could|are going to|would ever|would even|ever would|actually|really] (notice~|care~|read~|reply~|respond~|check~|remember~|bother~)',
  'not that (anyone|anybody|someone|somebody) [there|over there|at your (company|office)|on your team] [would|will|ever|even|actually|really] (notice~|care~|read~|reply~|respond~|check~|bother~)',
  'not that it (matters|matter) to (you|your team|anyone)',
  '(thanks|thank you) [so much|very much|a lot] for nothing',
  '(if|assuming|in case) {YOU} (even|actually|ever even) (read~|open~|check~|look~ at|get~ to|see~) (this|these|it|my|your (emails|email|inbox|messages))',
  'did {YOU} even (read~|open~|look~|see~|check~|glance~|bother~|notice~|get~ (it|my|this|that|the))',
  '(do|does) (you|anyone|anybody|someone|somebody|your team) (even|actually) (read~|check~|open~|look~ at|monitor~)',
  '(you|someone|anyone|somebody|anybody|your team) [would|could|will|might] actually (read~|respond~|reply~|answer~|open~|look~ at|get~ back|acknowledge~|follow~ through|pay~) … … (this time|for once|for a change)',
  '(if|that) (someone|anyone|somebody|anybody) [on your team|there|over there|at your company|in your office] [would|could] actually (read~|respond~|reply~|answer~|open~|look~ at|get~ back|acknowledge~|handle~|pay~)',
  '[i would|i would really|i would just] (like|love) to (think|believe|assume|hope) (that|it|this) (is|was|has been) [just|simply|only] (an|a|another) (oversight|mistake|accident|glitch|misunderstanding)',
  '(i am|i am quite|i am absolutely|i am totally|no doubt|surely) (sure|certain|confident) {YOU} (have|had) a [very|perfectly|really|totally] (good|valid|great|excellent|legitimate) (reason|excuse|explanation)',
  '(surely|no doubt) {YOU} (have|had) a [very|perfectly|really] (good|valid|great|legitimate) (reason|excuse|explanation)',
  'how many [more] (times|ways) (do|must|can|should|will|would|does) (i|one|someone|anyone) [have to|need to] (say|ask|explain|tell|repeat|write|send|remind|spell|put|chase|email|call)',
  'how many [more] (times|ways) (do|must|can|should|will|would) i (have to|need to)',
];

/** "No rush, it's only been three weeks." */
export const ELAPSED = [
  '(no|not a) (rush|hurry|pressure|biggie|worries) [at all|though|of course|really] [,|.|!|-|—|;|:|...|lol|haha] [,|.|!|-|—] [it is|it has|that is|i mean|only|just|i guess] [only|just|merely] been',
  '(take|taking) (your|all the) [sweet] time [,|.|!|-|—|;|:|...|lol|haha] [it is|it has|only|just] [only|just] been',
  'take your sweet time',
  'it is not like it (is|has) been',
];

/** Condescending non-apologies: "sorry if my email was too confusing for you". */
export const CONFUSING = [
  '(sorry|apologies|i apologize|i apologise) [if|that] (my|this|the|that|our|these) … (was|were|is|are|seemed|seems|came across as|came across) [a bit|a little|too|so|really] [too|so] (confusing|unclear|complicated|hard|difficult|complex|technical|long|much) [to (understand|follow|read|digest)] for you',
  '(sorry|apologies) [if|that] you (found|find|were finding) (me|it|this|that|my …|the …) [a bit|a little|too|so] (confusing|unclear|hard|difficult|complicated) [to follow|to understand]',
  '(sorry|apologies) (if|that) you (did not|could not|can not|were not able to|failed to|are struggling to|struggled to) (understand|follow|get|grasp|keep up)',
  '(sorry|apologies) if i (was not|did not make (it|this|that|myself)) [clear|explicit|specific] [clear|explicit|specific] [enough] (for you|the first time)',
];

/** Sarcastic thanks for speed when nothing was fast. */
export const SPEED_THANKS = [
  '(thanks|thank you|really appreciate|appreciate) [so much|a lot|again|very much] (for|on) (the|your|such a|that|this) (speedy|quick|prompt|fast|rapid|lightning|lightning-fast|swift|timely|super quick|super fast|immediate) (response|reply|turnaround|answer|action|payment|follow-up|update|feedback|reaction)',
  '(love|loving|great|nice|impressive) [the|your] (speedy|quick|prompt|fast|rapid|lightning|swift) (response|reply|turnaround|answer|responses|replies)',
];

/** Elapsed time or an "oh wait" that shows the speed thanks are ironic. */
export const DELAY_CUE =
  / (?:oh wait|only been|just been|only took|just took|(?:days|weeks|months) later|still waiting|not really|just kidding|jk)(?= |$)| (?:it is|it has|that is|it has been|that has been) (?:only |just )?(?:been )?(?:\p{N}+|a|one|two|three|four|five|six|several|a few|over a|almost a|nearly a|more than a) (?:days|weeks|months|week|month)(?= |$)/u;

/** A sentence that ends in "... or not?" / "or what?" (their sincere "whether ... or not" is excluded). */
export const OR_NOT_END = / or (?:not|what)(?: [?!.]){0,4}(?: \?)(?: [?!.])*$/;
export const OR_NOT_SINCERE = / (?:whether|if|unless)(?= )/;
/** What makes "... or not?" a challenge: a demand for their answer, decision or interest, or a "So ..." start. */
export const OR_NOT_CHALLENGE =
  /^ (?:so|well|ok so|okay so|so ,|well ,|right ,? so)(?= )| (?:interested|want|going to|gonna|answer|answers|reply|replying|respond|responding|decide|decided|decision|bother|bothering|care|pay|paying|sign|move forward|proceed|serious|mind)(?= |$)/;

/** The eye-roll: emoji and chat abbreviations. */
export const EYE_ROLL = / (?:🙄|😒|smh|smdh|eyeroll|\*eyeroll\*|\* eye roll \*|\* rolls eyes \*|rolls eyes|eye roll)(?= |$)/u;

/** Emphasised intensifiers aimed at the reader: "you're sooo busy", "you're SO busy". */
export const EMPHASIS_TARGET =
  / (?:you|your team|you all|you guys) (?:are|were|must be|have been|seem to be|seem|get|got|being|is|must have been)(?: (?:just|clearly|obviously|always|probably|certainly|surely|all|still|really))? (so|very|really|super|such|soo+|s+o+o+|ve+r+y+|re+a+l+y+|su+per|to+o+)(?: (?:so|very|really|super))? (busy|important|swamped|slammed|popular|booked|occupied|hectic|crazy|in demand|hard to reach|overwhelmed|stretched)(?= |$)/;

/** Scare quotes around the reader's attributes or excuses: your "busy" schedule, the 'two-day' turnaround. */
export const SCARE_QUOTE =
  /(?<![\p{L}\p{N}])(?:your|the|this|that|their|so-called|you're|you’re|youre|you are|you were|you've been|you’ve been|you have been)\s+(["“'‘])(\p{Ll}[\p{L}\p{N}-]*(?:\s+\p{Ll}[\p{L}\p{N}-]*){0,3})(["”'’])(?![\p{L}\p{N}])/gu;

/** Words that make a quoted phrase a scare quote (their excuse, their promise, their policy). */
export const SCARE_WORDS =
  /\b(?:busy|busiest|schedule|season|priority|priorities|urgent|urgently|asap|soon|shortly|quick|quickly|prompt|promptly|fast|swift|speedy|timely|two-day|three-day|24-hour|48-hour|same-day|next-day|one-week|process|policy|workload|turnaround|procedure|responsive|commitment|promise|guarantee|on it|working on it|looking into it|valued|partner|partnership|professional|professionalism|efficient|efficiency|right away|open door|swamped|crazy|hectic|vacation|holiday|out of office|sick|emergency|important)\b/;
