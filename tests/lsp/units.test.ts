/**
 * The server's own modules, without a process: language detection, settings, the fallback
 * config discovery (used when core's node layer has none), rule doc parsing, the fix-all
 * diff and the JSON-RPC framing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextDocument } from '../../packages/lsp/node_modules/vscode-languageserver-textdocument/lib/umd/main.js';
import { fixAllEdit, kindRequested } from '../../packages/lsp/src/actions.js';
import { ConfigFiles, mergeConfigs } from '../../packages/lsp/src/config-files.js';
import { documentKind } from '../../packages/lsp/src/languages.js';
import { parseRuleDoc } from '../../packages/lsp/src/rule-docs.js';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../packages/lsp/src/settings.js';
import { GuardedMessageReader } from '../../packages/lsp/src/transport.js';
import { applyEdits, offsetAt } from './client.js';

/** Enough of a TextDocument for the helpers under test. */
function fakeDocument(text: string): TextDocument {
  const positionAt = (offset: number) => {
    let line = 0;
    let start = 0;
    for (let i = 0; i < offset; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') continue;
      if (text[i] === '\n' || text[i] === '\r') {
        line++;
        start = i + 1;
      }
    }
    return { line, character: offset - start };
  };
  const doc = {
    uri: 'file:///x.md',
    languageId: 'markdown',
    version: 1,
    getText: () => text,
    positionAt,
    offsetAt: (p: { line: number; character: number }) => offsetAt(text, p),
  };
  return doc as unknown as TextDocument;
}

describe('documentKind', () => {
  const all = DEFAULT_SETTINGS.languages;
  it.each([
    ['markdown', '/a/b.md', 'markdown'],
    ['plaintext', '/a/b.txt', 'plaintext'],
    ['text', '/a/b.txt', 'plaintext'],
    ['text', '/a/b', 'plaintext'],
    ['mail', '/a/b.eml', 'email'],
    ['plaintext', '/a/b.eml', 'email'],
    ['markdown', 'Untitled-1', 'markdown'],
    ['typescript', '/a/b.md', 'markdown'],
    ['typescript', '/a/b.ts', undefined],
    ['json', '/a/package.json', undefined],
  ])('%s %s -> %s', (languageId, file, kind) => {
    expect(documentKind(languageId, file, all)).toBe(kind);
  });

  it('follows the languages setting, by kind or by the client id itself', () => {
    expect(documentKind('plaintext', '/a/b.txt', ['markdown'])).toBeUndefined();
    expect(documentKind('text', '/a/b.txt', ['text'])).toBe('plaintext');
    expect(documentKind('plaintext', '/a/b.txt', ['text'])).toBe('plaintext');
    expect(documentKind('gitcommit', '/a/COMMIT_EDITMSG', ['gitcommit'])).toBe('plaintext');
    expect(documentKind('gitcommit', '/a/COMMIT_EDITMSG', all)).toBeUndefined();
  });
});

describe('normalizeSettings', () => {
  it('keeps defaults for absent keys and takes valid ones', () => {
    const { settings, problems } = normalizeSettings({ enable: false, languages: ['markdown'], debounce: 40, rules: { minimizer: 'off' } });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ enable: false, languages: ['markdown'], debounce: 40, rules: { minimizer: 'off' } });
    expect(normalizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('names every wrong key and keeps the base value for it', () => {
    const { settings, problems, invalid } = normalizeSettings(
      { enable: 'yes', languages: 'markdown', debounce: -1, rules: { x: 'loud' } },
      DEFAULT_SETTINGS,
      ['"rules.x": unknown rule'],
    );
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(invalid.sort()).toEqual(['debounce', 'enable', 'languages', 'rules']);
    expect(problems).toContain('"tactful.rules.x": unknown rule');
    expect(problems.some((p) => p.startsWith('"tactful.enable"'))).toBe(true);
  });
});

describe('ConfigFiles (discovery when core has none)', () => {
  let dir: string;
  const known = new Set(['needless-apology', 'blame-for-silence', 'missing-reminder']);
  const write = (rel: string, content: string) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tactful-config-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges nearest first and stops at root: true', () => {
    write('a/package.json', JSON.stringify({ tactful: { root: true, rules: { 'needless-apology': 'off' }, allow: ['pardon'] } }));
    write('a/b/.tactfulrc.yaml', 'rules:\n  blame-for-silence: info\nallow: [just]\n');
    write('a/b/c/.tactfulrc.json', JSON.stringify({ rules: { 'blame-for-silence': 'error' } }));
    write('.tactfulrc.json', JSON.stringify({ rules: { 'missing-reminder': 'off' } }));
    const files = new ConfigFiles(known);
    const r = files.resolve(path.join(dir, 'a/b/c/x.md'));
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => path.relative(dir, f))).toEqual(['a/b/c/.tactfulrc.json', 'a/b/.tactfulrc.yaml', 'a/package.json']);
    expect(r.config?.rules).toEqual({ 'needless-apology': 'off', 'blame-for-silence': 'error' });
    expect(r.config?.allow).toEqual(['pardon', 'just']);
    // A package.json without `tactful` is no config: the search goes on.
    write('p/package.json', JSON.stringify({ name: 'p' }));
    write('p/q/.tactfulrc.yml', 'root: true\n');
    expect(files.resolve(path.join(dir, 'p/x.md')).files.map((f) => path.relative(dir, f))).toEqual(['.tactfulrc.json']);
  });

  it('keeps the last good contents of a broken file, and skips one that never was good', () => {
    const rc = write('broken/.tactfulrc.json', JSON.stringify({ root: true, rules: { 'needless-apology': 'off' } }));
    const files = new ConfigFiles(known);
    expect(files.resolve(path.join(dir, 'broken/x.md')).config?.rules).toEqual({ 'needless-apology': 'off' });
    writeFileSync(rc, '{ "root": true,\n  "rules": { ');
    files.invalidate([rc]);
    const r = files.resolve(path.join(dir, 'broken/x.md'));
    expect(r.config?.rules).toEqual({ 'needless-apology': 'off' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(/^.*\.tactfulrc\.json: invalid JSON/);
    expect(r.problems[0]?.usingLastGood).toBe(true);
    expect(files.currentProblem(rc)).toMatch(/invalid JSON/);

    const never = write('never/.tactfulrc.yaml', 'root: true\nrules:\n  nope: loud\n');
    const n = files.resolve(path.join(dir, 'never/x.md'));
    expect(n.problems[0]?.message).toContain(never);
    expect(n.problems[0]?.message).toContain('"rules.nope"');
    expect(n.problems[0]?.usingLastGood).toBe(false);
    expect(n.files.map((f) => path.relative(dir, f))).toEqual(['.tactfulrc.json']);
  });

  it('reads files again after invalidate, or when older than maxAgeMs', async () => {
    const rc = write('age/.tactfulrc.json', JSON.stringify({ root: true, rules: { 'needless-apology': 'off' } }));
    const files = new ConfigFiles(known, 0);
    expect(files.resolve(path.join(dir, 'age/x.md')).config?.rules).toEqual({ 'needless-apology': 'off' });
    writeFileSync(rc, JSON.stringify({ root: true, rules: { 'needless-apology': 'error' } }));
    await new Promise((r) => setTimeout(r, 5));
    expect(files.resolve(path.join(dir, 'age/x.md')).config?.rules).toEqual({ 'needless-apology': 'error' });
  });

  it('mergeConfigs: nearer wins key by key', () => {
    expect(
      mergeConfigs([
        { rules: { a: 'off' }, cadence: { profile: 'phone' } },
        { rules: { a: 'error', b: 'info' }, root: true },
      ]),
    ).toEqual({
      root: true,
      rules: { a: 'off', b: 'info' },
      cadence: { profile: 'phone' },
    });
  });
});

describe('parseRuleDoc', () => {
  it('takes what it flags, why and the better versions from the fixed headings', () => {
    const doc = parseRuleDoc(
      '# x\n\nCategory\n\n## What it flags\n\nThings like:\n\n- one;\n- two;\n- three;\n- four.\n\nMore.\n\n## Why\n\nBecause.\n\nAnd more.\n\n## Examples to avoid\n\n- bad\n\n## Better versions\n\n- good one\n- good two\n',
    );
    expect(doc).toEqual({ flags: 'Things like:\n- one;\n- two;\n- three;', why: 'Because.', better: ['good one', 'good two'] });
  });
});

describe('fix all', () => {
  it('turns the fixed text into one edit that never splits a surrogate pair or a CRLF', () => {
    const text = 'Hi 😀!!!\r\nSorry to bother you again. Any news?\r\n';
    const fixed = 'Hi 😀!\r\nAny news?\r\n';
    const doc = fakeDocument(text);
    const edit = fixAllEdit(doc, text, fixed);
    expect(edit).toBeDefined();
    expect(applyEdits(text, edit ? [edit] : [])).toBe(fixed);
    expect(fixAllEdit(doc, text, text)).toBeUndefined();
  });

  it('kindRequested follows the hierarchy of kinds', () => {
    expect(kindRequested('source.fixAll.tactful', undefined)).toBe(true);
    expect(kindRequested('source.fixAll.tactful', ['source'])).toBe(true);
    expect(kindRequested('source.fixAll.tactful', ['source.fixAll.eslint'])).toBe(false);
    expect(kindRequested('quickfix', ['source'])).toBe(false);
  });
});

describe('GuardedMessageReader', () => {
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

  function read(chunks: Buffer[]): { messages: unknown[]; replies: unknown[] } {
    const input = new PassThrough();
    const messages: unknown[] = [];
    const replies: unknown[] = [];
    const reader = new GuardedMessageReader(input, (r) => replies.push(r));
    reader.listen((m) => messages.push(m));
    for (const c of chunks) input.write(c);
    return { messages, replies };
  }

  it('reads messages split at every byte, multi-byte characters included', async () => {
    const init = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }));
    const note = frame(JSON.stringify({ jsonrpc: '2.0', method: 'x/note', params: { text: 'Sorry 😅 — ça va' } }));
    const bytes = Buffer.from(init + note, 'utf8');
    const { messages, replies } = read([...bytes].map((b) => Buffer.from([b])));
    await new Promise((r) => setImmediate(r));
    expect(replies).toEqual([]);
    expect(messages).toHaveLength(2);
    expect((messages[1] as { params: { text: string } }).params.text).toBe('Sorry 😅 — ça va');
  });

  it('answers bad bodies and bad headers, then reads on', async () => {
    const init = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }));
    const good = frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    const input = `${init}${frame('{not json')}Content-Type: x\r\n\r\njunk\r\n${frame('[1]')}${frame('{"jsonrpc":"2.0","id":7}')}${good}`;
    const { messages, replies } = read([Buffer.from(input)]);
    await new Promise((r) => setImmediate(r));
    expect(messages.map((m) => (m as { id: number }).id)).toEqual([1, 2]);
    expect(replies.map((r) => (r as { error: { code: number } }).error.code)).toEqual([-32700, -32700, -32700, -32600, -32600]);
    expect((replies[4] as { id: number }).id).toBe(7);
  });
});
