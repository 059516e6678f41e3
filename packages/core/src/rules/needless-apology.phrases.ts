/** Phrase data for `needless-apology` (RULES.md), in the pattern language of text/pattern.ts. */

/** Imposition verbs that only ever mean "bothering you": a short gap may precede them. */
export const STRONG_IMPOSE = [
  'bother~',
  'bug~',
  'trouble~',
  'pester~',
  'disturb~',
  'interrupt~',
  'intrude~',
  'hassle~',
  'nag~',
  'spam~',
  'clog~',
  'flood~',
  'crowd~',
  'bombard~',
  'annoy~',
  'badger~',
  'impose~',
  'chase~',
  'harass~',
  'hound~',
  'take~ up [so much of|any more of|more of] your [valuable|precious|busy] time',
  'waste~ your time',
  'fill~ [up] your inbox',
  'clutter~ [up] your inbox',
  'clog~ up [your inbox]',
  'flood~ your inbox',
  'crowd~ your inbox',
  'spam~ your inbox',
];

/** Ordinary verbs of writing; they count only right after the apology ("sorry to email again"). */
export const WRITING_ACTS = [
  'follow~ up',
  'reach~ out',
  'write~',
  'email~',
  'e-mail~',
  'ping~',
  'message~',
  'contact~',
  'text~',
  'ask~',
  'check~ in',
  'circle~ back',
  'nudge~',
  'bump~',
  'keep~ (emailing|writing|asking|messaging|following up|reaching out|checking in)',
  'send~ (another|yet another|one more|this|a second|a follow-up)',
  'reach~ out again',
  'be (that person|a pest|a bother|a nag|a pain|a nuisance|so persistent|persistent|pushy|annoying|so pushy|such a pest)',
  'disturb~',
  'intrude~',
];

export const APOLOGY_PATTERNS = [
  '{APOLOGY} [again|in advance|once again] (to|for|if|about) [me|i am|i] [always|constantly|continually|once again|again|yet again|just|even|so often|having to] … {STRONG} [you|you guys|you all] [again|once again|yet again|once more]',
  '{APOLOGY} [again|in advance|once again] (to|for|about) [me] [always|constantly|continually|once again|again|yet again|just|even|having to] {WRITING} [you|you guys|you all] [again|once again|yet again|once more]',
  '{APOLOGY} [again|once again] (for|about) (the|this|another|all the|all these|these|my|so many|the many|the multiple|the repeated|yet another|a) [{PRIOR}] (double|second|repeat|repeated|extra|follow-up|nth|multiple|many|constant|numerous|additional|duplicate|third|fourth|another|barrage of|string of|flood of|onslaught of|flurry of|stream of|pile of) ({MSG}|emails|follow-ups|messages|notes)',
  '{APOLOGY} [again|once again] (for|about) (another|yet another|all the|all these|these|so many|the many|the multiple|the repeated) ({MSG}|emails|follow-ups|messages|notes|reminders)',
  '{APOLOGY} (for|about) (being|to be) (a|such a|so|that|the) [bit of a|total|huge|real|bit] (pest|bother|nag|pain|nuisance|persistent|pushy|annoying|person|bugbear|hassle)',
  'i (hate|do not like|do not want|would hate|really hate|do not mean|did not want) to (bother~|bug~|pester~|chase~|nag~|impose~|trouble~|annoy~|intrude~|hassle~|badger~|spam~|keep~ (bugging|asking|pestering|chasing|emailing|writing)|be (a|that|such a|the|an) (pest|bother|nag|pain|nuisance|person|annoyance|bugbear)|be (pushy|annoying|a pain|persistent|too pushy))',
  'i hope (i am not|this is not|i am not being|this does not|it is not|my (email|message|note|emails|messages) (is|are|do|does) not) [too] (bothering|annoying|pestering|bugging|too much|a bother|a pain|an imposition|intruding|overstepping|being a pest|too pushy|pushy|spamming|bother|annoy|a nuisance) [you]',
  '(pardon|excuse|forgive) (the|my) (intrusion|interruption|persistence|repeated emails|many emails|multiple emails|follow-ups|nagging|pestering)',
  '(forgive|pardon|excuse) me for (bothering|bugging|pestering|reaching out|following up|writing|emailing|chasing|intruding|interrupting|disturbing|nagging)',
];

/** Sympathy and real faults are not needless apologies. */
export const NOT_NEEDLESS =
  / sorry (?:to hear|for your loss|about your|for the loss|to learn)| (?:delay|delayed|late|wrong|mistake|error|typo|confusion|mix-up|mixup|oversight|slow|missed|miss|forgot|forgetting|inconvenience|short notice|last-minute|last minute|cancel|cancell?ed|reschedul)/;

/** "No need to apologise", "don't be sorry": apology words that are not apologies. */
export const NEGATED_APOLOGY = / (?:no need to|do not|never|not|needn't|need not|no) (?:be )?(?:sorry|apologi[sz]e)/;
