/**
 * Phrase data for `pleading` (RULES.md), in the pattern language of text/pattern.ts.
 * A conventional "please" with a concrete object ("please find attached", "could you please
 * confirm the date") never matches: every pattern needs a plea marker of its own.
 */

export const PLEA_VOCAB = {
  /** Things a writer "really, really needs" when begging for a job or a deal. */
  STAKE: [
    'this',
    'this job',
    'this role',
    'this position',
    'this contract',
    'this account',
    'this deal',
    'this gig',
    'this opportunity',
    'this project',
    'this client',
    'this sale',
    'this one',
    'the job',
    'the role',
    'the position',
    'the contract',
    'the work',
    'the money',
    'a chance',
    'a break',
    'a win',
    'a job',
    'work',
    'a response',
    'a reply',
    'an answer',
    'your help',
  ],
  REPLY: [
    'response',
    'reply',
    'answer',
    'word',
    'update',
    'news',
    'feedback',
    'info',
    'information',
    'help',
    'guidance',
    'sign',
    'acknowledgement',
    'acknowledgment',
  ],
  NICE: [
    'great',
    'appreciated',
    'amazing',
    'wonderful',
    'lovely',
    'helpful',
    'welcome',
    'fantastic',
    'awesome',
    'incredible',
    'a (big|huge|great|massive) help',
    'the world',
    'a lot',
    'so much',
    'everything',
    'a relief',
    'a lifesaver',
  ],
  INTENSE: [
    'so',
    'really',
    'very',
    'truly',
    'greatly',
    'hugely',
    'much',
    'very much',
    'so very',
    'incredibly',
    'super',
    'extremely',
    'massively',
    'immensely',
  ],
};

export const PLEA_PATTERNS = {
  /** Begging proper: "please, please", "pretty please", "I'm begging you", "I'll do anything". */
  beg: [
    'please [,|!|.|...] please',
    'pretty [,] please',
    '(i|we) (am|are) [really|literally|honestly|just|now|seriously|actually] (begging|pleading with|imploring|on my knees|on our knees|on bended knee) [you|of you|you all|here]',
    '(i|we) [really|literally|honestly|seriously] (beg|implore|plead with) (you|of you|u)',
    '^ [please] [,] (begging|imploring) (you|u)',
    '(i|we) (will|would) [literally|honestly|seriously|happily|gladly|truly] do (anything|absolutely anything|literally anything|anything at all)',
    '(i|we) (am|are) [so|really|getting|pretty|quite|a bit|a little|kind of|honestly|absolutely|utterly|truly|getting a bit|getting really] desperate',
    '(i|we) [am|are] [really|so|just|truly] desperately (need~|want~|hope~|seek~|look~ for|wait~ for|try~ to)',
    '(i|we) (really [,] really|really [,] truly|truly [,] really|really really|so [,] so|desperately|so desperately) need~',
    '(i|we) (really [,] really|really really|truly [,] truly|so [,] so|desperately|so desperately) (want~|hope~) (this|it|to|you|that)',
    '(i|we) (truly|badly|so badly|really badly) need {STAKE}',
    'i [really|so|truly|just] need {STAKE} [so|really] (badly|desperately)',
    'i [really|so|truly|just] need {STAKE} so much',
    'i (really|so) need (this|the) (job|role|position|gig|opportunity|interview|break|chance)',
    '(please|pls) [,] [i] [really|truly|desperately] just (need|want) (a|an|some|any|your|one) (response|reply|answer|word|update|yes or no|decision|chance|sign)',
    '(please|pls) [,] [just] give (me|us) (a|one|another|one more|just one|a single) [more|last|small|little|fair] (chance|shot|try|opportunity)',
    '(please|pls) [,] just (look|take a look|read|consider|hear me out|say something|give it a (chance|shot|look))',
    '(i|we) (will|would) owe you (forever|big time|my life|one forever|the world)',
    '(forever|eternally) (in your debt|indebted)',
    '(i|we) would be (forever|eternally|everlastingly) (grateful|thankful|indebted|in your debt)',
    'you are (my|our) (only|last|one|final) (hope|chance|option|lifeline)',
    'you are the only one who can (help|save)',
    '(i|we) (am|are) [really|so|all|totally] counting on you',
    '(i|we) have (nowhere|no one|nobody) else to turn',
    '(i am|i have been|we are|we have been) praying (you|that you|for a (yes|response|reply|good news))',
    '(it|this|that|which) (would|will|could|might) [really|truly|honestly|just|genuinely|literally|so] mean (the world|so much|so very much|everything|the absolute world|a great deal|more than you know|more than you can imagine|the world to me|a lot to me)',
    "(it'd|that'd|this'd) [really|truly|honestly|just|genuinely|literally|so] mean (the world|so much|so very much|everything|the absolute world|a great deal|more than you know)",
  ],
  /** Pleas for any reply at all; the permission-to-close frame turns them into a fair ask. */
  anyReply: [
    '(please|pls) [,] (do not|never) (forget|ignore|give up on|abandon|ghost) (me|us|about me|about us|this|my (email|application|message|request))',
    '(please|pls) [,] (do not|never) leave (me|us) hanging',
    '^ [oh|and|but] [,] do not forget (me|us|about me|about us)',
    '(please|pls) [,] just (reply|respond|answer|write back|get back to me|get back to us)',
    '(please|pls) [,] (reply|respond|answer|write back|get back to me) [,] (please|pls|i beg you|anything)',
    'any {REPLY} [from you] [whatsoever] at all',
    'any (response|reply|answer|word) [from you] [at all] (would|will) (be|mean) [{INTENSE}] [{INTENSE}] {NICE}',
    'i would be [so|really|very|eternally|forever] grateful for (any|anything|any kind of) (response|reply|answer|word|update|news) [at all|whatsoever]',
  ],
};

/** A stretched "please" ("pleeease", "pleaseeee", "plzzz"): spelled-out begging. */
export const LONG_PLEASE =
  / (?:p+l+e{2,}a*s+e*|p+l+e+a{2,}s+e*|p+l+e+a+s{2,}e*|p+l+e+a+s+e{2,}|pl[sz]{3,}|pleez+e*|pweas+e+|pwease|pwetty please)(?= |$)/gu;

/**
 * The permission-to-close frame (RULES.md §6.2): "even a no is helpful", "a yes or a no",
 * "either way". In a paragraph with it, a request for any reply is a fair ask, not a plea.
 */
export const CLOSE_FRAME =
  / even (?:just )?(?:a |an )?(?:quick |short |simple |clear |one-word )?(?:["'‘’“”] )?(?:no|not now|not interested|no thanks|not yet)\b| (?:a |an )?(?:quick |clear |simple |honest |one-word )?(?:["'‘’“”] )?no (?:["'‘’“”] )?(?:is|would be|helps|works) (?:fine|helpful|great|ok|okay|totally fine|perfectly fine|useful|just as helpful|as helpful|genuinely helpful|really helpful|completely fine|welcome)| (?:a )?yes or (?:a )?no\b| either way\b| not now\b| not (?:the )?right (?:time|fit)| no longer (?:interested|a priority|relevant)| stop (?:following up|reaching out|emailing|contacting|writing)| close (?:the|your|my|out the|out your|this) (?:file|loop)| take you off| remove you from| (?:prefer|rather) (?:i|that i|me to) (?:stop|not)/;
