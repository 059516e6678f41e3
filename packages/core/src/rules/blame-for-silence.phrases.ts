/**
 * Phrase data for `blame-for-silence` (RULES.md, detection A–F), in the pattern
 * language of text/pattern.ts with the vocabularies of vocab.ts.
 */

/** Second-person accusations of silence (A–E): warning. */
export const ACCUSATIONS = [
  // A: you haven't replied / you never got back to me / you have yet to answer
  '{YOU} [still|just|really|actually|even|also|clearly|obviously|apparently|simply] ({AUX} [still|really|even|actually|just|simply] {NEG}|never|{AUX} [still] never|{AUX} [still] yet to|[have|had] failed to|fail~ to|{AUX} not bother~ to|neglect~ to) [even|ever|once|actually|really|bother~ to|bothered to|so much as|yet|just|at all] {RESPOND}',
  // B, D: you ignored my email / you've been ignoring my calls / you are avoiding me
  '{YOU} [have|had] [been] [just|completely|totally|simply|clearly|obviously|apparently|basically] {IGNORE} [all|both|each of|every one of] (my|our) [{PRIOR}] [{PRIOR}] ({MSG}|{WORK})',
  '{YOU} [have|had] [been] [just|completely|totally|simply|clearly|obviously|apparently|basically] {IGNORE} (me|us)',
  '(are|were) {YOU} [still|just] (ignoring|avoiding|dodging|ghosting) (me|us|my|our)',
  // C: you've gone quiet
  '{YOU} (have gone|went|are|were|have been|seem~ to have gone|seem~ to be|seem~|have fallen|fell|have gotten|got|have gone a bit|went a bit|are being) [completely|totally|a bit|a little|pretty|very|rather|really|so|quite|awfully|kind of|all] (quiet|silent|dark|mia|awol|cold|radio silent|off the radar|off the grid|unreachable|unresponsive)',
  // E: nominal forms
  'no (reply|response|answer|word|news|feedback|acknowledgement|acknowledgment|update|responses|replies) [yet|at all|whatsoever] (from you|from your (side|end|team))',
  '^ [still] no (reply|response|answer|word) [yet|at all|whatsoever] [,|.|!|?]',
  'still waiting (on|for) (you|your [{PRIOR}] (reply|replies|response|responses|answer|answers|decision|feedback|input|confirmation|word|approval|go-ahead|signature|thoughts|update|call|email|payment))',
  'waiting (on|for) (you to (reply|respond|answer|get back|write back)|your (reply|response|answer|decision))',
  'radio silence',
  '(deafening|complete|total|continued|ongoing|prolonged|utter) silence',
  '(given|despite|considering|after|with|due to|in light of|because of) (your|the|all (the|this|your)|this) [continued|ongoing|complete|total|prolonged|recent|apparent] (silence|lack of [a|any] (response|reply|responses|replies|communication|feedback|answer|acknowledgement))',
  'why (have|has|did|do|does|are|is|will|would|had) ({YOU} {NEG}|{NEG} {YOU}) [yet|even|still|ever] {RESPOND}',
  'my [{PRIOR}] [{PRIOR}] ({MSG}|{WORK}) (have|has|had|seem~ to have|keep~|seem~ to|went|go~|remain~|sat|sit~) [all] [been] [gone|left|remained|sat|going] [completely|totally|entirely|all] (unanswered|ignored|unacknowledged|unreturned|without (a reply|a response|an answer|reply|response))',
];

/** First-person silence statements (F): info, escalated by "never … from you" or a guilt marker. */
export const SILENCE_STATEMENTS = [
  '(^|i|and|but|yet|so|as i|since i) [still|just|yet|really] (have not|never|did not|have yet to|had not|have never) [yet|actually|really|ever] (heard|hear) [back|anything|a word|any word|any news|a thing|anything back] [yet] [from you|from your (side|end|team)]',
  '(^|i|and|but|yet|so|as i|since i) [still|just|yet|really] (have not|never|did not|have yet to|had not|have never) [yet|actually|really|ever] (gotten|got|get|received|receive) (back|a reply|a response|an answer|any reply|any response|any answer|a word|any word|anything back|a reply back|any feedback) [yet] [from you|from your (side|end|team)]',
  'not having heard [back] [from you]',
  'without (hearing|having heard) [back|anything] [from you]',
];

/** Words that make a following silence clause conditional (grace frames, RULES.md §6.3). */
export const GRACE_BEFORE =
  / (?:if|in case|whether|unless|understand|no worries|no problem|totally fine|fine if|okay if|ok if)(?: [\w']+){0,3} *$/;

/** A silence statement about someone other than the reader: "from the hiring committee". */
export const THIRD_PARTY_SOURCE = /^ from (?!you\b|your\b|u\b)/;
