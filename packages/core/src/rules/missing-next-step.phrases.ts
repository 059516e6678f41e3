/**
 * Phrase data for `missing-next-step` (RULES.md "Category: specificity and next step"): the
 * weak closers that do not count as a call to action, and the shapes of a concrete next step.
 * Patterns use the language of text/pattern.ts.
 */

/** Closers that leave the next move vague; alone they are no next step. */
export const WEAK_CLOSERS = [
  '[just|please|pls|so] (let~|lmk) [me] [know] [what you think|your thoughts|your feedback|how it goes|how things go|if you have any questions|if you need anything [else]|if anything changes|either way|when you can|when you get a chance|whenever]',
  'lmk',
  '[any] thoughts',
  '[any] (update|updates|news|word|movement|progress|feedback) [yet|at all|on (this|that|my end|your end|your side|things)]',
  '(look~|looking) forward to (hearing|your reply|your response|your thoughts|getting your|connecting|chatting|speaking|talking|staying in touch)',
  '(hope|hoping) to (hear|get a reply|get a response|connect|chat|talk)',
  '(keep|kept) me (posted|updated|in the loop)',
  '(feel free|do not hesitate|do not be shy) to (reach out|get in touch|contact me|ask|let me know|write)',
  'talk soon',
  'speak soon',
  'chat soon',
  '(hope|hoping) (all is|everything is|things are|you are|your week is) [going] (well|good|great|fine)',
  'please advise',
  '(happy|glad) to (answer|help with|discuss|chat about) any (questions|question)',
  'would love to (hear|get) your (thoughts|feedback|take)',
  '(would|will) (appreciate|welcome) (an|any) (update|reply|response|answer)',
  '(whenever|when) you (get|have|find) a (chance|sec|second|minute|moment)',
  'let us (stay|keep) in touch',
  'stay in touch',
  'where (things|we) stand',
];

/** A proposed slot: a day or time together with a meeting word, or the author's availability. */
export const MEETING_WORDS =
  / (?:call|calls|meeting|meet|chat|demo|coffee|lunch|breakfast|walkthrough|walk-through|session|zoom|teams|video|catch-up|catch up|visit|tour|interview|conversation|slot|slots|review|discussion|appointment|consultation)(?= |$)/;
export const AVAILABILITY =
  / (?:i am|we are|i will be|we will be) (?:free|available|around|in town|open)(?= )| my calendar| (?:free|available) (?:on|any|most|all|this|next|between|after|before|from)(?= )/;

/** The slot is proposed, not past: a future, an offer or the author's availability. */
export const PROPOSAL =
  / (?:i|we) (?:will|can|could|would|shall|might)(?= )| (?:happy|glad|keen|able) to(?= )| let us(?= )| how about| what about| (?:free|available|open)(?= )| (?:propose|suggest|invite|hold|pencil)(?= )| (?:book|schedule|set up|arrange)(?= )| (?:works?|suits?) (?:for )?me| if (?:that|it) (?:works|suits)| still on for| confirming(?= )/;

/**
 * Questions, direct or indirect, that give the reader something to act on even without a
 * name or a date: a request, an offer, a proposal, a question about a step in their process.
 */
export const ACTIONABLE_QUESTION =
  / (?:could|would|can|will) you (?:please |kindly |also |possibly )?(?:let me know (?:when|whether|if|which|what|how|who|where)|tell me (?:when|whether|if|which|what|how|who|where)|confirm|send|share|forward|sign|countersign|review|approve|add|introduce|connect|point|update|return|pay|process|schedule|set up|book|pick|choose|suggest|propose|clarify|email|call|mention|pass|loop|copy|cc|put|recommend|pencil|hold|reserve|give|provide|fill|complete|join|meet|walk|grab|accept|arrange|move|text|message|ping|ring|phone|check (?:that|whether|if))(?= )|(?:^| or| ,| and| so) (?:should|shall) i(?= \?| (?:send|call|reach|contact|email|forward|hold|book|schedule|set|add|include|resend|drop|bring|come|keep|stop|close|check|follow|use|ask|put|pencil|go|plan|wait|submit|apply|reapply|update|change|move)(?= ))| (?:do|would) you (?:want|like) (?:me|us) to| (?:would|do|will) you (?:want|like|be (?:up for|open to|interested in|willing to|free|available)|have time)(?= )| (?:is|are) (?:there )?(?:anything|something) (?:else )?(?:needed|missing|required)| (?:is|are|will) there (?:a|an|another|going to be)(?= )| (?:want|like) me to(?= )| would it (?:help|be (?:useful|helpful|easier|okay|ok|possible))| (?:would|will|does|do|did) (?:that|this|it|either|these|those|one of these|the new [\p{L}-]+) (?:work|help|suit|speed|make|be (?:useful|helpful|easier|okay|ok))| is it (?:okay|ok|alright|all right|possible) (?:if|to|for)| (?:may|could|can) (?:i|we)(?= )| is there (?:anything|something) (?:else )?(?:i|we|you) (?:can|could|should|need|would like)| (?:who|which|what|when|where|how)(?: [\p{L}\p{N}'-]+){0,5} (?:should|would|could|can|do|does|is|are|will)(?= )| (?:are|is) (?:you|your team|the team) (?:free|available|open to|still (?:planning|looking|hiring|accepting|reviewing|open to))(?= )/u;

/** A question about the state of a named step: "is the role still open", "whether invoice #57 has gone through". */
export const ITEM_STATE =
  / (?:is|are|has|have|was|were|will|did|does|do) (?:the|my|our|your|this|that|these|those)(?: [\p{L}\p{N}#&'-]+){1,5} (?:still|already|been|yet|on track|going ahead|happening|open|filled|closed|approved|signed|scheduled|confirmed|booked|paid|sent|processed|received|arrived|available|set|decided|work|working|suit|fit|need|needs)(?= )| (?:the|my|our|your|this|that)(?: [\p{L}\p{N}#&'-]+){1,5} (?:is|are|has|have|was|were|will) (?:still |already |now |yet )?(?:been |be )?(?:filled|open|closed|approved|signed|scheduled|confirmed|booked|paid|sent|processed|received|arrived|on track|available|set|finalised|finalized|decided|happening|going ahead|moving forward|gone through|taking|hiring|accepting|looking for|recruiting|planning|reviewing|still)(?= )/u;

/** Asking indirectly: "I wanted to ask whether", "I was wondering if", "writing to ask the status of". */
export const INDIRECT_ASK =
  / (?:wondering|wondered|wonder|to ask|would like to (?:know|ask|confirm)|hoping to (?:hear|learn|find out)|(?:check|checking|confirm|confirming|find out|see|know) (?:whether|if))(?= )/;

/** A request with a deadline: "countersign it today", "I'll need them by EOD", "your thoughts by Friday". */
export const REQUEST_CUE =
  / (?:need|needs|grateful|appreciate|trust you|please|kindly|thanks in advance|thank you in advance)(?= )| (?:you|u) (?:must|need to|have to|should)(?= )| (?:you|please|kindly|can|could|would|will) (?:get|send|return|sign|countersign|pay|process|approve|review|confirm|settle|forward) (?:it|them|this|that|the|your|back)(?= )/;
export const DEADLINE = / (?:by|before|no later than|until)(?= )/;
/** What a weak request asks for: only a reply, an answer or an update. */
export const WEAK_OBJECT = / (?:a|an|any|your|some) (?:reply|response|answer|update|word|acknowledgement|acknowledgment)(?= |$)/;

/** Times: a weekday, a date, a clock time, a near-future span. */
export const TIME_WORDS =
  / (?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|today|tonight|tomorrow|morning|afternoon|evening|eod|weekend|jan|january|feb|february|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|q[1-4]|\p{N}{1,2}(?:st|nd|rd|th|am|pm)|\p{N}{1,2}[:/.-]\p{N}{1,2}(?:[/.-]\p{N}{2,4})?)(?= |$)| (?:next|this|coming|following) (?:week|month|quarter|monday|tuesday|wednesday|thursday|friday|few days)(?= |$)| (?:in|within) (?:a|one|two|three|four|a couple of|a few|\p{N}+) (?:days|weeks|business days|working days|week|day)(?= |$)| (?:by|before|no later than|until) (?:end of|the end of|close of|eod|cob)(?= )| (?:end|close) of (?:day|week|month|business)(?= |$)/u;

/** The author takes the next step: "I'll call", "I'll send", "I can drop them off". */
export const SELF_ACTION =
  / (?:i|we) (?:will|can|am going to|are going to|plan to|would like to|would be happy to|am happy to|could|shall) (?:also )?(?:call|ring|phone|send|drop|bring|email|follow up|join|come|visit|meet|present|walk you through|run|host|have|demo|introduce|pop in|hop on|set aside|block|check (?:back|in)|stop by|share|forward|prepare|book|schedule|set up|put together|reach out|circle back|swing by|come by|pop by|pick up|deliver|ship|update|finish|submit|reserve|hold|confirm|resend|text|message|touch base|look|try)(?= )/;

/** A one-step response mechanism: reply "yes", a booking link with an instruction. */
export const RESPONSE_MECHANISM =
  / reply (?:with )?(?:" |' |“ |‘ )?(?:yes|no|y|n|1|2|stop|a day|a time|the|with)(?= )| (?:just )?(?:book|grab|pick|choose|select|claim) (?:a|any|whichever|the|one)(?: [\p{L}-]+){0,2} (?:time|slot|day|spot|session)| (?:booking|calendar|scheduling|calendly) (?:link|page)| (?:once|as soon as|when) you (?:sign|countersign|approve|confirm|send|reply|return|pay|book|accept|choose|pick)(?= )|^ (?:just )?(?:pick|choose) (?:whichever|one|any|a time|a slot|the one)(?= )| (?:here is|here are|here's|below is|attached is) (?:my|a|the) (?:calendar|availability|booking)/u;

/** Requests with a concrete object: "could you confirm the dimensions", "please send the list". */
export const CONCRETE_REQUEST =
  / (?:could|would|can|will) you (?:please |kindly |also |possibly )?(?:let me know (?:when|whether|if|which|what|how|who|where)|tell me (?:when|whether|if|which|what|how|who|where)|confirm|send|share|forward|sign|countersign|review|approve|add|introduce|connect|check|look|point|update|return|pay|process|schedule|set up|book|pick|choose|suggest|propose|advise|clarify|email|call|mention|pass|loop|copy|cc|put|recommend|pencil|hold|reserve|ask|give|provide|fill|complete|join|meet|read|walk|grab)(?= )| (?:please|kindly|pls) advise (?:when|whether|which|if|how)| when (?:i|we) (?:can|could|should|will|might) (?:expect|receive|get|hear)| let (?:me|us) know (?:if|whether) you would (?:like|prefer) (?:me|us) to| (?:please|kindly|pls) (?:send|confirm|share|forward|sign|countersign|review|approve|add|book|pick|choose|suggest|propose|return|pay|process|schedule|call|fill|complete|grab|let me know (?:which|what time|what day|whether|who|how many|how much|if you would prefer|if i should)|tell me (?:which|what time|what day|whether|who))(?= )| let me know (?:which|what time|what day|whether|who|how many|how much)(?= )|^ (?:please )?(?:try(?! (?:to|and) (?:get back|reply|respond|answer|write))|test|send|review|sign|countersign|check|forward|book|pick|choose|grab|fill|complete|return|confirm|share|add|click|open|reply with)(?= )| (?:and|then) (?:tell|let) me (?:know )?(?:what|which|whether|how|when)(?= )| if you (?:could|can|would) (?:please |kindly )?(?:send|sign|return|confirm|share|review|approve|forward|pay|book|let me know|fill|complete|call)(?= )/;

/** Questions about the reader's opinion in general: weak even when they name the matter ("Thoughts on the Q2 doc?"). */
export const OPEN_OPINION = [
  '[any|more] (thoughts|feedback|opinions|reactions|impressions) [yet|at all|so far]',
  'what (do you think|are your thoughts)',
  'would love to hear',
  'how (are|is) (things|it|everything) (going|looking)',
];

/** Questions that ask nothing the reader can act on: "Any update?", "Thoughts?", "Did you get my email?". */
export const WEAK_QUESTION = [
  '[is there|are there|do you have|have you got|got|was there|there is|there are|there might be|there may be] (any|an) [more] (update|updates|news|word|movement|progress|luck|reply|response)',
  '^ [so|hey|hi|hello|and|just|ok|okay|also|anyway] [,] (update|updates|news|word)',
  'you (have|had) had (a chance|time|a moment|a minute|a sec|a second)',
  'any chance you (have|had|got|would have)',
  '^ [so|and] [,] (anyone|anybody) (there|home) ?',
  '^ (hello|hi|hey) ?',
  '(did|have|had) you [even|ever|actually] (get|see|receive|read|open|catch|look at) (my|the|this|that|it) [last|previous|earlier|other] (email|message|note|mail|voicemail|text|dm|proposal)',
  '(did|have|had) you (get|had|have) a (chance|moment|minute|sec|second) [to] [look|review|think|read|decide|check|go over|consider]',
  '(is|was) there (a|any) reason',
  'why (have|has|did|do|are|is) (you|not|no one|nobody)',
  '(are|is) (you|anyone|anybody) [still] (there|around|alive|with me|interested)',
  '(any|got any) (questions|question) (for me|i can answer)',
  'do you have any (questions|question)',
  'where (do|does) (things|it|this|that|we) stand',
  '(can|could|would) you (tell me|let me know) where (things|we|it|this) (stand|stands|is|are)',
  '(does|did) (that|this|it) make sense',
  'if that makes sense',
  'am i (making sense|bothering you)',
];
