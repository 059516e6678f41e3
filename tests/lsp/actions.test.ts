/**
 * Code actions and hovers over stdio: every suggestion as a quick fix (the first preferred),
 * applied and re-linted; `source.fixAll.tactful` with core's applySuggestions semantics; the
 * Markdown disable comment; hovers that explain the finding.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applySuggestions, lint } from '../../packages/core/dist/index.js';
import { applyEdits, fullCapabilities, TestClient } from './client.js';

const FOLLOW_UP = "Hi Dana,\n\nSorry to bother you again. You haven't responded to my email from last week.\n\nBest,\nSam\n";
const SAFE =
  'Hi Dana,\n\nSorry to bother you again, but could you send the signed contract for the Acme project by Friday?\n\nBest,\nSam\n';

let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start();
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

let n = 0;
const uri = (ext = 'md') => `file:///tmp/tactful-lsp-test/actions-${++n}.${ext}`;
const find = (diagnostics: Diagnostic[], code: string) => {
  const d = diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} diagnostic in ${JSON.stringify(diagnostics.map((x) => x.code))}`);
  return d;
};

describe('quick fixes', () => {
  it('offers every suggestion of a diagnostic, the first preferred, as versioned edits', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    const diagnostics = await client.diagnostics(u);
    const blame = find(diagnostics, 'blame-for-silence');
    const actions = await client.codeActions(u, blame.range, [blame]);
    const suggestions = (blame.data as { suggestions: { title: string }[] }).suggestions;
    const fixes = actions.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Disable'));
    expect(fixes.map((a) => a.title)).toEqual(suggestions.map((s) => s.title));
    expect(fixes[0]?.isPreferred).toBe(true);
    expect(fixes.slice(1).every((a) => !a.isPreferred)).toBe(true);
    expect(fixes[0]?.diagnostics?.[0]?.code).toBe('blame-for-silence');
    const change = fixes[0]?.edit?.documentChanges?.[0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: u, version: client.version(u) });
  });

  it('clears the finding once its quick fix is applied', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    const blame = find(await client.diagnostics(u), 'blame-for-silence');
    const [fix] = await client.codeActions(u, blame.range, [blame], ['quickfix']);
    await client.applyWorkspaceEdit(u, fix?.edit);
    expect(client.text(u)).not.toContain("haven't responded");
    const after = await client.diagnostics(u);
    expect(after.map((d) => d.code)).not.toContain('blame-for-silence');
  });

  it('answers a cursor position without diagnostics in the context (clients that do not send them)', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    await client.diagnostics(u);
    const actions = await client.codeActions(u, { start: { line: 2, character: 40 }, end: { line: 2, character: 40 } });
    expect(actions.some((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'blame-for-silence')).toBe(true);
  });

  it('uses plain `changes` for clients without documentChanges', async () => {
    const other = await TestClient.start({
      capabilities: { ...fullCapabilities, workspace: { ...fullCapabilities.workspace, workspaceEdit: { documentChanges: false } } },
    });
    try {
      const u = uri();
      await other.open(u, FOLLOW_UP);
      const blame = find(await other.diagnostics(u), 'blame-for-silence');
      const [fix] = await other.codeActions(u, blame.range, [blame]);
      expect(fix?.edit?.changes?.[u]?.length).toBeGreaterThan(0);
      expect(fix?.edit?.documentChanges).toBeUndefined();
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });

  it('ignores diagnostics of other sources and stale ranges', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    await client.diagnostics(u);
    const foreign: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
      message: 'spelling',
      source: 'cspell',
    };
    expect(await client.codeActions(u, foreign.range, [foreign], ['quickfix'])).toEqual([]);
  });
});

describe('fix all', () => {
  it('applies the safe suggestions as core applySuggestions does, and they clear', async () => {
    const u = uri();
    await client.open(u, SAFE);
    const diagnostics = await client.diagnostics(u);
    expect(diagnostics.map((d) => d.code)).toContain('needless-apology');
    const actions = await client.codeActions(
      u,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ['source.fixAll.tactful'],
    );
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.tactful']);
    const expected = applySuggestions(SAFE, lint(SAFE, { kind: 'markdown', fileName: u.slice('file://'.length) }).findings);
    expect(expected).not.toBe(SAFE);
    const edits = ((actions[0]?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined)?.edits ?? []) as TextEdit[];
    expect(applyEdits(SAFE, edits)).toBe(expected);
    await client.applyWorkspaceEdit(u, actions[0]?.edit);
    const after = await client.diagnostics(u);
    expect(after.map((d) => d.code)).not.toContain('needless-apology');
  });

  it('is offered for `source` and `source.fixAll` requests, not for `quickfix` only', async () => {
    const u = uri();
    await client.open(u, SAFE);
    await client.diagnostics(u);
    const at = { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } };
    expect((await client.codeActions(u, at, [], ['source'])).map((a) => a.kind)).toEqual(['source.fixAll.tactful']);
    expect((await client.codeActions(u, at, [], ['source.fixAll'])).map((a) => a.kind)).toEqual(['source.fixAll.tactful']);
    expect((await client.codeActions(u, at, [], ['quickfix'])).some((a) => a.kind === 'source.fixAll.tactful')).toBe(false);
  });

  it('offers nothing when no safe fix applies', async () => {
    const u = uri();
    const clean =
      'Hi Dana,\n\nFollowing up on the Q3 budget proposal I sent on Tuesday: could we review it on Friday at 3pm?\n\nBest,\nSam\n';
    await client.open(u, clean);
    expect(await client.diagnostics(u)).toEqual([]);
    expect(
      await client.codeActions(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.tactful']),
    ).toEqual([]);
  });
});

describe('disable for this line', () => {
  it('inserts the Markdown disable comment above the line, and the finding goes', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    const blame = find(await client.diagnostics(u), 'blame-for-silence');
    const actions = await client.codeActions(u, blame.range, [blame]);
    const disable = actions.find((a) => a.title === 'Disable blame-for-silence for this line');
    expect(disable?.kind).toBe('quickfix');
    await client.applyWorkspaceEdit(u, disable?.edit);
    expect(client.text(u).split('\n')[2]).toBe('<!-- tactful-disable-next-line blame-for-silence -->');
    const after = await client.diagnostics(u);
    expect(after.map((d) => d.code)).not.toContain('blame-for-silence');
    expect(after.map((d) => d.code)).toContain('needless-apology');

    // A second rule on the same line joins the same comment.
    const apology = find(after, 'needless-apology');
    const second = (await client.codeActions(u, apology.range, [apology])).find(
      (a) => a.title === 'Disable needless-apology for this line',
    );
    await client.applyWorkspaceEdit(u, second?.edit);
    expect(client.text(u).split('\n')[2]).toBe('<!-- tactful-disable-next-line blame-for-silence needless-apology -->');
    const last = await client.diagnostics(u);
    expect(last.map((d) => d.code)).not.toContain('needless-apology');
  });

  it('keeps CRLF line ends and list indentation', async () => {
    const u = uri();
    const text = 'Hi Dana,\r\n\r\n- First point.\r\n- Sorry to bother you again, but could you send the contract?\r\n';
    await client.open(u, text);
    const apology = find(await client.diagnostics(u), 'needless-apology');
    const disable = (await client.codeActions(u, apology.range, [apology])).find((a) => a.title.startsWith('Disable needless-apology'));
    await client.applyWorkspaceEdit(u, disable?.edit);
    expect(client.text(u)).toBe(
      'Hi Dana,\r\n\r\n- First point.\r\n<!-- tactful-disable-next-line needless-apology -->\r\n- Sorry to bother you again, but could you send the contract?\r\n',
    );
    expect((await client.diagnostics(u)).map((d) => d.code)).not.toContain('needless-apology');
  });

  it('is not offered in plain text, which has no comments', async () => {
    const u = uri('txt');
    await client.open(u, FOLLOW_UP, 'plaintext');
    const blame = find(await client.diagnostics(u), 'blame-for-silence');
    const actions = await client.codeActions(u, blame.range, [blame]);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false);
  });
});

describe('hover', () => {
  it('explains what the rule flags, why, and a better version, with the doc link', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    const blame = find(await client.diagnostics(u), 'blame-for-silence');
    const hover = await client.hover(u, blame.range.start.line, blame.range.start.character + 3);
    expect(hover?.contents.kind).toBe('markdown');
    const value = hover?.contents.value ?? '';
    expect(value).toContain('blame-for-silence');
    expect(value).toContain('What it flags');
    expect(value).toContain('Why it hurts a follow-up');
    expect(value).toMatch(/Better version/);
    expect(value).toContain('Following up on my email from last week');
    expect(value).toContain(blame.codeDescription?.href);
  });

  it('is null away from findings and plain text for clients without Markdown', async () => {
    const u = uri();
    await client.open(u, FOLLOW_UP);
    await client.diagnostics(u);
    // Line 4 ("Best,"): no finding, and not the first line, where the message report shows.
    expect(await client.hover(u, 4, 1)).toBeNull();

    const plain = await TestClient.start({
      capabilities: { ...fullCapabilities, textDocument: { ...fullCapabilities.textDocument, hover: { contentFormat: ['plaintext'] } } },
    });
    try {
      const v = uri();
      await plain.open(v, FOLLOW_UP);
      await plain.diagnostics(v);
      const hover = await plain.hover(v, 2, 3);
      expect(hover?.contents.kind).toBe('plaintext');
      expect(hover?.contents.value).toContain('Why it hurts a follow-up');
      expect(hover?.contents.value).not.toContain('**');
    } finally {
      expect(await plain.stop()).toBe(0);
    }
  });

  it('answers for an edit still in the debounce window, on the new text', async () => {
    const u = uri();
    await client.open(u, 'Hi Dana,\n\nThanks for the call.\n');
    await client.diagnostics(u);
    await client.change(u, [
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: "You haven't replied to my email. " },
    ]);
    const hover = await client.hover(u, 2, 5);
    expect(hover?.contents.value).toContain('blame-for-silence');
  });
});
