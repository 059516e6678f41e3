import { ruleDocsUrl } from '../docs-url.js';
import { capitalize, deletionEdit, matchCase } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { matchesIn, type PhraseMatch } from '../text/match.js';
import { normalize } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Suggestion } from '../types.js';
import { GUILT_MARKERS, VOCAB } from '../vocab.js';
import {
  BARE_REMAINDER,
  COUNT_EDGE,
  COUNTING,
  DEBT,
  EMOTION_WORDS,
  FEEL_IGNORED,
  FEELINGS,
  GRACIOUS,
  HARD_COUNT,
  LEVERAGE,
  NEED,
  POSITIVE,
  READER_TIE,
  RELATIONSHIP,
  SERVICE,
  SILENCE_CUE,
  TECHNICAL_WRONG,
  TIED_EFFORT,
  WAITING,
  WAITING_EXCITED,
  WEAK_EMOTION,
} from './guilt-trip.phrases.js';

// The hurt and resentment markers are shared with blame-for-silence (vocab.ts).
const markers = compilePatterns(GUILT_MARKERS, VOCAB);
const feelings = compilePatterns(FEELINGS, VOCAB);
const feelIgnored = compilePatterns(FEEL_IGNORED, VOCAB);
const counting = compilePatterns(COUNTING, VOCAB);
const waiting = compilePatterns(WAITING, VOCAB);
const leverage = compilePatterns(LEVERAGE, VOCAB);
const need = compilePatterns(NEED, VOCAB);
const debt = compilePatterns(DEBT, VOCAB);
const tied = compilePatterns(TIED_EFFORT, VOCAB);
const relationship = compilePatterns(RELATIONSHIP, VOCAB);

const COUNT_WORD =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|many|numerous|a few|a couple of|countless|so many|too many|a number of|a handful of)';
const CONTACT_WORD =
  '(?:emails|e-mails|messages|voicemails|voice messages|voice mails|texts|reminders|follow-ups|follow ups|notes|calls|inmails|dms|requests|letters|pings|nudges|chasers|attempts|tries)';
const EMOTION =
  'frustrat\\w*|disappoint\\w*|upset\\w*|hurt\\w*|annoy\\w*|discourag\\w*|dishearten\\w*|infuriat\\w*|exasperat\\w*|maddening|aggravating|demorali[sz]\\w*|rude|unprofessional|disrespectful|unacceptable|insult\\w*|unfair|not fair|not ok|not okay|heartbroken|offended|fed up|crushed|gutted|let down|patience|tired of|sick of';
/** The cheap prefilter: sentences without one of these never reach the handler. */
const TRIGGER = new RegExp(
  [
    // counting attempts
    ` (?:email|e-mail|call|phone|writ|wrote|message|text|ping|contact|chas|nudg|remind|ask|reach|follow|tri|tried)\\S*(?=(?: \\S+){0,16} (?:times|twice|thrice|repeatedly|occasions|over and over|again and again|more than once|time and again|time after time)(?: |$))`,
    ` (?:sent|left)(?=(?: \\S+){0,14} ${CONTACT_WORD}(?: |$))`,
    ` (?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth|hundredth|millionth|\\d+(?:st|nd|rd|th)) (?:time|attempt)(?: |$)`,
    ` ${CONTACT_WORD} (?:later|and|,)(?: |$)`,
    ` (?:after|despite) (?:my )?${COUNT_WORD} `,
    // waiting, hurt, feeling ignored
    ` (?:waiting|patient|hanging|in the dark|on read)(?: |$)`,
    ` (?:${EMOTION})(?: |$)`,
    ` (?:hard|difficult|stressful|stressed|anxious|painful|exhausting|tiring|draining|nerve-wracking|wracking|complicated)(?=(?: \\S+){0,14} (?:knowing|waiting|wait|hear|heard|hearing|reply|replies|response|answer|acknowledg\\w*|silence)(?: |$))`,
    ` i (?:feel|felt|am feeling|have been feeling|am starting to feel|am beginning to feel|have started to feel|kind of feel|can not help|cannot help|am left feeling|have been left feeling)(?: |$)`,
    // leverage
    ` my (?:whole )?(?:family|kids|children|wife|husband|partner|son|daughter|mom|mum|dad|parents|baby|rent|mortgage|bills|livelihood|visa|immigration|health|future|career|income|savings|tuition|car payment)(?: |$)`,
    ` (?:pay|make|cover|afford) (?:my|the|our|this)(?: |$)`,
    ` need (?:this|the|that)(?: |$)`,
    // sacrifice and effort
    ` (?:i|we) (?:have |had )?(?:turned down|declined|passed on|said no to|rejected|walked away|gave up|given up|let go|cancell?ed|postponed|put off|refused|ignored|cleared|blocked|rearranged|freed up|reserved|set aside|moved|went|gone|bent|bend|put|poured|invested|sank|sunk|spent|stayed|worked|was up|were up|stayed up|pulled)(?: |$)`,
    ` after (?:all|everything)(?: |$)`,
    ` (?:good|loyal|great|reliable|faithful|model|perfect|ideal|exemplary) (?:tenant|customer|client|employee|partner|supplier|vendor|member|student|parent|colleague|friend)(?: |$)`,
    // relationship guilt and reproach
    ` i (?:thought|assumed|expected|hoped|figured|believed)(?: |$)`,
    ` would have (?:thought|expected|hoped|assumed)(?: |$)`,
    ` (?:did|have) i (?:do|done|say|said|upset|offended|annoyed|angered|hurt)(?: |$)`,
    ` something i (?:said|did|wrote)(?: |$)`,
    ` (?:mad|upset|angry|annoyed|cross) (?:at|with) me(?: |$)`,
    ` the least(?: |$)`,
    ` (?:courtesy|decency|respect|manners)(?: |$)`,
    ` (?:kill|hurt) (?:you|anyone|anybody) to(?: |$)`,
    ` (?:only|just|literally) (?:takes?|took)(?: |$)`,
    ` take (?:long|much|more than|a minute|a second|two minutes)(?: |$)`,
    ` (?:simple|quick|short|one-line|one-word|two-line|brief|single|one line|one word)(?=(?: \\S+){0,14} (?:take|cost|nice|polite|courteous|decent|kill)(?: |$))`,
    ` (?:be|been) nice(?: |$)`,
  ].join('|'),
);

/** The wait is over: "but it finally came through". */
/** What is left is only the complaint again: "and nothing", "still no reply". */
const STILL_NOTHING = /^\s*(?:and\s+)?(?:still\s+)?(?:nothing|no (?:reply|response|word|answer|news))\b/i;

const RESOLVED = / (?:finally|at last|came through|arrived|worth the wait)(?= |$)/;

/** How a guilt trip is best rewritten. */
type Kind = 'count' | 'hurt' | 'sacrifice' | 'constraint' | 'effort' | 'need';

interface Hit {
  kind: Kind;
  match: PhraseMatch;
}

const CONSTRAINT = "I'm planning my next steps around [date]. Is there anything you can share about the timeline for [role/project]?";
const FOLLOW_UP = 'Following up on [specific item]: could you let me know where it stands?';
const SERVICE_TEXT = "I've trimmed [the item] to one page so it's quick to review: [link].";

/** Turned-down offers are a constraint; work put into a deliverable is effort; the rest is sacrifice. */
function debtKind(text: string): Kind {
  if (
    /turned|declined|passed|said no|rejected|walked|let go|refused|ignored|postponed|put off/.test(text) &&
    !/ (?:weekend|evening|night|holiday|vacation|day off|birthday|lunch)/.test(` ${text}`)
  )
    return 'constraint';
  if (/^(?:i (?:have |had )?)(?:put|poured|invested|sank|sunk|spent) /.test(text)) return 'effort';
  return 'sacrifice';
}

/** How far around a match the checks look, so that a giant sentence stays linear. */
const WINDOW = 240;

/** Whether a hurt remark is about the reader's silence (not "disappointing to miss the event"). */
function aboutSilence(sentence: Sentence, m: PhraseMatch, silenceAround: () => boolean): boolean {
  const norm = sentence.norm.text;
  const rest = norm.slice(m.normEnd, m.normEnd + WINDOW);
  if (SILENCE_CUE.test(` ${m.text}${rest}`)) return true;
  if (WEAK_EMOTION.test(` ${m.text}`)) return false;
  if (rest.length >= WINDOW || !BARE_REMAINDER.test(rest)) return false;
  // A bare "It's so frustrating." takes its cause from what comes just before or after.
  if (SILENCE_CUE.test(norm.slice(Math.max(0, m.normStart - WINDOW), m.normStart))) return true;
  return silenceAround();
}

function hitsIn(
  sentence: Sentence,
  before: readonly Sentence[],
  next: Sentence | undefined,
  leverageNear: (s: Sentence) => boolean,
): Hit[] {
  const norm = sentence.norm.text;
  const hits: Hit[] = [];
  const around = next && next.paragraph === sentence.paragraph ? [...before, next] : before;
  let silence: boolean | undefined;
  const silenceAround = () => {
    silence ??= around.some((s) => SILENCE_CUE.test(s.norm.text));
    return silence;
  };
  const emotional = (m: PhraseMatch) => aboutSilence(sentence, m, silenceAround);
  const after = (m: PhraseMatch) => norm.slice(m.normEnd, m.normEnd + WINDOW);
  // Whole-sentence facts, computed at most once.
  let facts: { positive: boolean; resolved: boolean; gracious: boolean; edge: boolean; boast: boolean } | undefined;
  const fact = () => {
    facts ??= {
      positive: POSITIVE.test(norm),
      resolved: RESOLVED.test(norm),
      gracious: GRACIOUS.test(norm) || (next !== undefined && next.paragraph === sentence.paragraph && GRACIOUS.test(next.norm.text)),
      edge: / (?:still|no|nothing|not|never|without|yet|unanswered)(?= |$)/.test(norm),
      boast: / never | always /.test(norm),
    };
    return facts;
  };

  for (const m of matchesIn(markers, sentence)) {
    if (EMOTION_WORDS.test(` ${m.text}`)) {
      if (emotional(m)) hits.push({ kind: 'hurt', match: m });
    } else if (/ waiting| patient/.test(` ${m.text}`)) {
      if (!WAITING_EXCITED.test(after(m))) hits.push({ kind: 'constraint', match: m });
    } else hits.push({ kind: 'hurt', match: m });
  }
  for (const m of matchesIn(feelings, sentence)) if (emotional(m)) hits.push({ kind: 'hurt', match: m });
  for (const m of matchesIn(feelIgnored, sentence)) hits.push({ kind: 'hurt', match: m });
  for (const m of matchesIn(counting, sentence)) {
    // "after three calls with your team" is history, not a count of unanswered attempts.
    if (/^(?:after|despite) /.test(m.text) && !fact().edge) continue;
    // "I've sent two emails to the vendor": attempts at someone else.
    if (/^ to (?!you\b|your\b|u\b)/.test(after(m))) continue;
    // "I've written a few times about X, and I'd rather not keep filling your inbox": a gracious close.
    if (fact().gracious) continue;
    if (!HARD_COUNT.test(` ${m.text}`) && !COUNT_EDGE.test(` ${m.text}${after(m)}`)) continue;
    hits.push({ kind: 'count', match: m });
  }
  for (const m of matchesIn(waiting, sentence)) {
    if (WAITING_EXCITED.test(after(m)) || fact().positive || fact().resolved) continue;
    // "waiting for the permit from the city", "patient with the vendor": someone else.
    if (/ from (?!you|your|u)\w/.test(` ${m.text} `) || /^ with (?!you|your|u\b)/.test(after(m))) continue;
    hits.push({ kind: 'constraint', match: m });
  }
  for (const m of matchesIn(leverage, sentence)) hits.push({ kind: 'constraint', match: m });
  for (const m of matchesIn(debt, sentence)) {
    if (fact().positive || SERVICE.test(after(m))) continue;
    hits.push({ kind: debtKind(m.text), match: m });
  }
  for (const m of matchesIn(tied, sentence)) {
    if (fact().positive || !READER_TIE.test(norm.slice(m.normStart, m.normEnd + WINDOW))) continue;
    if (SERVICE.test(after(m)) && !fact().boast) continue;
    hits.push({ kind: debtKind(m.text), match: m });
  }
  for (const m of matchesIn(relationship, sentence)) {
    if (/ wrong$/.test(` ${m.text}`) && TECHNICAL_WRONG.test(after(m))) continue;
    hits.push({ kind: 'hurt', match: m });
  }
  if (hits.length === 0 && / need (?:this|the|that) /.test(norm) && leverageNear(sentence))
    for (const m of matchesIn(need, sentence)) hits.push({ kind: 'need', match: m });
  return hits.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
}

/** Whether a piece of text left after a rewrite would still be flagged. */
function guilty(text: string): boolean {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, paragraph: 0, text, norm: normalize(text) };
  return (
    hitsIn(sentence, [], undefined, () => false).length > 0 ||
    /^(?:a|the|some|any)?\s*(?:reply|response|answer|acknowledg\w*)\b/i.test(text)
  );
}

function suggestionsFor(source: string, sentence: Sentence, hit: Hit, others: (s: Sentence) => boolean, extra: Sentence[]): Suggestion[] {
  const m = hit.match;
  const lead = sentence.text.slice(0, m.start - sentence.start);
  const after = sentence.text.slice(m.end - sentence.start);
  const out: Suggestion[] = [];
  const extraEdits = extra.map((s) => deletionEdit(source, s.start, s.end));

  if (extra.length === 0) {
    // A leading clause ("I've been waiting for weeks, so ...") can go; the rest stands.
    const clause = /^[^,;:—–]*?(?:[,;:—–]|\s-)\s*(?:(?:so|and|but|which is why|that is why)\b,?\s*)?/i.exec(after);
    if (/^\s*(?:(?:and|but|so|also|honestly|frankly|well)\b,?\s*)?$/i.test(lead) && clause) {
      const rest = after.slice(clause[0].length);
      if (rest.trim().split(/\s+/).length >= 3 && !STILL_NOTHING.test(rest) && !guilty(rest)) {
        out.push({
          description: 'Drop the guilt trip and keep the request',
          safe: false,
          edits: [{ start: sentence.start, end: sentence.end, text: capitalize(rest) }],
        });
        return out;
      }
    }
    // A trailing clause (", and it's so frustrating.") can go too.
    const trailing = /(?:[,;—–]|\s-)\s*(?:(?:and|but|so|which|because|since)\s+)?$/i.exec(lead);
    if (trailing && lead.slice(0, trailing.index).trim().split(/\s+/).length >= 3 && /^[^,;]*$/.test(after) && hit.kind === 'hurt') {
      const stop = /[.!?…]+["'”’)]*\s*$/.exec(sentence.text);
      const end = stop ? sentence.start + stop.index : sentence.end;
      out.push({
        description: 'Drop the guilt trip',
        safe: false,
        edits: [{ start: sentence.start + trailing.index, end, text: stop ? '' : '.' }],
      });
      return out;
    }
  }

  // A whole sentence of hurt can simply go when the message says something else.
  if ((hit.kind === 'hurt' || hit.kind === 'count') && others(sentence)) {
    out.push({
      description: 'Remove the guilt trip',
      safe: false,
      edits: [deletionEdit(source, sentence.start, sentence.end), ...extraEdits],
    });
  }
  const constraint = hit.kind === 'constraint' || hit.kind === 'need';
  const text = hit.kind === 'effort' ? SERVICE_TEXT : constraint ? CONSTRAINT : FOLLOW_UP;
  out.push({
    description:
      hit.kind === 'count'
        ? 'Name the item instead of counting attempts'
        : hit.kind === 'effort'
          ? 'Offer the effort as a service'
          : constraint
            ? 'State your real constraint without assigning a debt'
            : 'Ask about the item without assigning a debt',
    safe: false,
    edits: [{ start: sentence.start, end: sentence.end, text: matchCase(sentence.text, text) }, ...extraEdits],
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'guilt-trip',
    category: 'passive-aggressive',
    description: 'Flags guilt trips: counting your attempts, presenting your effort or need as a debt, and voicing hurt at their silence.',
    defaultSeverity: 'warning',
    fixable: 'suggest',
    docs: ruleDocsUrl('guilt-trip'),
    messages: {
      count: (d) => `"${d.phrase}" counts your attempts, which reads as a reproach; name the item and the next step instead.`,
      guilt: (d) => `"${d.phrase}" makes your follow-up a debt they owe; state your real constraint or next step instead.`,
    },
    // What every pattern needs, as specific as possible: most sentences never reach the handler.
    trigger: TRIGGER,
  },
  create(context) {
    const { document } = context;
    const greetingEnd = document.greeting?.end ?? -1;
    let leverageByParagraph: Map<number, Sentence[]> | undefined;
    const leverageIn = (paragraph: number): Sentence[] => {
      if (!leverageByParagraph) {
        leverageByParagraph = new Map();
        for (const s of context.sentences) {
          leverage.lastIndex = 0;
          if (!leverage.test(s.norm.text)) continue;
          const list = leverageByParagraph.get(s.paragraph) ?? [];
          list.push(s);
          leverageByParagraph.set(s.paragraph, list);
        }
      }
      return leverageByParagraph.get(paragraph) ?? [];
    };
    const others = (sentence: Sentence) =>
      context.sentences.some((s) => s.index !== sentence.index && s.end > greetingEnd && /[\p{L}\p{N}]{2}/u.test(s.text));

    return {
      sentence(sentence) {
        const before = context.sentences.slice(Math.max(0, sentence.index - 2), sentence.index).filter((s) => s.end > greetingEnd);
        const hit = hitsIn(sentence, before, context.sentences[sentence.index + 1], (s) => leverageIn(s.paragraph).length > 0)[0];
        if (!hit) return;
        // "I really need this job. My family is counting on it.": one plea, rewritten together.
        const extra = hit.kind === 'need' ? leverageIn(sentence.paragraph).filter((s) => s.index !== sentence.index) : [];
        context.report({
          start: hit.match.start,
          end: hit.match.end,
          messageId: hit.kind === 'count' ? 'count' : 'guilt',
          data: { phrase: document.source.slice(hit.match.start, hit.match.end) },
          suggestions: suggestionsFor(document.source, sentence, hit, others, extra),
        });
      },
    };
  },
});
