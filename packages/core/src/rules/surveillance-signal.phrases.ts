/** Phrase data for `surveillance-signal` (RULES.md), in the pattern language of text/pattern.ts. */

/** What tracking reveals the reader did with a message or a page. */
export const TRACKED_ACTS = [
  'opened',
  'opened up',
  'read',
  'reread',
  'viewed',
  'clicked',
  'clicked on',
  'looked at',
  'downloaded',
  'forwarded',
  'have (opened|read|viewed|clicked|clicked on|looked at|downloaded|forwarded|seen)',
  'had (opened|read|viewed|clicked|clicked on|looked at|downloaded|forwarded|seen)',
  'keep (opening|reading|viewing|clicking|checking)',
  'have been (opening|reading|viewing|clicking|checking|looking at)',
  'were (opening|reading|viewing|clicking|checking|looking at)',
];

/** What was tracked: a message, a document, a link or a profile. */
export const TRACKED_OBJECTS = [
  'it',
  'this',
  'that',
  'them',
  '(my|our|the) [last|latest|previous|recent|first|second|third|new|updated|revised|pricing|signed|shared|attached] [@word] (email+|e-mail+|message+|note+|proposal+|deck+|link+|invoice+|quote+|document+|doc+|file+|attachment+|pdf+|contract+|page+|offer+|newsletter+|whitepaper+|report+|case study|case studies|profile|linkedin profile|linkedin|website|portfolio|resume|cv|video|demo|presentation|slides|invite|inmail+|dm+|estimate+|brochure+|sample+|mockup+|draft+)',
];

/** The reader's online presence used as evidence. */
export const ONLINE = [
  '(were|are|have been|was|are still|were still|have been very) [very|quite|pretty] (online|active|around|logged in|on linkedin|on twitter|on x|on slack|on teams|on whatsapp|on instagram|on facebook|posting|tweeting|commenting|liking posts|busy posting|busy on linkedin)',
];

export const SURVEILLANCE = [
  // "I saw that you opened my email three times", "I noticed you viewed my profile".
  '(i|we) [just|also|can|could|have|did] (saw|see|noticed|notice|can see|could see|have seen|have noticed|can tell|could tell|spotted|got a notification|got notified|got an alert|was notified|was alerted) [that] {YOU} [just|already|recently|finally|actually|even] {TRACKED} [up|on] {OBJECT}',
  '(looks like|seems like|it looks like|it seems|apparently|i see|i can see) {YOU} [already|just|finally] {TRACKED} [up|on] {OBJECT}',
  // "My read receipt shows you read it on Monday".
  '(read receipt|read receipts|email tracker|email tracking|open tracking|tracking pixel|mailtrack|docsend|superhuman|(my|our) (tracker|tracking|tracking tool|email tool)) (shows|show|says|say|tells me|told me|indicates|indicate|shows me|notified me|let me know|lets me know|confirms|confirm|showed|said|indicated)',
  'according to (my|our|the) (read receipt|read receipts|email tracking|email tracker|open tracking|link tracking)',
  '(from|via|through|thanks to) (my|our|the) (tracking link|tracking pixel|tracking data|read receipt|read receipts|email tracking|link tracking|open tracking|email tracker)',
  // "My tracker shows you opened it", "according to my dashboard, you viewed the deck".
  '(shows|show|showed|says|said|tells me|told me|indicates|indicated|confirms|confirmed|notified me|lets me know|let me know) [that] {YOU} [already|just] {TRACKED} [up|on] {OBJECT}',
  'according to (my|our|the) @word [@word] [,] {YOU} [already|just] {TRACKED} [up|on] {OBJECT}',
  // "You've opened the proposal several times": counting opens means tracking them.
  '{YOU} [have|had] [already] (opened|viewed|clicked|clicked on|downloaded|looked at|read) {OBJECT} (#NUM|two|three|four|five|six|several|multiple|a few|many|a dozen) times',
  '(since|as|because|given that|now that|i know) {YOU} [have|had] (clearly|obviously|definitely|certainly) (read|seen|opened) (it|them|this|that|my @word|my @word @word|our @word)',
  '(notification|alert|ping) that {YOU} (opened|read|viewed|clicked|downloaded|looked at)',
  // "I can see you've been active on LinkedIn all week".
  '(i|we) [just|also] (saw|see|noticed|notice|can see|could see|have seen|have noticed|know|can tell|spotted) [that] {YOU} {ONLINE}',
  // "I know you've read my proposal".
  '(i|we) (know|can tell|could tell) {YOU} (have|had) (read|seen|opened) (it|them|this|that|my (@word|@word @word)|our (@word|@word @word))',
  '(i|we) (know|can tell) {YOU} (read|opened|saw) (it|my (email|emails|message|messages|note|proposal|invoice|offer|quote))',
  // "You posted on Twitter yesterday, so I know you're around".
  'so (i|we) know {YOU} (are|were) (around|online|active|available|there|not that busy|not too busy|reading (your|my) (email|emails|messages))',
  '{YOU} (found|seem to have found|clearly found|clearly have|clearly had|obviously have|obviously had|managed to find|somehow found) [the] time to (post|tweet|comment|like|share|update)',
  // "You viewed my profile three times".
  '(viewed|checked|visited|looked at) my (profile|linkedin|linkedin profile|page|website|portfolio|site) (#NUM|two|three|four|five|several|multiple|a few|many) times',
  '(left|leaving) (me|us|my (message|messages)) on (read|seen|delivered)',
  // "I drove by your office".
  '(i|we) (drove|walked|stopped|swung|came|went) (by|past|round|around) your (office|house|home|place|building|apartment|flat)',
];

/** After a visit: a reason that makes it an errand, not a watch ("to drop off the signed lease"). */
export const ERRAND_AFTER =
  /^ (?:to (?:drop|deliver|return|pick|bring|leave|hand)|as (?:agreed|planned|promised|discussed|arranged)|for (?:the|our) (?:meeting|appointment|viewing|inspection))/;

/** The reader's activity set against their silence: "you posted ... but haven't replied". */
export const ACTIVITY =
  /(?:^| )(?:you|u) (?:posted|tweeted|commented|liked|shared|were active|were online|updated your|have posted|have been posting|were posting|logged in|were on linkedin)(?= )/;
export const BUT_SILENT =
  / (?:but|yet|and yet|and still|while|although|though) (?:you |u )?(?:still )?(?:have not|did not|has not|had not|never|could not|can not|cannot|have yet to|seem unable to|did not even|have not even|will not|would not)(?: [\w'-]+){0,3} (?:reply|replied|respond|responded|answer|answered|get back|got back|gotten back|write back|wrote back|acknowledge|acknowledged|read|look|looked|check|checked)(?= |$)| but (?:my|our) (?:email|emails|message|messages|note|notes|question|questions|invoice|proposal) (?:are|is|remain|remains|sit|sits) (?:still )?(?:sitting )?(?:unanswered|ignored|unread)/;
