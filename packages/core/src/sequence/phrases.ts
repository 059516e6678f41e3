/**
 * Phrase data for the cadence checks, in the pattern language of text/pattern.ts, matched
 * on normalised sentences (lower case, contractions expanded).
 */

/** Permission-to-close markers (RULES.md, `missing-permission-to-close`): the step offers a graceful exit. */
export const CLOSE_MARKERS = [
  '(should|shall) i (stop|pause|close) (following up|reaching out|your file|the loop)',
  '(would|do) you (prefer|like) [that] i (stop|pause|step back)',
  'let me know if you would (prefer|rather) [that] i (stop|step back)',
  'if you would (prefer|rather) [that] i (stop|step back)',
  '(prefer|like|want) [me] [to] [i] stop (following up|reaching out|emailing|writing)',
  'if (the timing|now|this) (is not|was not) (right|a priority|a fit|the right time)',
  'i will (close (the|your|my) (file|loop)|stop (following up|reaching out)|not (follow up|reach out|email) again)',
  'close the loop',
  'closing the loop',
  'i will assume … (not a priority|not a fit|the timing is not right|you have moved on|not interested)',
  "(a|even a) ['] (no|not now) ['] is (fine|helpful|clear|totally fine|useful|ok|okay)",
  'no [hard] feelings',
  'the door is [always] open',
  '(feel|do feel) (free|welcome) to (get in touch|reach out) (anytime|any time|whenever|at any time)',
  'you are (welcome|free) to reach out (anytime|any time|whenever|at any time)',
  'if a decision not to reply',
  'so be it',
  'this (will be|is) my (last|final) (note|email|message)',
  'last (note|email|message) from me',
  '(remove|take) you (off|from) my (list|follow-ups)',
];

/** A recipient's opt-out or decline in quoted history (`seq-after-opt-out`, RULES.md §2.4). */
export const OPT_OUTS = [
  'please stop [emailing|contacting|writing|messaging] [me]',
  '[we are|i am] not interested',
  'remove me',
  'unsubscribe',
  'take me off [your|the] [mailing] list',
  '(we|i) (have|has) filled the (role|position)',
  'the (role|position) (has been|is) filled',
  '(we|i) went with another (candidate|vendor|provider|agency|option)',
  '(we|i) (have|has) decided to (go|move forward) with (another|a different) (candidate|vendor|provider|option)',
  'no thank you',
  'no thanks',
  'do not contact me',
];

/** Answers that acknowledge a decline instead of following up again. */
export const ACKNOWLEDGEMENTS = [
  'thank~ [you] for letting me know',
  'thanks for letting me know',
  'understood',
  'i understand',
  'no problem',
  'i will (remove|take) you',
  'you have been removed',
  'i will stop',
  'i have removed you',
  'sorry to hear',
  'best of luck',
  'good luck with',
];

/** Greetings to several people at once (`seq-group-thank-you`). */
export const GROUP_GREETING =
  /^\s*(?:hi|hello|hey|dear|greetings)\s+(?:all|everyone|everybody|team|folks|guys|y'all|both|you all|all of you|panel|hiring team)\b/i;
