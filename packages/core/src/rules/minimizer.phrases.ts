/**
 * Phrase data for `minimizer` (RULES.md), in the pattern language of text/pattern.ts.
 * Every pattern names the author's own communicative act or ask, so temporal "just"
 * ("we just spoke", "just now"), exactness ("just under"), "just let me know" and the
 * reader's "if you just haven't had the time" never match.
 */

/** "just" and its common typos. */
export const JUST = ['just', 'jsut', 'jus', 'jst'];

/** Size words that only shrink the ask; a safe fix drops them. */
export const SIZE_WORDS = ['tiny', 'teeny', 'teensy', 'wee', 'little', 'small', 'itty-bitty', 'itsy-bitsy', 'teeny-tiny'];

/** The writer's own act, in the progressive, after "just" ("just checking in", "I'm just wondering"). */
export const ACTS_ING = [
  'checking (in|back|on|whether|if|to|up|about|that|again)',
  'checkin (in|on)',
  'following (up|back)',
  'circling (back|round|around)',
  'touching (base|back)',
  'reaching (out|back)',
  'looping back',
  'pinging',
  'nudging',
  'bumping',
  'poking',
  'wondering',
  'wonderin',
  'curious',
  'writing (to|in|back|again|about|with|because|since|as|you)',
  'dropping (you|a|in|by|this|an|into)',
  'popping (in|by|back|up|into|this)',
  'hoping',
  'asking (because|since|as|if|whether|about|for|in|again|out)',
  'emailing (to|you|again|about|back|because)',
  'messaging (to|you|again|about|back)',
  'getting (in touch|back in touch)',
  'reminding you',
  'making sure (you|that you|my|it|this)',
  'seeing (if|whether|how|where|what)',
  'flagging (that|this|the)',
  'inquiring',
  'enquiring',
  'sending (a|this|you a) [quick|short|brief|little|friendly] (note|reminder|message|email|line|nudge|ping)',
];

/** Non-progressive acts after "I just" / "Just" ("I just wanted to", "just thought I'd"). */
export const ACTS_OTHER = [
  'want~ to',
  'wanna',
  'wondered (if|whether|about)',
  'thought (i|we) (would|should|might|could|will|had|better|may)',
  'thought (it|you) (would|might|may|could)',
  'wish~ to (check|follow|ask|know|confirm|inquire|enquire|remind|see|touch|reach|find)',
];

/** Sentence-initial (or after a greeting or comma) forms without a subject. */
export const BARE_OPENERS = [
  'to (follow up|check in|circle back|touch base|bump|nudge|ping|remind you|see if|see whether|reconnect)',
  'a [friendly|gentle|little|quick|small|tiny] (ping|nudge|bump|poke)',
];

/**
 * Words that may stand right before a subject-less "Just …" ("Hi Dana, just checking in",
 * "and just wanted to say"); punctuation and emoji may too. Any other word before "just" is a
 * subject of its own ("Sam just wanted to know").
 */
export const OPENER_LEAD = new Set([
  'and',
  'but',
  'so',
  'also',
  'again',
  'ok',
  'okay',
  'oh',
  'well',
  'anyway',
  'anyways',
  'hi',
  'hey',
  'hello',
  'morning',
  'yo',
  'heya',
  'hiya',
  'there',
  'all',
  'team',
  'folks',
  'guys',
  'everyone',
]);

/** Greetings that may be followed by a name and then "just …" with no comma: "hey Dana just checking in". */
export const GREETING = new Set(['hi', 'hey', 'hello', 'morning', 'yo', 'heya', 'hiya', 'dear']);

/** "just a quick question", "just one small thing". */
export const SMALL_ASK_NOUNS = [
  'note',
  'question',
  'questions',
  'q',
  'favor',
  'favour',
  'ask',
  'reminder',
  'check',
  'check-in',
  'follow-up',
  'followup',
  'follow up',
  'thing',
  'request',
  'nudge',
  'ping',
  'bump',
  'line',
  'message',
  'email',
  'query',
  'hello',
  'word',
];

/** Adjectives in "just a quick …". */
export const SMALL_ASK_ADJECTIVES = ['quick', 'short', 'brief', 'quickie', ...SIZE_WORDS];

/** Units in "it'll only take a sec". */
export const MOMENT_UNITS = ['sec', 'secs', 'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'moment', 'moments', 'jiffy', 'tick'];

export const MINIMIZER_PATTERNS = {
  /** "I just wanted to…", "I'm just checking in", "we were just wondering". */
  subject: [
    '(i|we) [am|are|was|were] [really|only|simply|honestly|kind of|sort of] {JUST} [quickly|gently|briefly|really|simply|kindly] ({ACT_ING}|{ACT_OTHER})',
  ],
  /** "Just following up", "Hi Dana, just checking in", "just wanted to say". */
  bare: ['{JUST} [quickly|gently|briefly|really|simply|kindly] ({ACT_ING}|{ACT_OTHER}|{BARE})'],
  /** "just a quick question", "just one tiny favour". */
  smallAsk: ['{JUST} [like] (a|one|another) [very|really|super|teeny|quick] {SMALL_ADJ} {SMALL_NOUN}'],
  /** "a tiny favour", "a little bit of your time", "a tiny question" (no "just"). */
  sizedAsk: [
    '(a|one|another) [quick|teeny|small|super] (tiny|teeny|teensy|wee|little|small|quick|itty-bitty|itsy-bitsy|teeny-tiny) (favor|favour)',
    '(a|one|another) [teeny] (tiny|teeny|teensy|wee|itty-bitty|itsy-bitsy|teeny-tiny) (question|request|ask|q)',
    '(a|one) little (question|request|ask)',
    '(a|one) (tiny|teeny|little|wee|small) [little] bit of your [valuable|precious] time',
  ],
  /** "it'll only take a sec", "it'd take just two minutes". */
  onlyTakes: [
    '(only|just|literally) (take|takes|taking|need|needs|require|requires) [you|up] [about|like|maybe] (a|one|two|2|three|3|five|5|a few|a couple|a couple of|a quick) [quick|short|few] {UNIT}',
    '(take|takes|taking) [you|up] (only|just|literally) [about|like|maybe] (a|one|two|2|three|3|five|5|a few|a couple|a couple of|a quick) [quick|short|few] {UNIT}',
    '(only|just) a (sec|second|minute|moment) of your [valuable|precious] time',
  ],
  /** "if you ever get a spare second", "whenever you get a sec". */
  spareMoment: [
    '(if|when|whenever|once) you [ever|happen to|ever happen to|do|can|could] (get|have|have got|find|got|had|grab|spare) (a|one) [quick|free] (sec|secs|second|jiffy)',
    '(if|when|whenever|once) you [ever|happen to|ever happen to|do|can|could] (get|have|have got|find|got|had|grab) a spare @word',
    '(if|when|whenever|once) you (ever|happen to|ever happen to) (get|have|have got|find|got|had|grab) (a|one) [free|quick] (moment|minute|min)',
  ],
};

/** The ask itself is what "only takes a sec": "it'll only take", "this should just take". */
export const ASK_SUBJECT_BEFORE =
  / (?:it|this|that|which|it'd|that'd|this'd|all it|the (?:call|form|survey|review|favou?r|ask|request|question))(?: (?:will|would|should|could|might|can|does|is going to|really|honestly|literally|probably|realistically))* $/;

/** Sarcasm, not a minimizer: "whenever you find a spare minute in your busy schedule". */
export const SARCASTIC_AFTER = /^ (?:in|from|out of) (?:your|that) (?:busy|packed|hectic|crazy|full|important|very busy|oh so busy) /;

/** The reader's grace frame (RULES.md §6.3): "if you just haven't had the time". */
export const GRACE_FRAME =
  / (?:if|in case|whether|understand|no worries|no problem) [^,;:]*? (?:have|has|had) not had (?:a|the|any|much)? ?(?:chance|time|moment)/;
