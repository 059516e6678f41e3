/**
 * Property and robustness tests: `lint` never throws, its ranges and suggestions are
 * well-formed for any input, fixes converge, and the running time grows linearly on
 * pathological inputs (no regular-expression or parser blow-ups).
 */

import { isMainThread } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearCaches } from '../src/cache.js';
import { applySuggestions, type Finding, type LintOptions, lint, type MessageType, type TextKind } from '../src/index.js';

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/** Line and column of an offset, from line starts found by splitting on \r\n, \n and \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function expectedPosition(starts: number[], offset: number): { line: number; column: number } {
  // The last line start at or before the offset (an offset inside \r\n stays on the line it ends).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/** Applies a list of edits by hand, right to left (they must not overlap). */
function applyEdits(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Properties 2 and 3: ranges inside the text and consistent; each suggestion applies cleanly on its own. */
function checkFindings(text: string, findings: readonly Finding[]): void {
  const starts = lineStarts(text);
  const wellFormed = !/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.start.offset}-${f.end.offset}`;
    for (const p of [f.start, f.end]) {
      expect(Number.isInteger(p.offset), where).toBe(true);
      expect(p.offset, where).toBeGreaterThanOrEqual(0);
      expect(p.offset, where).toBeLessThanOrEqual(text.length);
      expect({ line: p.line, column: p.column }, `${where}: line/column of offset ${p.offset}`).toEqual(expectedPosition(starts, p.offset));
    }
    expect(f.start.offset, where).toBeLessThanOrEqual(f.end.offset);
    expect(text.slice(f.start.offset, f.end.offset), where).toBe(f.actual);
    if (wellFormed) {
      expect(splitsPair(text, f.start.offset) || splitsPair(text, f.end.offset), `${where} splits a surrogate pair`).toBe(false);
    }

    for (const s of f.suggestions) {
      const sorted = [...s.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const [i, e] of sorted.entries()) {
        expect(Number.isInteger(e.start) && Number.isInteger(e.end), where).toBe(true);
        expect(e.start, where).toBeGreaterThanOrEqual(0);
        expect(e.start, where).toBeLessThanOrEqual(e.end);
        expect(e.end, where).toBeLessThanOrEqual(text.length);
        expect(typeof e.text, where).toBe('string');
        if (i > 0)
          expect(e.start, `${where}: overlapping edits in "${s.description}"`).toBeGreaterThanOrEqual((sorted[i - 1] as typeof e).end);
        if (wellFormed)
          expect(splitsPair(text, e.start) || splitsPair(text, e.end), `${where}: an edit splits a surrogate pair`).toBe(false);
      }
      if (sorted.length === 0) continue;
      // Applied alone (as if it were the finding's only, safe, suggestion), it changes
      // exactly what its edits say and nothing before the first or after the last.
      const alone = applySuggestions(text, [{ ...f, suggestions: [{ ...s, safe: true }] }]);
      expect(alone, `${where}: "${s.description}"`).toBe(applyEdits(text, sorted));
      const lo = (sorted[0] as (typeof sorted)[0]).start;
      const hi = Math.max(...sorted.map((e) => e.end));
      expect(alone.slice(0, lo), where).toBe(text.slice(0, lo));
      expect(alone.slice(alone.length - (text.length - hi)), where).toBe(text.slice(hi));
    }
  }
}

/** Property 4: applying the same findings twice gives the same text; fixing reaches a fixed point within 5 passes. */
function checkFixes(text: string, options: LintOptions, findings: readonly Finding[]): void {
  const once = applySuggestions(text, findings);
  expect(applySuggestions(text, findings)).toBe(once);
  let current = text;
  let changes = 0;
  let stopped = false;
  for (let pass = 0; pass < 5; pass++) {
    const next = applySuggestions(current, lint(current, options).findings);
    if (next === current) {
      stopped = true;
      break;
    }
    changes++;
    current = next;
  }
  // Usually one or two passes change the text; more are legitimate when fixes overlap (the
  // later one waits for the next pass) or a rule repeats in a sentence (one finding per rule
  // and sentence), e.g. four for "…March 3!!\n- Sorry to bother you again, **Just checking in**
  // Just checking in!?\n- Sorry to bother you again". It must stop, though.
  expect(stopped, `fixing did not stop after 5 passes (${changes} changes); last text: ${JSON.stringify(current)}`).toBe(true);
}

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

const MESSAGE_TYPES: MessageType[] = ['initial', 'thank-you', 'follow-up', 'close', 'reply'];

const optionsArb: fc.Arbitrary<LintOptions> = fc.record(
  {
    kind: fc.constantFrom<TextKind>('markdown', 'text'),
    type: fc.constantFrom(...MESSAGE_TYPES),
    step: fc.integer({ min: -1, max: 7 }),
    fileName: fc.constantFrom('follow-up.md', 'seq/03-check-in.txt', 'thank-you.md', 'seq/05-breakup.md', 'notes.txt'),
    config: fc.record(
      {
        allow: fc.array(fc.constantFrom('checking in', 'sorry', "haven't replied", 'it’s', '(', '.*', '[', '\\', '', '  ', 'u'), {
          maxLength: 3,
        }),
        rules: fc.dictionary(
          fc.constantFrom('blame-for-silence', 'needless-apology', 'missing-reminder', 'no-such-rule'),
          fc.constantFrom<'off' | 'info' | 'warning' | 'error'>('off', 'info', 'warning', 'error'),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['kind'] },
);

/** Any UTF-16 code unit, lone surrogates included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const unicodeTexts: [string, fc.Arbitrary<string>][] = [
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
  ['code points (full Unicode)', fc.string({ unit: 'binary', maxLength: 200 })],
  ['UTF-16 code units (lone surrogates)', fc.string({ unit: utf16Unit, maxLength: 200 })],
];

const TRIGGERS = [
  'Sorry to bother you again',
  "You haven't replied to my email",
  'Just checking in!',
  'I never heard back from you',
  'u never got back to me lol',
  'Sorry for the multiple emails',
  'I hate to bug you',
  'Apologies for being a pest, but',
  'Still waiting on your reply',
  'You’ve been ignoring my calls',
  'Given your silence,',
  'Sorry to bug you again — did you see the proposal?',
  'I hope I’m not bothering you',
  'Following up on the proposal from March 3',
  'Thanks again for the intro to [NAME OF FRIEND]',
  'SORRY TO BOTHER YOU AGAIN!!!',
  'i havent heard back from u',
  'Just wanted to bump this',
];
const PLACEHOLDERS = [
  '{{first_name}}',
  '{{ company | default: "there" }}',
  '[NAME OF FRIEND]',
  '*|FNAME|*',
  '%FIRST_NAME%',
  '{% if role %}',
  '{% endif %}',
  '{{#if x}}',
  '{{/if}}',
  '<First Name>',
  '[[Company]]',
  '${name}',
  '{!Contact.Name}',
  '«Name»',
  '___',
];
const INLINE = [
  '`inline code`',
  '<!-- a note -->',
  '😀',
  '👩🏽‍💻',
  '**Just checking in**',
  '_sorry_',
  '[the deck](https://example.com/deck)',
  'https://x.io/a?b=c',
  'dana@example.com',
  'e.g.',
  'Mr. Lee',
  '...',
  '—',
  '\t',
];

const sentenceArb = fc
  .tuple(
    fc.constantFrom('', 'Hi Dana, ', 'So ', 'Again, ', 'Anyway, ', 'Hey — ', 'Oh and '),
    fc.constantFrom(...TRIGGERS),
    fc.constantFrom('', '.', '!', '?', '!!', '...', ',', ' —', ' :)'),
    fc.constantFrom('', ' Could you send the proposal?', ' Thanks!', ' lol', ' 😀', ' Let me know by Friday.'),
  )
  .map((parts) => parts.join(''));

const inlineArb = fc.oneof(
  { weight: 4, arbitrary: sentenceArb },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 2, arbitrary: fc.constantFrom(...INLINE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const lineArb = fc.array(inlineArb, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));

const blockArb = fc.oneof(
  { weight: 6, arbitrary: lineArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('# ', '## ', '### ', '#'), fc.constantFrom('Follow-up', 'Notes', 'Body', 'Hi there', 'Step 2', 'Sorry!'))
      .map(([h, t]) => h + t),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    - ', '\t- ', '- [ ] '), lineArb), {
        minLength: 1,
        maxLength: 4,
      })
      .map((items) => items.map(([m, l]) => m + l).join('\n')),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('', ' '), lineArb), { minLength: 1, maxLength: 3 })
      .map((ls) => ls.map(([n, sp, l]) => '>'.repeat(n) + sp + l).join('\n')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '```js'), lineArb).map(([f, l]) => `${f}\n${l}\n${f.slice(0, 3)}`) },
  { weight: 1, arbitrary: lineArb.map((l) => `    ${l}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<!-- tactful-disable -->',
      '<!-- tactful-enable -->',
      '<!-- tactful-disable-next-line -->',
      '<!-- tactful-disable needless-apology -->',
      '<!-- tactful-enable needless-apology, blame-for-silence -->',
      '<!--',
      '-->',
      '<div>',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('', '> '), lineArb)
      .map(([q, l]) => `On Tue, Mar 3, 2026 at 9:14 AM Dana <d@x.com> wrote:\n${q}${l}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '-- \nSam',
      '--\nSam Lee\nAcme | Sales',
      'Best,\nSam',
      'Thanks so much,\nSam',
      'Cheers Sam',
      'Sent from my iPhone',
      '---------- Forwarded message ---------',
      'From: Dana <d@x.com>\nSent: Tuesday\nSubject: hi',
      'Subject: Following up',
      'CONFIDENTIALITY NOTICE: this email is private.',
      '---',
      '[ref]: https://example.com',
      '| a | b |\n|---|---|\n| sorry | again |',
    ),
  },
);

const separatorArb = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', ' ', '\n\t\n', '\n \n');
const frontMatterArb = fc.constantFrom(
  '',
  '',
  '---\ntype: follow-up\nstep: 2\nsubject: Quick question\n---\n',
  '---\ninvalid: [\n---\n',
  '+++\ntype = "close"\nstep = 5\n+++\n',
  '---\r\nstep: 3\r\nday: 7\r\n---\r\n',
  '\uFEFF',
  '---\n',
);

/** Markdown / e-mail-like messages built from realistic fragments. */
const emailArb = fc
  .tuple(frontMatterArb, fc.array(fc.tuple(blockArb, separatorArb), { maxLength: 12 }))
  .map(([fm, blocks]) => fm + blocks.map(([b, s]) => b + s).join(''));

/** E-mail text with random Unicode spliced in. */
const mixedArb = fc
  .array(fc.oneof(emailArb, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: utf16Unit, maxLength: 4 })), { maxLength: 4 })
  .map((xs) => xs.join(''));

/** TACTFUL_FUZZ_SCALE=10 runs ten times as many cases (for a deeper local search). */
const SCALE = Number(process.env.TACTFUL_FUZZ_SCALE ?? 1) || 1;

const families: [string, fc.Arbitrary<string>, number][] = [
  ...unicodeTexts.map(([name, arb]): [string, fc.Arbitrary<string>, number] => [name, arb, 200]),
  ['generated e-mail / Markdown', emailArb, 300],
  ['e-mail with random Unicode spliced in', mixedArb, 200],
];

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('properties over arbitrary text', () => {
  for (const [name, arb, numRuns] of families) {
    describe(name, () => {
      it('lint never throws; ranges and suggestions are well-formed', () => {
        fc.assert(
          fc.property(arb, optionsArb, (text, options) => {
            const result = lint(text, options);
            expect(Array.isArray(result.findings)).toBe(true);
            checkFindings(text, result.findings);
          }),
          { numRuns: Math.round(numRuns * SCALE) },
        );
      });

      it('applying fixes is deterministic and reaches a fixed point', () => {
        fc.assert(
          fc.property(arb, fc.constantFrom<TextKind>('markdown', 'text'), (text, kind) => {
            const options = { kind };
            checkFixes(text, options, lint(text, options).findings);
          }),
          { numRuns: Math.round(numRuns * SCALE) },
        );
      });
    });
  }

  it('a leading byte order mark shifts every finding by one and changes nothing else', () => {
    fc.assert(
      fc.property(
        emailArb.filter((t) => !t.startsWith('\uFEFF')),
        fc.constantFrom<TextKind>('markdown', 'text'),
        (text, kind) => {
          const plain = lint(text, { kind }).findings;
          const withBom = lint(`\uFEFF${text}`, { kind }).findings;
          const shape = (fs: Finding[], by: number) => fs.map((f) => [f.ruleId, f.start.offset - by, f.end.offset - by, f.actual]);
          expect(shape(withBom, 1)).toEqual(shape(plain, 0));
        },
      ),
      { numRuns: Math.round(150 * SCALE) },
    );
  });

  it('CRLF line endings give the same findings as LF', () => {
    fc.assert(
      fc.property(
        emailArb.map((t) => t.replace(/\r\n?/g, '\n')),
        fc.constantFrom<TextKind>('markdown', 'text'),
        (text, kind) => {
          const crlf = text.replace(/\n/g, '\r\n');
          const shape = (fs: Finding[]) => fs.map((f) => [f.ruleId, f.actual.replace(/\r\n/g, '\n')]);
          expect(shape(lint(crlf, { kind }).findings)).toEqual(shape(lint(text, { kind }).findings));
        },
      ),
      { numRuns: Math.round(150 * SCALE) },
    );
  });

  it('known edge cases', () => {
    const cases = [
      '',
      '\r',
      '\r\n',
      '\n\r',
      '\uFEFF',
      '\uD83D',
      '\uDE00\uD83D',
      '😀'.repeat(3),
      'Sorry to bother you again\r\n\r\nYou haven’t replied to my email\rJust checking in!',
      '\uD83DSorry to bother you again\uDE00',
      '---\n---\nSorry to bother you again.',
      '> On Tue, Mar 3, 2026 at 9:14 AM Dana <d@x.com> wrote:\n> Sorry to bother you again.',
      '{{first_name}}, sorry to bother you again!\n\n-- \nSam',
      'Sorry to bother you again,\tbut did you see it?',
    ];
    for (const text of cases) {
      for (const kind of ['markdown', 'text'] as const) {
        const result = lint(text, { kind });
        checkFindings(text, result.findings);
        checkFixes(text, { kind }, result.findings);
      }
    }
  });
});

// ---------------------------------------------------------------------------
// Pathological inputs: time must grow (roughly) linearly
// ---------------------------------------------------------------------------

/**
 * CPU milliseconds of this process: steadier than wall time on a busy machine. Worker
 * threads share the process's counter, so they fall back to wall time.
 */
const now = isMainThread
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

/** Milliseconds for one lint. */
function timeLint(text: string, kind: TextKind): number {
  // Parsing results are cached by text; every timed run starts cold, as a new text would.
  clearCaches();
  const start = now();
  lint(text, { kind });
  return now() - start;
}

/** Linear growth gives a ratio near the size factor (4); a quadratic blow-up gives 16; the margin absorbs a shared machine. */
const MAX_RATIO = 12;
/** Times below this are mostly noise; ratios are taken against at least this much. */
const FLOOR_MS = 30;

/**
 * Times `make(n)` (best of `runs`, after a warm-up) and `make(factor * n)`, and checks that
 * the larger took less than MAX_RATIO times as long (re-timed before failing).
 */
function expectLinear(label: string, make: (n: number) => string, n: number, kind: TextKind, factor = 4, runs = 2): void {
  const smallText = make(n);
  const largeText = make(n * factor);
  lint(smallText, { kind });
  let small = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) small = Math.min(small, timeLint(smallText, kind));
  let large = timeLint(largeText, kind);
  let ratio = large / Math.max(small, FLOOR_MS);
  // A busy machine can stall one run; a real blow-up stays over the bound however often it is re-timed.
  for (let retry = 0; retry < 2 && ratio >= MAX_RATIO; retry++) {
    small = Math.min(small, timeLint(smallText, kind));
    large = Math.min(large, timeLint(largeText, kind));
    ratio = large / Math.max(small, FLOOR_MS);
  }
  const summary = `${label} (${kind}): ${small.toFixed(0)} ms at n=${n}, ${large.toFixed(0)} ms at ${factor}n, ratio ${ratio.toFixed(1)}`;
  expect(ratio, summary).toBeLessThan(MAX_RATIO);
}

const PARAGRAPHS = [
  'Hi Dana,',
  'Sorry to bother you again, but I wanted to follow up on the proposal I sent on March 3. Could you let me know if you had a chance to review it?',
  "You haven't replied to my email from last week, so I'm trying one more time. Just checking in!",
  'I never heard back from you about the {{role_title}} role at *|COMPANY|*. u never got back to me lol',
  'Thanks again for the intro to [NAME OF FRIEND] — it was really kind of you. 😀 Let me know if %FIRST_NAME% is free on Tuesday at 3pm.',
  '> On Tue, Mar 3, 2026 at 9:14 AM Dana <d@x.com> wrote:\n> Happy to help, send it over.\n> - Dana',
  '- the deck (v2)\n- the budget for Q3\n  - with the *revised* numbers',
  'Best,\nSam',
];

/** Realistic follow-up paragraphs, repeated up to `n` code units. */
function paragraphs(n: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n').slice(0, n);
}

const WORDS = ['just', 'checking', 'in', 'sorry', 'to', 'bother', 'you', 'again', 'never', 'heard', 'back', 'from', 'Dana', 'proposal'];
/** One line of words without punctuation. */
const giantLine = (n: number) => {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const w = WORDS[(i * 7) % WORDS.length] as string;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ').slice(0, n);
};

describe('pathological inputs finish and scale linearly', () => {
  it('a 5 MB message of realistic follow-up paragraphs', () => {
    const text = paragraphs(5_000_000);
    const quarter = paragraphs(1_250_000);
    lint(paragraphs(100_000), { kind: 'text' });
    const small = timeLint(quarter, 'text');
    const start = now();
    const result = lint(text, { kind: 'text' });
    const large = now() - start;
    expect(large / Math.max(small, FLOOR_MS), `1.25 MB: ${small.toFixed(0)} ms, 5 MB: ${large.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
    expect(result.findings.length).toBeGreaterThan(1000);
    const starts = lineStarts(text);
    for (const f of result.findings) {
      expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
      expect({ line: f.end.line, column: f.end.column }).toEqual(expectedPosition(starts, f.end.offset));
    }
  }, 120_000);

  it('realistic paragraphs as Markdown (0.3 MB vs 1.25 MB)', () => {
    expectLinear('paragraphs', paragraphs, 312_500, 'markdown', 4, 1);
  }, 120_000);

  it.each(['a', ' ', '!', '?', '>', '*', '[', '{', '_', '\n', "'", '<', '\t', '\r\n'])(
    '100,000 repeated %j',
    (ch) => {
      const make = (n: number) => ch.repeat(n / ch.length);
      for (const kind of ['text', 'markdown'] as const) expectLinear(JSON.stringify(ch), make, 25_000, kind);
    },
    60_000,
  );

  it('deeply nested lists (2,000 levels)', () => {
    const oneLine = (n: number) => `${'- '.repeat(n)}Sorry to bother you again\n`;
    const ordered = (n: number) => `${'1. '.repeat(n)}Sorry to bother you again\n`;
    const mixed = (n: number) => `${'> - 1. '.repeat(n / 3)}Just checking in!\n`;
    for (const kind of ['markdown', 'text'] as const) {
      expectLinear('"- " × n on one line', oneLine, 500, kind);
      expectLinear('"1. " × n on one line', ordered, 500, kind);
      expectLinear('"> - 1. " × n', mixed, 500, kind);
    }
  }, 60_000);

  it('a staircase of 2,000 nested list items, each indented two more spaces', () => {
    // Twice the levels is four times the text (the indentation), so linear means a ratio near 4.
    const stairs = (n: number) => Array.from({ length: n }, (_, k) => `${'  '.repeat(k)}- Sorry to bother you again\n`).join('');
    expectLinear('staircase', stairs, 1_000, 'markdown', 2, 1);
    expectLinear('staircase', stairs, 1_000, 'text', 2, 1);
  }, 120_000);

  it("deeply nested quotes ('>' × 5,000)", () => {
    const quotes = (n: number) => `${'>'.repeat(n)} You never replied to my email.\n`;
    const spaced = (n: number) => `${'> '.repeat(n)}You never replied to my email.\n`;
    const stairs = (n: number) => Array.from({ length: n / 50 }, (_, k) => `${'>'.repeat(k % 50)} Sorry to bother you again\n`).join('');
    for (const kind of ['markdown', 'text'] as const) {
      expectLinear("'>' × n", quotes, 1_250, kind);
      expectLinear("'> ' × n", spaced, 1_250, kind);
      expectLinear('quote staircases', stairs, 5_000, kind);
    }
  }, 60_000);

  it('one giant 1 MB line without punctuation', () => {
    for (const kind of ['text', 'markdown'] as const) expectLinear('giant line', giantLine, 250_000, kind, 4, 1);
  }, 60_000);

  it('50,000 unclosed brackets and braces', () => {
    const shapes: [string, string][] = [
      ['[', '['],
      ['{', '{'],
      ['(', '('],
      ['{{', '{{'],
      ['{%', '{%'],
      ['*|', '*|'],
      ['[[', '[['],
      ['«', '«'],
      ['[a ', '[a '],
      ['<!-- ', '<!-- '],
    ];
    for (const [label, unit] of shapes) {
      const make = (n: number) => unit.repeat(n);
      for (const kind of ['text', 'markdown'] as const) expectLinear(`unclosed ${label}`, make, 12_500, kind);
    }
  }, 60_000);

  it('other shapes: whitespace runs, word-symbol runs, many headers, placeholders, directives', () => {
    const shapes: [string, (n: number) => string][] = [
      ['spaces inside a line', (n) => `x${' '.repeat(n)}x`],
      ['spaces after a full stop', (n) => `Thanks.${' '.repeat(n)}!`],
      ['valediction, then spaces', (n) => `Best${' '.repeat(n)}!`],
      ['indented blank line', (n) => `${' '.repeat(n)}\nSorry to bother you again.`],
      ['"a." runs', (n) => 'a.'.repeat(n / 2)],
      ['"1." runs', (n) => '1.'.repeat(n / 2)],
      ['"*|" runs', (n) => '*|'.repeat(n / 2)],
      ['reply headers with interleaved answers', (n) => 'On Tue, Mar 3 Dana wrote:\n> ok\nSorry to bother you.\n'.repeat(n / 50)],
      ['quoted-speech cues', (n) => 'avoid "'.repeat(n / 7)],
      ['placeholders', (n) => 'Hi {{first_name}}, ok.\n\n'.repeat(n / 24)],
      ['directives', (n) => '<!-- tactful-disable -->\nSorry to bother you again.\n\n'.repeat(n / 52)],
    ];
    for (const [label, make] of shapes) {
      for (const kind of ['text', 'markdown'] as const) expectLinear(label, make, 25_000, kind);
    }
  }, 60_000);
});
