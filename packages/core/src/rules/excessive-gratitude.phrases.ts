/**
 * Phrase data for `excessive-gratitude` (RULES.md): what counts as a thank-you, what only
 * looks like one, and the inflated forms, in the pattern language of text/pattern.ts.
 * The regular expressions run over normalised text (lower case, one space before every token).
 */

/** One gratitude marker (normalised text; "thx" and "ty" are already expanded). */
export const MARKER =
  / (?:thank|thanks|thankyou|thanx|thnx|thnks|thks|tysm|tyvm|thank-you|thank-yous|appreciate|appreciated|appreciates|appreciating|appreciation|appreciative|grateful|gratefully|gratitude|thankful)(?= |$)/g;

/** Words that look like thanks but are not: refusals, "thanks to the new API", requests. */
export const NOT_THANKS = [
  // "No thanks needed", "no need to thank me", "No thanks, we're set."
  /^ no (?:thanks|thank you)(?= |$)/,
  // "thanks to the new API" (a cause), unlike "thanks to you".
  /^ thanks to (?!you|your|u|all of you|everyone|everybody|both of you)/,
  // "a thank-you note", "thank you cards": the noun.
  /^ (?:thank-you|thank you|thank-yous|thank yous) (?:note|notes|email|emails|card|cards|letter|letters|message|messages|gift|gifts|lunch|dinner|party|present|presents|post|call|video|s)(?= |$)/,
  // "I'd appreciate it if you could ...", "It would be appreciated if ...": a request.
  /^ (?:appreciate|appreciated) (?:it )?if(?= |$)/,
  /^ (?:grateful|thankful) if(?= |$)/,
  // "I appreciate that you're busy": an acknowledgement.
  /^ appreciate (?:that|how) (?:you are|you have|you must|you may|you might|you probably|things are|it is|this is|time is|your (?:team|schedule|time|calendar) is|busy|hectic)(?= |$)/,
];

/** What comes just before a marker and cancels it: "no need to thank", "don't thank me". */
export const NOT_THANKS_BEFORE = / (?:no need to|no need for|do not|need not|never|not necessary to|don't) (?:even )?$/;

/** Thanks repeated back to back: "thank you, thank you", "thank u thank u". */
export const REPEATED = / (thank you|thanks)(?:(?: [,!.])* (?:thank you|thanks))+(?= |$)/g;

/** Inflated forms and the plain wording each becomes. */
export interface Inflated {
  pattern: string;
  /** `thanks`: becomes "thank you"; `drop`: "even" or the inflating adverb goes; `honoured`, `words`: rephrased. */
  fix: 'thanks' | 'drop' | 'honoured' | 'words';
  /** Only before the favour is given: the sentence must look ahead ("would", "any", "in advance"). */
  conditional?: boolean;
}

export const INFLATED: readonly Inflated[] = [
  {
    pattern:
      '[i|we] [really|honestly|truly|just|seriously|literally|simply|still] (can not|could not|can never|could never|will never be able to|will never) (thank|repay) (you|you guys|you all|your team|u) enough',
    fix: 'thanks',
  },
  { pattern: '(i|we) (do not|did not) know how to (thank|repay) (you|you guys|you all|your team) [enough]', fix: 'thanks' },
  {
    pattern: '[a|one] (million|thousand|billion|zillion|gazillion|hundred|trillion) (thanks|thank yous|thank-yous|thank you|thank-you)',
    fix: 'thanks',
  },
  { pattern: '(thanks|thank you|thank u) [a|one] (million|thousand|billion|zillion|gazillion|trillion) [times|times over]', fix: 'thanks' },
  { pattern: 'many , many thanks', fix: 'thanks' },
  { pattern: 'many many thanks', fix: 'thanks' },
  {
    pattern:
      '(words|no words|words alone) (can not|could not|can|will never|can never|do not|will not) [ever|fully|truly|even] [fully|truly|even|begin to] (express|describe|convey|capture) ((my|our) (gratitude|thanks|appreciation)|how (grateful|thankful|appreciative) (i am|we are)|how much (i|we) appreciate (it|this|you|your help|everything))',
    fix: 'words',
  },
  {
    pattern:
      '(eternally|forever|immensely|incredibly|infinitely|endlessly|deeply|unbelievably|hugely|profoundly|extremely|beyond|so very|so so|sooo|soooo|truly truly|most humbly|humbly|so incredibly|so deeply|so eternally|so immensely) (grateful|thankful|indebted|appreciative)',
    fix: 'drop',
    conditional: true,
  },
  { pattern: '(forever|eternally) in your debt', fix: 'drop', conditional: true },
  {
    pattern:
      '(thank you|thanks|thank u|thx|enough) [so much|very much|so so much|again|a lot|kindly|sincerely|so very much|enough] [,] for even (read~|consider~|open~|look~|reply~|respond~|take~|give~|glance~|listen~|spend~|make~|acknowledge~|entertain~|think~)',
    fix: 'drop',
  },
  {
    pattern:
      '(appreciate|grateful|thankful) [that] (you|your|you would|you could|you are|you have) [would|could] even (read~|consider~|open~|look~|reply~|respond~|take~|give~|glance~|listen~|spend~|think~|entertain~)',
    fix: 'drop',
  },
  {
    pattern:
      '[so|very|truly|deeply|incredibly|really|beyond|most|extremely|just] (honoured|honored|humbled|flattered) [that] (you|you guys|your team) (would|could|even|would even|could even|would ever|even would) [even] (consider~|read~|look~ at|take~ the time|open~)',
    fix: 'honoured',
  },
];

/** A sentence that looks ahead to a favour not yet given (for `conditional` forms). */
export const NOT_YET_GIVEN =
  / (?:would|in advance|any|if|consider|considering|consideration|even|chance|opportunity to|hope|hoping)(?= |$)/;

/** Repeated or stretched intensifiers: "thank you so, so much", "thanks sooo much", "thank you very very much". */
export const STACKED_INTENSIFIER =
  / (?:thank you|thanks|thank u|thx)( (?:(?:so|very|really)(?: ,)? ){2,}| so{3,} | ve+r+y{2,} )(?:much|many)(?= |$)/;

/** "Thank you so much!!": the thanks plus a run of exclamation marks closing the sentence. */
export const SO_MUCH = / (?:thank you|thanks|thank u|thx) (?:so|very) much(?= |$)/;
export const BANG_RUN = /!(?:\s*!)+\s*$/;

/** Intensity that turns two thanks in one sentence into a pile ("so much", "really appreciate", "!"). */
export const INTENSE =
  / (?:so much|so very|very much|really|truly|so grateful|so thankful|so appreciative|a lot|a ton|tons|massively|hugely|immensely|greatly|deeply|sincerely|so so|a million|!)(?= |$)/;

/** Words that leave a thank-you generic: without anything else, a clause like this adds nothing. */
export const GENERIC_WORDS = new Set(
  'i we you your it this that so much very really truly again a an lot for the my our time help everything all and am are is was be would so in advance opportunity consideration considering me us chance of to thanks thank appreciate appreciated grateful thankful gratitude just wanted say once more kindly patience understanding support taking reading read note email message even honestly sincerely greatly deeply also thx ty u guys both kind generous again!'.split(
    ' ',
  ),
);
