/**
 * Phrase data for `bitter-close` (RULES.md "Category: closing the loop"): giving-up lines
 * that carry contempt or wounded pride. Patterns use the language of text/pattern.ts.
 */

export const BITTER_LINES = [
  '(clearly|obviously|apparently|evidently) {YOU} (are|were) (not|no longer) [even|at all] interested',
  'it is (clear|obvious) [that] {YOU} (are not|were not|have no|do not care|could not care)',
  '(clearly|obviously|apparently|evidently) (this|it|that|the|my|our) … … (is not|was not|is never|was never|is no longer|has never been|has not been) [very|really|exactly|much of] (important|a priority|worth your time)',
  'i will (stop|quit) wasting (my|your|our) time',
  'stop wasting (my|our) time',
  '(fine|ok|okay|alright|whatever|well) [,|.] [then] [,] (i will|ill) (move on|stop|take the hint|leave you alone|go elsewhere|stop bothering you|give up)',
  '[i] (take~|get~|can take) the hint',
  'i can take a hint',
  'i get the message',
  '^ message received',
  'your loss',
  'i will (not|never) (bother|trouble|contact|email|chase|pester) you again [,] (since|as|because|given) …',
  '(since|as|because|given that|if) {YOU} (cannot|could not|can not) (be bothered|even be bothered)',
  'good luck finding (someone|anyone|somebody|another (vendor|candidate|agency|designer|supplier|partner)) [else] [better|cheaper|who]',
  'i guess i will never hear (back|from you|anything)',
  'i guess (i will just|i will) (give up|move on|stop trying)',
  '(thanks|thank you) (for nothing|for wasting my time|for wasting our time|for the silence|for the radio silence|for ghosting me)',
  'i expected better [from|of]',
  'i (should have|could have) known better',
  '^ [well] [,] lesson learned',
  'i will not (chase|beg|grovel)',
  'i am (done|finished|through) (chasing|waiting|following up|trying|begging)',
  'i will not waste (any more|more|another minute of) (my|of my) time',
  'some people [just] (do not|cannot|have no) (manners|courtesy|decency|respect)',
];

/** Sympathy, not contempt: "I'm sorry for your loss". */
export const CONDOLENCE = / (?:sorry|condolences|sympathies|sympathy|thoughts)(?: [a-z']+){0,4} your loss/;
