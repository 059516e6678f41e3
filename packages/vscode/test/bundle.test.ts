/**
 * The extension's build, without VS Code: the manifest contributes what the README promises,
 * the client bundle needs nothing but `vscode` and Node's own modules (the .vsix has no
 * node_modules), the rule index covers every rule page of core, and the server turned into
 * CommonJS still speaks LSP over stdio, lint worker included. The end-to-end test in
 * code-server (tests/e2e/vscode.test.ts) covers the rest.
 *
 * Needs `pnpm build` (the server bundle of packages/lsp); it runs the extension's build.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(packageDir, 'dist');
const coreRules = path.resolve(packageDir, '../core/docs/rules');
const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

beforeAll(() => {
  if (!existsSync(path.resolve(packageDir, '../lsp/dist/server.js')))
    throw new Error('packages/lsp/dist/server.js is missing: run `pnpm build` before these tests');
  execFileSync(process.execPath, [path.join(packageDir, 'build.mjs')], { stdio: 'pipe' });
});

describe('manifest', () => {
  it('contributes the settings, commands and email language the README documents', () => {
    const { configuration, commands, languages } = manifest.contributes;
    expect(Object.keys(configuration.properties).sort()).toEqual(
      ['tactful.debounce', 'tactful.enable', 'tactful.languages', 'tactful.rules', 'tactful.trace.server'].sort(),
    );
    for (const [key, setting] of Object.entries<{ markdownDescription?: string; description?: string }>(configuration.properties))
      expect((setting.markdownDescription ?? setting.description ?? '').length, key).toBeGreaterThan(40);
    expect(configuration.properties['tactful.languages'].default).toEqual(['markdown', 'plaintext', 'email']);
    expect(commands.map((c: { command: string; title: string }) => `${c.command}: ${c.title}`)).toEqual([
      'tactful.fixAll: Fix all tone issues in this file',
      'tactful.explainRule: Explain rule...',
      'tactful.restartServer: Restart server',
    ]);
    expect(languages).toContainEqual(expect.objectContaining({ id: 'email', extensions: ['.eml'] }));
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(manifest.main).toBe('./dist/extension.js');
    const readme = readFileSync(path.join(packageDir, 'README.md'), 'utf8');
    for (const key of Object.keys(configuration.properties)) expect(readme).toContain(`\`${key}\``);
    for (const command of commands) expect(readme).toContain(`Tactful: ${command.title}`);
  });
});

describe('bundles', () => {
  it('the client requires only vscode and Node built-ins', () => {
    const code = readFileSync(path.join(dist, 'extension.js'), 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''));
    expect(required.has('vscode')).toBe(true);
    const builtins = new Set(builtinModules);
    const others = [...required].filter((id) => id !== 'vscode' && !builtins.has(id.replace(/^node:/, '')));
    expect(others).toEqual([]);
  });

  it('the rule index has an entry, with its category and summary, for every rule page of core', () => {
    const pages = readdirSync(coreRules)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .sort();
    const index = JSON.parse(readFileSync(path.join(dist, 'rules', 'index.json'), 'utf8')) as {
      id: string;
      category: string;
      summary: string;
    }[];
    expect(index.map((r) => r.id)).toEqual(pages);
    for (const rule of index) {
      expect(rule.category, rule.id).toMatch(/^[a-z-]+$/);
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(existsSync(path.join(dist, 'rules', `${rule.id}.md`))).toBe(true);
    }
  });
});

describe('the bundled server (CommonJS)', () => {
  let child: ChildProcess;
  let connection: MessageConnection;
  const publishes: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];

  beforeAll(() => {
    child = spawn(process.execPath, [path.join(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    if (!child.stdout || !child.stdin) throw new Error('no stdio');
    connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      publishes.push(params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      logs.push(params.message);
    });
    connection.listen();
  });

  afterAll(async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });

  it('prints its version', () => {
    const version = execFileSync(process.execPath, [path.join(dist, 'server.js'), '--version'], { encoding: 'utf8' }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('initializes, lints in its worker and publishes the findings of a follow-up', async () => {
    const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    expect(result.serverInfo?.name).toBe('tactful-language-server');
    await connection.sendNotification('initialized', {});
    const uri = pathToFileURL(path.join(packageDir, 'test', 'follow-up.md')).href;
    const text = 'Hi Dana,\n\nPer my last email, the contract needs your signature by Friday.\n\nThanks,\nSam\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await expect.poll(() => publishes.find((p) => p.uri === uri), { timeout: 30_000 }).toBeDefined();
    const codes = publishes.find((p) => p.uri === uri)?.diagnostics.map((d) => d.code);
    expect(codes).toContain('already-told-you');
    // The worker answers `describe` with the rule count: it started from the CommonJS bundle.
    await expect.poll(() => logs.find((l) => / \d+ rules; /.test(l)), { timeout: 30_000 }).toBeDefined();
    expect(logs.join('\n')).not.toMatch(/no lint worker|worker failed/);
  });
});
