import { ruleDocsUrl } from '../docs-url.js';
import { deletion, keepCase, LEAD_IN_OPENERS, matchCase, restAfterLeadIn } from '../fix.js';
import { defineRule, type Sentence } from '../rule.js';
import { each } from '../text/match.js';
import { normalize, toSource } from '../text/normalize.js';
import { compilePatterns } from '../text/pattern.js';
import type { Severity, Suggestion } from '../types.js';
import { VOCAB } from '../vocab.js';
import { BUMP_CONTINUES, BUMPS, DELIVERY, LOCAL_VOCAB, PHYSICAL_AFTER, PRESUMPTIVE } from './did-you-see-my-email.phrases.js';

const vocab = { ...VOCAB, ...LOCAL_VOCAB };
const delivery = compilePatterns(DELIVERY, vocab);
const bump = compilePatterns(BUMPS, vocab);
const presumptive = compilePatterns(PRESUMPTIVE, vocab);

type Kind = 'delivery' | 'bump' | 'presumptive';

interface Hit {
  kind: Kind;
  start: number;
  end: number;
  severity: Severity;
}

/** Every hit in a normalised sentence, warnings first. */
function detect(norm: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of each(delivery, norm)) {
    const end = m.index + m[0].length;
    // "in case it got lost in the mail": a parcel, not a message.
    if (PHYSICAL_AFTER.test(norm.slice(end))) {
      delivery.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ kind: 'delivery', start: m.index, end, severity: 'warning' });
    break;
  }
  for (const m of each(bump, norm)) {
    const end = m.index + m[0].length;
    // "bump this meeting to 3 pm", "bumped into Sarah": moving things, not re-sending a message.
    if (/ bump/.test(m[0]) && !BUMP_CONTINUES.test(norm.slice(end))) {
      bump.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ kind: 'bump', start: m.index, end, severity: 'warning' });
    break;
  }
  if (hits.length === 0) {
    for (const m of each(presumptive, norm)) {
      // Report the words, not the comma the aside ends with.
      const end = m.index + m[0].replace(/(?: [,.;:—–-])+$/, '').length;
      hits.push({ kind: 'presumptive', start: m.index, end, severity: 'info' });
      break;
    }
  }
  return hits.sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'warning' ? -1 : 1));
}

function flags(text: string): boolean {
  return detect(normalize(text).text).length > 0;
}

function suggestionsFor(source: string, sentence: Sentence, hit: Hit): Suggestion[] {
  const text = sentence.text;
  const base = sentence.start;
  const range = toSource(sentence.norm, hit.start, hit.end);
  const s = range.start - base;
  const e = range.end - base;
  const lead = text.slice(0, s);
  const after = text.slice(e);
  const matched = text.slice(s, e);
  const out: Suggestion[] = [];
  const add = (description: string, safe: boolean, from: number, to: number, replacement: string) => {
    const candidate = text.slice(0, from) + replacement + text.slice(to);
    if (candidate === text || flags(candidate)) return;
    out.push({ description, safe, edits: [{ start: base + from, end: base + to, text: replacement }] });
  };

  const restAt = LEAD_IN_OPENERS.test(lead) ? restAfterLeadIn(after) : undefined;
  if (restAt !== undefined) {
    // "In case you missed it, I sent my portfolio last week." -> "I sent my portfolio last week."
    add(
      hit.kind === 'presumptive' ? 'Remove the aside' : 'Drop the delivery check and keep the point',
      true,
      0,
      text.length,
      keepCase(text, after.slice(restAt)),
    );
  } else if (/,\s*$/.test(lead) && /^\s*,/.test(after)) {
    // "thank you for reviewing, as I assume you have, my emails" -> "thank you for reviewing my emails"
    const comma = lead.lastIndexOf(',');
    add('Remove the aside', true, comma, e + (/^\s*,/.exec(after)?.[0].length ?? 0), '');
  } else if (lead.trim() && /^[\s.!?]*$/.test(after) && (/,\s*$/.test(lead) || /^(?:in case|since|as|because|icymi)\b/i.test(matched))) {
    // "I sent the deck on Tuesday, in case you missed it." -> "I sent the deck on Tuesday."
    let from = /,\s*$/.test(lead) ? lead.lastIndexOf(',') : s;
    while (from > 0 && /[ \t]/.test(text[from - 1] as string)) from--;
    add('Drop the delivery check', true, from, e, '');
  }
  if (hit.kind === 'presumptive') {
    if (out.length === 0 && !lead.trim() && /^[\s.!?]*$/.test(after))
      out.push(deletion(source, sentence.start, sentence.end, 'Remove the aside', false));
    return out;
  }
  if (out.length === 0) {
    add(
      'Ask for the specific thing instead',
      false,
      0,
      text.length,
      matchCase(text, 'Following up on [specific ask] from [date]: [one question]?'),
    );
    add(
      'Bring something new instead of a bump',
      false,
      0,
      text.length,
      matchCase(text, 'Since I wrote on [date], [new development]. It may help with [their priority].'),
    );
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'did-you-see-my-email',
    category: 'passive-aggressive',
    description:
      'Flags questions about whether your earlier message arrived or was seen, "bump" phrasing, and asides presuming what the reader read.',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('did-you-see-my-email'),
    messages: {
      delivery: (d) =>
        `"${d.phrase}" asks whether they saw your last message, which reads as a nudge about their inbox; ask for the specific thing instead.`,
      bump: (d) => `"${d.phrase}" bumps the thread without adding anything; restate the ask or bring something new.`,
      presumptive: (d) => `"${d.phrase}" presumes what the reader has read; leave the aside out.`,
    },
    // A word or two every pattern needs ("not sure if", "did you get", "in case you", "bump", ...).
    trigger:
      / (?:(?:not sure|unsure|not certain|no idea|do not know|did not know|curious|wonder\w*) (?:if|whether|that|you|my|our|it|this)|(?:did|have|had|has) (?:you|u|my|our)|(?:did|has) (?:it|this)|any chance you|in case|icymi|buried|lost|missed|overlooked|swamped|slipped|cracks|disappeared|missing|void|black hole|ether|abyss|fallen through|fell through|(?:make|making) sure|(?:check\w*|confirm\w*) (?:that |whether |if |to see (?:if |whether )?|in to see (?:if |whether )?)?you|confirm receipt|spam|junk|promotions|bump\w*|(?:float|cycl|pop|kick|push|mov|bring|put|send)\w* (?:this|it|my|our|the thread)|resurfac\w*|re-surfac\w*|back (?:up|to the top|in your|into your|onto your|on your)|top of your|radar|flag\w* (?:this|it|again)|(?:assume|am sure|am certain|expect|imagine|suspect|trust|presume|know|gather|figure|believe|hope) (?:that )?you|as you (?:have )?(?:no doubt|undoubtedly|surely|certainly|doubtless|of course|already))(?= |$)/,
  },
  create(context) {
    return {
      sentence(sentence) {
        const hit = detect(sentence.norm.text)[0];
        if (!hit) return;
        const range = toSource(sentence.norm, hit.start, hit.end);
        if (range.end <= range.start) return;
        context.report({
          start: range.start,
          end: range.end,
          messageId: hit.kind,
          data: { phrase: context.document.source.slice(range.start, range.end) },
          severity: hit.severity,
          suggestions: suggestionsFor(context.document.source, sentence, hit),
        });
      },
    };
  },
});
