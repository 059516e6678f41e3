/**
 * Phrase data for `missing-permission-to-close` (RULES.md "Category: closing the loop"):
 * the close markers that give the reader a graceful exit, and the cues of repeated attempts.
 * Patterns use the language of text/pattern.ts.
 */

/** Asking whether to stop, or saying that a "no" is a fine answer: a yes-or-no exit the reader can take. */
export const CLOSE_ASKS = [
  // Asking whether to stop.
  '(should|shall|do) i (stop|pause|close|give up|step back|hold off) [on] [following up|reaching out|emailing|writing|checking in|chasing|your file|the file|the loop|this]',
  '(would|do|will) you (prefer|like|want|rather) [that|me to|for me to] [i] (stop|pause|step back|hold off|close the (file|loop)|take you off)',
  'let me know if you would (prefer|rather|like) [that|me to|for me to] [i] (stop|step back|pause|hold off|close|not follow up)',
  'let me know if (i should|you want me to|you would like me to) (stop|step back|pause|hold off|close)',
  '(say|tell me|reply with) [just] [the word|so|no|stop] and i will (stop|close|step back|take you off|leave it)',
  'let me know and i will (stop|close the (file|loop)|step back|take you off)',
  '(a|even a|just a|simply a|any) [" | \' | “] (no|not now|not interested|quick no|simple no|one-line no|one-word reply|one-line reply|yes or no) [" | \' | ”] (is|would be|works|helps) [totally|completely|perfectly|absolutely|also|just as|really] [fine|helpful|clear|useful|okay|ok|great|perfect|welcome|appreciated]',
  '(a|even a|just a|simply a|any) [" | \' | “] (no|not now|not interested|quick no|simple no|one-line reply|one-word reply|yes or no) [" | \' | ”] [would] (help~|work~) [me]',
  '(no problem|no worries|totally fine|completely fine|that is fine|all good|no hard feelings) (if|either way) … … [,] [just] (let me know|tell me|say so|reply|drop me a line)',
  '(no|a no|not now) [" | \' | ”] is (totally|completely|perfectly|absolutely) (fine|okay|ok|understandable)',
];

/** The writer closes the loop: they will stop, or this is the last note. */
export const CLOSE_LOOP = [
  'i will (close|be closing) (the|your|my) (file|loop)',
  '(close|closing) the loop',
  'close (the|your) file',
  'i will (stop|pause|hold off on) (following up|reaching out|emailing|writing|checking in|chasing|pinging you|bugging you|nudging you|pestering you|bothering you|contacting you)',
  'i will (not|no longer) (follow up|reach out|email|write|check in|bother you|contact you|do it|do this|do that) [on this] [again|further|anymore]',
  'i (do not|will not|would not) (want|like) to keep (filling|cluttering|crowding|flooding|emailing|writing|following up|chasing|nudging)',
  'i (do not|would not) want to (bombard|crowd|clutter|flood|fill) (you|your inbox)',
  '(i|we) [can only|will|must|have to|am going to|can] assume [that] … … (has|have) (gone|been filled|been given|moved on|found someone|hired|chosen|decided|filled)',
  '(i|we) [can only|will|must|have to|am going to|can] (assume|take it) … (not a priority|not a fit|not right|not the right time|moved on|gone [in] (another|a different) direction|not interested|filled|no longer)',
  'i will take you off my (list|follow-up list)',
  '(this|it) (will be|is) my (last|final) (note|email|message|follow-up|check-in|nudge|attempt)',
  'last (note|email|message|follow-up) from me',
  '(this|that) is the last [time] (i will|you will hear|i reach out)',
  'i will leave (it|things) there',
  'the ball is in your court',
];

/** Releasing the reader and leaving the door open: an exit, though neither a question nor a plan. */
export const CLOSE_RELEASES = [
  // Releasing the reader.
  '(if|in case|whether) (the timing|now|this|it|the project|the role|the position) (is not|is no longer|are not) [quite] [right|a priority|a fit|the right time|a good time|on your radar]',
  '(if|in case) (it is|this is) not (the right time|a good time|a priority|a fit)',
  'if (you are|your team is|you have) (not|no longer) (interested|looking|pursuing|moving forward|hiring)',
  'if (you have|your team has|the team has|you) (moved on|gone [in] (another|a different) direction|gone with (another|a different|someone|somebody)|decided (to go|against)|filled the (role|position)|chosen|picked|found) [another|a different|someone|somebody]',
  'if (the role|the position|the job) has (been filled|closed|gone)',
  'if (a|the) (decision|answer) (is no|is a no|not to reply)',
  'if a decision not to reply',
  'so be it',
  'no [hard] feelings',
  '(no worries|no problem|totally fine|completely fine|perfectly fine|all good) (if not|either way|if the timing|if it is not|if you are not|if now)',
  '(completely|totally|fully) understand if (the timing|now|it is not|this is not|you are not|you have moved|priorities)',
  'either way is (fine|okay|ok|great)',
  // An open door.
  "(the|my) (door|door's) [is] [always|still|wide] open",
  '(door|doors) (is|are|remain|remains) [always|still|wide] open',
  '(feel|do feel|you are|you would be) [always] (free|welcome) to (get in touch|reach out|contact me|get back to me|write|email me) [again] (any time|anytime|whenever|at any time|if|in the future|down the road|later)',
  '(reach out|get in touch) (whenever|any time|anytime) [the timing|things|it|you]',
  'i would be (glad|happy|delighted) to reconnect',
  'if (anything|things|priorities|the situation) (change~|shift~|open~ up)',
  'when the timing is (better|right)',
];

/** Cues in the text that the writer has followed up several times already. */
export const REPEATED_ATTEMPTS = [
  'i have (reached out|written|emailed|followed up|called|tried to reach you|tried reaching you|pinged you|messaged you|contacted you|nudged you) (a few|several|many|multiple|a number of|a couple of|numerous|three|four|five|#NUM) (times|times now)',
  'my (last|previous|past) (few|several|three|four|#NUM) (notes|emails|messages|follow-ups|attempts)',
  'i have (followed up|written|emailed|reached out|called|pinged you|nudged you|chased|asked|messaged you|tried) … (twice|two times|three times|four times|several times|a few times|many times|multiple times|a number of times|again and again)',
  'this is my (fourth|fifth|sixth|seventh|4th|5th|6th|7th) (note|email|message|follow-up|attempt|try)',
];
