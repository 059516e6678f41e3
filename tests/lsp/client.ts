/**
 * A small LSP client for the protocol tests: spawns the built server over stdio and speaks
 * JSON-RPC to it with vscode-jsonrpc, recording what the server pushes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverPath = path.join(root, 'packages/lsp/dist/server.js');

export function requireBuiltServer(): void {
  if (!existsSync(serverPath)) throw new Error('packages/lsp/dist/server.js is missing: run `pnpm build` before these tests');
}

export const fullCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
  window: { showMessage: {} },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** Answers `workspace/configuration` for section `tactful` (per scope URI). */
  settings?: (scopeUri: string | undefined) => unknown;
  args?: string[];
  initialize?: boolean;
}

export class TestClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  stderr = '';
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;
  settings: (scopeUri: string | undefined) => unknown;

  constructor(options: StartOptions = {}) {
    requireBuiltServer();
    this.settings = options.settings ?? (() => null);
    this.child = spawn(process.execPath, [serverPath, ...(options.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(this.child.stdin as NodeJS.WritableStream),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.publishes.push(params);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => (item.section === 'tactful' ? this.settings(item.scopeUri) : null)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.wake();
      return null;
    });
    this.connection.onRequest('window/showMessageRequest', () => null);
    // A broken pipe shows up as the process's exit, which the tests check.
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const client = new TestClient(options);
    if (options.initialize !== false) await client.initialize(options);
    return client;
  }

  async initialize(options: StartOptions = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? fullCapabilities,
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `check` returns a value (re-checked on every notification), or rejects after `timeout` ms. */
  waitFor<T>(check: () => T | undefined, timeout = 10_000, what = 'a notification'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const first = check();
      if (first !== undefined) return resolve(first);
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}\n--- stderr\n${this.stderr}\n--- logs\n${this.logs.join('\n')}`));
      }, timeout);
      const waiter = () => {
        const value = check();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
        } else this.waiters.push(waiter);
      };
      this.waiters.push(waiter);
    });
  }

  /** The first publish for `uri` after index `from` that satisfies `predicate`. */
  waitForPublish(
    uri: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
    from = 0,
    timeout = 10_000,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.publishes.slice(from).find((p) => p.uri === uri && predicate(p)), timeout, `diagnostics for ${uri}`);
  }

  /** Diagnostics of the publish for the document's current version. */
  async diagnostics(uri: string, timeout = 10_000): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    const p = await this.waitForPublish(uri, (p) => p.version === version, 0, timeout);
    return p.diagnostics;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri) ?? '';
    for (const c of changes) text = 'range' in c && c.range ? applyEdits(text, [{ range: c.range, newText: c.text }]) : c.text;
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies edits to the client's copy and sends them as incremental changes. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    // Later edits first, so earlier ranges stay valid.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    return this.change(
      uri,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
    );
  }

  async applyWorkspaceEdit(uri: string, edit: WorkspaceEdit | undefined): Promise<number> {
    const edits: TextEdit[] = [];
    for (const change of edit?.documentChanges ?? []) {
      if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
    }
    edits.push(...(edit?.changes?.[uri] ?? []));
    return this.edit(uri, edits);
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  hover(uri: string, line: number, character: number): Promise<{ contents: { kind: string; value: string }; range?: Range } | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  /** Writes raw bytes to the server's standard input. */
  writeRaw(data: string | Buffer): void {
    this.child.stdin?.write(data);
  }

  /** Shuts down politely and returns the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5_000);
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await withTimeout(this.exited, 5_000).catch(() => {
      this.child.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    return code;
  }

  /** Resident memory of the server process and its threads, in bytes (Linux). */
  rss(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb * 1024;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Offset of an LSP position in `text` (UTF-16; `\r\n`, `\n` and `\r` end lines). */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text[i];
    i++;
    if (c === '\r') {
      if (text[i] === '\n') i++;
      line++;
    } else if (c === '\n') line++;
  }
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return Math.min(i + position.character, end);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function textAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}
