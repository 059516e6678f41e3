/**
 * Phrase data for `already-told-you` (RULES.md), in the pattern language of text/pattern.ts.
 * Every pattern matches the normalised sentence: lower case, contractions expanded.
 */

/** Rule-local vocabularies, merged with the shared ones of vocab.ts. */
export const LOCAL_VOCAB = {
  /** Written messages the author points back to ("per my last email"). Calls and voicemails are left out. */
  AMSG: [
    'email+',
    'e-mail+',
    'mail+',
    'message+',
    'msg+',
    'note+',
    'inmail+',
    'dm+',
    'text+',
    'txt+',
    'letter+',
    'follow-up+',
    'followup+',
    'reply',
    'replies',
    'response+',
    'correspondence',
    'memo+',
    'reminder+',
    'update+',
    'comment+',
    'slack+',
  ],
  /** Whole messages, not notes or comments ("see my notes below" annotates the text at hand). */
  SEEMSG: ['email+', 'e-mail+', 'mail+', 'message+', 'msg+', 'letter+', 'reply', 'replies', 'response+', 'follow-up+', 'followup+'],
  /** Spoken exchanges: "per our conversation" is only worth an info when bare. */
  SPOKEN: ['conversation+', 'call+', 'phone call+', 'phone conversation+', 'discussion+', 'chat+', 'talk+', 'meeting+', 'exchange+'],
  /** Past participles after "as previously …" / "as … before". */
  SAY: [
    'stated',
    'mentioned',
    'noted',
    'explained',
    'said',
    'indicated',
    'outlined',
    'communicated',
    'advised',
    'emphasized',
    'emphasised',
    'highlighted',
    'specified',
    'clarified',
    'pointed out',
    'laid out',
    'spelled out',
    'made clear',
    'written',
    'shared',
    'requested',
    'discussed',
    'agreed',
    'covered',
    'answered',
    'established',
    'flagged',
    'raised',
    'conveyed',
    'detailed',
    'described',
    'confirmed',
  ],
  /** Verbs after "as I …": "as I said", "as I told you". */
  SAYI: [
    'said',
    'stated',
    'mentioned',
    'noted',
    'explained',
    'wrote',
    'written',
    'indicated',
    'pointed out',
    'outlined',
    'told you',
    'emphasized',
    'emphasised',
    'highlighted',
    'made clear',
    'clarified',
    'specified',
    'advised',
    'informed you',
    'answered',
    'communicated',
    'asked',
    'requested',
    'laid out',
    'spelled out',
    'flagged',
    'raised',
    'stressed',
  ],
  /** Counted repetition: "twice", "three times", "more than once". */
  TIMES: [
    'twice',
    'thrice',
    'repeatedly',
    '[so|too|how] many times',
    'several times',
    'multiple times',
    'a few times',
    'a couple [of] times',
    'numerous times',
    'countless times',
    'a dozen times',
    'a number of times',
    'a (million|hundred|thousand) times',
    'more than (once|twice)',
    'over and over [again]',
    'again and again',
    'time and again',
    'time after time',
    '#NUM times',
    '(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) times',
  ],
  WEEKDAY: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

/** Where the earlier statement was made: "before", "in my last email", "last week". */
const WHEN =
  '(before|b4|earlier|previously|already|{TIMES}|in my [{PRIOR}] [{PRIOR}] {AMSG}|in (our|the|my) {PRIOR} [{PRIOR}] {AMSG}|in the {AMSG} below|last (time|week|month|{WEEKDAY})|the last time|yesterday|the other day|this morning|earlier today|a (few|couple of) (days|weeks) ago|(#NUM|two|three|a few|several) (days|weeks) ago|on {WEEKDAY}|below|above)';

/** Pointers back to the author's earlier message (warning). */
export const POINTERS = [
  // per my last email / as per my previous message / per our last email
  '[as] per (my|our) [{PRIOR}] [{PRIOR}] {AMSG}',
  // as previously stated / as already explained
  'as (previously|already|earlier|formerly) {SAY}',
  // as stated previously / as mentioned before / as noted twice
  'as {SAY} (previously|already|before|earlier|{TIMES})',
  'as stated (above|below)',
  // as mentioned in my last email / as stated in the email below
  'as {SAY} in my [{PRIOR}] [{PRIOR}] {AMSG}',
  'as {SAY} in (our|the) {PRIOR} [{PRIOR}] {AMSG}',
  'as {SAY} in the {AMSG} below',
  // as I said before / like I said in my last email / as I've already explained
  `(as|like) (i|we) [have|had] [already|previously|just|clearly] {SAYI} ${WHEN}`,
  '(as|like) (i|we) (have|had) (already|previously) {SAYI}',
  '(as|like) (i|we) already {SAYI}',
  // as you can see from my previous email
  'as you (can|could|will|would|may|might|should|must) (see|recall|remember|have seen|have read|know|tell) (from|in) (my|our) [{PRIOR}] [{PRIOR}] {AMSG}',
  // see my email below / please re-read my last message
  '(see|check|re-read|reread|reference) my {PRIOR} [{PRIOR}] {AMSG}',
  '(see|check|re-read|reread) my [{PRIOR}] {SEEMSG} (below|above|from|of|dated|sent)',
  '(re-read|reread) my [{PRIOR}] [{PRIOR}] {SEEMSG}',
  '(refer|referring|go|going|look|looking) back to my [{PRIOR}] [{PRIOR}] {AMSG}',
  '(refer|referring) to my {PRIOR} [{PRIOR}] {AMSG}',
  // it's all in my last email
  '(is|are|was|were) [all|already|also|clearly|right there] [spelled out|laid out|explained|covered|included|listed] (in|within) my ({PRIOR} [{PRIOR}] {AMSG}|{AMSG} (below|above))',
];

/** Announcing a repetition: "to reiterate", "let me reiterate" (warning unless it repeats thanks or interest). */
export const REITERATE = [
  '^ [so|and|but|again|just|okay|ok|yes|well|once again|one more time] [,] [just|so] to reiterate',
  '^ [just|so|and] reiterating',
  '(let me|allow me to|i will|i must|i need to|i have to|i am going to|i would like to|i want to|i wanted to|i shall) [just|again|once again|once more] reiterate',
  '(i am|we are) [just|again|once again] reiterating',
];

/** A repetition that restates thanks, interest or availability is no jab. */
export const POSITIVE_REPEAT =
  /^(?: [,:;-])? (?:(?:my|our) (?:sincere |warm |heartfelt |deep |genuine |strong |continued |keen )?(?:interest|enthusiasm|excitement|thanks|gratitude|appreciation|commitment|support|availability|congratulations|sympathy|condolences|apologies|apology|offer|invitation|admiration)|how (?:much|excited|grateful|interested|thankful|happy|glad|keen|eager|pleased|delighted|committed|enthusiastic)|(?:that )?(?:i am|we are|i remain|we remain|i am still|we are still) (?:very |still |really |so |truly |extremely |genuinely |quite |most )?(?:interested|excited|keen|grateful|thankful|happy|eager|enthusiastic|committed|available|glad|delighted|pleased)|thanks|thank you|congratulations)(?= |$)/;

/** Sentence-initial "Once again," and "I'm once again attaching" (warning unless thanks or praise follows). */
export const ONCE_AGAIN = [
  '^ [and|so|but|well|okay|ok|hi|hello] [,] once again',
  '(i am|we are|i will|i have|we have|i have now) once again (asking|attaching|sending|writing|requesting|following up|reaching out|resending|re-sending|reminding|forwarding|re-attaching|reattaching|emailing|chasing|having to|sharing|explaining|repeating|pointing out)',
];

/** Words that make a sentence-initial "once again" a warm repetition ("Once again, thank you"). */
export const WARM_AFTER =
  / (?:thank\w*|appreciat\w*|grateful|gratitude|excit\w*|enthusias\w*|interest\w*|congrat\w*|sorry|apolog\w*|pleasure|happy|glad|delighted|enjoy\w*|great|wonderful|honou?red|welcome|love\w*|look\w* forward|hope|hoping|warm\w*|best|kind|fantastic|amazing|lovely|terrific|privilege|well done|nice|impressed|inspir\w*|proud|fun|brilliant|excellent|helpful|generous|blessed)(?= |$)/;

/** "I hate to repeat myself", "I'm not sure how else to say it", "how many times do I have to ask". */
export const REPEAT_MYSELF = [
  '(hate to|have to|risk of|not to|i am|i keep|keep|feel like i am|seem to be|i will|without|want to|tired of|sick of|need to|going to) [just] repeat~ myself',
  'not sure how (else|many (more|other) (ways|times)) … (say|put|explain|phrase|word|ask|tell)',
  '(do not|can not) (know|think of) how (else|many (other|more) ways) (to|i can) (say|put|explain|phrase)',
  'how many [more] (times|ways) (do|must|should|will|can|would|am) (i|we) [have to|need to|going to|be able to|still] [have to] (ask|say|tell|explain|repeat|send|remind|put|write)',
];

/** "I already told you", "I've asked for this more than once", "I've emailed you four times". */
export const TOLD_TIMES = [
  'i [have|had] [already|now] (told|asked|explained to|reminded) you [this|that|it|about this|about it|about that|the same thing] [already|before|now] {TIMES}',
  'i [have|had] [already] told you [this|that|it|so] (already|before)',
  'i [have|had] already (told|explained to|reminded) you',
  'i [have|had] already (explained|stated|clarified|answered|said|addressed|mentioned) (this|that|it|these|all this|all of this|all that|the same|the (question|issue|point|concern|matter)|your question)',
  'i [have|had] [already|now] (said|explained|stated|mentioned|requested|raised|flagged|clarified|answered|pointed out|noted|reminded you) [this|that|it|them|the same thing|this question|that question|the question|the same question|the same] [in writing|by email|via email|over email|here|in this thread|on this thread|now|already|again] {TIMES}',
  'i [have|had] [already|now] asked [you] (for this|for that|for it|for the same|you this|this|that|the same question|the same thing|this question|that question) [in writing|by email|via email|over email|here|in this thread|on this thread|now|already|again] {TIMES}',
  'i [have|had] [already|now] (sent|shared|forwarded|attached|resent|re-sent) [you] (this|that|it|them|the same|the {WORK}|the (form|forms|file|files|document|documents|details|information|info|link|attachment|spec|specs|paperwork|numbers|figures|dates)) [in writing|by email|via email|over email|here|in this thread|on this thread|now|already|again] {TIMES}',
];

/** "Per our conversation": info when nothing dates or names it (RULES.md §7). */
export const CONVERSATION = ['[as] per (our|my) [{PRIOR}] [recent|earlier|brief|phone|quick] {SPOKEN}'];

/** What makes a conversation reference specific: a date, an event, a topic or a person within six tokens. */
export const CONVERSATION_ANCHOR =
  /^(?: \w[\w'.-]*){0,5}? (?:on|at|during|from|about|regarding|re|concerning|with|yesterday|today|tonight|last|this (?:morning|afternoon|evening|week|past)|earlier|#|x+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d[\w/.:-]*)(?= |$)/;

/** An event anchor after "as previously discussed/agreed": then it is a recap, not a jab. */
export const EVENT_ANCHOR =
  /^(?: \w[\w'.-]*){0,2}? (?:on|at|during|in|with) (?:our|the|your|my|\w+'s|\w+s|x+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: \w[\w'.-]*){0,3}? (?:call|meeting|interview|chat|conversation|visit|demo|session|lunch|coffee|walk|walkthrough|review|workshop|tour|standup|huddle|zoom|phone)/;

/** Ordinal repetition: "for the third time", "this is the fourth time". */
export const ORDINAL =
  / (?:for|this is(?: now| already| officially)?) the (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|nth|umpteenth|hundredth|thousandth|millionth|last|\d+(?:st|nd|rd|th)) time(?= |$)/g;

/** Ordinals that are always a jab, whatever the verb. */
export const ALWAYS_ORDINAL = /^(?:nth|umpteenth|hundredth|thousandth|millionth)$/;

/** Verbs of asking, sending or saying that make an ordinal a count of the author's own messages. */
export const COMM_VERB =
  / (?:ask\w*|writ\w*|wrote|email\w*|e-mail\w*|messag\w*|send\w*|sent|resen\w*|re-sen\w*|re-?attach\w*|attach\w*|forward\w*|remind\w*|request\w*|follow\w* up|following up|reach\w* out|chas\w*|explain\w*|repeat\w*|say|says|saying|said|tell\w*|told|mention\w*|stat(?:e|ed|es|ing)|shar(?:e|ed|es|ing)|point\w* out|rais(?:e|ed|es|ing)|flag\w*|ping\w*|nudg\w*|contact\w*|submit\w*|resubmit\w*|re-?submit\w*|confirm\w*|clarif\w*|inform\w*|notif\w*|text(?:ed|ing)?)(?= |$)/;

/** Verbs that re-send something (the "re-" already says "again"). */
export const RESEND_VERB =
  / (?:re-?attach\w*|re-?send\w*|re-?sent|re-?shar\w*|re-?forward\w*|re-?submit\w*|re-?upload\w*|re-?post\w*)(?= |$)/;
/** Plain sending verbs: only a pointed ", again" or "yet again" makes them a jab. */
export const SEND_VERB =
  / (?:attach\w*|send\w*|sent|forward\w*|shar(?:e|ed|es|ing)|writ\w*|wrote|email\w*|ask\w*|remind\w*|request\w*|follow\w* up|reach\w* out|explain\w*|repeat\w*|chas\w*|ping\w*)(?= |$)/;
export const AGAIN = / (?:again|once more|one more time|yet again|once again)(?= |$)/g;
