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
  'the (book|article|podcast|course|resource|tool|link|contact|person|paper|video|report|template|guide|list|idea|approach|framework|name|candidate|event|talk|newsletter|site|website|app|program|programme|class|workshop|method|study|post|blog|recipe|vendor|firm|agency|lawyer|accountant|designer|developer|recruiter|role|position|job|opening) [that|which] (you|he|she|they) [kindly] (recommended|mentioned|suggested|offered|sent|shared|pointed me to|flagged|referred|told me about|forwarded|posted|wrote|gave|lent|promised)',
  '(you|he|she|they) (recommended|suggested|offered|promised|kindly offered|agreed) (to|that|the|a|an|me)',
];

/** An artifact with a qualifier: a number, a named file, or "for/on <something>". */
export const QUALIFIED_ARTIFACTS = [
  '(invoice|req|requisition|order|ticket|case|po|contract|quote|estimate|proposal|application|reference|ref|job|position|role|policy|claim|account|booking|reservation|item|unit|apartment|flat|room|lot|file|issue|bug|pr|sow|payment|receipt|statement|transaction|shipment|delivery|tracking|sku|model|version|release|project|batch|permit|grant|candidate|student|customer|member|membership|order) [number|no|no.|id|num|nr|code] [:|-] #NUM',
  '(quote|proposal|estimate|invoice|contract|deck|report|draft|mockup|mockups|design|designs|slides|budget|plan|spec|brief|portfolio|samples|sample|sow|agreement|order|application|bid|pitch|offer|paper|manuscript|chapter|review|assessment|audit|plans|pilot|trial|demo|presentation|prototype|roadmap|timeline|schedule|invitation|request|repair|renovation|remodel|refund|deposit|reimbursement|payment|transfer|lease|rent|tuition|fees|fee|grade|transcript|recommendation letter|reference letter|letter of recommendation|visa|permit|form|forms|documents|paperwork) (for|on|about|regarding|covering|to|from|of) [the|your|a|an|our|my|this] @word',
];

/** Numbers with a unit tied to the matter ($4,800; 6 weeks; 15-minute call). */
export const AMOUNTS =
  /(?:^| )(?:[$€£] \p{N}|\p{N}[\p{N},.]* ?(?:k|m|usd|eur|gbp|dollars|euros|pounds|percent|%|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|units?|seats?|licen[cs]es?|users?|words?|pages?|sq|square|bedrooms?|people|attendees|employees|items|pieces|copies|credits|points|kg|lbs|miles|km)(?= |$)|\p{N}+ - (?:minute|hour|day|week|month|page|person)(?= |$))/u;

export const MONTH =
  /(?:^| )(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)(?= (?:\p{N}|the \p{N})| \p{N}|$)|(?:^| )(?:january|february|april|june|july|august|september|october|november|december)(?= |$)/u;
export const WEEKDAY =
  /(?:^| )(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|mondays|tuesdays|fridays)(?= |$)/;
export const DATE_FORM =
  /(?:^| )(?:\p{N}{1,2}(?:st|nd|rd|th)|\p{N}{1,4}[/.-]\p{N}{1,2}(?:[/.-]\p{N}{2,4})?|(?:19|20)\p{N}{2}|q[1-4]|yesterday|today|tomorrow|tonight|this morning|this afternoon|last (?:week|month|year|night)|next (?:week|month)|earlier (?:this|today)|\p{N}{1,2} ?(?:am|pm)|\p{N}{1,2}:\p{N}{2})(?= |$)/u;

export const EVENT_WORDS =
  /(?:^| )(?:interview|interviews|call|meeting|chat|coffee|conference|meetup|meet-up|fair|webinar|demo|expo|event|panel|presentation|lunch|dinner|breakfast|talk|session|workshop|summit|mixer|networking event|open house|site visit|visit|tour|screening|hackathon|keynote|seminar|class|lecture|game|show|appointment|consultation)(?= |$)/;

/** A role title before a role noun ("the Data Analyst role", "the analyst position"). */
export const ROLE_TITLE =
  /(?:^| )(?!(?:the|a|an|this|that|your|my|our|open|same|new|current|available|advertised|posted|above|said|job|vacant|other|first|second)\b)[\p{L}-]{2,}(?: [\p{L}-]{2,}){0,3} (?:role|position|job|opening|vacancy|internship|post|opportunity|gig|contract|assignment)(?= |$)/u;
export const ROLE_AT_ORG =
  /(?:^| )(?:role|position|job|opening|vacancy|internship|post|team|opportunity) (?:at|with) (?!the moment|this time|your (?:company|organi[sz]ation|firm|team)|you\b)/;

/** Words that are capitalised for reasons other than being a name. */
export const NOT_NAMES = new Set(
  "i i'm i've i'll i'd hi hello hey dear thanks thank best regards cheers ok okay yes no please mr mrs ms dr prof sir madam monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    ' ',
  ),
);
