/**
 * Phrase data for `missing-reminder` (RULES.md): what counts as naming the specific
 * offer, ask or item a follow-up is about. Patterns use the language of text/pattern.ts.
 */

/** Strong anchors: an offered action or ask that names its object. */
export const OFFERED_ACTIONS = [
  '(your|the|his|her|their) [kind|generous|very kind|gracious] (offer|offers|suggestion|idea|recommendation|invitation|invite|referral|introduction|intro|advice|tip|pointer) (to|of|for|about|on|that|with|re)',
  '(the|your) (intro|introduction|referral) (to|with)',
  '[kindly|generously] (offered|offering|suggested|suggesting|promised|volunteered|agreed) to',
  '(introduce~|connect~|refer~|put~) (me|us) (to|with|in touch with)',
  '(introduced|connected) us',
  '(making|make|made) the (introduction|intro|connection)',
  'the [@word] (intro|introduction|referral|connection|feedback|comments|notes|review|sign-off|approval|book|article|podcast|course|resource|tool|link|contact|person|paper|video|report|template|guide|list|idea|approach|framework|name|candidate|event|talk|newsletter|site|website|app|program|programme|class|workshop|method|study|post|blog|recipe|vendor|firm|agency|lawyer|accountant|designer|developer|recruiter|role|position|job|opening) [that|which] (you|he|she|they) [kindly] (recommended|mentioned|suggested|offered|sent|shared|pointed me to|flagged|referred|told me about|forwarded|posted|wrote|gave|lent|promised)',
  '(you|he|she|they) (recommended|suggested|offered|promised|kindly offered|agreed) (to|that|the|a|an|me)',
];

/** An artifact with a qualifier: a number, a named file, or "for/on <something>". */
export const QUALIFIED_ARTIFACTS = [
  '(invoice|req|requisition|order|ticket|case|po|contract|quote|estimate|proposal|application|reference|ref|job|position|role|policy|claim|account|booking|reservation|item|unit|apartment|flat|room|lot|file|issue|bug|pr|sow|payment|receipt|statement|transaction|shipment|delivery|tracking|sku|model|version|release|project|batch|permit|grant|candidate|student|customer|member|membership|order) [number|no|no.|id|num|nr|code] [:|-] #NUM',
  '(pr|pull request|ticket|project|website|site|app|delivery|shipment|quote|proposal|estimate|invoice|contract|deck|report|draft|mockup|mockups|design|designs|slides|budget|plan|spec|brief|portfolio|samples|sample|sow|agreement|order|application|bid|pitch|offer|paper|manuscript|chapter|review|assessment|audit|plans|pilot|trial|demo|presentation|prototype|roadmap|timeline|schedule|invitation|request|repair|renovation|remodel|refund|deposit|reimbursement|payment|transfer|lease|rent|tuition|fees|fee|grade|transcript|recommendation letter|reference letter|letter of recommendation|visa|permit|form|forms|documents|paperwork) (for|on|about|regarding|covering|to|from|of) [the|your|a|an|our|my|this] @word',
];

/** Numbers with a unit tied to the matter ($4,800; 6 weeks; 15-minute call). */
export const AMOUNTS =
  /(?:^| )(?:[$€£] \p{N}|(?<!(?:been|for|ago|over|past|last|about|almost|nearly|than|in|after|within|already) )\p{N}[\p{N},.]* ?(?:k|m|usd|eur|gbp|dollars|euros|pounds|percent|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|units?|seats?|licen[cs]es?|users?|words?|pages?|sq|square|bedrooms?|people|attendees|employees|items|pieces|copies|credits|points|kg|lbs|miles|km)(?= |$)|\p{N}+ - (?:minute|hour|day|week|month|page|person)(?= |$))/u;

export const MONTH =
  /(?:^| )(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)(?= (?:\p{N}|the \p{N})| \p{N}|$)|(?:^| )(?:january|february|april|june|july|august|september|october|november|december)(?= |$)/u;
export const WEEKDAY =
  /(?:^| )(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|mondays|tuesdays|fridays)(?= |$)/;
export const DATE_FORM =
  /(?:^| )(?:\p{N}{1,2}(?:st|nd|rd|th)|\p{N}{1,4}[/.-]\p{N}{1,2}(?:[/.-]\p{N}{2,4})?|(?:19|20)\p{N}{2}|q[1-4]|yesterday|today|tomorrow|tonight|this morning|this afternoon|last (?:week|month|year|night)|next (?:week|month)|earlier (?:this|today)|\p{N}{1,2} ?(?:am|pm)|\p{N}{1,2}:\p{N}{2})(?= |$)/u;

export const EVENT_WORDS =
  /(?:^| )(?:interview|interviews|call|meeting|chat|coffee|conference|meetup|meet-up|fair|webinar|demo|expo|event|panel|presentation|lunch|dinner|breakfast|talk|session|workshop|summit|mixer|networking event|open house|site visit|visit|tour|screening|hackathon|keynote|seminar|class|lecture|game|show|appointment|consultation|trip|party|recital|concert|ceremony|camp|match|practice|tournament|rehearsal|graduation|wedding|launch|offsite|retreat|training|orientation|onboarding|appraisal|walkthrough|inspection|viewing|showing|audition|fundraiser|gala|festival)(?= |$)/;

/** A role title before a role noun ("the Data Analyst role", "the analyst position"). */
export const ROLE_TITLE =
  /(?:^| )(?!(?:the|a|an|this|that|your|my|our|open|same|new|current|available|advertised|posted|above|said|job|vacant|other|first|second)\b)[\p{L}-]{2,}(?: [\p{L}-]{2,}){0,3} (?:role|position|job|opening|vacancy|internship|post|opportunity|gig|contract|assignment)(?= |$)/u;
export const ROLE_AT_ORG =
  /(?:^| )(?:role|position|job|opening|vacancy|internship|post|team|opportunity) (?:at|with) (?!the moment|this time|your (?:company|organi[sz]ation|firm|team)|you\b)/;

/** Words that are capitalised for reasons other than being a name. */
export const NOT_NAMES = new Set(
  "i i'm i've i'll i'd hi hello hey dear thanks thank best regards cheers ok okay yes no maybe possibly great good fine never always urgent important asap fyi ps please mr mrs ms dr prof sir madam monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    ' ',
  ),
);

/** A product, course or part code: XR-40, Q2, CHEM 201, SKU-118. */
export const CODE = /(?<![\p{L}\p{N}])(?:(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z][A-Z0-9-]{1,}|[A-Z]{2,} \d{2,})(?![\p{L}\p{N}])/u;

/** A possessive name before a noun: "Sophie's permission slip", "Noah's missing grades". */
export const POSSESSIVE_NAME = /(?<![\p{L}\p{N}])(?!(?:I|It|That|There|Here|What|Who|Let)['’])\p{Lu}[\p{L}-]+['’]s \p{Ll}{3,}/u;

/** A street address: "9 Cedar Row", "221B Baker Street". */
export const ADDRESS = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]? \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*/u;

/** A determiner-led phrase of up to five words with a capitalised word inside: "the Mapleton Library website". */
export const NAMED_PHRASE = /(?<![\p{L}\p{N}])(?:the|my|our|your|his|her|their|this)(?=((?: [\p{L}\p{N}'’&.-]+){1,5}))/giu;

/** Words that make a noun phrase no more specific: "my previous email", "the open role". */
export const GENERIC_MODIFIERS = new Set(
  'right wrong best worst strongest previous last earlier prior first second third recent revised updated new latest original current other same whole little quick short brief big great small few several many open below above attached following possible potential exciting interesting next general overall usual full final initial latest various own certain particular specific real last-minute long lovely nice good wonderful amazing whole entire said above-mentioned aforementioned outstanding pending recent one two three any some every each all such very just really'.split(
    ' ',
  ),
);

/** Head nouns too vague to name anything: "the status", "our conversation". */
export const GENERIC_NOUNS = new Set(
  'candidate candidates fit convenience person people email emails e-mail message messages note notes mail inbox application applications resume cv opportunity opportunities position role job conversation conversations chat call calls meeting proposal status update updates thing things question questions request requests matter issue issues topic time chance thoughts news feedback decision reply response answer week day side end team process timeline situation steps step progress stuff idea ideas point points discussion talk info information details loop touch note regard regards way part lot bit while moment today morning afternoon evening inquiry enquiry follow-up follow-ups check-in candidacy submission offer interest availability schedule plans plan work project help support input consideration review'.split(
    ' ',
  ),
);

/** Function words that end a noun phrase. */
export const PHRASE_STOP = new Set(
  'at on in for to from with about of and or but is was are were has have had that which who you i we by as if so because when while be been being not will would can could should may might do does did this these those it its a an the my our your their his her'.split(
    ' ',
  ),
);

/** A number with a counted noun: "12 solar panels", "3 bedrooms". */
export const COUNTED =
  /(?:^| )\p{N}[\p{N},.]*(?: [\p{L}-]+){0,2} (?!(?:times|emails|messages|notes|calls|texts|weeks|days|months|years|hours|minutes|ago)\b)[\p{L}-]{3,}s(?= |$)/u;
