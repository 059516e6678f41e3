import { ruleDocsUrl } from '../docs-url.js';
import { defineRule, type Sentence } from '../rule.js';
import { compilePatterns } from '../text/pattern.js';
import type { Severity, TextEdit } from '../types.js';
import { VOCAB } from '../vocab.js';
import { NOT_A_REQUEST, REQUEST_CUES, WARM } from './excessive-punctuation.phrases.js';
import { subjectLine, subjectSentence } from './shouting-caps.js';

const request = compilePatterns(REQUEST_CUES, VOCAB);
/** A run of `?`/`!`, with an ellipsis before it when there is one ("...?", "??", "!!!", "?!"). */
const MARKS = /(?:(?:\.{3,}|…)[ \t]*)?[?!]+/g;
const TRAILING_ELLIPSIS = /(?:\.{3,}|…)["'”’)\]]*\s*$/;
const EXCLAIMED = /!["'”’)\]]*\s*$/;
const INVERTED = /[¿¡]/;
const QUESTION_START =
  /^ (?:so |and |well |hey |hi |hello )?,? ?(?:any|anyone|anybody|did|do|does|have|has|had|is|are|was|were|can|could|would|will|when|what|where|how|why|who|which|whether)(?= )/;
/** Up to this many runs in a message, every finding's fix collapses all of them. */
const SHARED_FIX_LIMIT = 12;
/** Messages up to this many words with three exclaimed sentences get the info. */
const SHORT_MESSAGE = 150;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

interface Issue {
  start: number;
  end: number;
  severity: Severity;
  kind: 'run' | 'ellipsis' | 'trailing';
  edit: TextEdit;
}

/**
 * Runs of marks in `masked` (a slice of the masked text starting at `offset`). `warm`: the
 * sentence thanks, apologises or reassures, where a double "!!" passes.
 */
function runsIn(masked: string, offset: number, warm = false): Issue[] {
  const out: Issue[] = [];
  // Quotation marks seen so far: marks inside a quotation ("the log says \"Unexpected token
  // ??\"") are not the author's.
  let quotes = 0;
  let scanned = 0;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(masked); m !== null; m = MARKS.exec(masked)) {
    for (; scanned < m.index; scanned++) {
      const c = masked.charCodeAt(scanned);
      if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
    }
    if (quotes % 2 === 1) continue;
    const marks = m[0].replace(/^[.…\s]+/u, '');
    const ellipsis = marks.length !== m[0].length;
    // A lone mark after an ellipsis only counts for a question ("Any news...?").
    if (marks.length < 2 && !(ellipsis && marks === '?')) continue;
    if (marks === '!!' && warm) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    const severity: Severity = marks.length >= 2 ? (marks === '!!' ? 'info' : 'warning') : 'info';
    const text = marks.includes('?') ? '?' : '!';
    out.push({ start, end, severity, kind: marks.length >= 2 ? 'run' : 'ellipsis', edit: { start, end, text } });
  }
  return out;
}

/** The runs of a sentence, and a request trailing off in an ellipsis. */
function sentenceIssues(maskedText: string, sentence: Sentence): Issue[] {
  const masked = maskedText.slice(sentence.start, sentence.end);
  // Spanish and other inverted marks follow their own rules.
  if (INVERTED.test(masked)) return [];
  const issues = runsIn(masked, sentence.start, WARM.test(sentence.norm.text));
  const trailing = TRAILING_ELLIPSIS.exec(masked);
  if (trailing && !issues.some((i) => i.end >= sentence.start + trailing.index)) {
    request.lastIndex = 0;
    const norm = sentence.norm.text;
    if (request.test(norm) && !NOT_A_REQUEST.test(norm)) {
      const dots = /^(?:\.{3,}|…)/.exec(trailing[0])?.[0] ?? '';
      const start = sentence.start + trailing.index;
      const text = QUESTION_START.test(norm) ? '?' : '.';
      issues.push({ start, end: start + dots.length, severity: 'info', kind: 'trailing', edit: { start, end: start + dots.length, text } });
    }
  }
  return issues;
}

export default defineRule({
  meta: {
    id: 'excessive-punctuation',
    category: 'pushy',
    description:
      'Flags repeated question or exclamation marks, "?!", and requests that trail off in an ellipsis, in the body and the subject line.',
    defaultSeverity: 'warning',
    fixable: 'safe',
    docs: ruleDocsUrl('excessive-punctuation'),
    messages: {
      question: (d) => `"${d.marks}" turns the question into an impatient demand; one mark and a specific question read better.`,
      exclaim: (d) => `"${d.marks}" reads as over-excited or insistent; one mark is enough, and the words can carry the enthusiasm.`,
      ellipsis: () => 'A request that trails off in an ellipsis reads as impatient; end it with a plain question.',
      exclamations: (d) => `${d.count} sentences end in an exclamation mark; keep one and let the words carry the enthusiasm.`,
    },
    trigger: / [?!] [?!]| \. \. \.| \.\.\./,
  },
  create(context) {
    const { document } = context;
    // Issues per sentence (and the subject), reported once all are known: every finding's fix
    // collapses them all, so applying one leaves no run behind.
    const groups: Issue[][] = [];
    return {
      sentence(sentence) {
        groups.push(sentenceIssues(document.masked, sentence));
      },
      message() {
        const subject = subjectLine(document);
        if (subject && !INVERTED.test(subject.masked)) {
          groups.unshift(runsIn(subject.masked, subject.start, WARM.test(subjectSentence(document)?.norm.text ?? '')));
        }
        const all = groups.flat();
        if (all.length > 0) {
          // Up to a point, each finding's fix collapses every run of the message, so applying
          // one leaves none behind; past it, each fixes its own sentence (no quadratic output).
          const shared = all.length <= SHARED_FIX_LIMIT;
          for (const issues of groups) {
            if (issues.length === 0) continue;
            const own = shared ? all : issues;
            const safe = !own.some((i) => i.kind === 'trailing');
            const edits = own.map((i) => i.edit);
            const chosen = issues.reduce((best, i) => (RANK[i.severity] > RANK[best.severity] ? i : best));
            const marks = document.source.slice(chosen.start, chosen.end);
            const exclaim = chosen.kind === 'run' && !marks.includes('?');
            context.report({
              start: chosen.start,
              end: chosen.end,
              messageId: chosen.kind !== 'run' ? 'ellipsis' : exclaim ? 'exclaim' : 'question',
              data: { marks },
              severity: chosen.severity,
              suggestions: [
                {
                  description:
                    chosen.kind === 'run' ? 'Use a single punctuation mark' : 'End the request with a plain mark, not an ellipsis',
                  safe,
                  edits,
                },
              ],
            });
          }
          return;
        }
        // Three or more exclaimed sentences in a short message (info).
        const greeting = document.greeting;
        const body = context.sentences.filter((s) => !(greeting && s.start >= greeting.start && s.end <= greeting.end + 1));
        const exclaimed = body.filter((s) => EXCLAIMED.test(document.masked.slice(s.start, s.end)) && !WARM.test(s.norm.text));
        if (exclaimed.length < 3) return;
        let words = 0;
        for (const s of body) words += (document.masked.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
        if (words >= SHORT_MESSAGE) return;
        const edits: TextEdit[] = exclaimed.slice(1).map((s) => {
          const at = s.start + document.masked.slice(s.start, s.end).lastIndexOf('!');
          return { start: at, end: at + 1, text: '.' };
        });
        const third = edits[1] as TextEdit;
        context.report({
          start: third.start,
          end: third.end,
          messageId: 'exclamations',
          data: { count: exclaimed.length },
          severity: 'info',
          suggestions: [{ description: 'Keep one exclamation mark', safe: false, edits }],
        });
      },
    };
  },
});
