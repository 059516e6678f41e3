/**
 * Phrase data for `self-deprecation` (RULES.md), in the pattern language of text/pattern.ts.
 * Each family has its own checks in the rule (delegation, conditions, what follows).
 */

export const SELF_VOCAB = {
  /** Hedges that make a self-judgement pre-emptive: "I'm probably wrong". */
  HEDGE: [
    'probably',
    'likely',
    'most likely',
    'almost certainly',
    'definitely',
    'surely',
    'prob',
    'possibly',
    'maybe',
    'totally',
    'completely',
    'honestly',
  ],
  /** Adjectives of a self-belittled question. */
  QADJ: ['stupid', 'silly', 'dumb', 'naive', 'daft', 'idiotic', 'newbie', 'noob', 'rookie', 'basic', 'obvious', 'elementary', 'ignorant'],
  QADJ_STRONG: ['stupid', 'silly', 'dumb', 'naive', 'daft', 'idiotic', 'newbie', 'noob', 'rookie', 'ignorant'],
  QNOUN: ['question', 'questions', 'q', 'idea', 'ideas', 'ask', 'request', 'thing to ask', 'point', 'suggestion'],
  QINT: [
    'bit of a',
    'little',
    'really',
    'very',
    'super',
    'total',
    'pretty',
    'kind of a',
    'sort of a',
    'kind of',
    'sort of',
    'such a',
    'rather',
  ],
  /** Size, level and kind words before a role: "a small two-person agency", "a second-year student". */
  MOD: [
    'small',
    'tiny',
    'little',
    'humble',
    'lowly',
    'random',
    'regular',
    'simple',
    'mere',
    'young',
    'new',
    'one-person',
    'two-person',
    'three-person',
    'one-man',
    'one-woman',
    'solo',
    'family',
    'family-run',
    'local',
    'small-town',
    'no-name',
    'unknown',
    'junior',
    'first-year',
    'second-year',
    'third-year',
    'fourth-year',
    'final-year',
    'first year',
    'second year',
    'third year',
    'entry-level',
    'self-taught',
    'small-time',
    'aspiring',
    'wannabe',
    'part-time',
    'recent',
    'phd',
    'grad',
    'graduate',
    'college',
    'high school',
    'university',
    'mom-and-pop',
    'independent',
  ],
  ROLE: [
    'student+',
    'freelancer+',
    'intern+',
    'newbie+',
    'novice+',
    'amateur+',
    'hobbyist+',
    'rookie+',
    'beginner+',
    'nobody',
    'parent',
    'mom',
    'mum',
    'dad',
    'graduate',
    'grad',
    'undergrad',
    'undergraduate',
    'volunteer',
    'temp',
    'trainee',
    'apprentice',
    'newcomer',
    'junior',
    'guy',
    'girl',
    'person',
    'designer',
    'developer',
    'writer',
    'illustrator',
    'artist',
    'photographer',
    'consultant',
    'contractor',
    'agency',
    'shop',
    'business',
    'team',
    'studio',
    'company',
    'firm',
    'bakery',
    'startup',
    'outfit',
    'operation',
    'player',
    'nonprofit',
    'charity',
    'brand',
    'store',
    'boutique',
    'practice',
    'consultancy',
    'vendor',
    'supplier',
    'label',
    'creator',
    'cog',
    'fish',
    'first-timer',
    'mother',
    'father',
    'owner',
    'solopreneur',
    'assistant',
    'employee',
    'coordinator',
    'teacher',
  ],
  /** Comparatives that rank the writer below the reader's other options. */
  BETTER: [
    'better',
    'stronger',
    'more qualified',
    'better-qualified',
    'better qualified',
    'more experienced',
    'more talented',
    'more impressive',
    'more established',
    'more deserving',
    'more important',
    'more interesting',
    'more skilled',
    'more accomplished',
    'more exciting',
    'more polished',
    'more senior',
    'more relevant',
    'more pressing',
    'higher-profile',
  ],
  SURE: [
    'i am sure',
    'i know',
    'i imagine',
    'i bet',
    'i realize',
    'i realise',
    'i understand',
    'i assume',
    'no doubt',
    'i suspect',
    'i am certain',
    'i guess',
    'of course',
    'surely',
  ],
  /** Things one may claim to be bad at: "not great with this kind of thing". */
  THING: [
    'this',
    'these',
    'that',
    'tech',
    'technology',
    'computers',
    'numbers',
    'maths',
    'math',
    'writing',
    'emails',
    'paperwork',
    'forms',
    'admin',
    'spreadsheets',
    'this kind of @word',
    'this sort of @word',
    'these kinds of @word',
    'these sorts of @word',
    'things like (this|that)',
    'stuff like (this|that)',
    'this stuff',
    'all this',
    'all of this',
    'anything technical',
  ],
  EXPERIENCE_ADJ: [
    'real',
    'professional',
    'relevant',
    'formal',
    'industry',
    'real-world',
    'work',
    'hands-on',
    'direct',
    'practical',
    'paid',
    'proper',
  ],
};

export const SELF_PATTERNS = {
  /** "I'm no expert", "I'm definitely no expert on pricing", "Not an expert, but". */
  expert: [
    '(i|we) (am|are) [really|definitely|certainly|clearly|obviously|admittedly|honestly|truly|absolutely|by no means|far from|of course] (no|not [really|exactly|much of|any kind of|quite|remotely|at all] (a|an)|hardly (a|an)|far from (a|an)|by no means (a|an)|nowhere near (a|an)) [real|big|huge|great|true|qualified|proper|trained|total|@word] (expert|experts|pro|guru)',
    '^ [and|but|so|ok|okay|obviously|admittedly|honestly] [,] (no|not) [really|exactly] [a|an] [@word] expert',
  ],
  /** "This might be a stupid question", "Sorry if this is a silly question", "Dumb question:". */
  question: [
    '(this|it|that|mine|which|this question|my question|the question) (might|may|could|will|would|must|probably) [well|just|honestly|totally|also|probably] (be|sound|seem|come across as) [like] [a|an] [{QINT}] {QADJ} {QNOUN}',
    '(this|it|that|this question) (might|may|could|will|would|must|probably) [well|just|honestly|totally|also] (sound|seem|come across as) [a bit|a little|really|very|super|pretty|kind of|sort of|totally] {QADJ_STRONG}',
    '(this|mine|this question|my question) is [probably|likely|possibly|maybe|perhaps|surely|definitely|most likely|kind of|sort of] [just] [a|an] [{QINT}] {QADJ_STRONG} {QNOUN}',
    '(this|mine|this question|my question|it|that) is (probably|likely|possibly|maybe|perhaps|surely|most likely) [just] [a|an] [{QINT}] {QADJ} {QNOUN}',
    '([sorry|apologies|so sorry] if|[i am] sure|maybe|probably|possibly|perhaps|[i] hope) (this|it|that|mine|my question) (is|sounds|seems) [not] [just|like] [a|an] [{QINT}] {QADJ} [{QNOUN}]',
    '(i|we) (have|had|got|have got) (a|an|another|one|one more|two|a few|some) [possibly|probably|potentially|maybe|perhaps|very|really|super|kind of|pretty] {QADJ_STRONG} {QNOUN}',
    '(^|,|:|-|—|and|but|so|ok|okay) [maybe|possibly|probably|potentially|perhaps|likely] [a|an|another] [{QINT}] {QADJ_STRONG} (question|q)',
  ],
  /** "This might be stupid, but…": only when the clause ends there (not "it would be stupid to…"). */
  questionBe: [
    '(this|that|this question|my question|this idea|my idea) (might|may|could|will|would|must|probably) [well|just|honestly|totally|also] be [a bit|a little|really|very|super|pretty|kind of|sort of|totally] {QADJ_STRONG}',
  ],
  /** "I'm probably wrong", "I'm probably overthinking it", "I'm probably just noise". */
  wrong: [
    '(i|we) (am|are) {HEDGE} [just|totally|completely|way|all] (wrong|mistaken|off base)',
    '(i|we) (am|are) [{HEDGE}] [just] (overthinking|over-thinking|overanalyzing|overanalysing|overreacting|over-reacting)',
    '(i|we) (am|are) [{HEDGE}] [just|only] being [a bit|a little|too|overly|way too|super|kind of|sort of|really|so] (silly|dramatic|paranoid|overprotective|neurotic|naive|stupid|dumb|oversensitive|too sensitive|needy|clingy|a worrier|a worrywart|a pain|a bit much|a helicopter parent)',
    '(i|we) (am|are) [{HEDGE}] [just|only] being (a|an) [bit|little] (overprotective|overbearing|paranoid|anxious|neurotic|helicopter|nosy|nervous) @word',
    '(i|we) (am|are) [{HEDGE}] [just|only] (noise|clutter|a nuisance|out of my depth|in over my head|way out of my depth)',
    '(i|we) (am|are) {HEDGE} [just] missing something (obvious|simple|basic)',
  ],
  /** "I may be wrong, but…": flagged only before a claim about the writer or an ask. */
  mayBeWrong: ['(i|we) (may|might|could) [well|very well|totally|easily|of course|also] be (wrong|mistaken|off base|missing something)'],
  /** "I know I'm probably not the strongest candidate", "probably not what you had in mind". */
  notBest: [
    'i (am|was|may|might|will|would) [{HEDGE}|admittedly|obviously|clearly|certainly|realistically] (not|never) [going to] [be] (the|a|an|your) [very] (best|strongest|most @word|best-qualified|ideal|perfect|smartest|brightest|greatest|top|first choice|obvious choice|likeliest|best-suited|flashiest|shiniest) [@word]',
    '(i am|and) {HEDGE} not [exactly|quite] what you (had in mind|have in mind|are looking for|were looking for|expected|were expecting)',
    '(mine|my (work|portfolio|pitch|application|resume|cv|experience|background|writing|draft|design|designs|code|story|essay|thesis|paper|idea|ideas|proposal|profile|submission|sample|samples|art|artwork|photos|photography|music|demo|skills|english)) [{HEDGE}] (is|are) [{HEDGE}] (not|nothing) [that|very|all that|particularly|too|so|especially|really|super|terribly] (special|great|good|impressive|interesting|exciting|strong|polished|original|remarkable|amazing|stellar|outstanding|spectacular)',
    '(i feel like|i think|i know|i suspect|i am sure|i worry|i fear|i am afraid) [that] (it|this|mine) (is|are) {HEDGE} not (very|that|all that|particularly|too|so|super|terribly) (good|great|impressive|polished|strong|special|interesting)',
  ],
  /** "I'm just a freelancer", "I'm only a second-year student", "we're just a tiny team". */
  justA: [
    'i am [really|honestly|admittedly|basically] (just|only|merely|simply|nothing but|nothing more than) (a|an|one) [{MOD}] [{MOD}] {ROLE}',
    'i am [just|only|really] (a nobody|nobody special|nobody important|no one special|no one important)',
    'we are [really|honestly|basically] (just|merely|nothing but) (a|an|one) (small|tiny|little|humble|lowly|one-person|two-person|three-person|family-run|mom-and-pop|small-town|no-name) [{MOD}] {ROLE}',
  ],
  /** "You probably don't remember me". */
  remember: [
    'you [have] (probably|likely|most likely|prob|surely|almost certainly|undoubtedly) (do not|will not|would not|did not|can not|no longer) [even] (remember|recall|recognise|recognize) (me|who i am|my name)',
    'you [have] (probably|likely|most likely|prob|surely|almost certainly) (forgotten|forgot) (me|about me|who i am|my name)',
    '(i doubt|i am sure|no doubt|i bet|i imagine|i assume) [that] you (do not|will not|would not|did not|can not|no longer) [even] (remember|recall|recognise|recognize) (me|who i am|my name)',
    'i doubt [that] you [would|will|even|still] (remember|recall) (me|who i am|my name)',
    'you [probably|likely|most likely] (have|had) no (idea|clue) who i am',
  ],
  /** "You might not remember me": flagged only with no anchor of where you met in the sentence. */
  mayNotRemember: ['you (may|might) not [even] (remember|recall|recognise|recognize) (me|who i am|my name)'],
  /** "I'm sure you get hundreds of better pitches", "I know you're probably getting hundreds of pitches like this". */
  sureYouGet: [
    '{SURE} [that] you [are|were] [probably|likely|must|already|surely] [be] (get~|receive~|see~|have|have got|hear~ from|deal~ with|swamped with|flooded with|inundated with|buried in|drowning in) … […] {BETTER} [@word]',
    '{SURE} [that] there (are|will be|must be|have been|were) … {BETTER} [@word]',
    '{SURE} [that] you [are|were] [probably|likely|must|already|surely] [be] (get~|receive~|see~|hear~ from|deal~ with) (hundreds|thousands|dozens|tons|loads|lots|a ton|a lot|so many|a million|countless|plenty|heaps|a bunch|a flood|piles) … (like (this|this one|mine|me|ours)|just like (this|mine))',
  ],
  /** "You probably have far more important things to do". */
  betterThings: [
    'you [probably|likely|must|surely|certainly] [already] (have|have got|got) [so many|far|much|way|a lot|a million|plenty of|lots of|tons of|a lot of] (more important|better|bigger|more pressing|more urgent) things',
  ],
  /** "students much more qualified than me". */
  thanMe: [
    '[much|far|way|a lot|so much|infinitely|many times] (more (qualified|experienced|talented|skilled|accomplished|impressive|deserving|established|polished|senior)|better (qualified|suited|candidates|applicants|people|writers|designers|options)) than (me|i am|mine|myself|i)',
  ],
  /** "I don't have much experience, but…". */
  experience: [
    '[i know|i realize|i realise|admittedly|i am aware|granted|i understand] [,] (i|we) (do not|did not) have (much|a lot of|a ton of|any|enough|tons of|that much|lots of|a great deal of|loads of|very much|a lot in the way of) [{EXPERIENCE_ADJ}] experience',
    '[i know|i realize|i realise|admittedly|i am aware|granted|i understand] [,] (i|we) have (little|very little|limited|no|zero|not much|hardly any|barely any) [{EXPERIENCE_ADJ}] experience',
    '[i know|i realize|i realise|admittedly|i am aware|granted|i understand] [,] i am [still] [very|pretty|quite|fairly|so|really] (inexperienced|new to all this|new to all of this|green)',
  ],
  /** "I'm not sure I'm qualified", "Honestly, I'm not sure I was the right fit". */
  qualified: [
    '(i am not sure|i am unsure|i do not know|i doubt|i am not certain|not sure|i am not convinced|i wonder|i do not think|i am not confident) [if|whether|that] i (am|was|would be|will be|could be|am really|am even|really am|would ever be) [really|even|actually|truly|fully|ever] (qualified|good enough|the right fit|a good fit|the best fit|a strong fit|a great fit|experienced enough|smart enough|senior enough|skilled enough|worthy|worth your time|the right person|the right candidate|what you are looking for|cut out for|up to (it|the task|the job|this))',
  ],
  /** "Forgive my ignorance", "Sorry for the silly question". */
  ignorance: [
    '(forgive|pardon|excuse) [me for] [my|the|this] (ignorance|naivety|naivete|inexperience|lack of (knowledge|experience|expertise|understanding)|{QADJ} (question|questions|q))',
    '(sorry|apologies) (for|about) (my|the|this) (ignorance|naivety|naivete|inexperience|{QADJ_STRONG} (question|questions|q))',
  ],
  /** "I know it's not much", "I know it's a small order", "probably not a priority". */
  notMuch: [
    'i know (this|it|that|mine) is (not|not very|nothing) (much|a lot|big|a big deal|special|impressive|fancy)',
    'i know … (is|are) (not|probably not|hardly) [really|exactly] (a big deal|a huge deal|that important|very important|much)',
    'i know (it|this|mine|ours|my @word|our @word) is (a|just a|only a|such a|a pretty|a very|a relatively) (small|tiny|little|minor|modest) (order|request|thing|project|account|job|ask|client|business|deal|contract|company|shop|amount|matter|issue|one)',
    '(probably|likely) (not|nothing) (a|your|much of a|high on your|at the top of your) [big|high|top] (priority|big deal|list)',
  ],
  /** "It's not much, but it works." */
  notMuchShort: ['(this|it|mine) is not much'],
  /** "Feel free to ignore this", "ignore me", "not worth your time". */
  ignore: [
    'feel free to [just|simply|totally|completely] (ignore|disregard|delete|bin|trash|skip) (this|me|it|my (email|message|note|request|mail)|this (email|message|note|one|mail))',
    '(please|just|you can|totally fine to|happy for you to|okay to|ok to|fine to) [just|simply|totally] ignore me',
    '^ ignore me',
    'not [be|seem|really|even] worth your [valuable|precious] (time|while|attention|trouble)',
  ],
  /** "I probably rambled", "Sorry if this is rambling", "sorry for the long email". */
  ramble: [
    'i [kind of|sort of|really|honestly|definitely] [know|think|feel like|suspect|worry|fear|am afraid|am sure|realize|realise] [that] i [probably|maybe|might have|may have|definitely|totally|kind of|sort of|really|completely|rather|must have] (rambled|babbled|talked too much|went on too long|went on a bit|went off on a tangent|was rambling|was babbling|sounded (nervous|awkward|stupid|silly|dumb|unprepared|scattered|incoherent)|came across as (nervous|awkward|unprepared|scattered))',
    '(sorry|apologies|apologize|apologise) (for|about) [all] (the|my|this|such a) [super|very|really|rather|bit of a|long] (rambling|ramble|rant|babbling|long email|lengthy email|long message|lengthy message|long note|novel|essay|wall of text)',
    '(sorry|apologies) (if|that) (this|it|my @word|that|i) (is|was|am|sounds|got|gets) [a bit|a little|too|so|rather|very|kind of|sort of] (rambling|rambly|long-winded|long|all over the place|scattered|incoherent|confusing)',
    'i am [just] (rambling|babbling)',
  ],
  /** "too busy for someone like me". */
  likeMe: [
    '(for|to|on|with|answer|answering|consider|considering|hire|hiring|help|helping|notice|about|from|of) (someone|somebody|a person) like me',
  ],
  /** "I'm not great with this kind of thing", "I'm hopeless at this". */
  notGoodAt: [
    'i am [really|honestly|admittedly|just|definitely|totally|so|pretty|quite] (not|no) (great|good|very good|the best|brilliant|savvy|tech-savvy|very tech-savvy|much of an expert|very experienced) (at|with) {THING}',
    'i am [really|honestly|admittedly|just|definitely|totally|so|pretty|completely] (terrible|awful|hopeless|useless|rubbish|bad|the worst|clueless|dreadful) (at|with|about) {THING}',
  ],
};

const QUESTION_WORDS = [
  'stupid',
  'silly',
  'dumb',
  'naive',
  'daft',
  'idiotic',
  'newbie',
  'noob',
  'rookie',
  'basic',
  'obvious',
  'elementary',
  'ignorant',
];
const I_WE = ['i', 'we'];
const pairs = (firsts: readonly string[], seconds: readonly string[]) => firsts.flatMap((a) => seconds.map((b) => `${a} ${b}`));
const SUPERLATIVE = [
  'best',
  'strongest',
  'most',
  'best-qualified',
  'ideal',
  'perfect',
  'smartest',
  'brightest',
  'greatest',
  'top',
  'first',
  'obvious',
  'likeliest',
  'best-suited',
  'flashiest',
  'shiniest',
];
const PRAISE = [
  'special',
  'great',
  'good',
  'impressive',
  'interesting',
  'exciting',
  'strong',
  'polished',
  'original',
  'remarkable',
  'amazing',
  'stellar',
  'outstanding',
  'spectacular',
];
const BAD_AT = ['terrible', 'awful', 'hopeless', 'useless', 'rubbish', 'bad', 'worst', 'clueless', 'dreadful'];

/**
 * Cheap gates: a family's patterns run only on sentences that hold at least one key of each
 * of its lists. A key is a normalised token or two adjacent ones ("not the"). The first
 * lists are the rarest; together they are the rule's trigger.
 */
export const FAMILY_GATES: Record<keyof typeof SELF_PATTERNS, readonly (readonly string[])[]> = {
  expert: [['expert', 'experts', 'pro', 'guru']],
  question: [QUESTION_WORDS],
  questionBe: [QUESTION_WORDS],
  wrong: [
    [
      'wrong',
      'mistaken',
      'off base',
      'overthinking',
      'over-thinking',
      'overanalyzing',
      'overanalysing',
      'overreacting',
      'over-reacting',
      'being',
      'noise',
      'clutter',
      'nuisance',
      'my depth',
      'my head',
      'missing something',
    ],
    I_WE,
  ],
  mayBeWrong: [['be wrong', 'be mistaken', 'off base', 'be missing']],
  notBest: [
    [
      ...pairs(['not', 'never'], ['the', 'a', 'an', 'your', 'be', 'going', 'exactly', 'quite', 'what']),
      ...pairs(
        ['not', 'nothing'],
        ['that', 'very', 'all', 'particularly', 'too', 'so', 'especially', 'really', 'super', 'terribly', ...PRAISE],
      ),
    ],
    [...SUPERLATIVE, ...PRAISE, 'mind', 'looking', 'expected', 'expecting'],
    ['i', 'mine', 'my', 'and'],
  ],
  justA: [
    [
      ...pairs(['am'], ['just', 'only', 'merely', 'simply', 'nothing', 'nobody', 'no', 'really', 'honestly', 'admittedly', 'basically']),
      'a nobody',
      ...pairs(['are'], ['just', 'merely', 'nothing', 'really', 'honestly', 'basically']),
    ],
  ],
  remember: [
    [
      ...pairs(['remember', 'recall', 'recognise', 'recognize', 'forgotten', 'forgot'], ['me', 'who', 'my', 'about']),
      'idea who',
      'clue who',
    ],
  ],
  mayNotRemember: [pairs(['remember', 'recall', 'recognise', 'recognize'], ['me', 'who', 'my']), ['may', 'might']],
  sureYouGet: [
    pairs(
      [
        'sure',
        'know',
        'imagine',
        'bet',
        'realize',
        'realise',
        'understand',
        'assume',
        'doubt',
        'suspect',
        'certain',
        'guess',
        'course',
        'surely',
      ],
      ['you', 'that', 'there'],
    ),
    ['better', 'stronger', 'more', 'better-qualified', 'higher-profile', 'like'],
  ],
  betterThings: [['important things', 'better things', 'bigger things', 'pressing things', 'urgent things'], ['you']],
  thanMe: [
    ['than me', 'than i', 'than mine', 'than myself'],
    ['more', 'better'],
  ],
  experience: [['experience', 'inexperienced', 'new to', 'green'], I_WE],
  qualified: [
    ['not sure', 'am unsure', 'not know', 'i doubt', 'not certain', 'not convinced', 'i wonder', 'not think', 'not confident'],
    ['qualified', 'enough', 'fit', 'worthy', 'worth', 'person', 'candidate', 'looking', 'cut', 'up'],
  ],
  ignorance: [
    ['ignorance', 'naivety', 'naivete', 'inexperience', 'lack of', ...QUESTION_WORDS],
    ['forgive', 'pardon', 'excuse', 'sorry', 'apologies'],
  ],
  notMuch: [
    ['i know', 'probably not', 'likely not', 'probably nothing', 'likely nothing'],
    [
      'much',
      'big',
      'deal',
      'important',
      'small',
      'tiny',
      'little',
      'minor',
      'modest',
      'priority',
      'list',
      'lot',
      'special',
      'impressive',
      'fancy',
    ],
  ],
  notMuchShort: [['not much'], ['this', 'it', 'mine']],
  ignore: [['free to', 'ignore me', 'worth your']],
  ramble: [
    [
      'rambled',
      'babbled',
      'talked too',
      'went on',
      'went off',
      'sounded',
      'came across',
      'rambling',
      'ramble',
      'rant',
      'babbling',
      'long email',
      'lengthy email',
      'long message',
      'lengthy message',
      'long note',
      'novel',
      'essay',
      'wall of',
      'rambly',
      'long-winded',
      'the place',
      'scattered',
      'incoherent',
      'confusing',
      ...pairs(['so', 'too', 'bit', 'little', 'rather', 'very', 'is', 'was', 'gets', 'got', 'of'], ['long']),
    ],
    ['i', 'sorry', 'apologies', 'apologize', 'apologise'],
  ],
  likeMe: [['like me'], ['someone', 'somebody', 'person']],
  notGoodAt: [
    [
      ...pairs(['not', 'no'], ['great', 'good', 'very', 'the', 'brilliant', 'savvy', 'tech-savvy', 'much']),
      ...pairs(BAD_AT, ['at', 'with', 'about']),
      ...pairs(['the'], ['worst']),
    ],
    ['am'],
  ],
};

/** An anchor of the last contact: "…, but we met at the career fair on May 4". */
export const ANCHOR_AFTER =
  / (?:we|i) (?:met|spoke|talked|chatted|connected|worked|sat)\b| from (?:the|our|your|last)\b| at the\b| (?:last|this past) (?:week|month|year|spring|summer|fall|autumn|winter)\b/;

/** Scoping that hands the topic to someone else: "I'm no tax expert, so I'd bring in our accountant". */
export const DELEGATION =
  / (?:so|which is why|that is why|hence|and)(?: [\w'-]+){0,6}? (?:i|we) (?:would|will|have|had|am|are|can|should|'d)?(?: (?:rather|better|happily|gladly|just|usually|always))? ?(?:bring|brought|loop|looping|looped|ask|asking|asked|cc|cced|copied|copy|copying|defer|deferring|involve|involving|involved|forward|forwarding|forwarded|rely|relying|pass|passing|passed|consult|consulting|consulted|hand|handing|handed|include|including|included|add|adding|added|leave|leaving|left|let|letting|get|getting|route|routing|routed|refer|referring|referred|point|pointing|pointed|check|checking|checked)\b| so (?:our|my|the|your) [\w-]+(?: [\w-]+)? (?:will|would|can|should|is going to|handles|owns|is)\b| (?:person|one|people) to (?:ask|answer|talk|speak|contact|reach|help|handle|decide|approve|sign|review|weigh)\b/;

/** Conditions and questions before the match: "if I'm wrong", "even if I'm not the strongest". */
export const CONDITION_BEFORE = / (?:if|whether|unless|in case|what if) $/;

/** "I may be wrong, but I think I could help / is the role open?": a claim about the writer or an ask. */
export const VALUE_OR_ASK =
  /^(?: here| about (?:this|that|it)| on (?:this|that))?(?: ,)? (?:but|though|however)(?: ,)? (?:(?:i|we) (?:think|believe|feel|reckon|suspect) (?:that )?)?(?:(?:i|we) (?:would|could|can|will|am|are|have|bring|might|may|really)\b|(?:my|our) |(?:is|are|could|would|can|do|does|did|will|have|has|any|what|when|how|should|may)\b)/;

/** "wrong about the date": a concrete verification, not self-abasement. */
export const CONCRETE_ABOUT = / (?:about|on|re|regarding|with) (?!this\b|that\b|it\b|all\b|everything\b|here\b)/;

/** "feel free to ignore this if you've already paid": a moot reminder, not self-abasement. */
export const ALREADY_DONE =
  / already (?:paid|sent|replied|responded|done|submitted|signed|settled|taken care|scheduled|booked|received|handled|completed|returned|registered|renewed|ordered|transferred)| (?:have|has) (?:paid|sent|replied|responded|submitted|signed|settled|received|handled|completed|returned|transferred)| (?:by mistake|in error|wrong person|not the right person|not relevant to you)/;

/** Comparatives about knowledge are deference, not self-abasement: "you have a better sense of the budget". */
export const KNOWLEDGE_AFTER =
  /^ (?:sense|view|idea|understanding|handle|grasp|read|picture|feel|insight|overview|perspective|visibility|knowledge|eye|judge|judgment|judgement|instinct|feel)\b/;

/** What may follow a self-judgement that closes the clause: "I'm probably wrong, but", "…not very good yet." */
export const CLAUSE_END =
  /^(?: (?:here|yet|enough|though|anyway|either|lol|haha|honestly|tbh|really|at all|so far|on this|about this|about that|about it))*(?: [,.;:!?…)—–-]| but\b| and\b| so\b| though\b|$)/;
