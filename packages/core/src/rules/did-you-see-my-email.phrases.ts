/**
 * Phrase data for `did-you-see-my-email` (RULES.md), in the pattern language of text/pattern.ts.
 * Every pattern matches the normalised sentence: lower case, contractions expanded ("u" → "you").
 */

/** Rule-local vocabularies, merged with the shared ones of vocab.ts. */
export const LOCAL_VOCAB = {
  /** The author's earlier written message. */
  DMSG: [
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
    'voicemail+',
    'letter+',
    'follow-up+',
    'followup+',
    'ping+',
    'reply',
    'response',
    'request+',
    'question+',
  ],
  /** Seeing or receiving it. */
  SEEN: [
    'saw',
    'see',
    'seen',
    'got',
    'get',
    'gotten',
    'received',
    'receive',
    'caught',
    'catch',
    'read',
    'noticed',
    'notice',
    'opened',
    'open',
  ],
  /** "my last email", "the email I sent", "this email". */
  MINE: [
    '(my|our) [{PRIOR}] [{PRIOR}] {DMSG}',
    '(my|our) {DMSG} (below|above)',
    'the [{PRIOR}] {DMSG} (i|we) sent [you]',
    'the {DMSG} below',
    'this (email|message|note|thread|one)',
  ],
  /** The same, or the author's application, proposal or invoice: for receiving it. */
  MINEANY: ['{MINE}', '(my|our) [{PRIOR}] [{PRIOR}] {WORK}', 'the {WORK} (i|we) sent [you]'],
  /** The same without "missed" and "overlooked", which after "since it was" are often about a deadline. */
  LOSTP: [
    'buried',
    'lost',
    'swamped',
    'slipped through [the cracks]',
    'fallen through the cracks',
    'fell through the cracks',
    'slipped past you',
    'slipped by',
    'lost in the shuffle',
  ],
  /** Verb chains before "buried" or "lost": "got", "may have been", "seems to have". */
  VCHAIN: [
    'got',
    'gets',
    'get',
    'was',
    'were',
    'is',
    'are',
    'went',
    'has',
    'have',
    'had',
    '(has|have|had) (been|gotten|got)',
    '(may|might|must|could) [have] (been|gotten|got)',
    '(may|might|must|could) have',
    '(probably|likely|possibly|perhaps|somehow) [just] (got|was|went)',
    'seem~ to have [been|gotten|got]',
    'seem~ to be',
  ],
  /** Getting buried, lost or missed. */
  LOST: [
    'buried',
    'lost',
    'missed',
    'overlooked',
    'swamped',
    'slipped through [the cracks]',
    'fallen through the cracks',
    'fell through the cracks',
    'slipped past you',
    'slipped by',
    'lost in the shuffle',
  ],
};

/** Delivery questions (warning). */
export const DELIVERY = [
  // not sure if you saw my last email / wondering whether you got my message
  '(not sure|unsure|not certain|no idea|do not know|did not know|curious|wonder~|wondering) [if|whether|that] you [ever|actually|even|really] [have|had|did|would] [ever|actually] ({SEEN}|had a chance to (see|read|look at|open|check)|have had a chance to (see|read|look at|open|check)) {MINEANY}',
  '(not sure|unsure|not certain|no idea) [if|whether|that] you [ever|actually|even|really] [have|had|did] [ever|actually] ({SEEN}|had a chance to (see|read|look at|open|check)) (it|this|that|them)',
  '(not sure|unsure|not certain|no idea|do not know|wonder~|wondering|curious) [if|whether|that] (it|this|{MINEANY}) [ever|actually] (reached|reaches|got to|made it to|landed in|went through|came through|got through|arrived in|found) (you|your inbox)',
  '(not sure|unsure|not certain|no idea|do not know|wonder~|wondering|curious) [if|whether|that] ({MINEANY}) [ever|actually] (went through|came through|got through|arrived|made it)',
  '(not sure|unsure|not certain|no idea|do not know|wonder~|wondering|curious) [if|whether|that] (it|this) [ever|actually] (went through|came through|got through)',
  // did you get my previous message? / have you seen my email? / did u see my msg
  '(did|have|had|has) you [ever|actually|by any chance|happen to] (see|catch|notice|seen|caught|noticed|read|open|opened) {MINE}',
  '(did|have|had|has) you [ever|actually|by any chance|happen to] (get|receive|received|gotten|got) {MINEANY}',
  'any chance you (saw|got|received|caught|noticed|have seen|have received) {MINEANY}',
  // did you even read my last msg?
  'did you even (read|open|look at|see|get|glance at|bother to (read|open|look at))',
  // did my email reach you?
  '(did|has|have) (my|our) [{PRIOR}] [{PRIOR}] ({DMSG}|{WORK}) [ever] (reach|reached|get to|got to|land|landed|make it to|made it to|come through|go through|get through|arrive|arrived)',
  '(did|has) (it|this) (reach|reached|get to|make it to|made it to) you',
  // in case you missed it / icymi
  'in case you (missed|did not see|did not get|did not receive|have not seen|never saw|never got|overlooked) (it|this|that|{MINEANY})',
  'icymi',
  // my email probably got buried / in case it got lost / since it seems to have slipped through
  '{MINE} … [probably|likely|possibly|perhaps|just|somehow] {VCHAIN} [probably|just|somehow] {LOST}',
  '(in case|since|as|because|i think|i guess|i suspect|i figure|i imagine|i assume|i fear|i am worried|worried|maybe|perhaps|probably|wondering if|i wonder if|seems like|looks like|seems|guessing|assuming|hoping|i bet) [that] (it|this|that|they) [probably|likely|possibly|just|somehow] {VCHAIN} [probably|just|somehow] {LOSTP}',
  'in case (it|this|that|they) [probably|likely|possibly|just|somehow] {VCHAIN} (missed|overlooked)',
  '{MINE} … [probably|likely|possibly|perhaps|just|somehow] [may have|might have|must have|has|have|had] (slipped through [the cracks]|fell through the cracks|slipped past you|slipped by|went missing|disappeared)',
  '(in case|since|as|because|i think|i guess|i suspect|i figure|i imagine|i assume|i fear|i am worried|worried|maybe|perhaps|probably|wondering if|i wonder if|seems like|looks like|guessing|assuming|hoping|i bet) [that] (it|this|that|they) [probably|likely|possibly|just|somehow] [may have|might have|must have|has|have|had] (slipped through [the cracks]|fell through the cracks|slipped past you|slipped by|went missing|disappeared)',
  // my emails are going straight into the void
  '({MINE}|it|this|they|these) … (go~|went|gone|disappear~|vanish~|fall~|fell|fallen|sink~|sank|sent) [straight|right|directly|just] (in|into|to) (the|a) (void|black hole|ether|abyss)',
  // wanted to make sure you received my application / making sure my email reached you
  '(make|making) sure [that] you [have] (saw|got|received|seen|gotten|caught|did not miss|noticed|see|get|receive) (it|this|that|{MINEANY})',
  '(make|making) sure [that] (this|it|{MINEANY}) (reached|reaches|got to|gets to|landed|lands|got through|gets through|made it|makes it|did not get lost|was not lost|is not lost|arrived|came through|found you|finds you)',
  '(check~|confirm~|checking in to see|checking to see) [that|whether|if] you [have] (got|received|saw|seen|gotten) {MINEANY}',
  'confirm receipt of (my|this) [{PRIOR}] {DMSG}',
  // did my email end up in your spam folder? / perhaps they all went to spam
  '{MINE} … [may have|might have|must have|probably|just] (end~ up|went|go|goes|gone|landed|land|got caught|was caught|got filtered|was filtered|got flagged|was flagged|got sent|got stuck|got lost|was lost|was sent|is sitting|are sitting) (in|to|into|by) [your|the|a] (spam|junk|promotions)',
  '(it|this|they|these) [all] [may have|might have|must have|probably|just|somehow] (end~ up|went|go|goes|gone|landed|land|got caught|was caught|got filtered|was filtered|got flagged|was flagged|got sent|got stuck|got lost|was lost|was sent|is sitting|are sitting) (in|to|into|by) [your|the|a] (spam|junk|promotions)',
];

/** "Bumping this to the top of your inbox", "Floating this back up", "Resurfacing my note". */
export const BUMPS = [
  'bump~ (this thread|the thread|this one|{MINE}|this|it) [back] [up] [again]',
  '^ [just|quick|gentle|friendly|polite|a quick|a gentle|a friendly|a polite|one more|another|a] bump~ [again]',
  '(quick|gentle|friendly|polite|one more|final|last|another) bump (on|about|re|for|regarding) (this|my|it)',
  '(float~|cycl~) (this thread|this one|{MINE}|this|it) [back] (up|to the top)',
  '(pop~|kick~) (this thread|this one|{MINE}|this|it) back (up|to the top)',
  '(push~|mov~|bring~|put~|send~) (this thread|this one|{MINE}|this|it) back to the top',
  '(resurfac~|re-surfac~) (this thread|this one|{MINE}|this|it)',
  '(push~|bring~|put~|send~|get~|bounc~|mov~) ({MINE}|this|it) back (in|into|onto) your inbox',
  '(to|at|back to|back at|on) the top of your (inbox|emails|email|pile|queue|stack)',
  '({MINE}|this|it) back (on|onto) your radar',
  '^ [just] flag~ (this|it) (again|back up|up again)',
  '^ [just] flag~ again',
];

/** Presumptive asides about what the reader has read (info). */
export const PRESUMPTIVE = [
  // as I assume you have, / as I'm sure you've already seen,
  'as i (assume|am sure|expect|imagine|suspect|trust|presume|know|gather|figure|believe|hope) [that] you [already|probably|surely|certainly] (have|did|will have|had) [already|by now|all] (seen|read|reviewed|noticed|received|gotten|looked at|gone through|read through|looked through)',
  'as i (assume|am sure|expect|imagine|suspect|trust|presume|know|gather|figure|believe|hope) [that] you [already|probably|surely|certainly] (have|did|will have|had) [already|by now] (,|.|;|-|—)',
  'as you [have] (no doubt|undoubtedly|surely|certainly|doubtless|of course) [have] [already] (seen|read|noticed|reviewed|saw)',
  'as you have already (seen|read|noticed|reviewed)',
  '(which|that) i (am sure|assume|expect|imagine|know|trust|presume) you [have] [already] (seen|read|reviewed|received|gotten|looked at|gone through)',
  '(i know|i am sure|i am certain|i assume|i imagine|i expect|i presume|i trust) [that] you [have|already|have already|have probably|have surely|will have|did] (seen|read|reviewed|received|gotten|looked at|gone through|read through|saw) (it|this|that|them|everything|all of this|all this|{MINE}|the {DMSG})',
];

/** What may follow a bump: the end, punctuation or a reason. "Bump this meeting to 3 pm" is no bump. */
export const BUMP_CONTINUES =
  /^(?:$| (?:[.!?,;:)—–-]|in case|since|as|so|because|for|from|and|here|now|again|real quick|quickly|in your inbox|on your radar|one more time|once more|to the top|back to the top|re|on|about|regarding|with|please|just|lol|haha|thanks|thank|but|if|x+)(?= |$))/;

/** A lost thing that is physical, not a message: "lost in her backpack", "in the mail". */
export const PHYSICAL_AFTER = /^ in (?:the )?(?:mail|post|transit|backpack|bag|delivery|shipping|her|his|their)\b/;
