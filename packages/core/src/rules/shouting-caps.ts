import { ruleDocsUrl } from '../docs-url.js';
import { capitalize } from '../fix.js';
import type { ParsedDocument } from '../parse/document.js';
import { findPlaceholders } from '../parse/placeholders.js';
import { defineRule, type Sentence } from '../rule.js';
import { normalize } from '../text/normalize.js';
import type { Suggestion, TextEdit } from '../types.js';
import { ACRONYMS, COMMON_WORDS, PRESSURE_WORDS } from './shouting-caps.phrases.js';

/**
 * The subject line (front matter `subject:` or a leading `Subject:` line) located in the
 * source, with placeholders masked as `Xxxx` tokens like the body. The pushy rules that
 * apply to the subject (shouting-caps, excessive-punctuation, demand-language) share it.
 */
export interface SubjectLine {
  start: number;
  end: number;
  /** `source.slice(start, end)` with placeholders masked, same length. */
  masked: string;
}

const subjectLines = new WeakMap<ParsedDocument, SubjectLine | null>();
const subjectSentences = new WeakMap<ParsedDocument, Sentence | null>();
const FRONT_MATTER_SUBJECT = /^[ \t]*subject[ \t]*[:=][ \t]*(.*?)[ \t]*$/gim;
const SUBJECT_LINE = /^(?:\uFEFF)?[ \t]*Subject:[ \t]*([^\r\n]*)/i;

function maskPlaceholders(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (const p of findPlaceholders(text)) {
    if (p.start < copied) continue;
    parts.push(text.slice(copied, p.start), p.kind === 'control' ? ' '.repeat(p.end - p.start) : `X${'x'.repeat(p.end - p.start - 1)}`);
    copied = p.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

function locateSubject(document: ParsedDocument): SubjectLine | undefined {
  const wanted = document.subject?.trim();
  if (!wanted) return undefined;
  const source = document.source;
  const fm = document.frontMatter;
  let span: { start: number; end: number } | undefined;
  if (fm && typeof fm.data.subject === 'string') {
    const block = source.slice(fm.start, fm.end);
    FRONT_MATTER_SUBJECT.lastIndex = 0;
    for (let m = FRONT_MATTER_SUBJECT.exec(block); m !== null && !span; m = FRONT_MATTER_SUBJECT.exec(block)) {
      let value = m[1] ?? '';
      let at = fm.start + m.index + (/^[ \t]*subject[ \t]*[:=][ \t]*/i.exec(m[0])?.[0].length ?? 0);
      const quoted = /^(["'])(.*)\1$/.exec(value);
      if (quoted) {
        value = quoted[2] as string;
        at += 1;
      }
      if (value.trim() === wanted || value.includes(wanted)) {
        const offset = value.indexOf(wanted);
        span = { start: at + offset, end: at + offset + wanted.length };
      }
    }
  } else {
    const bodyStart = fm?.end ?? 0;
    const m = SUBJECT_LINE.exec(source.slice(bodyStart));
    if (m) {
      const value = m[1] ?? '';
      const offset = value.indexOf(wanted);
      if (offset >= 0) {
        const start = bodyStart + m.index + m[0].length - value.length + offset;
        span = { start, end: start + wanted.length };
      }
    }
  }
  if (!span || span.end <= span.start) return undefined;
  return { ...span, masked: maskPlaceholders(source.slice(span.start, span.end)) };
}

/** The subject line of the message, located in the source, when it has one. */
export function subjectLine(document: ParsedDocument): SubjectLine | undefined {
  let found = subjectLines.get(document);
  if (found === undefined) {
    found = locateSubject(document) ?? null;
    subjectLines.set(document, found);
  }
  return found ?? undefined;
}

/** The subject line as a sentence (normalised like body sentences), for phrase matching. */
export function subjectSentence(document: ParsedDocument): Sentence | undefined {
  let found = subjectSentences.get(document);
  if (found === undefined) {
    const line = subjectLine(document);
    found = line
      ? {
          index: -1,
          start: line.start,
          end: line.end,
          paragraph: -1,
          text: document.source.slice(line.start, line.end),
          norm: normalize(' '.repeat(line.start) + line.masked, line.start, line.end),
        }
      : null;
    subjectSentences.set(document, found);
  }
  return found ?? undefined;
}

const PRESSURE = new Set(PRESSURE_WORDS);
const ACRONYM = new Set(ACRONYMS);
const COMMON = new Set(COMMON_WORDS);
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// What may sit between two capitalised words of one run: spaces, quotes, commas, dashes.
const RUN_GAP = /^[\s"'“”‘’,:;–—\-/&*_]*$/;
const HAS_CAPS = /\p{Lu}{2}/u;
const CAPS = /\p{Lu}{2}/gu;
/** A word in capitals (with an apostrophe ending), as TOKEN would cut it. */
const CAPS_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:['’]\p{L}+)*(?![\p{L}\p{N}])/gu;

type Kind = 'lower' | 'single' | 'acronym' | 'pressure' | 'word';

interface Token {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  /** Upper-case letters of the word without an apostrophe ending. */
  base: string;
}

function kindOf(text: string, extra: ReadonlySet<string>): { kind: Kind; base: string } {
  // Most words have a lower-case letter: nothing more to decide.
  if (text !== text.toUpperCase() && !/\p{N}/u.test(text)) return { kind: 'lower', base: text };
  const quote = text.search(/['’]/u);
  const base = quote < 0 ? text : text.slice(0, quote);
  if (/\p{N}/u.test(text)) return { kind: 'acronym', base };
  if (base === base.toLowerCase() || base !== base.toUpperCase()) return { kind: 'lower', base };
  if (base.length === 1) return { kind: 'single', base };
  const suffix = text.slice(base.length);
  if (PRESSURE.has(base)) return { kind: 'pressure', base };
  if (ACRONYM.has(base) || extra.has(base) || (base.endsWith('S') && (ACRONYM.has(base.slice(0, -1)) || extra.has(base.slice(0, -1))))) {
    return { kind: 'acronym', base };
  }
  if ((suffix === '' || /^['’]s$/i.test(suffix)) && base.length <= 4 && !COMMON.has(base.toLowerCase())) return { kind: 'acronym', base };
  return { kind: 'word', base };
}

function tokensOf(masked: string, offset: number, extra: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(masked); m !== null; m = TOKEN.exec(masked)) {
    const { kind, base } = kindOf(m[0], extra);
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], kind, base });
  }
  return out;
}

const isLoud = (t: Token) => t.kind === 'word' || t.kind === 'pressure';

interface Segment {
  start: number;
  masked: string;
  subject: boolean;
}

interface Verdict {
  /** Tokens to put in lower case. */
  shouted: Token[];
  /** The reported range. */
  start: number;
  end: number;
  /** Capitalised non-pressure words left alone (single-word emphasis). */
  emphasis: Token[];
  tokens: Token[];
}

/** Finds the shouted words of one sentence or subject line. */
function judge(segment: Segment, extra: ReadonlySet<string>): Verdict {
  const tokens = tokensOf(segment.masked, segment.start, extra);
  const shouted = new Set<Token>();
  // Runs of capitalised words; a lower-case word or sentence punctuation ends a run.
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const joined = prev !== undefined && RUN_GAP.test(segment.masked.slice(prev.end - segment.start, t.start - segment.start));
    if (t.kind === 'lower') {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (!joined && run.length) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length) runs.push(run);
  for (const r of runs) {
    const loud = r.filter(isLoud);
    if (loud.length >= 3) for (const t of loud) shouted.add(t);
  }
  for (const t of tokens) if (t.kind === 'pressure') shouted.add(t);
  const words = tokens.filter((t) => t.base.length > 1 && t.kind !== 'acronym');
  const loudWords = words.filter(isLoud);
  const mostlyCaps = loudWords.length >= 3 && loudWords.length / words.length >= 0.6;
  const allCapsSubject = segment.subject && loudWords.length >= 2 && loudWords.length === words.length;
  if (mostlyCaps || allCapsSubject) for (const t of loudWords) shouted.add(t);

  const list = tokens.filter((t) => shouted.has(t));
  const emphasis = tokens.filter((t) => t.kind === 'word' && !shouted.has(t));
  let start = 0;
  let end = 0;
  const first = list[0];
  if (first) {
    start = first.start;
    end = first.end;
    // Extend over the shouted words that follow in the same run.
    const within = runs.find((r) => r.includes(first)) ?? [first];
    for (const t of within) if (shouted.has(t) && t.start >= start) end = t.end;
  }
  return { shouted: list, start, end, emphasis, tokens };
}

/** Lower-case edits for capitalised words; the first word of the text keeps a capital. */
function lowerEdits(tokens: Token[], firstWordStart: number): TextEdit[] {
  return tokens.map((t) => {
    const lower = t.text.toLowerCase();
    return { start: t.start, end: t.end, text: t.start === firstWordStart ? capitalize(lower) : lower };
  });
}

const knownWord = (t: Token) => COMMON.has(t.base.toLowerCase()) || PRESSURE.has(t.base);

export default defineRule({
  meta: {
    id: 'shouting-caps',
    category: 'pushy',
    description: 'Flags words and phrases written in capitals, which read as shouting, in the body and the subject line.',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('shouting-caps'),
    messages: {
      caps: (d) => `"${d.phrase}" is in capitals, which reads as shouting; use sentence case and give the reason in words.`,
      subject: (d) => `The subject "${d.phrase}" is in capitals, which reads as shouting; use sentence case.`,
      emphasis: (d) => `${d.count} words are emphasised in capitals; keep emphasis for one key detail at most.`,
    },
  },
  create(context) {
    const { document } = context;
    const extra = new Set(
      (Array.isArray(context.options.acronyms) ? context.options.acronyms : [])
        .filter((a): a is string => typeof a === 'string')
        .map((a) => a.toUpperCase()),
    );
    return {
      message() {
        const subject = subjectLine(document);
        const segments: Segment[] = [];
        if (subject && HAS_CAPS.test(subject.masked)) segments.push({ start: subject.start, masked: subject.masked, subject: true });
        // One pass over the text finds the capitals; only sentences holding some are judged.
        CAPS.lastIndex = 0;
        let next = CAPS.exec(document.masked);
        for (const s of context.sentences) {
          while (next && next.index < s.start) next = CAPS.exec(document.masked);
          if (!next) break;
          if (next.index + 2 > s.end) continue;
          segments.push({ start: s.start, masked: document.masked.slice(s.start, s.end), subject: false });
        }
        if (segments.length === 0) return;
        const emphasis: { token: Token; firstWordStart: number }[] = [];
        for (const segment of segments) {
          // Sentences whose capitals are all acronyms ("the CEO signed the NDA") need no more work.
          CAPS_TOKEN.lastIndex = 0;
          let loud = false;
          for (let m = CAPS_TOKEN.exec(segment.masked); m !== null && !loud; m = CAPS_TOKEN.exec(segment.masked)) {
            const kind = kindOf(m[0], extra).kind;
            loud = kind === 'word' || kind === 'pressure';
          }
          if (!loud) continue;
          const verdict = judge(segment, extra);
          const firstWordStart = verdict.tokens.find((t) => /\p{L}/u.test(t.text))?.start ?? -1;
          for (const token of verdict.emphasis) emphasis.push({ token, firstWordStart });
          if (verdict.shouted.length === 0) continue;
          const suggestion: Suggestion = {
            description: 'Use sentence case',
            safe: verdict.shouted.every(knownWord),
            edits: lowerEdits(verdict.shouted, firstWordStart),
          };
          const phrase = segment.subject
            ? document.source.slice(segment.start, segment.start + segment.masked.length)
            : document.source.slice(verdict.start, verdict.end);
          context.report({
            start: segment.subject ? segment.start : verdict.start,
            end: segment.subject ? segment.start + segment.masked.length : verdict.end,
            messageId: segment.subject ? 'subject' : 'caps',
            data: { phrase },
            suggestions: [suggestion],
          });
        }
        // Single-word emphasis on ordinary words passes (RULES.md G1), unless it piles up.
        if (emphasis.length > 3) {
          const first = (emphasis[0] as { token: Token }).token;
          context.report({
            start: first.start,
            end: first.end,
            messageId: 'emphasis',
            data: { count: emphasis.length },
            severity: 'info',
            suggestions: [
              {
                description: 'Use sentence case for the emphasised words',
                safe: false,
                edits: emphasis.flatMap(({ token, firstWordStart }) => lowerEdits([token], firstWordStart)),
              },
            ],
          });
        }
      },
    };
  },
});
