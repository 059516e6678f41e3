/**
 * `lintSource` from @tactful/core/node (built), the function the CLI and the language server
 * share: positions, `actual` and edits refer to the raw file text of every kind.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fixtureRepo, root } from './helpers.js';

interface Finding {
  ruleId: string;
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
  actual: string;
  suggestions: { safe: boolean; edits: { start: number; end: number; text: string }[] }[];
}
type LintSource = (
  source: string,
  options: { fileName: string; config?: unknown; kind?: string },
) => Promise<{ findings: Finding[]; message: { type: string }; kind: string }>;

let lintSource: LintSource;
let applySuggestions: (text: string, findings: Finding[]) => string;

beforeAll(async () => {
  assertBuilt();
  const node = await import(path.join(root, 'packages/core/dist/node/index.js'));
  lintSource = node.lintSource;
  applySuggestions = node.applySuggestions;
});

const only = { rules: { minimizer: 'off' } };

function expectOnSource(source: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(source.slice(f.start.offset, f.end.offset)).toBe(f.actual);
    const before = source.slice(0, f.start.offset).split(/\r\n|\n/);
    expect(f.start.line).toBe(before.length);
    expect(f.start.column).toBe((before.at(-1) as string).length + 1);
  }
}

describe('lintSource', () => {
  it('Markdown and plain text: the text as given (a byte-order mark counts as a character)', async () => {
    const text = '\uFEFFHi Dana,\n\nSorry to bother you again, but could you send the signed quote?\n';
    const result = await lintSource(text, { fileName: 'a.txt', config: only });
    expect(result.kind).toBe('text');
    const apology = result.findings.find((f) => f.ruleId === 'needless-apology') as Finding;
    expect(apology.start).toEqual({ line: 3, column: 1, offset: 11 });
    expectOnSource(text, result.findings);
    expect(applySuggestions(text, result.findings)).toBe('\uFEFFHi Dana,\n\nCould you send the signed quote?\n');
  });

  it('e-mail: positions and edits in the raw .eml, the Subject read, quoted history skipped', async () => {
    const raw = await readFile(path.join(fixtureRepo, 'templates/recurring-invoices.eml'), 'utf8');
    const result = await lintSource(raw, { fileName: 'recurring-invoices.eml', config: only });
    expect(result.kind).toBe('text');
    expect(result.message.type).toBe('follow-up');
    expect(result.findings.map((f) => [f.ruleId, f.start.line, f.start.column])).toEqual([
      ['needless-apology', 15, 1],
      ['blame-for-silence', 16, 25],
    ]);
    expectOnSource(raw, result.findings);
    const fixed = applySuggestions(raw, result.findings);
    expect(fixed).toBe(raw.replace('Sorry to bother you again, but I wanted', 'I wanted'));
  });

  it('e-mail in base64: findings on the encoded lines, no edits', async () => {
    const body = Buffer.from("Hi Dana,\r\n\r\nYou haven't responded to my email about the Elm St. quote.\r\n").toString('base64');
    const raw = `From: a@example.com\r\nSubject: Elm St. quote\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${body.slice(0, 40)}\r\n${body.slice(40)}\r\n`;
    const result = await lintSource(raw, { fileName: 'b.eml', config: only });
    const blame = result.findings.find((f) => f.ruleId === 'blame-for-silence') as Finding;
    expect(blame.start.line).toBeGreaterThanOrEqual(6);
    expect(blame.suggestions).toEqual([]);
    expectOnSource(raw, result.findings);
  });

  it('HTML: markup, code, quotes and comments never flagged; entities mapped; edits escaped', async () => {
    const html =
      '<p>Tom &amp; Ana,</p><!-- You never replied --><pre>You never replied.</pre><p>Sorry to bother you again, but is the <b>R&amp;D</b> budget set?</p>';
    const result = await lintSource(html, { fileName: 'c.html', config: only });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['needless-apology']);
    expectOnSource(html, result.findings);
    expect(applySuggestions(html, result.findings)).toBe(
      '<p>Tom &amp; Ana,</p><!-- You never replied --><pre>You never replied.</pre><p>Is the <b>R&amp;D</b> budget set?</p>',
    );
  });
});
