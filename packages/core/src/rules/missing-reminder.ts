import { ruleDocsUrl } from '../docs-url.js';
import { matchCase } from '../fix.js';
import type { PlaceholderKind } from '../parse/placeholders.js';
import { defineRule, type RuleContext, type Sentence } from '../rule.js';
import { toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import {
  ADDRESS,
  AMOUNTS,
  CODE,
  COUNTED,
  DATE_FORM,
  EVENT_WORDS,
  GENERIC_MODIFIERS,
  GENERIC_NOUNS,
  MONTH,
  NAMED_PHRASE,
  NOT_NAMES,
  OFFERED_ACTIONS,
  PHRASE_STOP,
  POSSESSIVE_NAME,
  QUALIFIED_ARTIFACTS,
  ROLE_AT_ORG,
  ROLE_TITLE,
  WEEKDAY,
} from './missing-reminder.phrases.js';

const offered = compilePatterns(OFFERED_ACTIONS, VOCAB);
const artifact = compilePatterns(QUALIFIED_ARTIFACTS, VOCAB);
const FILE_NAME = /\b[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|key|pages|numbers|png|jpe?g|gif|zip|csv|txt|md|fig|sketch|mp4|mov)\b/i;
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|pptx?|key|pages|numbers|png|jpe?g|gif|zip|csv|txt|md|fig|sketch|mp4|mov)\b/i;
const DIGIT = /\p{N}/u;
const POSSESSIVE_S = /['’]s /;
const CLOSE_FRAME =
  / (?:prefer|like|want) (?:me )?(?:to )?(?:i )?stop (?:following up|reaching out|emailing|writing)| close (?:the|your|my) (?:file|loop)| closing the loop| so be it| (?:assume|take it) (?:that )?(?:you are|the timing|now is|this is) (?:not|no longer)| (?:this|it) is my last/;

type WeakKind = 'person' | 'org' | 'role' | 'date' | 'event' | 'name' | 'item' | 'generic';

/** Evidence that the message names what it is about. */
class Anchors {
  strong = 0;
  readonly weak = new Set<WeakKind>();
  get satisfied(): boolean {
    return this.strong > 0 || this.weak.size >= 2;
  }
}

function placeholderAnchor(kind: PlaceholderKind, anchors: Anchors): void {
  if (kind === 'artifact') anchors.strong++;
  else if (kind === 'person' || kind === 'org' || kind === 'role' || kind === 'date' || kind === 'event' || kind === 'generic')
    anchors.weak.add(kind);
}

export default defineRule({
  meta: {
    id: 'missing-reminder',
    category: 'specificity',
    description: 'Flags follow-ups that never name the specific offer, ask or item they follow up on.',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('missing-reminder'),
    appliesTo: ['follow-up', 'thank-you', 'close'],
    messages: {
      'follow-up': () => 'This follow-up never names what it follows up on: remind them of the specific offer, role, item or date.',
      'thank-you': () => 'This note names nothing specific: mention what you talked about or what they offered, so it stands out.',
      close: () => 'Consider naming what you discussed, so the reader knows which thread you are closing.',
    },
  },
  create(context) {
    const { document, classification } = context;
    return {
      message() {
        const greeting = document.greeting;
        const signature = document.signature;
        const outside = (start: number, end: number) =>
          !(greeting && start < greeting.end && end > greeting.start) && !(signature && start < signature.end && end > signature.start);
        const body = context.sentences.filter((s) => outside(s.start, s.end) || (greeting && s.end > greeting.end));
        if (body.length === 0) return;

        const anchors = new Anchors();
        for (const p of document.placeholders) {
          if (p.kind === 'control' || !outside(p.start, p.end)) continue;
          placeholderAnchor(p.kind, anchors);
        }
        for (const link of document.links) if (outside(link.start, link.end)) anchors.strong++;

        let closeFrame = false;
        const deferred: Deferred[] = [];
        for (const s of body) {
          const norm = s.norm.text;
          if (CLOSE_FRAME.test(norm)) closeFrame = true;
          if (anchors.satisfied) continue;
          const later = cheapAnchors(s, anchors, greeting?.end ?? -1, document.masked);
          if (later) deferred.push(later);
          // A person placeholder with an offer verb ("the intro to [NAME OF FRIEND]") is a strong anchor.
          offered.lastIndex = 0;
          if (
            document.placeholders.some((p) => p.kind === 'person' && outside(p.start, p.end) && p.start >= s.start && p.end <= s.end) &&
            offered.test(norm)
          ) {
            anchors.strong++;
          }
        }
        for (const later of deferred) {
          if (anchors.satisfied) break;
          nameAnchors(later, anchors, document.source);
        }
        // compromise runs only where it can still decide the outcome, on short windows.
        let budget = NLP_BUDGET;
        for (const later of deferred) {
          if (anchors.satisfied || budget <= 0) break;
          budget -= nlpAnchors(later, anchors, context.nlp);
        }
        if (anchors.satisfied) return;

        const first = body[0] as Sentence;
        const start = greeting && first.start < greeting.end ? greeting.end : first.start;
        const type = classification.type;
        const severity = type === 'follow-up' && !closeFrame ? 'warning' : 'info';
        const messageId = type === 'thank-you' ? 'thank-you' : type === 'close' || closeFrame ? 'close' : 'follow-up';
        const rangeStart = start + (/^[\s,;:!.—–-]*/.exec(document.source.slice(start, first.end))?.[0].length ?? 0);
        if (rangeStart >= first.end) return;
        context.report({
          start: rangeStart,
          end: first.end,
          messageId,
          severity,
          suggestions: suggestionsFor(document.source, rangeStart, first.end, type),
        });
      },
    };
  },
});

/** Prepositions and verb-like words that end a noun phrase. */
const PHRASE_END = new Set(
  'at on in for to from with about of and or but is was are were has have had that which who you i we by'.split(' '),
);

/** A phrase like "the Mapleton Library website" or "the Helix intro": a named, specific item. */
function hasNamedPhrase(text: string): boolean {
  NAMED_PHRASE.lastIndex = 0;
  for (let m = NAMED_PHRASE.exec(text); m !== null; m = NAMED_PHRASE.exec(text)) {
    const words = (m[1] ?? '').trim().split(' ');
    // Stop at the first preposition or verb-like word: only the noun phrase counts.
    const phrase: string[] = [];
    for (const w of words) {
      if (PHRASE_END.has(w.toLowerCase())) break;
      phrase.push(w);
    }
    if (phrase.length >= 2 && phrase.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && !/^X[x]*$/.test(w) && !NOT_NAMES.has(w.toLowerCase())))
      return true;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'his', 'her', 'their']);

interface Compound {
  words: string[];
  qualified: boolean;
  /** Range of the phrase (determiner included) in the normalised sentence. */
  normStart: number;
  normEnd: number;
}

/**
 * Compound noun phrases such as "my thesis draft" or "the vendor audit": a determiner, a
 * modifier that is not generic and a head noun that is not generic. `qualified` when a
 * prepositional qualifier follows ("the mentoring circle for first-time managers").
 */
function compoundCandidates(norm: string): Compound[] {
  const words = norm.trim().split(' ');
  const out: Compound[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!DETERMINERS.has(words[i] as string)) continue;
    const phrase: string[] = [];
    let k = i + 1;
    while (
      k < words.length &&
      phrase.length < 4 &&
      /^[\p{L}][\p{L}'-]*$/u.test(words[k] as string) &&
      !PHRASE_STOP.has(words[k] as string)
    ) {
      phrase.push(words[k] as string);
      k++;
    }
    if (phrase.length < 2) continue;
    const head = phrase.at(-1) as string;
    const modifiers = phrase.slice(0, -1);
    if (GENERIC_NOUNS.has(head) || GENERIC_NOUNS.has(head.replace(/s$/, '')) || /(?:ed|ly)$/.test(head)) continue;
    if (!modifiers.some((m) => !GENERIC_MODIFIERS.has(m) && !/(?:ly|est)$/.test(m))) continue;
    const rest = words.slice(k).join(' ');
    const qualified =
      /^(?:for|on|about|regarding|at|with|in) [\p{L}\p{N}]/u.test(rest) &&
      !/^(?:for|about|with|at) (?:you|me|us|it|this|that|your earliest|the moment)\b/.test(rest);
    // Offsets in the normalised text: every token is preceded by one space.
    const normStart = words.slice(0, i).reduce((n, w) => n + w.length + 1, 0);
    const normEnd = normStart + words.slice(i, k).reduce((n, w) => n + w.length + 1, 0);
    out.push({ words: phrase, qualified, normStart, normEnd });
  }
  return out;
}

/** compromise confirms a candidate: the head is a noun and the modifiers are nouns or adjectives, not verbs. */
function isNounPhrase(view: ReturnType<RuleContext<string>['nlp']>, words: string[]): boolean {
  // The tagged terms themselves (compromise's documented `docs`), not a JSON copy of them.
  const tags = new Map<string, ReadonlySet<string>>();
  for (const doc of view.docs) for (const term of doc) tags.set(term.normal, term.tags ?? NO_TAGS);
  const head = tags.get(words.at(-1) as string) ?? NO_TAGS;
  if (!head.has('Noun') || head.has('Pronoun')) return false;
  return words.slice(0, -1).every((w) => {
    const t = tags.get(w) ?? NO_TAGS;
    return (t.has('Noun') || t.has('Adjective')) && !t.has('Verb');
  });
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** Work left for compromise: compound candidates and capitalised names in one sentence. */
interface Deferred {
  sentence: Sentence;
  compounds: { words: string[]; qualified: boolean; start: number; end: number }[];
  names: { start: number; end: number }[];
  roleTitle: boolean;
}

const NLP_BUDGET = 3;
const ROLE_NOUN = / (?:role|position|job|opening|vacancy|internship|post|opportunity|gig|contract|assignment)(?= |$)/;
const NAME_RUN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|&|of|de|van|von))*/gu;

/** Everything that needs no NLP; returns what compromise might still settle. */
function cheapAnchors(s: Sentence, anchors: Anchors, greetingEnd: number, masked: string): Deferred | undefined {
  const norm = s.norm.text;
  offered.lastIndex = 0;
  artifact.lastIndex = 0;
  const from = greetingEnd > s.start && greetingEnd < s.end ? greetingEnd : s.start;
  const text = masked.slice(from, s.end);
  // Cheap necessary conditions first: amounts, codes and street numbers need a digit, a file
  // name its extension, a possessive its "'s".
  const digit = DIGIT.test(norm);
  if (
    offered.test(norm) ||
    artifact.test(norm) ||
    (digit && AMOUNTS.test(norm)) ||
    (FILE_EXTENSION.test(text) && FILE_NAME.test(text)) ||
    (digit && CODE.test(text)) ||
    (POSSESSIVE_S.test(text) && POSSESSIVE_NAME.test(text)) ||
    (digit && ADDRESS.test(text)) ||
    COUNTED.test(norm) ||
    hasNamedPhrase(text)
  ) {
    anchors.strong++;
    return undefined;
  }
  const date = MONTH.test(norm) || WEEKDAY.test(norm) || DATE_FORM.test(norm);
  const event = EVENT_WORDS.test(norm);
  if (date && event) anchors.strong++;
  if (date) anchors.weak.add('date');
  if (event) anchors.weak.add('event');
  const roleTitle = ROLE_NOUN.test(norm) && ROLE_TITLE.test(norm);
  if (roleTitle) anchors.weak.add('role');
  if (ROLE_AT_ORG.test(norm) && /\b(?:at|with) \p{Lu}/u.test(text)) {
    anchors.strong++;
    return undefined;
  }

  const names: { start: number; end: number }[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m !== null; m = NAME_RUN.exec(text)) {
    const words = m[0].split(/\s+/);
    const first = words[0] as string;
    const atStart = /^[\s"'“‘(]*$/.test(text.slice(0, m.index)) || /[.!?:]\s*$/.test(text.slice(0, m.index));
    if (/^X[x]*$/.test(first) || NOT_NAMES.has(first.toLowerCase().replace(/[.,]$/, ''))) continue;
    if (atStart && words.length === 1) continue;
    // Emphasis, not a name: a quoted word, or one after an article or a copula ("a YES is Great").
    if (/(?:["“”'‘’]|\b(?:a|an|is|are|was|be|so|very|really))\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "at Acme", "with Northwind": an organisation without asking compromise.
    if (/\b(?:at|with|from|for|joined|joining)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      anchors.weak.add('org');
      if (roleTitle) anchors.strong++;
      continue;
    }
    names.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  const compounds = compoundCandidates(norm).map((c) => {
    const { start, end } = toSource(s.norm, c.normStart, c.normEnd);
    return { words: c.words, qualified: c.qualified, start, end };
  });
  if (names.length === 0 && compounds.length === 0) return undefined;
  return { sentence: s, compounds, names, roleTitle };
}

/** Confirms compound candidates with compromise; returns how many calls it made. */
function nlpAnchors(d: Deferred, anchors: Anchors, nlp: RuleContext<string>['nlp']): number {
  let calls = 0;
  for (const c of d.compounds) {
    if (anchors.satisfied || (!c.qualified && anchors.weak.has('item'))) continue;
    calls++;
    if (!isNounPhrase(nlp(d.sentence, c.start, c.end), c.words)) continue;
    if (c.qualified) anchors.strong++;
    else anchors.weak.add('item');
  }
  return calls;
}

const ORG_WORDS =
  /\b(?:Inc|LLC|Ltd|Corp|Co|Company|Group|GmbH|AG|SA|University|College|School|Academy|Bank|Labs?|Systems|Technologies|Tech|Press|Foundation|Institute|Agency|Studio|Studios|Partners|Capital|Ventures|Health|Hospital|Clinic|Council|Department|Ministry|Association|Society|Club|Cafe|Café|Bakery|Restaurant|Hotel|Library|Museum|Church|Centre|Center)\b/;

/** Names typed by shape: "Acme Labs" is an organisation, "Maria Lopez" a person, "Priya" a name. */
function nameAnchors(d: Deferred, anchors: Anchors, source: string): void {
  for (const n of d.names) {
    const name = source.slice(n.start, n.end);
    if (ORG_WORDS.test(name) || /^\p{Lu}{2,}$/u.test(name)) anchors.weak.add('org');
    else if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+$/u.test(name)) anchors.weak.add('person');
    else anchors.weak.add('name');
    if (anchors.satisfied) return;
  }
}

function suggestionsFor(source: string, start: number, end: number, type: string): Suggestion[] {
  const sentence = source.slice(start, end);
  const template =
    type === 'thank-you'
      ? 'Thanks again for [what they offered or what you discussed]; I especially appreciated [one specific point].'
      : 'Following up on [the specific offer or ask] from [date or event].';
  const bare =
    /^(?:(?:just|hi|hey|so)\b[\s,]*)*(?:checking in|following up|touching base|circling back|bumping|any (?:update|news|thoughts)|wanted to)/i.test(
      sentence,
    );
  return [
    {
      description: 'Name the offer or ask you are following up on',
      safe: false,
      edits: bare ? [{ start, end, text: matchCase(sentence, template) }] : [{ start, end: start, text: `${template} ` }],
    },
  ];
}
