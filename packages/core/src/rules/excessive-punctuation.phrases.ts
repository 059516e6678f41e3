/** Data for `excessive-punctuation` (RULES.md): what counts as a request that may not trail off. */

/**
 * Cues of a request or a question for an answer, on the normalised sentence: "Any update...",
 * "Let me know...". A trailing ellipsis on such a sentence reads as impatience.
 */
export const REQUEST_CUES = [
  '^ [so|and|well|hey|hi|hello] [,] any (update|updates|news|word|thoughts|feedback|progress|luck|movement)',
  '^ [so|and|well] [,] (hello|anyone|anybody) [there|home]',
  'let (me|us) know',
  '(could|can|would|will) you',
  '(did|have|has|are|is) (you|there|it|anyone)',
  'please',
  '(waiting|wait~) (on|for) (you|your|a reply|a response|an answer)',
  'get~ back to (me|us)',
  'hear~ (back|from you)',
  '^ (when|what|where|whether|how) [about|is|are|will|would|can|could|should|do|did]',
  '^ (thoughts|update|updates|news|status) [on|about]',
];

/** Words after a trailing ellipsis that show it trails off a quotation or a list, not a request. */
export const NOT_A_REQUEST = / (?:etc|and so on|and so forth)(?: \.)*$/;

/**
 * Thanks, apologies, reassurance and pleasantries. A double "!!" or a string of exclaimed
 * sentences there is over-enthusiasm (the needy register), not pressure, so they pass; "!!!"
 * and "??" are flagged everywhere.
 */
export const WARM =
  / (?:thank|thanks|thank you|thx|ty|grateful|appreciate|appreciated|sorry|apologies|apologise|apologize|no worries|no pressure|no rush|no hurry|no problem|no hard feelings|totally fine|completely fine|all good|understand|get it|congrats|congratulations|cheers|amazing|awesome|wonderful|great|fantastic|lovely|excited|enjoy|enjoyed|hope|good luck|welcome|yay|woohoo|happy|glad|love|loved|fun|cool|nice|brilliant|delighted|pleasure|hi|hey|hello|wow)(?= |$)/;
