/**
 * Robustness over stdio: bad input gets the JSON-RPC error the specification asks for and the
 * server keeps answering; a 10 MB document and 1,000 rapid edits are handled; memory stays
 * flat over 10,000 edits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes } from 'vscode-languageserver-protocol';
import { lint } from '../../packages/core/dist/index.js';
import { requireBuiltServer, serverPath, TestClient } from './client.js';

const FOLLOW_UP = "Hi Dana,\n\nSorry to bother you again. You haven't responded to my email from last week.\n\nBest,\nSam\n";

interface RpcMessage {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A client that writes raw bytes and parses the server's frames itself, to see every answer. */
class RawClient {
  readonly child: ChildProcess;
  readonly received: RpcMessage[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';

  constructor() {
    requireBuiltServer();
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr?.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.child.stdout?.on('data', (data: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) break;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
        if (this.buffer.length < end + 4 + length) break;
        this.received.push(JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
        this.buffer = this.buffer.subarray(end + 4 + length);
      }
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    });
    // Requests from the server (configuration, registration) get an empty answer.
  }

  raw(data: string | Buffer): void {
    this.child.stdin?.write(data);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  waitFor(predicate: (m: RpcMessage) => boolean, timeout = 10_000): Promise<RpcMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.find(predicate);
        if (found) {
          clearTimeout(timer);
          resolve(found);
          return true;
        }
        return false;
      };
      const timer = setTimeout(
        () => reject(new Error(`timed out; received ${JSON.stringify(this.received).slice(0, 2000)}\n${this.stderr}`)),
        timeout,
      );
      const waiter = () => {
        if (!check()) this.waiters.push(waiter);
      };
      if (!check()) this.waiters.push(waiter);
    });
  }

  async request(id: number, method: string, params: unknown): Promise<RpcMessage> {
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.waitFor((m) => m.id === id && m.method === undefined);
  }

  /** Answers the server's own requests (configuration, registrations) so that it never waits. */
  autoAnswer(): void {
    const answered = new Set<unknown>();
    const loop = () => {
      for (const m of this.received) {
        if (m.method && m.id !== undefined && !answered.has(m.id)) {
          answered.add(m.id);
          this.send({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? [null] : null });
        }
      }
      this.waiters.push(loop);
    };
    loop();
  }
}

describe('bad input', () => {
  let c: RawClient;
  beforeAll(async () => {
    c = new RawClient();
    c.autoAnswer();
    const init = await c.request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(init.result).toBeDefined();
    c.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  });
  afterAll(async () => {
    const shutdown = await c.request(99_999, 'shutdown', null);
    expect(shutdown.error).toBeUndefined();
    c.send({ jsonrpc: '2.0', method: 'exit' });
    expect(await c.exited).toBe(0);
  });

  const alive = async (id: number) => {
    const r = await c.request(id, 'textDocument/hover', {
      textDocument: { uri: 'file:///never-opened.md' },
      position: { line: 0, character: 0 },
    });
    expect(r.error).toBeUndefined();
    expect(r.result).toBeNull();
  };

  it('answers a body that is not JSON with a Parse error, then goes on', async () => {
    const body = '{"jsonrpc": "2.0", "id": 5, "method": ';
    c.raw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const error = await c.waitFor((m) => m.id === null && m.error?.code === ErrorCodes.ParseError);
    expect(error.error?.message).toMatch(/Parse error/);
    await alive(10);
  });

  it('answers JSON that is no message with Invalid Request, keeping a usable id', async () => {
    c.send({ jsonrpc: '2.0', id: 11, method: 42 });
    expect((await c.waitFor((m) => m.id === 11)).error?.code).toBe(ErrorCodes.InvalidRequest);
    c.send({ jsonrpc: '1.0', id: 12, method: 'textDocument/hover' });
    expect((await c.waitFor((m) => m.id === 12)).error?.code).toBe(ErrorCodes.InvalidRequest);
    c.send([{ jsonrpc: '2.0', id: 13, method: 'shutdown' }]);
    const batch = await c.waitFor((m) => m.id === null && m.error?.message.includes('batch') === true);
    expect(batch.error?.code).toBe(ErrorCodes.InvalidRequest);
    c.send({ jsonrpc: '2.0', id: 14, method: 'textDocument/hover', params: 'nonsense' });
    expect((await c.waitFor((m) => m.id === 14)).error?.code).toBe(ErrorCodes.InvalidRequest);
    await alive(15);
  });

  it('recovers from a header without Content-Length and from garbage between messages', async () => {
    const parseErrors = () => c.received.filter((m) => m.id === null && m.error?.code === ErrorCodes.ParseError).length;
    const before = parseErrors();
    c.raw('Content-Type: application/json\r\n\r\n');
    await c.waitFor(() => parseErrors() > before);
    c.raw('garbage garbage\r\n');
    await alive(20);
    expect(parseErrors()).toBe(before + 2);
    await alive(21);
  });

  it('answers an unknown request with Method not found and ignores an unknown notification', async () => {
    c.send({ jsonrpc: '2.0', method: 'tactful/noSuchNotification', params: {} });
    const r = await c.request(30, 'tactful/noSuchMethod', {});
    expect(r.error?.code).toBe(ErrorCodes.MethodNotFound);
    await alive(31);
  });

  it('answers requests for documents never opened', async () => {
    await alive(40);
    const actions = await c.request(41, 'textDocument/codeAction', {
      textDocument: { uri: 'file:///never-opened.md' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(actions.result).toEqual([]);
    // Changes and closes for unknown documents are ignored.
    c.send({
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { textDocument: { uri: 'file:///never-opened.md', version: 2 }, contentChanges: [{ text: 'x' }] },
    });
    c.send({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: 'file:///never-opened.md' } } });
    await alive(42);
  });

  it('answers bad params with Invalid params', async () => {
    const r = await c.request(50, 'textDocument/hover', { textDocument: { uri: 'file:///x.md' } });
    expect(r.error?.code).toBe(ErrorCodes.InvalidParams);
    const a = await c.request(51, 'textDocument/codeAction', { textDocument: {}, range: null });
    expect(a.error?.code).toBe(ErrorCodes.InvalidParams);
    await alive(52);
  });
});

describe('lifecycle', () => {
  it('refuses requests before initialize, and a second initialize', async () => {
    const c = new RawClient();
    const early = await c.request(1, 'textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
    expect(early.error?.code).toBe(ErrorCodes.ServerNotInitialized);
    const init = await c.request(2, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(init.result).toMatchObject({ serverInfo: { name: 'tactful-language-server' } });
    const again = await c.request(3, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    expect(again.error?.code).toBe(ErrorCodes.InvalidRequest);
    c.send({ jsonrpc: '2.0', method: 'exit' });
    // Exit without shutdown: code 1, as the specification says.
    expect(await c.exited).toBe(1);
  });

  it('exits when its input closes', async () => {
    const c = new RawClient();
    await c.request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    c.child.stdin?.end();
    expect(await c.exited).toBe(1);
  });
});

describe('load', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start({ initializationOptions: { debounce: 5 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('handles a 10 MB document: a warning, no lint, and the server keeps answering', async () => {
    const u = 'file:///tmp/tactful-lsp-test/huge.md';
    const line = `${FOLLOW_UP.replace(/\n/g, ' ')}\n`;
    const huge = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    expect(huge.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    await client.open(u, huge);
    const warning = await client.waitFor(() => client.messages.find((m) => m.message.includes('huge.md')), 30_000);
    expect(warning.message).toMatch(/more than the 1,000,000/);
    expect(await client.diagnostics(u, 30_000)).toEqual([]);
    expect(await client.hover(u, 0, 3)).toBeNull();
    await client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    expect(await client.diagnostics(u, 30_000)).toEqual([]);
    await client.close(u);
    const small = 'file:///tmp/tactful-lsp-test/after-huge.md';
    await client.open(small, FOLLOW_UP);
    expect((await client.diagnostics(small)).length).toBeGreaterThan(0);
  });

  it('takes 1,000 rapid edits and publishes the last version, exactly', async () => {
    const u = 'file:///tmp/tactful-lsp-test/rapid.md';
    await client.open(u, FOLLOW_UP);
    await client.diagnostics(u);
    const before = client.publishes.length;
    let version = 0;
    const sends: Promise<number>[] = [];
    for (let i = 0; i < 1000; i++) {
      // Type, then delete every other character, so the text changes at each edit.
      const at = { line: 4, character: 5 + (i % 2) };
      sends.push(
        client.change(u, [
          i % 2 === 0 ? { range: { start: at, end: at }, text: 'a' } : { range: { start: { line: 4, character: 5 }, end: at }, text: '' },
        ]),
      );
    }
    version = (await Promise.all(sends)).at(-1) ?? 0;
    const last = await client.waitForPublish(u, (p) => p.version === version, before, 30_000);
    const text = client.text(u);
    const expected = lint(text, { kind: 'markdown', fileName: '/tmp/tactful-lsp-test/rapid.md' }).findings;
    expect(last.diagnostics.map((d) => d.code)).toEqual(expected.map((f) => f.ruleId));
    // Diagnostics for older versions may come while edits are still arriving, but far fewer than the edits.
    expect(client.publishes.slice(before).filter((p) => p.uri === u).length).toBeLessThan(100);
    expect(await client.hover(u, 2, 3)).not.toBeNull();
  });
});

describe('memory', () => {
  // A server of its own, so that nothing before the first 100 edits inflates the baseline.
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start({ initializationOptions: { debounce: 5 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('stays after 10,000 edits within twice what it was after 100', async () => {
    const u = 'file:///tmp/tactful-lsp-test/memory.md';
    await client.open(u, `${FOLLOW_UP}\nItem 00000 is waiting.\n`);
    await client.diagnostics(u);
    let edits = 0;
    const burst = async (count: number) => {
      let version = 0;
      for (let i = 0; i < count; i++) {
        edits++;
        const value = String(edits % 100_000).padStart(5, '0');
        version = await client.change(u, [{ range: { start: { line: 7, character: 5 }, end: { line: 7, character: 10 } }, text: value }]);
      }
      await client.waitForPublish(u, (p) => p.version === version, 0, 30_000);
    };
    while (edits < 100) await burst(10);
    const after100 = client.rss();
    while (edits < 10_000) await burst(50);
    const after10000 = client.rss();
    console.log(`RSS after 100 edits: ${after100 >> 20} MB; after 10,000: ${after10000 >> 20} MB`);
    expect(client.text(u)).toContain('Item 00000'.replace('00000', String(10_000).padStart(5, '0')));
    expect(after10000, `RSS ${after100 >> 20} MB after 100 edits, ${after10000 >> 20} MB after 10,000`).toBeLessThanOrEqual(2 * after100);
  }, 240_000);
});
