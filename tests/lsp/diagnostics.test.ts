/**
 * Diagnostics over stdio: what each carries, exact UTF-16 positions (emoji, CRLF), the
 * languages read, incremental sync, the debounce and the publishes on clean and close.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { lint } from '../../packages/core/dist/index.js';
import * as coreNode from '../../packages/core/dist/node/index.js';
import { TestClient, textAt } from './client.js';

/** Whether this build of core reads .eml files (lintSource in @tactful/core/node). */
const readsEmail = typeof Reflect.get(coreNode, 'lintSource') === 'function';

const EML = [
  'From: Sam <sam@example.com>',
  'To: Dana <dana@example.com>',
  'Subject: Following up',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hi Dana,',
  '',
  'Sorry to bother you again. You haven=E2=80=99t responded to my email from last =',
  'week.',
  '',
  'Best,',
  'Sam',
  '',
].join('\r\n');

const FOLLOW_UP = "Hi Dana,\n\nSorry to bother you again. You haven't responded to my email from last week.\n\nBest,\nSam\n";

let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start();
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

let n = 0;
const uri = (ext = 'md') => `file:///tmp/tactful-lsp-test/diag-${++n}.${ext}`;

describe('diagnostics', () => {
  it('carries severity, source, code, doc link and the suggestions as data', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    const diagnostics = await client.diagnostics(u);
    const expected = lint(FOLLOW_UP, { kind: 'markdown', fileName: u.slice('file://'.length) }).findings;
    expect(diagnostics.map((d) => d.code)).toEqual(expected.map((f) => f.ruleId));
    const apology = diagnostics.find((d) => d.code === 'needless-apology');
    expect(apology).toMatchObject({
      source: 'tactful',
      severity: DiagnosticSeverity.Warning,
      codeDescription: { href: expect.stringMatching(/\/rules\/needless-apology\.md$/) },
      message: expect.stringContaining('Sorry to bother you again'),
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 25 } },
    });
    const data = apology?.data as { ruleId: string; suggestions: { title: string; safe: boolean; edits: unknown[] }[] };
    expect(data.ruleId).toBe('needless-apology');
    expect(data.suggestions.length).toBeGreaterThan(0);
    expect(data.suggestions[0]).toMatchObject({ title: expect.any(String), safe: expect.any(Boolean), edits: expect.any(Array) });
  });

  it('maps severities: error to Error, warning to Warning, info to Information', async () => {
    const u = uri();
    client.settings = () => ({ rules: { 'needless-apology': 'error', 'blame-for-silence': 'info' } });
    try {
      await client.open(u, FOLLOW_UP);
      const diagnostics = await client.diagnostics(u);
      expect(diagnostics.find((d) => d.code === 'needless-apology')?.severity).toBe(DiagnosticSeverity.Error);
      expect(diagnostics.find((d) => d.code === 'blame-for-silence')?.severity).toBe(DiagnosticSeverity.Information);
    } finally {
      client.settings = () => null;
      await client.close(u);
    }
  });

  it('puts every range exactly on the flagged text, in UTF-16, with emoji and CRLF', async () => {
    const text =
      '---\r\nsubject: 🙂 checking in\r\n---\r\n\r\nHi 👋🏽 Dana,\r\n\r\n🎉🎉 Sorry to bother you again. You haven\u2019t responded to my email 📧 from last week.\r\n\r\nJust checking in! 🙏\r\n';
    const u = uri();
    await client.open(u, text);
    const diagnostics = await client.diagnostics(u);
    const findings = lint(text, { kind: 'markdown', fileName: u.slice('file://'.length) }).findings;
    expect(diagnostics.length).toBe(findings.length);
    expect(diagnostics.length).toBeGreaterThan(1);
    diagnostics.forEach((d, i) => {
      const f = findings[i];
      expect(textAt(text, d.range)).toBe(f?.actual);
      expect(d.range.start).toEqual({ line: (f?.start.line ?? 0) - 1, character: (f?.start.column ?? 0) - 1 });
    });
    const apology = diagnostics.find((d) => d.code === 'needless-apology');
    // "🎉🎉 " is 5 UTF-16 code units.
    expect(apology?.range.start).toEqual({ line: 6, character: 5 });
  });

  it('reads plaintext (VS Code), text (Neovim) and .txt files whatever the language id', async () => {
    for (const [ext, languageId] of [
      ['txt', 'plaintext'],
      ['txt', 'text'],
      ['txt', 'something-else'],
      ['text', 'plaintext'],
    ] as const) {
      const u = uri(ext);
      await client.open(u, FOLLOW_UP, languageId);
      const diagnostics = await client.diagnostics(u);
      expect(diagnostics.map((d) => d.code)).toContain('needless-apology');
    }
  });

  it('reads an untitled Markdown buffer by its language id', async () => {
    const u = `untitled:Untitled-${++n}`;
    await client.open(u, FOLLOW_UP, 'markdown');
    expect((await client.diagnostics(u)).map((d) => d.code)).toContain('needless-apology');
  });

  it('leaves other languages alone', async () => {
    const u = uri('ts');
    const before = client.publishes.length;
    await client.open(u, `// ${FOLLOW_UP}`, 'typescript');
    // A Markdown document opened after it is answered; the TypeScript one never is.
    const marker = uri();
    await client.open(marker, FOLLOW_UP);
    await client.diagnostics(marker);
    expect(client.publishes.slice(before).some((p) => p.uri === u)).toBe(false);
  });

  it('applies incremental changes and re-lints: clean gives an empty publish', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    expect((await client.diagnostics(u)).length).toBeGreaterThan(0);
    // Replace the second paragraph with a specific, friendly follow-up.
    await client.change(u, [
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 78 } },
        text: 'Following up on the Q3 budget proposal I sent on Tuesday: could we review it on Friday at 3pm?',
      },
    ]);
    expect(client.text(u)).toContain('Following up on the Q3 budget');
    const diagnostics = await client.diagnostics(u);
    expect(diagnostics).toEqual([]);
  });

  it('debounces rapid edits and publishes once more after the last one', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    await client.diagnostics(u);
    const before = client.publishes.length;
    let version = 0;
    for (let i = 0; i < 30; i++) {
      version = await client.change(u, [{ range: { start: { line: 5, character: 3 }, end: { line: 5, character: 3 } }, text: 'x' }]);
    }
    const last = await client.waitForPublish(u, (p) => p.version === version, before);
    const ours = client.publishes.slice(before).filter((p) => p.uri === u);
    expect(ours.length).toBeLessThan(5);
    expect(ours.at(-1)).toBe(last);
    expect(last.diagnostics.map((d) => d.code)).toContain('needless-apology');
  });

  it('publishes an empty list when a document closes', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    expect((await client.diagnostics(u)).length).toBeGreaterThan(0);
    const before = client.publishes.length;
    await client.close(u);
    const p = await client.waitForPublish(u, () => true, before);
    expect(p.diagnostics).toEqual([]);
  });

  it('keeps positions right across edits that add emoji and CRLF line breaks', async () => {
    const u = uri();
    await client.open(u, 'Hi Dana,\n\nThanks for the call.\n');
    await client.diagnostics(u);
    await client.change(u, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '😀😀\r\n\r\n🙂 ' }]);
    await client.change(u, [
      { range: { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, text: "You haven't replied to my email. " },
    ]);
    const text = client.text(u);
    const diagnostics = await client.diagnostics(u);
    const blame = diagnostics.find((d) => d.code === 'blame-for-silence');
    expect(blame).toBeDefined();
    expect(textAt(text, blame?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toMatch(
      /^You haven't replied/,
    );
    expect(blame?.range.start).toEqual({ line: 4, character: 3 });
  });

  it.skipIf(!readsEmail)('reads .eml files through core, with positions and fixes in the raw message', async () => {
    for (const languageId of ['email', 'mail', 'plaintext']) {
      const u = uri('eml');
      await client.open(u, EML, languageId);
      const diagnostics = await client.diagnostics(u);
      const blame = diagnostics.find((d) => d.code === 'blame-for-silence');
      expect(blame?.range.start).toEqual({ line: 9, character: 27 });
      // The range covers the raw quoted-printable text.
      expect(textAt(EML, blame?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toBe(
        'You haven=E2=80=99t responded',
      );
      const apology = diagnostics.find((d) => d.code === 'needless-apology');
      const [fix] = await client.codeActions(
        u,
        apology?.range ?? { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } },
        [],
        ['quickfix'],
      );
      expect(fix?.title).toBe('Remove the apology');
      await client.applyWorkspaceEdit(u, fix?.edit);
      expect(client.text(u)).toContain('\r\n\r\nYou haven=E2=80=99t responded');
      expect((await client.diagnostics(u)).map((d) => d.code)).not.toContain('needless-apology');
      await client.close(u);
    }
  });

  it('works the same with --no-worker (core on the protocol thread)', async () => {
    const inline = await TestClient.start({ args: ['--stdio', '--no-worker'] });
    try {
      const u = uri();
      await inline.open(u, FOLLOW_UP);
      const diagnostics = await inline.diagnostics(u);
      const expected = lint(FOLLOW_UP, { kind: 'markdown', fileName: u.slice('file://'.length) }).findings;
      expect(diagnostics.map((d) => d.code)).toEqual(expected.map((f) => f.ruleId));
      const actions = await inline.codeActions(
        u,
        { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        [],
        ['source.fixAll.tactful'],
      );
      expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.tactful']);
    } finally {
      expect(await inline.stop()).toBe(0);
    }
  });
});
