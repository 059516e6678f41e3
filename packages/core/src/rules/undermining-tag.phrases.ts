/**
 * Phrase data for `undermining-tag` (RULES.md "Category: hedging / weak wording"), in the
 * pattern language of text/pattern.ts. Matching runs on the normalised sentence ("that's"
 * reads "that is", "isn't" reads "is not").
 */

const THAT =
  '(that|this|it|any of (this|that)|all [of] (this|that)|this all|that all|everything|my (question|request|note|email|message|explanation|point|idea|plan))';
const SENSE = '(make|makes|made|making) [any|much] sense';
const OK = '(ok|okay|alright|all right|fine|cool|not a problem|no problem|not an issue|acceptable)';

/** Tags that must close their clause: "Does that make sense?", "…, if that makes sense." */
export const CLOSING_TAGS = [
  `(does|did|do) ${THAT} [all|even|actually] ${SENSE} [to you|to everyone|so far|at all|now]`,
  `am i ${SENSE} [here|at all]`,
  `(if|in case) ${THAT} [all] ${SENSE} [to you|at all]`,
  `if (that is|this is|it is|that would be|this would be|it would be) ${OK} [with you|by you|for you]`,
  // A plan followed by "hope that's ok" in the same sentence: "I'll send it Monday, hope that's ok."
  `[i] hope (that is|this is|it is|that was|this was) ${OK} [with you|by you]`,
];

/** Tags that stand anywhere in the sentence. */
export const TAGS = [
  `[i] (hope|hopefully) ${THAT} [all] ${SENSE}`,
  `[i] (hope|hopefully) i (am|was) ${SENSE}`,
  `[i] (hope|hopefully) i (explained|described|worded|phrased|put|said|laid out) (that|this|it|myself|everything|things) [all] [ok|okay|alright|all right|right|well|clearly|properly|correctly|in a way that makes sense]`,
  `[i] (hope|hopefully) (that|this|it|my (email|message|note|explanation)) (was|is) [all] clear [enough]`,
  `[i am] not sure (if|whether) ${THAT} [all] ${SENSE}`,
  `[i am] not sure [if|whether] (this|that|it|any of (this|that)|my (email|message|note|input)) (is|was|will be|would be|is even|was even) [of] [any|even|at all] (helpful|useful|of use|any help|any use|much help|clear|relevant|what you (need|needed|want|wanted|were looking for|asked for|had in mind))`,
  `[i am] not sure [if|whether] (this|that|it) (helps|helped|will help|would help|is any help)`,
  '[i am] not sure how (helpful|useful|relevant|clear) (this|that|it|any of (this|that)) (is|was|will be|would be)',
  '[i] hope i am not (rambling|going on|babbling|over-explaining|overexplaining|being confusing|making this confusing)',
  `(i do not know|i dunno|idk) (if|whether) (this|that|it) (helps|helped|will help|is (helpful|useful|any help|what you need|what you were looking for))`,
  '[i] hope (this|that|it|my (email|message|note)) (is not|was not|does not come across as|does not sound) [too|a bit|a little|kind of] (too much|too long|too wordy|too detailed|too forward|too presumptuous|too much to ask|long-winded|too long-winded|too rambling|rambling|confusing|too confusing|overwhelming|a lot|a ramble)',
  '[i] hope (you do not|ya do not|u do not) mind (me|my) (reaching out|following up|asking|writing|emailing|checking in|messaging|pinging|nudging|bumping|sending) [again|once more|one more time]',
  '[i] hope (you do not|ya do not|u do not) mind (the|this|another|one more|my) [quick] (follow-up|nudge|reminder|email|message|note|ping)',
  '(sorry|apologies|my apologies|i apologize|i apologise) (if|that) (this|that|it|my (email|message|note|explanation|reply)) (is|was|sounds|sounded|seems|seemed|came out|comes across|came across|reads|got) [as] [a bit|a little|so|too|kind of|sort of|very|really|rather] (confusing|rambling|long|unclear|wordy|a lot|all over the place|scattered|disorganized|disorganised|a mess|messy|jumbled|garbled|much|lengthy|a ramble|an essay|a novel|long-winded)',
  '(sorry|apologies|my apologies) (for|about) (the|this|my) [super|very|really|rather|bit of a|slightly|overly] (long|lengthy|rambling|wordy|long-winded|massive|huge|novel-length) (email|e-mail|message|note|text|essay|post|reply|ramble|rant)',
  '(sorry|apologies|my apologies) (for|about) (the|this|my) (ramble|rambling|essay|novel|wall of text|rant|word vomit|brain dump)',
  '(sorry|apologies) (for|about) (rambling|the rambling|going on|being so long-winded|being long-winded|writing so much|writing an essay|the length)',
  '(sorry|apologies) [,] i am (rambling|going on|babbling)',
  '(sorry|apologies) [,] (this|that|it) (is|was|got) so (long|wordy)',
];

/** "Makes sense?" as a chat-style question on its own. */
export const BARE_QUESTION = ['^ [does|do] (that|this|it) [all] (make|makes) [any] sense', '^ (make|makes) [any] sense'];

/** Clause ends: a tag must be followed by one of these (or the end of the sentence). */
export const CLOSES_CLAUSE = /^(?:$| [.!?…)"”;:,—–-]| lol(?= |$)| haha(?= |$))/;

/** The plan a permission tag hangs on is the author's own: "I'll send it Monday, if that's okay". */
export const FIRST_PERSON = / (?:i|we|me|us|my|our)(?= )/;

/** "Let me know if that's okay" asks for a reply to a plan: a call to action, not a bid for reassurance. */
export const ASKS_FOR_REPLY =
  / (?:let (?:me|us) know|tell me|confirm|check|see|ask(?:ing)?|know|wondering|wonder|unsure|curious)(?: [\w']+){0,2}$/;
