/**
 * Phrase data for `guilt-trip` (RULES.md), in the pattern language of text/pattern.ts with
 * the vocabularies of vocab.ts. The hurt and resentment markers shared with
 * `blame-for-silence` are GUILT_MARKERS in vocab.ts; the lists here add the rest.
 */

/** How many times: "four times", "twice", "over and over". */
const COUNT =
  '((#NUM|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|many|numerous|a few|a couple of|a couple|countless|so many|too many|a number of|a handful of|three or four|two or three|half a dozen|multiple different) [more|different|separate] (times|occasions)|twice|thrice|repeatedly|again and again|over and over [again]|more than once|time and again|time after time)';
const NUMBER =
  '(#NUM|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|many|numerous|a few|a couple of|countless|so many|too many|a number of|a handful of|three or four|two or three|half a dozen)';
const CONTACT_NOUN =
  '(emails|e-mails|messages|voicemails|voice messages|voice mails|texts|reminders|follow-ups|follow ups|notes|calls|inmails|dms|requests|letters|pings|nudges|chasers|attempts|tries)';

/** Counting your own attempts at the reader. */
export const COUNTING = [
  `i [have|had] [now|already|also|literally|honestly] (email~|e-mail~|call~|phone~|write~|message~|text~|ping~|contact~|chase~|nudge~|remind~|ask~|follow~ up|reach~ out|try~ to (reach|contact|call|email|get hold of|get in touch with|reach out to|get through to)|tried (reaching|contacting|calling|emailing|messaging)) [to|with|about|on] [you|your team|your office|you guys|u|this|it|that|this @word|that @word] [now|already|since then] [(about|regarding|re|on|since|over|in|for|concerning) … …] [now|already|since then] [,] ${COUNT}`,
  `(i [have|had]|and) [now|already|also] (sent|left) [you|your team|your office|u] [now|already] ${NUMBER} [more|different|separate|follow-up|unanswered] ${CONTACT_NOUN}`,
  `this is [now] (the|my) (second|third|fourth|fifth|sixth|seventh|#NUM|umpteenth|nth|hundredth|millionth) (time|attempt) [that] (i am|i have|i have been|i) [now] (write~|ask~|email~|reach~ out|contact~|follow~ up|chase~|call~|send~|raise~|bring~ up|request~|remind~|message~|try~)`,
  `${NUMBER} ${CONTACT_NOUN} (later|and counting)`,
  'this is [now] (the|my) (second|third|fourth|fifth|sixth|seventh|#NUM|umpteenth|nth|hundredth|millionth) (attempt|try) [to (reach|contact|get hold of|get in touch with|get through to|hear from) [you]]',
  `${NUMBER} ${CONTACT_NOUN} [,|and] [still|yet] (no|nothing|not a|without a|without any|zero) [single] (reply|response|answer|word|acknowledgement|acknowledgment|peep|news)`,
  `(after|despite) [my] ${NUMBER} [unanswered] ${CONTACT_NOUN}`,
];

/** Counts that are large in themselves ("four times", "several times", "the third time"). */
export const HARD_COUNT =
  / (?:several|multiple|many|numerous|countless|dozen|dozens|three|four|five|six|seven|eight|nine|ten|thrice|repeatedly|over and over|again and again|time and again|time after time|number of|handful of|second|third|fourth|fifth|sixth|seventh|umpteenth|nth|hundredth|millionth|(?:[3-9]|[1-9]\d+)(?:st|nd|rd|th)?)(?= |$)/;

/** What turns a small count ("a few times", "twice") into a reproach. */
export const COUNT_EDGE =
  / (?:now|already|still|yet|nothing|since|never|unanswered|ignored|no (?:reply|response|answer|word|acknowledgement|acknowledgment|luck)|with no|without (?:a|any|hearing)|not (?:heard|had|received|gotten|got))(?= |$)/;

/** A count inside a gracious close ("...and I understand if the timing isn't right") is context, not a reproach. */
export const GRACIOUS =
  / (?:understand|understandable|no problem|no worries|totally fine|completely fine|that is fine|that is completely fine|that is totally fine|all good|rather not|do not want to|not want to|timing is not|timing may not|not the right time|not a good time|close (?:the|your|my) (?:file|loop)|closing the loop|not now|if (?:it|this|now) (?:is not|isn't)|if you are not|if you would rather|if you'd rather|no pressure|no hard feelings|happy to|glad to|i know (?:you|things|this|autumn|spring|summer|winter|the)|i realize|i realise|i imagine|hope (?:you|all|things|the))(?= |$)/;

/** Waiting, presented as a debt. */
export const WAITING = [
  '(i|we) (have|had) been [left|kept] [patiently|so patiently|very patiently] (waiting|sitting|holding on) [patiently] [on|for|since|over] … … (#NUM|a|an|one|two|three|four|five|six|several|many|a few|a couple of|almost a|nearly a|over a|more than a|well over a|almost|nearly|over|more than|well over) (day|days|week|weeks|month|months|year|years)',
  '(i|we) (have|had) been [left|kept] [patiently|so patiently|very patiently] (waiting|sitting|holding on) [patiently] [on|for|since|over] … … (days|weeks|months|years|ages|forever|so long|this long|an eternity)',
  '(i|we) (have|had) been [left|kept] [patiently] (waiting|sitting|holding on) [patiently] [on|for] … … since (last|early|mid|late|the start of|the beginning of|the end of) (week|month|year|spring|summer|fall|autumn|winter|quarter|term|semester)',
  '(i|we) (have|had) been [left|kept] [patiently] (waiting|sitting|holding on) [patiently] [on|for] … … since (january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|#NUM)',
  '(i|we) (have|had) been waiting [here] long enough',
  '(i|we) (have|had) been (so patient|very patient|more than patient|extremely patient|incredibly patient|really patient|patient enough|patient)',
  '(i|we) (have been|was|were|am|are|feel|felt|have been feeling) [being|kind of|a bit|completely] left (hanging|in the dark|on read)',
];

/** "...to tell you": waiting that is excitement, not reproach. */
export const WAITING_EXCITED = /^ to (?:tell|share|show|announce|try|meet|start|work|join|use|celebrate|introduce|send|read|see)(?= |$)/;

/** Hurt and resentment beyond GUILT_MARKERS; their cause is checked (see EMOTION_WORDS). */
export const FEELINGS = [
  '(it is|this is|that is|it has been|this has been|it is been|that is been|this is been|it is getting|it is becoming|this is getting|this is becoming|it was|that was|it has become|this has become|it is starting to (get|feel|be)|i find (it|this)|i am finding (it|this)) [honestly|frankly|really|just|, quite|quite|so|very|pretty|rather|a bit|a little|incredibly|extremely|beyond|super|getting|more than a little|kind of|somewhat|increasingly|deeply|genuinely|truly|a little bit] [so|very|really|quite] (frustrating|disappointing|upsetting|hurtful|discouraging|disheartening|infuriating|exasperating|maddening|aggravating|demoralizing|demoralising|annoying|rude|unprofessional|disrespectful|unacceptable|stressful|hard|difficult|painful|nerve-wracking|nerve wracking|agonizing|agonising|exhausting|tiring|draining|insulting|hurting|unfair|not fair|not okay|not ok)',
  'i (am|was|have been|feel|felt|am feeling|am getting|am starting to (feel|get)|am beginning to feel|have felt) [honestly|frankly|really|so|very|pretty|quite|a bit|a little|rather|incredibly|extremely|increasingly|deeply|more than a little|kind of|somewhat|beyond|getting|genuinely|truly|super] [so|very|really] (frustrated|disappointed|upset|hurt|annoyed|discouraged|disheartened|exasperated|stressed|anxious|heartbroken|offended|insulted|fed up|crushed|gutted|let down|losing patience|running out of patience|out of patience|tired of waiting|sick of waiting)',
  '(it|this|that) (should not|does not have to|did not have to|should never) be this (hard|difficult|complicated|painful)',
];

/** Feeling ignored or forgotten: about the reader by definition. */
export const FEEL_IGNORED = [
  'i (feel|felt|am feeling|have been feeling|am starting to feel|am beginning to feel|have started to feel|kind of feel|cannot help but feel|can not help but feel|cannot help feeling|can not help feeling|am left feeling|have been left feeling) [a bit|a little|so|completely|totally|rather|kind of|somewhat|really|very|pretty|quite|increasingly|more than a little] [like i am being|like i have been|like i was|like i am|like] (ignored|dismissed|invisible|forgotten|overlooked|brushed off|left out|unimportant|unappreciated|taken for granted|strung along|left hanging|ghosted|disrespected|blown off|sidelined|an afterthought|i do not matter|you do not care|talking to a wall|shouting into the void)',
];

/** Words of hurt whose cause must be the reader's silence. */
export const EMOTION_WORDS =
  / (?:frustrat\w*|disappoint\w*|upset\w*|hurt\w*|discourag\w*|dishearten\w*|infuriat\w*|exasperat\w*|maddening|aggravating|demoraliz\w*|demoralis\w*|annoy\w*|rude|unprofessional|disrespectful|unacceptable|stress\w*|anxious|hard|difficult|painful|nerve-wracking|wracking|agoniz\w*|agonis\w*|exhausting|tiring|draining|insult\w*|unfair|fair|ok|okay|heartbroken|offended|fed|crushed|gutted|down|patience|tired|sick)(?= |$)/;

/** Weak words of hurt that only count with an explicit cause in the sentence ("hard not knowing"). */
export const WEAK_EMOTION =
  / (?:hard|difficult|stressful|stressed|anxious|painful|exhausting|tiring|draining|nerve-wracking|wracking)(?= |$)/;

/** The reader's silence as the cause: hearing back, waiting, replies, chasing. */
export const SILENCE_CUE =
  / (?:hear|heard|hearing|reply|replied|replies|replying|response|responses|respond|responded|responding|answer|answered|answers|answering|waiting|wait|waited|silence|silent|unanswered|ignored|ignoring|ignore|acknowledge|acknowledged|acknowledgement|acknowledgment|chase|chasing|chased|followed up|following up|follow up|reached out|reaching out|emailed|e-mailed|called back|call back|get back|got back|gotten back|getting back|write back|wrote back|nothing back|not knowing|no word|no news|no update|no updates|any update|any news|nobody|no one|no-one|radio|left hanging|in the dark|on read|ghosted|ghosting|unpaid|overdue|outstanding)(?= |$)/;

/** What may follow a bare "It's so frustrating" without naming another cause. */
export const BARE_REMAINDER =
  /^(?: (?:[.!?,;:…)(—–-]|\.\.\.|to be (?:honest|frank)|honestly|frankly|tbh|at this point|now|anymore|already|for (?:me|us|our team|my team|everyone|all of us|both of us)|people|guys|everyone|folks|really|lol|ugh|sigh|i (?:must|have to) say|quite frankly|and|though|as you can imagine|you know|to say the least|seriously|on my end|on our end|to wait|waiting|by now))*$/;

/** Leverage and emotional pressure: family, rent, "did I do something wrong". */
export const LEVERAGE = [
  'my (family|whole family|kids|children|wife|husband|partner|son|daughter|mom|mum|dad|parents|baby) (is|are|was|were) [really|literally|all|now|completely|entirely|so] (counting on|depending on|relying on)',
  'my (rent|mortgage|bills|livelihood|visa|immigration status|health|future|career|income|savings|family) (is|are|was|were) [really|literally|now|completely|entirely|quite] (riding on|at stake|on the line|in jeopardy|at risk|hanging on|hinging on|depending on|counting on)',
  'my (family|whole family|kids|children|wife|husband|partner|son|daughter|livelihood|visa|future|career|rent|mortgage|income) [really|literally|all|entirely|completely] (depends|depend|rely|relies|hinges|hinge|rides|ride) on',
  'my (rent|mortgage|bills|car payment|tuition) (is|are) [already|now|long] (due|overdue|late|piling up)',
  'i [literally|really|honestly|simply|just|actually|still|now] (can not|could not|will not be able to|would not be able to|am unable to|am not able to|was unable to|was not able to) (pay|make|cover|afford) (my|the|our|this month is) (rent|mortgage|bills|groceries|medical bills|tuition|car payment|daycare|payroll|staff)',
];

/** "I really need this job": leverage only with other leverage in the paragraph. */
export const NEED = [
  'i [really|desperately|truly|honestly|seriously|badly|so] [,] [really|truly] need (this|the|that) (job|role|position|contract|deal|gig|client|account|money|payment|work|opportunity|project|income|offer)',
];

/** Effort and sacrifice presented as a debt. */
export const DEBT = [
  'i [have|had] (turned down|declined|passed on|said no to|rejected|walked away from|gave up|given up|let go of|cancelled|canceled|postponed|put off|refused|ignored) (another|other|two other|three other|several other|a few other|multiple other|all other|#NUM other|many other|some other|other good|other great) … (offer|offers|client|clients|role|roles|job|jobs|project|projects|opportunity|opportunities|position|positions|gig|gigs|contract|contracts|interview|interviews|work|booking|bookings|commission|commissions|deal|deals|candidate|candidates|vendor|vendors|supplier|suppliers)',
  'i [have|had] (cleared|blocked off|blocked out|blocked|rearranged|freed up|reserved|set aside|cancelled|canceled|moved) (my|our) (whole|entire|full) (schedule|calendar|week|day|month|weekend|afternoon|morning|diary|evening|plans)',
  'after (all|everything) [that|of] [the|my|this|these] … i (have done|had done|have put|had put|have spent|had spent|have given|have invested|have sacrificed|have been through|have gone through|did|put|spent|gave|invested|sacrificed|went through|poured|contributed|have contributed|do)',
  'after all my (work|time|effort|efforts|hours|help|trouble|patience|loyalty|hard work)',
  'i [have|had] (went|gone|bent|bend) (out of my way|over backwards)',
  'i [have|had] (put|poured|invested|sank|sunk) [in] (so much|so many|a lot of|hours of|weeks of|days of|months of|years of|countless|dozens of|hundreds of|a ton of|tons of|hours and hours of|all weekend|my whole weekend|my entire weekend|the whole weekend|a whole weekend|my weekend|nights|weekends|#NUM hours of|#NUM hours|#NUM weeks|#NUM nights|weeks|hours|days|months) [of] [my|our] [own|personal|free|unpaid|valuable] [work|time|effort|energy|hours|love|thought|care|sweat] (into|on|in|preparing|working|building|making|creating|reviewing|putting together|writing|doing|pulling together|getting)',
  'i [have|had] spent (so much|so many|countless|hours and hours|hours and hours of|all weekend|my whole weekend|my entire weekend|the whole weekend|a whole weekend|weeks|months|nights|weekends|a lot of my (own|personal|free) time) [of] [my|our] [own|personal|free|unpaid|valuable] [work|time|effort|energy|hours] (into|on|preparing|working|building|making|creating|reviewing|putting together|writing|doing|pulling together|getting)',
];

/** Effort that is a sacrifice only when tied to the reader ("...done for you"). */
export const TIED_EFFORT = [
  '(i|we) (stayed|worked|was up|were up|stayed up|pulled) (late|until|till|up|overtime|all night|an all-nighter|all-nighters|through the (night|weekend)|nights|weekends|the weekend|#NUM)',
  'i [have|had] (cleared|blocked off|blocked out|blocked|rearranged|freed up|reserved|set aside|cancelled|canceled|moved) (my|our) (schedule|calendar|week|day|month|weekend|afternoon|morning|diary|evening|plans)',
  'i [have|had] (turned down|declined|passed on|said no to|rejected|walked away from|gave up|given up|cancelled|canceled) (a|an|one|two|#NUM|several|multiple) … (offer|offers|client|clients|role|roles|job|jobs|project|projects|opportunity|opportunities|position|positions|gig|gigs|contract|contracts|interview|interviews|booking|bookings)',
  'i [have|had] (gave up|given up|sacrificed|spent|worked through|worked|cancelled|canceled) (my|a|the|our|an|my whole|my entire) (weekend|weekends|evening|evenings|holiday|vacation|day off|night|nights|sunday|saturday|lunch break|birthday)',
  '(i|we) (have been|have always been|was|were) (a|such a|your|the) [really|very|truly] (good|loyal|great|reliable|faithful|model|perfect|ideal|exemplary) (tenant|customer|client|employee|partner|supplier|vendor|member|student|parent|colleague|friend)',
];

/** The tie to the reader for TIED_EFFORT and the "good tenant" boast. */
export const READER_TIE =
  / (?:for (?:you|your|this)|because of (?:you|your|this|our)|to (?:hold|keep|save|reserve) (?:this|the|that|my|a) (?:slot|time|date|week|spot|space|calendar|schedule|day)|to (?:wait for|focus on|work with|prioriti[sz]e) (?:you|this|your)|in favou?r of (?:you|this|your)|never (?:once )?(?:paid|been|missed|complained|asked|caused|bothered)|always (?:paid|been))(?= |$)/;

/** Pride or joy in the same sentence: effort shared as good news, not as a debt. */
export const POSITIVE =
  / (?:excited|thrilled|glad|happy|proud|love|loved|delighted|pleased|enjoyed|fun|worth it|worthwhile|congrats|congratulations)(?= |$)/;

/** Effort offered as a service: "so it's quick to read". */
export const SERVICE =
  / (?:so (?:it|that|you|we|i)|to make (?:it|this|sure|things)|to save you|hope (?:you|it|this)|here is|attached|below|link)(?= |$)/;

/** Relationship guilt, expectations and "a reply only takes a second". */
export const RELATIONSHIP = [
  'i thought we (had|had a|had such a|had a really|had a great|had a good|had some|had built|built|shared|were building|had really|really had) [real|great|good|strong|genuine|nice|special|really good|really great|solid] (connection|rapport|relationship|understanding|bond|something)',
  'i thought we (hit it off|clicked|got along|had a deal|were friends)',
  'i (thought|assumed|expected|hoped|figured) (you would|that you would|you|your team would|someone would) [at least|at the very least] have the (courtesy|decency)',
  'i (thought|assumed|expected|hoped|figured) (you would|that you would|you|your team would|someone would) (at least|at the very least) @word',
  'i would have (thought|expected|hoped|assumed) … … (at least|by now|the courtesy|the decency|more seriously|more respect|more professionalism|some courtesy|a reply|a response|an answer|an acknowledgement|an acknowledgment|some acknowledgement|some acknowledgment|some kind of|some sort of|better)',
  '(did|have) i (do|done|say|said) (something|anything) (wrong|to (upset|offend|annoy|anger|bother) you)',
  '(is|was) (it|this) something i (said|did|wrote)',
  'are {YOU} (mad|upset|angry|annoyed|cross) (at|with) me',
  '(did|have) i (upset|offended|annoyed|angered|hurt) you',
  'the least (you|your team|anyone|someone|you guys|you all) (can|could|should|would) (do|have done)',
  'i (expected|was expecting|had expected|would expect) [at least] (a|an|some|the courtesy of a) [quick|short|simple|brief] (reply|response|answer|acknowledgement|acknowledgment|update)',
  '(common|basic|simple) (courtesy|decency|respect|manners) (would|says|dictates|requires|suggests|is)',
  'a (courtesy|common courtesy) (reply|response|call|email|note|acknowledgement|acknowledgment|update|answer)',
  '(it|that) (would not|will not|does not) (kill|hurt) (you|anyone|anybody) to',
  'it (only|just|literally) (takes|take|took) (a|one|two|five|thirty|ten|#NUM|a few) [quick] (second|seconds|minute|minutes|moment|moments|click|clicks) to (reply|respond|answer|write back|send|say|let me know|hit reply|type|acknowledge)',
  'it (does not|would not|should not|will not) take (long|much|more than a (minute|second|few minutes|moment)|a minute|a second|two minutes) to (reply|respond|answer|write back|let me know|say|acknowledge)',
  `a (simple|quick|short|one-line|one-word|two-line|brief|single|courtesy|one line|one word) ["|'] (reply|response|answer|no|yes|email|note|word|line|acknowledgement|acknowledgment|thumbs-up|thumbs up|update|yes or no|no thanks|not interested|not now) ["|'] (would|will|could|should) [only|just|literally|really] (take|cost) [you] [only|just] (a|one|two|five|ten|thirty|#NUM|a few|mere|seconds|no time|a couple of)`,
  `(a|some|any) [simple|quick|short|brief|single] ["|'] (reply|response|answer|acknowledgement|acknowledgment|word|update|yes or no|yes|no|no thanks|email|note) ["|'] [at least|at all] (would|will) (be nice|have been nice|be polite|be courteous|be decent|be the least)`,
  '(it|that) would (be|have been) nice to (get|hear|receive|have|see) … … (acknowledgement|acknowledgment|reply|response|answer|closure|courtesy|word back)',
  'would (be|have been) nice to (know|hear) [that|if|whether] … (was|were|is) (worth it|appreciated|received|seen|read|worth the)',
];

/** "Did I do something wrong in the setup?": a technical question, not guilt. */
export const TECHNICAL_WRONG =
  /^ (?:in|on|with|when|while|during|at|here|there|by|setting|filling|uploading|submitting)(?= |$)(?! (?:you|our (?:call|meeting|interview|conversation|chat)))/;
