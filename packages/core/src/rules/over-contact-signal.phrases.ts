/** Phrase data for `over-contact-signal` (RULES.md), in the pattern language of text/pattern.ts. */

/** Ways of getting in touch. */
export const CONTACT_ACTS = [
  'follow~ up',
  'check~ in',
  'reach~ out',
  'write~',
  'email~',
  'e-mail~',
  'ping~',
  'call~',
  'phone~',
  'ring~',
  'message~',
  'text~',
  'nudge~',
  'bump~',
  'circle~ back',
  'chase~',
  'try~ (you|to reach you|to get hold of you|reaching you|calling)',
  'send~ (you|another|this|a)',
  'contact~ you',
  'get~ in touch',
];

/** Same-day or short windows that make the contact over-frequent. */
export const SHORT_WINDOWS = [
  'today',
  'tonight',
  'this (morning|afternoon|evening)',
  'earlier today',
  'so soon',
  'within (the hour|an hour|a day|24 hours)',
  'in (one|a|the same) day',
  'twice today',
];

/** One contact, after an ordinal ("my third email"). */
export const TOUCH = [
  'email',
  'e-mail',
  'mail',
  'message',
  'note',
  'voicemail',
  'voice message',
  'call',
  'text',
  'follow-up',
  'attempt',
  'try',
  'time',
  'ping',
  'reminder',
  'dm',
  'inmail',
  'nudge',
  'bump',
];
/** Several contacts, after a count ("three emails"). */
export const TOUCHES = [
  'emails',
  'e-mails',
  'mails',
  'messages',
  'notes',
  'voicemails',
  'voice messages',
  'calls',
  'texts',
  'follow-ups',
  'pings',
  'reminders',
  'dms',
  'inmails',
  'nudges',
  'bumps',
];

export const OVER_CONTACT = [
  // "Following up again today", "checking in once more this afternoon".
  '{CONTACT} [you|with you|in] (again|once more|once again|one more time|a second time|a third time|yet again) [on this|about this|with you|here] {WINDOW}',
  '{CONTACT} [you|with you|on this|about this|in] {WINDOW} (again|once more|once again|one more time|as well)',
  // "My third email this week", "the second time today".
  '(my|the|this is my|this is the|that is my) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|nth|#NUM) {TOUCH} (this week|today|this morning|this afternoon|in (#NUM|two|three|four|five|a few|as many) days|since (yesterday|monday|tuesday|wednesday|thursday|friday|this morning)|in (24|48) hours|within (a|one) (day|week))',
  '(another|yet another|one more) {TOUCH} (today|this morning|this afternoon|tonight)',
  // "As I said yesterday".
  'as i (said|wrote|mentioned|noted|explained|asked|emailed|texted|messaged|told you|said in my (email|message|voicemail)) (yesterday|this morning|earlier today|last night|a few hours ago|an hour ago|this afternoon|#NUM hours ago)',
  // "I've left you four voicemails", "I have called five times".
  '(i|we) [have|had] (left you|left|called|phoned|rung|rang|texted|pinged) [you] (#NUM|two|three|four|five|six|seven|several|multiple|a few|a number of|many|numerous|countless|a dozen|so many) (voicemails|voice messages|messages|times|calls|texts)',
  '(i|we) [have|had] (emailed|messaged|written to|written|sent|followed up|reached out|checked in|pinged|nudged|contacted|chased) [you] [on this|about this] (#NUM|two|three|four|five|six|seven|several|multiple|a few|a dozen) (times|emails|messages|notes) (today|this week|in (#NUM|two|three|four|five) days|since (yesterday|monday|tuesday|wednesday|thursday|friday))',
  // "I called this morning and again this afternoon".
  '(i|we) [have|had] (called|emailed|phoned|rang|rung|messaged|texted|pinged|tried you|wrote|written) [you] (this morning|earlier|earlier today|yesterday|last night|this afternoon|an hour ago) and (again|am now|i am now|now again|then again|once more)',
  '(called|emailed|phoned|rang|messaged|texted|pinged|tried|tried (calling|to call|to reach|reaching|emailing)) [you] (twice|three times|four times|#NUM times|a few times|several times|multiple times) (today|this morning|this afternoon|yesterday|in (one|a|the same) day|in (24|48) hours)',
  // "I'll keep following up every day until I hear back".
  '(i|we) (will|am going to|are going to|plan to|intend to) (keep|continue) (emailing|calling|following up|checking in|messaging|pinging|texting|reaching out|trying|writing|bugging you|contacting you|nudging|chasing) [you] [on this|about this] (every day|daily|each day|every morning|every few hours|every hour|hourly|every other day|until)',
  '(i|we) will [be] (follow up|check in|email you|call you|ping you|reach out|write|nudge you|chase|following up|checking in|emailing you|calling you|pinging you|reaching out|writing|nudging you|chasing) [with you|on this|about this] (every day|daily|each day|every morning|every other day|every few hours|hourly) [until]',
  // "daily check-ins", "every-day reminders".
  '(daily|every day|every other day|each day|every morning|twice-daily|hourly) (check-in+|follow-up+|reminder+|ping+|nudge+|bump+) (from me|until)',
  '(i|we) (will|am going to|are going to) (send|set up|schedule) [you] (a|daily) [daily|every-day|hourly] (check-in|follow-up|reminder|ping|nudge)',
  // "Three emails in three days".
  '(multiple|several|two|three|four|five|#NUM|so many|all these|all the) {TOUCHES} (today|this morning|this afternoon|since yesterday|in one day|in a day)',
  '(#NUM|two|three|four|five|six|several|multiple) {TOUCHES} (in|within|over) (#NUM|two|three|four|five|as many|the (last|past) (#NUM|two|three|four|five)|one|a) (days|day|hours|hour)',
  // "Pinging you again on this."
  '(^|just|i am|and|so) (pinging|nudging|poking) (you|this) (again|once more|daily|every day|yet again)',
];

/** After the match: a scheduled, agreed or respectful next contact ("I'll ping you again next week"). */
export const SCHEDULED_AFTER =
  /^ (?:next|in (?:a|one|two|three|#|\d)|on (?:monday|tuesday|wednesday|thursday|friday|the (?:\d|first|second|third|fourth|fifth|next|last|morning|afternoon|evening))|after|when|if|once|as (?:agreed|discussed|promised|we (?:agreed|discussed))|at (?:the|our)|during|in (?:our|the) (?:call|meeting|interview))/;
/** The earlier contact was a meeting, not a message ("as I mentioned yesterday in our meeting"). */
export const MEETING_AFTER =
  / (?:in|during|at|on) (?:our|the) (?:call|meeting|interview|chat|conversation|session|event|standup|demo)| when we (?:spoke|met|talked|chatted)/;

/** A second message that corrects the first ("Sorry for the second email today; I forgot the attachment"). */
export const CORRECTION =
  / (?:forgot|forgotten|wrong|typo|mistake|correction|corrected|missing|left out|error|errata|resend|re-send|resending|attachment did not|attachment was)(?= |$)/;

/** A meeting at that time elsewhere in the message ("Thanks for the call this morning"): "as I said this morning" refers to it. */
export const MEETING_IN_MESSAGE =
  / (?:call|calls|meeting|chat|interview|conversation|coffee|lunch|demo|session|talk|spoke|met|talked|chatted|catch-up|visit)(?: [\w'-]+){0,6} (?:yesterday|this morning|earlier today|this afternoon|last night)| (?:yesterday|this morning|earlier today|this afternoon|last night)(?: 's)? (?:call|meeting|chat|interview|conversation|session|demo|visit)/;
