import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn, type PhraseMatch } from '../text/match.js';
import { normalize } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import {
  ALREADY_DONE,
  ANCHOR_AFTER,
  CLAUSE_END,
  CONCRETE_ABOUT,
  CONDITION_BEFORE,
  DELEGATION,
  FAMILY_GATES,
  KNOWLEDGE_AFTER,
  SELF_PATTERNS,
  SELF_VOCAB,
  VALUE_OR_ASK,
} from './self-deprecation.phrases.js';

type Family = keyof typeof SELF_PATTERNS;

const FAMILIES = Object.keys(SELF_PATTERNS) as Family[];
// One regular expression per family: a single one for all of them is too large to run fast.
const PATTERN = new Map<Family, RegExp>(FAMILIES.map((f) => [f, compilePatterns(SELF_PATTERNS[f], SELF_VOCAB)]));
const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regular expression source matching any of `keys` as whole tokens, built as a character
 * trie: a flat alternation of hundreds of keys is tried key by key at every space.
 */
function keysSource(keys: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const c of key) {
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.entries()].map(([c, child]) => escapeRegExp(c) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${branches.length === 1 ? body : branches.join('|')})?`;
  };
  return ` ${emit(root)}(?= |$)`;
}

// Every family needs a key of its first list, so those keys are the trigger.
const TRIGGER = new RegExp(keysSource(FAMILIES.flatMap((f) => FAMILY_GATES[f][0] ?? [])));

// Each (family, key list) pair is a slot; a key lights the slots of the lists it is in.
const SLOTS: { family: number; first: number; count: number }[] = [];
const ONE = new Map<string, number[]>();
const TWO = new Map<string, Map<string, number[]>>();
FAMILIES.forEach((f, family) => {
  const lists = FAMILY_GATES[f];
  const first = SLOTS.length;
  SLOTS.push({ family, first, count: lists.length });
  lists.forEach((keys, k) => {
    for (const key of keys) {
      const [head = '', tail] = key.split(' ');
      let slots: number[];
      if (tail === undefined) {
        slots = ONE.get(head) ?? [];
        ONE.set(head, slots);
      } else {
        const tails = TWO.get(head) ?? new Map<string, number[]>();
        TWO.set(head, tails);
        slots = tails.get(tail) ?? [];
        tails.set(tail, slots);
      }
      if (!slots.includes(first + k)) slots.push(first + k);
    }
  });
  for (let k = 1; k < lists.length; k++) SLOTS.push({ family: -1, first, count: 0 });
});
const lit = new Uint8Array(SLOTS.length);

/** The families whose gates the sentence passes, in declaration order. */
function familiesIn(norm: string): Family[] {
  lit.fill(0);
  let any = false;
  let tails: Map<string, number[]> | undefined;
  for (const token of norm.split(' ')) {
    const one = ONE.get(token);
    const two = tails?.get(token);
    tails = TWO.get(token);
    if (one) for (const slot of one) lit[slot] = 1;
    if (two) for (const slot of two) lit[slot] = 1;
    any ||= one !== undefined || two !== undefined;
  }
  const out: Family[] = [];
  if (!any) return out;
  for (const { family, first, count } of SLOTS) {
    if (family < 0) continue;
    let all = true;
    for (let k = 0; k < count && all; k++) all = lit[first + k] === 1;
    if (all) out.push(FAMILIES[family] as Family);
  }
  return out;
}

/** The earliest surviving match over the gated families. */
function firstMatch(sentence: Sentence): { m: PhraseMatch; family: Family } | undefined {
  let best: { m: PhraseMatch; family: Family } | undefined;
  for (const family of familiesIn(sentence.norm.text)) {
    for (const m of matchesIn(PATTERN.get(family) as RegExp, sentence)) {
      if (best && m.normStart >= best.m.normStart) break;
      if (!keep(family, sentence, m)) continue;
      best = { m, family };
      break;
    }
  }
  return best;
}

/** How far around a match the context checks look, in characters of normalised text. */
const WINDOW = 120;

const HANDOFF =
  / (?:loop|looping|looped|bring|bringing|brought|cc|copy|copying|copied|pass|passing|hand|handing|refer|referring|introduce|introducing|connect|connecting|put you in touch)\b/;
const DOMAIN = /^ (?:with|in|on|at|around|when it comes to)(?: [\p{L}\p{N}'./-]+){1,5}/u;
const BUT_CLAUSE = /^(?: ,)? (?:but|yet|though|although)\b/;
const ENDS = /^(?: [.!?…)]| ,? ?$|$)/;

/** Whether a match survives the family's own checks. */
function keep(family: Family, sentence: Sentence, m: PhraseMatch): boolean {
  const norm = sentence.norm.text;
  // Bounded windows around the match keep a giant one-line sentence linear.
  const before = norm.slice(Math.max(0, m.normStart - WINDOW), m.normStart + 1);
  const after = norm.slice(m.normEnd, m.normEnd + 2 * WINDOW);
  const around = norm.slice(Math.max(0, m.normStart - 2 * WINDOW), m.normEnd + 2 * WINDOW);
  if (CONDITION_BEFORE.test(before)) return false;
  if (DELEGATION.test(norm.slice(m.normStart, m.normEnd + 2 * WINDOW))) return false;
  switch (family) {
    case 'wrong':
      return !(/(?:wrong|mistaken|off base)$/.test(m.text) && CONCRETE_ABOUT.test(after.slice(0, 12)));
    case 'questionBe':
      return CLAUSE_END.test(after);
    case 'mayBeWrong':
      return VALUE_OR_ASK.test(after);
    case 'notBest':
      if (m.text.startsWith('and ') && !/ i am /.test(before)) return false;
      if (/^(?:i feel like|i think|i know|i suspect|i am sure|i worry|i fear|i am afraid)/.test(m.text)) return CLAUSE_END.test(after);
      return true;
    case 'mayNotRemember':
      return !ANCHOR_AFTER.test(after);
    case 'notMuchShort':
      return CLAUSE_END.test(after);
    case 'experience': {
      if (/^(?:i know|i realize|i realise|admittedly|i am aware|granted|i understand)/.test(m.text)) return true;
      const domain = DOMAIN.exec(after);
      const rest = domain ? after.slice(domain[0].length) : after;
      return BUT_CLAUSE.test(rest) || (!domain && ENDS.test(rest));
    }
    case 'ignore':
      if (ALREADY_DONE.test(around)) return false;
      return !(/worth your/.test(m.text) && /^ to /.test(after));
    case 'thanMe':
      return !HANDOFF.test(around);
    case 'sureYouGet':
      return (
        !KNOWLEDGE_AFTER.test(after) &&
        !/(?:better|bigger) (?:sense|view|idea|understanding|handle|grasp|read|relationship|connection|access)/.test(m.text)
      );
    default:
      return true;
  }
}

const REMEMBER_REWRITE = 'We met at [event] on [date], where we talked about [topic].';
const VALUE_REWRITE = 'In my last role I [result], which is close to what [team] is working on.';
const QUESTION_REWRITE = 'Could you tell me [your question]?';
const IGNORE_REWRITE = "If now isn't the right time, just let me know.";
const PLAIN_REWRITE = '[Your point, stated plainly].';

function rewriteOf(family: Family): { description: string; text: string } {
  switch (family) {
    case 'remember':
    case 'mayNotRemember':
      return { description: 'Replace it with the anchor of your last contact', text: REMEMBER_REWRITE };
    case 'question':
    case 'questionBe':
    case 'ignorance':
      return { description: 'Ask the question without the disclaimer', text: QUESTION_REWRITE };
    case 'ignore':
      return { description: 'Offer an easy out without lowering yourself', text: IGNORE_REWRITE };
    case 'wrong':
    case 'mayBeWrong':
    case 'ramble':
      return { description: 'State your point without the disclaimer', text: PLAIN_REWRITE };
    default:
      return { description: 'Lead with one concrete credential instead', text: VALUE_REWRITE };
  }
}

const LEAD_FILLER =
  /^\s*(?:(?:oh|so|and|um|hi|hey|also|honestly|ok|okay|well|look|but|i mean|admittedly|to be honest|tbh|frankly|i know|i realize|i realise|i understand|i suspect|i guess|i feel like|i think|now|again)\b[\s,]*)*$/i;
const TRAILING_FILLER =
  /^(?:\s|[.!?…,;:)-]|\b(?:here|though|anyway|lol|haha|honestly|really|at all|either|tbh|yet|enough|sorry|sry|:\))\b)*$/i;
const NOT_A_CLAUSE_START =
  /^(?:which|who|whom|whose|that|because|since|as|if|though|although|given|especially|particularly|let alone|even|not|or|than|for|to|in|on|at|of|with|and so|lol|haha)\b/i;

function suggestionsFor(text: string, sentence: Sentence, m: PhraseMatch, family: Family): Suggestion[] {
  const lead = sentence.text.slice(0, m.start - sentence.start);
  const after = sentence.text.slice(m.end - sentence.start);
  const rewrite = rewriteOf(family);
  const whole: Suggestion = {
    description: rewrite.description,
    safe: false,
    edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, rewrite.text) }],
  };
  const atStart = LEAD_FILLER.test(lead);
  const afterSeparator = /(?:[,;:—–]|\band)\s*$/i.test(lead);
  // "I'm no expert, but I think I could help." → "I think I could help."
  const preamble = /^[^,;:—–]*?(?:[,;:—–]\s*(?:but|and|though)?|\s+but)\s+/i.exec(after);
  if ((atStart || afterSeparator) && preamble) {
    let rest = text.slice(m.end + preamble[0].length, sentence.end);
    // Only when what is left is clean: "…like this, and mine probably isn't that special" is not.
    const clean = () => {
      const norm = normalize(rest).text;
      return familiesIn(norm).every((f) => {
        const re = PATTERN.get(f) as RegExp;
        re.lastIndex = 0;
        return !re.test(norm);
      });
    };
    if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2 && !NOT_A_CLAUSE_START.test(rest) && clean()) {
      let safe = true;
      const so = /^(?:so|and so|therefore)\s+/i.exec(rest);
      if (so) {
        rest = rest.slice(so[0].length);
        safe = false;
      }
      const edit = atStart
        ? { start: sentence.start, end: sentence.end, text: capitalize(rest) }
        : { start: m.start, end: sentence.end, text: rest };
      return [{ description: 'Drop the self-deprecating preamble', safe, edits: [edit] }, whole];
    }
  }
  if (atStart) {
    if (TRAILING_FILLER.test(after)) {
      const remove: Suggestion = {
        description: 'Remove the sentence',
        safe: false,
        edits: [{ start: sentence.start, end: sentence.end, text: '' }],
      };
      return rewrite.text === REMEMBER_REWRITE || rewrite.text === VALUE_REWRITE ? [whole, remove] : [remove, whole];
    }
    return [whole];
  }
  // "Thanks for reading, and sorry if this is rambling." → "Thanks for reading."
  const separator = /\s*(?:[,;—–]\s*(?:and|but)?|\s+(?:and|but))\s*$/i.exec(lead);
  if (separator && TRAILING_FILLER.test(after) && /[\p{L}\p{N}]/u.test(lead.slice(0, separator.index))) {
    const start = sentence.start + separator.index;
    const end = m.end + (/^[^.!?…]*/.exec(after)?.[0].length ?? 0);
    return [{ description: 'Drop the self-deprecating clause', safe: true, edits: [{ start, end, text: '' }] }, whole];
  }
  return [whole];
}

export default defineRule({
  meta: {
    id: 'self-deprecation',
    category: 'needy',
    description: 'Flags pre-emptive self-undermining such as "I\'m no expert" or "you probably don\'t remember me".',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('self-deprecation'),
    messages: {
      self: (d) => `"${d.phrase}" lowers you before the reader has judged; lead with what you bring, or ask directly.`,
      remember: (d) => `"${d.phrase}" assumes you were forgettable; remind them where you met instead.`,
    },
    trigger: TRIGGER,
  },
  create(context) {
    const text = context.document.source;
    return {
      sentence(sentence) {
        const found = firstMatch(sentence);
        if (!found) return;
        const { m, family } = found;
        context.report({
          start: m.start,
          end: m.end,
          messageId: family === 'remember' || family === 'mayNotRemember' ? 'remember' : 'self',
          data: { phrase: text.slice(m.start, m.end) },
          suggestions: suggestionsFor(text, sentence, m, family),
        });
      },
    };
  },
});
