/** Phrase data for `ultimatum` (RULES.md), in the pattern language of text/pattern.ts. */

/** The author announcing what they will do: "I'll", "we will have to", "I'm going to be forced to". */
export const FUTURE = [
  '(i|we) (will|shall|would|may|might|must|am going to|are going to|am|are) [then|just|simply|unfortunately|sadly|also|probably|regretfully|reluctantly|otherwise] [have to|need to|be forced to|be obliged to|be compelled to|have no (choice|option|alternative) but to|be left with no (choice|option|alternative) but to|going to have to|going to need to|going to|forced to|obliged to|left with no choice but to]',
  '(i|we) (have|need) to',
  '(i|we) (will|would) (then|just|simply|unfortunately) (have|need) to',
];

/** Consequences that are threats even without a condition ("I'll take my business elsewhere"). */
export const HURT_ALWAYS = [
  'take~ (my|our) (business|money|custom|project|work|order|account) (elsewhere|somewhere else|to (another|a different|your competitor|a competitor|someone else))',
  'go~ (elsewhere|somewhere else)',
];

/** Consequences that hurt the reader: going elsewhere, withdrawing, charging. Warning, with a condition. */
export const HURT = [
  'go~ with (another|a different|the other|other|a cheaper|an alternative) {PARTY}',
  'go~ with (your competitor|a competitor|someone else|somebody else|the competition)',
  'move~ on to (another|other|a different|the next) {PARTY}',
  'accept~ (the|another|the other|a|their|a competing|the competing|an|one of the other) [other|competing|better] (offer|role|position|proposal|quote|bid|job)',
  'hire~ (someone else|somebody else|another {PARTY}|a different {PARTY})',
  'give~ (the|your|this|that) (slot|spot|place|seat|role|position|job|contract|project|table|booking|deal|discount|rate|unit|apartment|room) to (someone else|somebody else|another {PARTY}|the next {PARTY}|other {PARTY})',
  'withdraw~ (the|our|this|that) (offer|proposal|discount|quote|bid)',
  'pull~ (the|my|our|this) (offer|proposal|funding|support|discount|plug)',
  'cancel~ (the|your|this|our|my) (order|contract|booking|reservation|subscription|account|agreement|deal|project|engagement)',
  'charge~ [you] [a|an|the] (late|extra|additional|cancellation|penalty|rush) (fee|fees|charge|charges|interest)',
  'add~ [a|an|the] (late|penalty) (fee|fees|charge|interest)',
  '(stop~|pause~|halt~|suspend~) (all work|work|working|the work|delivery|deliveries|service|services|the project|your account|access) [on (the|your|this) @word]',
  '(move~ forward|proceed~|go~ ahead) with (another|a different|other|the other|the next|an alternative) {PARTY}',
  'terminate~ (the|our|your|this) (contract|agreement|engagement|relationship|services)',
  'consider~ (other|alternative) (candidates|vendors|suppliers|options|offers|providers)',
];

/** Whoever would replace the reader: another vendor, candidate, offer. */
export const PARTY = [
  'candidate+',
  'applicant+',
  'vendor+',
  'supplier+',
  'provider+',
  'agency',
  'agencies',
  'company',
  'companies',
  'firm+',
  'contractor+',
  'freelancer+',
  'designer+',
  'developer+',
  'photographer+',
  'consultant+',
  'partner+',
  'bidder+',
  'buyer+',
  'tenant+',
  'client+',
  'offer+',
  'quote+',
  'bid+',
  'proposal+',
  'option+',
  'solution+',
  'team+',
  'person',
  'people',
  'one',
  'service+',
  'platform+',
  'tool+',
  'competitor+',
];

/** Outcomes of artificial scarcity ("or the discount is gone"). Warning, with a condition or a pressure cue. */
export const SCARCITY = [
  '(the|this|that|our|my|your) [special|early-bird|exclusive|current|discounted|introductory|limited-time|limited|reduced|holiday] (offer|discount|price|pricing|deal|rate|slot|spot|promotion|promo|quote|opportunity|invitation|seat|place|reservation|hold) (lapses|will lapse|is gone|will be gone|goes away|will go away|expires|will expire|ends|will end|disappears|will disappear|is off the table|will be off the table|will be withdrawn|is withdrawn|will no longer be available|is no longer available|will not last|will be lost|goes to someone else|will go to someone else|is void|becomes void|will be void|will be released|will be given away)',
  '(it|this|that|they) (is gone|will be gone|goes away|will go away|will expire|expires|will be off the table|is off the table|will be given to someone else|goes to someone else)',
  '{YOU} (will|are going to|would) (lose|miss|forfeit|miss out on) (the|this|your|out|it)',
];

/** Escalation and legal threats that are threats in any form: error. */
export const ESCALATION_ALWAYS = [
  'escalate [this|it|the matter|the issue|things|my complaint|this matter|this issue|the case] [further] (to|with) (your|the) [@word] (manager|managers|boss|supervisor|ceo|director|head|vp|superior|superiors|leadership|management|higher-ups|board|owner|executive|executives)',
  'escalating [this|it|the matter|the issue|things|my complaint|this matter|this issue|the case] [further] (to|with) (your|the) [@word] (manager|managers|boss|supervisor|ceo|director|head|vp|superior|superiors|leadership|management|higher-ups|board|owner)',
  'go~ (over|above|around) your head',
  'name and shame',
  '(will be|is being|is going to be|gets) (referred|passed|handed|sent|turned|forwarded) [over|on] to (our|my|a|the) [debt] (lawyer|lawyers|attorney|attorneys|solicitor|solicitors|legal team|legal department|collections|collection agency|debt collector|debt collection agency|collections agency|small claims court)',
  'legal action will (follow|be taken)',
];

/** Public shaming, complaints and legal steps announced by the author ("I will file a complaint"): error. */
export const ESCALATION_FUTURE = [
  '(file|lodge|submit|make) (a|an) [formal|official] complaint',
  'report (you|your (company|business|firm|agency)) (to|with)',
  '(take|pursue|begin|start|initiate|seek) (legal action|legal proceedings|legal steps|legal recourse|this to court|you to court|action against you)',
  '(involve|contact|consult|call|get|instruct|hand this [over] to|pass this [on] to|refer this to) (my|our) (lawyer|lawyers|attorney|attorneys|solicitor|solicitors|legal team|legal department|legal counsel)',
  '(send|refer|pass|hand|turn) (this|it|the (invoice|account|debt|balance|matter)|your account) [over] to (a|our|the) [debt] (collections|collection agency|debt collector|debt collection agency|collections agency|small claims court)',
  'go public',
  '(share|post|write) (about (this|it|you|your company|my experience)|my experience|this|the story) (publicly|online|on (linkedin|twitter|x|social media|glassdoor|yelp|google|reddit|facebook))',
  '(warn|tell) (others|other (people|candidates|freelancers|vendors|clients|customers)|everyone|everybody|my network) about (you|your (company|business|firm|agency))',
  '(leave|post|write|give|publish) [you|your company|your business] (a|an|my) (bad|negative|poor|one-star|1-star|scathing|terrible) (review|rating)',
  'go to the (press|media|papers)',
];

/** Escalation that is a threat only under a condition: "If ..., I'll contact your manager": error. */
export const ESCALATION_CONDITIONAL = [
  '(contact|call|email|reach out to|speak (to|with)|talk to|get in touch with|loop in|cc|copy in|involve|bring in|inform|notify|alert|go to|write to|complain to) your (manager|boss|supervisor|superior|ceo|director|higher-ups|management|hr|line manager|head of @word|team lead|owner)',
  'escalate [this|it|the matter|the issue|things]',
  '(leave|post|write|give|publish) [you|your company|your business] (a|an|my) [honest|public] review',
  'take (this|it|the matter|things) further',
];

/** Consequences that only stop the author (the permission-to-close frame): an ultimatum only with a deadline under three days. */
export const STOP = [
  'assume~',
  'move~ on',
  'close~ (the|your|my) (file|loop|ticket)',
  'stop (following up|reaching out|emailing|contacting you|writing)',
  'withdraw~ my (application|candidacy|proposal|bid|offer)',
  'not (follow up|reach out|contact you|email you|write) again',
  'consider~ (the matter|this|it|the offer|your application) (closed|withdrawn|declined)',
  'remove~ you from (my|our) (list|pipeline|calendar|schedule)',
  'release~ (the|your) (slot|spot|hold|reservation|booking|room|table|place)',
  'take~ (that|it|this|your silence|silence) as a',
];

/** "I'll take your silence as agreement": presumptive consent (warning). */
export const CONSENT = [
  '(i|we) will (take|treat|consider|interpret|read|understand|count) [your] (silence|no (reply|response|answer|word)|(your|a) lack of [a] (reply|response|answer)|non-response|no news) as (agreement|acceptance|consent|approval|confirmation|a yes|a go-ahead|a green light|your (agreement|acceptance|consent|approval|confirmation|go-ahead|ok|okay)|an acceptance|an agreement|acceptance of|agreement to|a sign of (agreement|acceptance)|permission)',
  '(silence|no (reply|response|answer)) (is|means|implies|equals|will be taken as|will be treated as|will be considered|will mean|counts as) (consent|agreement|acceptance|approval|a yes|a go-ahead|yes)',
  '(i|we) will (assume|take it) [that] (you|the terms|everything|we) (agree|agrees|accept|accepts|approve|approves|consent|consents|are on board|have agreed|have accepted|have approved|are in agreement|are in)',
  '(i|we) will proceed as (if|though) (you|the terms) (agree|have agreed|accept|have accepted|approved|have approved)',
  // "I'll assume you're fine with the price going up."
  '(i|we) will (assume|take it) [that] (you are|you are all|everyone is|your team is) [totally|perfectly|completely|all] (fine|ok|okay|happy|good|alright|comfortable|on board) with',
  '(i|we) will (assume|take it) [that] (this|that|it|the (price|change|increase|terms|plan|schedule|quote|rate|new rate|proposal)) (is|works) [totally|perfectly] (fine|ok|okay|acceptable|agreed|approved) [with you|for you]',
];

/** "If I don't hear back, I'll take that as agreement": consent presumed from silence named earlier. */
export const CONSENT_CONDITIONAL = [
  '(i|we) will (take|treat|consider|interpret|read|understand|count) (that|it|this) as (agreement|acceptance|consent|approval|confirmation|a yes|a go-ahead|a green light|your (agreement|acceptance|consent|approval|confirmation|go-ahead|ok|okay)|permission)',
  '(i|we) will (treat|consider) (this|it|that|the (order|terms|quote|proposal|booking|contract)) as (confirmed|approved|accepted|agreed)',
];

/** "If I don't hear from you, I'll take that as a no" (info, with a condition). */
export const SILENCE_AS_NO_CONDITIONAL = [
  '(i|we) will (take|treat|consider|interpret|read|count) (that|it|this) as a [firm|clear|polite] [" |\'] (no|pass|decline|rejection|not interested|no thanks|no thank you)',
];

/** "I'll take your silence as a no": a cold close (info). */
export const SILENCE_AS_NO = [
  '(i|we) will (take|treat|consider|interpret|read|count) [your] (silence|no (reply|response|answer)|(your|a) lack of [a] (reply|response)|non-response) as a [firm|clear|polite] [" |\'] (no|pass|decline|rejection|not interested|no thanks|no thank you)',
  '(i|we) will (assume|take it) [that] (it is|that is|this is|the answer is|your answer is) a [firm|clear] [" |\'] no',
];

/** Pressure on its own: scarcity and final-notice wording (warning). */
export const PRESSURE = [
  '(this is|it is|that is) [really|truly|very] [your|the|a] last chance',
  'your [very] last chance',
  'last chance to',
  '^ last chance',
  'final (notice|warning|demand|reminder|ultimatum)',
  'act (now|fast|quickly|today|immediately)',
  '^ hurry [up]',
  'hurry (up|before|while)',
  'now or never',
  'take it or leave it',
  'while (supplies|stocks|stock|it|they|spots|places|seats) (last|lasts)',
  'before it is too late',
  '(do not|never) miss (out|this (chance|opportunity|offer|deal)|your (chance|opportunity))',
  'only (#NUM|a few|two|three|four|five) (hours|days) (left|remain|remaining)',
  'time is running out',
  'running out of time',
  'this (offer|deal|price|rate|discount) will not last',
];

/** "I need an answer by end of day": a deadline demand (warning). */
export const NEED_BY = [
  '(^|i|we|so|and|but|just|really|still|now|?|!|.|,) [really|just|still|absolutely|urgently|do|now] (need|require|want|expect) (an answer|a decision|a response|a reply|your (answer|decision|response|reply|confirmation|signature|payment)|to know|to hear back|to hear from you|confirmation|a final answer|payment|the payment|a yes or no|(this|it|that|them) [signed|back|done|paid|returned|completed|sorted]) [from you] (by|before|no later than|within|in the next)',
  // "You have until Friday to respond."
  '{YOU} (have|have got|got) until … to (respond|reply|decide|confirm|pay|sign|accept|answer|let me know|get back)',
];
/** A reason after the deadline makes it a transparent constraint ("... by Friday so I can book the installer"). */
export const REASON_AFTER =
  / (?:so|so that|to (?:hold|book|plan|process|order|schedule|confirm|finali[sz]e|prepare|secure|reserve|meet|submit|file|lock)|because|since|as (?:the|our|my|we|i)|in order to|otherwise the (?:venue|supplier|printer|team|system))(?= )/;

/** A deadline under three days away: it turns an assume-and-close into an ultimatum. */
export const NEAR_DEADLINE =
  / (?:today|tonight|tomorrow|eod|cob|eob|noon|midday|midnight|end of (?:the )?(?:day|business)|close of (?:the )?(?:day|business)|this (?:afternoon|evening|morning)|within (?:the )?(?:next )?(?:\d+|an|one|two|three|24|48|twenty-four|forty-eight) ?(?:hours?|hrs?|h)|in (?:\d+|an|one|two|three|24|48|twenty-four|forty-eight) (?:hours?|hrs?)|(?:24|48|72) (?:hours?|hrs?)|later today|first thing tomorrow|the next (?:few )?hours)(?= |$)/;

/** A condition before the consequence: "If I don't hear back", "Unless you", "or", "otherwise". */
export const CONDITION_IN_SENTENCE =
  /(?:^| )(?:if|unless|absent|failing|otherwise|else|after which|after that|past that|without (?:a|an|your|any) (?:reply|response|answer|decision|word)|in the absence of|should i not|should we not|until i hear)(?= |$)/;
export const CONDITION_JUST_BEFORE = / (?:or|or else|otherwise|else|if not|failing that|failing which|and if not)(?: ,)? *$/;
/** A real choice offered ("If Friday doesn't work, I'm also free Monday") is not a threat. */
export const OFFERED_ALTERNATIVE = /^ (?:also|happy|glad|free|available)(?= )/;
