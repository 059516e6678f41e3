import type { Sentence } from '../rule.js';
import { toSource } from '../text/normalize.js';
import type { Finding } from '../types.js';

/**
 * Politeness strategies (RULES.md §0.6, after P-DNM and P-BL), detected on the normalised
 * sentences (lower case, contractions expanded, one space before every token). Each strategy
 * counts once per message: the tone report says which devices the writer used, not how often.
 */
export type ToneStrategy =
  | 'gratitude'
  | 'deference'
  | 'greeting'
  | 'by-the-way'
  | 'please'
  | 'could-would-you'
  | 'can-will-you'
  | 'apology'
  | 'hedge'
  | 'asks-opinion'
  | 'first-person-start'
  | 'specific-reference'
  | 'positive-wording'
  | 'second-person-start'
  | 'obligation'
  | 'factuality'
  | 'direct-question'
  | 'why-question'
  | 'direct-start'
  | 'imperative'
  | 'rhetorical-question'
  | 'insistence'
  | 'challenge'
  | 'disagreement'
  | 'negative-wording'
  | 'blame'
  | 'pressure';

/** Where a strategy showed: a range of the original text. */
export interface StrategyHit {
  strategy: ToneStrategy;
  start: number;
  end: number;
}

/** Every combination of the alternatives: `expand('i', ['do not', 'can not'], 'see')`. */
const expand = (...parts: (string | readonly string[])[]): string[] =>
  parts.reduce<string[]>(
    (acc, part) => acc.flatMap((head) => (typeof part === 'string' ? [part] : part).map((p) => `${head} ${p}`.trim())),
    [''],
  );

const GOOD = [
  'great',
  'good',
  'nice',
  'excellent',
  'impressive',
  'fantastic',
  'wonderful',
  'brilliant',
  'awesome',
  'terrific',
  'superb',
  'outstanding',
];
const WORK = [
  'work',
  'job',
  'edit',
  'edits',
  'article',
  'articles',
  'point',
  'points',
  'catch',
  'idea',
  'ideas',
  'question',
  'contribution',
  'contributions',
  'writing',
  'post',
  'talk',
  'presentation',
  'research',
  'analysis',
  'suggestion',
  'summary',
  'insight',
  'insights',
];
const IMPERATIVE_VERBS = [
  'see',
  'stop',
  'tell',
  'give',
  'do not',
  'check',
  'read',
  'explain',
  'answer',
  'reply',
  'respond',
  'send',
  'fix',
  'remove',
  'add',
  'make',
  'get',
  'go',
  'take',
  'put',
  'keep',
  'leave',
  'note',
  'consider',
  'use',
  'try',
  'provide',
  'revert',
  'undo',
  'quit',
  'cease',
  'show',
  'find',
  'write',
  'call',
  'change',
  'update',
  'move',
  'delete',
  'review',
  'look at',
  'refrain',
  'avoid',
  'discuss',
  'state',
  'cite',
  'sign',
  'calm',
];

/** Phrases matched anywhere in a sentence, as whole tokens. */
const ANYWHERE: Partial<Record<ToneStrategy, readonly string[]>> = {
  gratitude: ['thanks', 'thank you', 'thank', 'thx', 'appreciate', 'appreciated', 'appreciative', 'grateful', 'thankful'],
  deference: [...expand(GOOD, WORK), 'impressed', 'kudos', 'congratulations', 'congrats'],
  'by-the-way': ['by the way', 'btw', 'incidentally', 'on another note', 'on another subject', 'on a different note', 'as an aside'],
  please: ['please', 'pls', 'plz'],
  'could-would-you': [
    'may i ask',
    'might i ask',
    'may i suggest',
    'might i suggest',
    'could you',
    'would you',
    'could i ask you',
    'would it be possible',
    'would it be ok',
    'would it be okay',
    'would it be alright',
    'do you mind',
    'if you could',
    'if you would',
    'might you',
  ],
  'can-will-you': ['can you', 'will you'],
  apology: [
    'sorry',
    'apologise',
    'apologize',
    'apologies',
    'apology',
    'apologising',
    'apologizing',
    'forgive me',
    'excuse me',
    'pardon me',
    'my bad',
    'my mistake',
  ],
  hedge: [
    'i think',
    'i believe',
    'i suppose',
    'i guess',
    'i suspect',
    'i wonder',
    'i was wondering',
    'wondering',
    'maybe',
    'perhaps',
    'possibly',
    'probably',
    'presumably',
    'it seems',
    'seems',
    'seem',
    'might',
    'i feel',
    'in my opinion',
    'if possible',
    'if you have time',
    'when you get a chance',
    'when you have a moment',
    'any chance',
    'kind of',
    'sort of',
  ],
  // Involving the reader (P-BL's positive politeness: seek agreement, ask their view).
  'asks-opinion': [
    'what do you think',
    'what are your thoughts',
    'your thoughts',
    'any thoughts',
    'do you think',
    'your opinion',
    'your view',
    'your views',
    'your input',
    'your advice',
    'any advice',
    'any suggestions',
    'any ideas',
    'does that sound',
    'does this sound',
    'does that make sense',
    'how does that sound',
  ],
  'positive-wording': [
    'no worries',
    'no problem',
    'sounds good',
    'sounds fine',
    'sounds great',
    'fair enough',
    'good point',
    'agreed',
    'glad',
    'happy',
    'pleased',
    'welcome',
    'love',
    'lovely',
    'helpful',
    'hope',
    'hoping',
    'enjoy',
    'enjoyed',
    'pleasure',
    'kind',
    'kindly',
    'wonderful',
    'excellent',
    'fantastic',
    'great',
    'nice',
    'best',
    'cheers',
    'beautiful',
    'amazing',
    'excited',
    'delighted',
    ': )',
    ': - )',
    '; )',
    ': d',
    ': p',
    '( :',
  ],
  obligation: expand('you', ['should', 'must', 'need to', 'needs to', 'have to', 'ought to', 'had better', 'better']),
  factuality: [
    'in fact',
    'actually',
    'really',
    'honestly',
    'surely',
    'obviously',
    'clearly',
    'the fact is',
    'the point is',
    'the truth is',
    'the reality is',
    'of course',
  ],
  'why-question': ['why'],
  challenge: [
    'exactly',
    'seriously',
    'whatever',
    'geez',
    'jeez',
    'come on',
    "for god's sake",
    'for god sake',
    "for heaven's sake",
    'for heaven sake',
    'the hell',
    'no offense',
    'no offence',
    'with all due respect',
    'ever',
  ],
  disagreement: [
    ...expand('i do not', ['think', 'see', 'understand', 'agree', 'get', 'buy', 'accept']),
    ...expand('i can not', ['believe', 'see', 'understand', 'accept']),
    ...expand('i', ['do not', 'can not', 'will not'], 'stand'),
    ...expand('that is not', ['true', 'right', 'correct', 'what']),
    'i disagree',
    'i fail to',
    'i object',
    'i protest',
  ],
  'negative-wording': [
    'wrong',
    'bad',
    'worse',
    'worst',
    'mess',
    'messed',
    'bizarre',
    'ridiculous',
    'absurd',
    'nonsense',
    'stupid',
    'silly',
    'joke',
    'terrible',
    'awful',
    'horrible',
    'pointless',
    'useless',
    'rude',
    'lie',
    'lies',
    'lying',
    'liar',
    'hate',
    'idiot',
    'idiotic',
    'damn',
    'darn',
    'hell',
    'crap',
    'garbage',
    'rubbish',
    'insane',
    'crazy',
    'fail',
    'failed',
    'failing',
    'abuse',
    'abusing',
    'ignore',
    'ignored',
    'ignoring',
    'blame',
    'fault',
    'incompetent',
    'lazy',
    'disgrace',
    'disgraceful',
    'pathetic',
    'unacceptable',
    'annoying',
    'annoyed',
    'weird',
    'odd',
    'strange',
    'sick',
    'tired',
    'fed up',
    'biased',
    'bias',
    'attack',
    'attacking',
    'harass',
    'harassing',
    'harassment',
    'threat',
    'threaten',
  ],
};

/** Phrases that count only where a sentence (or the clause after a salutation) opens. */
const OPENING: Partial<Record<ToneStrategy, readonly string[]>> = {
  deference: [...GOOD, 'interesting', 'cool', 'well done', 'kudos', 'congratulations', 'congrats'],
  greeting: ['hi', 'hello', 'hey', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening', 'howdy', 'hiya'],
  'first-person-start': ['i', 'my', 'mine', 'myself'],
  'second-person-start': ['you', 'your', 'yours', 'yourself'],
  'direct-question': ['what', 'who', 'how', 'where', 'when', 'which'],
  'direct-start': ['so', 'then', 'and', 'but', 'or', 'now', 'well', 'look', 'listen', 'anyway'],
  imperative: [...IMPERATIVE_VERBS, ...expand(['please', 'pls', 'plz'], IMPERATIVE_VERBS)],
};

/** Words that never take part in a phrase of their own: "kind of" is a hedge, not kindness. */
const NOT_BEFORE: Readonly<Record<string, string>> = { kind: 'of' };
/**
 * Words after which a one-word phrase is not the strategy: "explain why", "that is why" and
 * "I wonder why" report a reason rather than challenge one.
 */
const NOT_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  why: new Set([
    'explain',
    'ask',
    'asking',
    'know',
    'wonder',
    'wondering',
    'wondered',
    'understand',
    'see',
    'is',
    'was',
    'reason',
    'that',
    'curious',
    'sure',
    'idea',
    'clue',
    'me',
    'us',
    'unsure',
    'how',
  ]),
};

interface Phrase {
  strategy: ToneStrategy;
  words: readonly string[];
}

/** Phrases keyed by their first word, longest first, so the evidence is the fullest phrase. */
function index(table: Partial<Record<ToneStrategy, readonly string[]>>): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const [strategy, phrases] of Object.entries(table) as [ToneStrategy, readonly string[]][]) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = byFirst.get(words[0] as string) ?? [];
      list.push({ strategy, words });
      byFirst.set(words[0] as string, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const ANYWHERE_INDEX = index(ANYWHERE);
const OPENING_INDEX = index(OPENING);
const SALUTATION = new Set(['hi', 'hello', 'hey', 'dear']);
const ITEM = new Set([
  'edit',
  'edits',
  'change',
  'changes',
  'article',
  'comment',
  'comments',
  'message',
  'email',
  'note',
  'post',
  'question',
  'request',
  'suggestion',
  'proposal',
  'application',
  'invoice',
  'order',
  'interview',
  'meeting',
  'call',
  'conversation',
  'talk',
  'review',
  'report',
  'draft',
  'upload',
  'nomination',
  'contribution',
  'contributions',
  'work',
]);
const ITEM_ALT = [...ITEM].join('|');

/** Detectors that need more than a phrase, each behind a cheap check on the sentence's words. */
const PATTERNS: readonly { strategy: ToneStrategy; when: (words: readonly string[]) => boolean; re: RegExp }[] = [
  {
    // A named item ("your edit to the X article", "the proposal for Acme", "regarding the
    // invoice"): a reminder the reader can act on, not a vague "my application".
    strategy: 'specific-reference',
    when: (w) => w.some((x) => ITEM.has(x) || x === 'regarding' || x === 'concerning' || x === 're'),
    re: new RegExp(
      `( (?:your|my|our|the) (?:recent |last |latest |new |earlier |previous )?(?:${ITEM_ALT}) (?:to|on|about|of|for|regarding|from|at|in|with) (?:the |my |your |our )?[\\p{L}\\p{N}<][\\p{L}\\p{N}<>'.-]*| (?:regarding|concerning|re :)(?: the| your| my| our)? [\\p{L}\\p{N}<][\\p{L}\\p{N}<>'.-]*)`,
      'u',
    ),
  },
  {
    // "Doesn't this count as…?", "…, isn't it?", "…, right?": questions that assert.
    strategy: 'rhetorical-question',
    when: (w) => w.includes('not') || w.includes('right'),
    re: /(^(?: [^\p{L}\p{N}\s])*(?: (?:so|and|but|then|well|oh|um))?(?: ,)? (?:do|does|did|is|are|was|were|can|could|would|will|have|has|should|shall) not (?:you|it|this|that|he|she|they|we|i|there|those|these|anyone|anybody|someone)(?![\p{L}\p{N}'-]))|(,? (?:do|does|did|is|are|was|were|can|could|would|will|have|has|should) not (?:it|you|he|she|they|we|i|there|that) \?| , right \?| right \?$)/u,
  },
  { strategy: 'insistence', when: (w) => w.includes('?') || w.includes('!'), re: /( [?!] [?!])/u },
];

const CATEGORY_STRATEGY: Partial<Record<Finding['category'], ToneStrategy>> = {
  'passive-aggressive': 'blame',
  pushy: 'pressure',
};

/**
 * Finds the politeness strategies of a message: one hit per strategy, the first place it shows.
 * One pass over each sentence's words with a phrase index, so the cost grows with the words, not
 * with the size of the lists. Apologies that a finding calls needless (for the follow-up itself)
 * are not counted as polite: RULES.md §0.6 credits apologising only where it is warranted.
 */
export function detectStrategies(sentences: readonly Sentence[], findings: readonly Finding[]): StrategyHit[] {
  const hits = new Map<ToneStrategy, StrategyHit>();
  const needless = findings.filter((f) => f.ruleId === 'needless-apology' || f.ruleId === 'self-deprecation');
  const record = (sentence: Sentence, strategy: ToneStrategy, from: number, to: number): void => {
    const span = toSource(sentence.norm, from, to);
    if (span.end <= span.start) return;
    if (strategy === 'apology' && needless.some((f) => f.start.offset < span.end && f.end.offset > span.start)) return;
    hits.set(strategy, { strategy, start: span.start, end: span.end });
  };

  for (const sentence of sentences) {
    const text = sentence.norm.text;
    if (text.length === 0) continue;
    // Words of the normalised text; an expanded contraction ("do not") yields two.
    const words = text.slice(1).split(' ');
    for (let i = 0, at = 1; i < words.length; i++) {
      at += scan(ANYWHERE_INDEX, words, i, at, sentence, hits, record) + 1;
    }
    // Openings: after leading punctuation, and again after a salutation ("Hi Anna, you need…").
    let open = 0;
    let at = 1;
    while (open < words.length && isPunctuation(words[open] as string)) at += (words[open++] as string).length + 1;
    if (open < words.length) scan(OPENING_INDEX, words, open, at, sentence, hits, record);
    if (SALUTATION.has(words[open] as string)) {
      const comma = words.indexOf(',', open);
      if (comma > open && comma <= open + 3) {
        let next = open;
        while (next <= comma || (next < words.length && isPunctuation(words[next] as string))) at += (words[next++] as string).length + 1;
        if (next < words.length) scan(OPENING_INDEX, words, next, at, sentence, hits, record);
      }
    }

    for (const pattern of PATTERNS) {
      if (hits.has(pattern.strategy) || !pattern.when(words)) continue;
      const m = pattern.re.exec(text);
      if (!m) continue;
      const evidence = (m[1] ?? m[2] ?? m[0]) as string;
      const from = m.index + m[0].indexOf(evidence);
      record(sentence, pattern.strategy, from, from + evidence.length);
    }
  }

  for (const finding of findings) {
    const strategy = CATEGORY_STRATEGY[finding.category];
    if (strategy && !hits.has(strategy)) hits.set(strategy, { strategy, start: finding.start.offset, end: finding.end.offset });
  }
  return [...hits.values()];
}

/**
 * Records the phrases of `table` that start at word `i` (at normalised offset `at`); returns the
 * word's length so the caller can advance.
 */
function scan(
  table: Map<string, Phrase[]>,
  words: readonly string[],
  i: number,
  at: number,
  sentence: Sentence,
  hits: Map<ToneStrategy, StrategyHit>,
  record: (sentence: Sentence, strategy: ToneStrategy, from: number, to: number) => void,
): number {
  const word = words[i] as string;
  const phrases = table.get(word);
  if (!phrases) return word.length;
  for (const { strategy, words: phrase } of phrases) {
    if (hits.has(strategy) || (strategy === 'greeting' && sentence.index !== 0)) continue;
    // "What do you think?" asks for the reader's view; it is not a point-blank question.
    if (strategy === 'direct-question' && startsPhrase(words, i, 'asks-opinion')) continue;
    let k = 1;
    let to = at + word.length;
    while (k < phrase.length && words[i + k] === phrase[k]) to += (words[i + k++] as string).length + 1;
    if (k < phrase.length) continue;
    if (phrase.length === 1 && NOT_BEFORE[word] === words[i + 1]) continue;
    if (phrase.length === 1 && i > 0 && NOT_AFTER[word]?.has(words[i - 1] as string)) continue;
    record(sentence, strategy, at, to);
  }
  return word.length;
}

/** Whether a phrase of `strategy` (from the anywhere list) starts at word `i`. */
function startsPhrase(words: readonly string[], i: number, strategy: ToneStrategy): boolean {
  return (ANYWHERE_INDEX.get(words[i] as string) ?? []).some((p) => p.strategy === strategy && p.words.every((w, k) => words[i + k] === w));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isPunctuation(word: string): boolean {
  return word.length === 1 && !WORD_CHAR.test(word);
}
