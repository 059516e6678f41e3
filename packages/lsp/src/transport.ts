/**
 * Reads LSP messages from a byte stream and answers what is not a valid message with the
 * JSON-RPC error the specification asks for, so that a bad message never stops the server:
 *
 * - a body that is not JSON: -32700 Parse error (id null);
 * - JSON that is no message (wrong types, a batch array): -32600 Invalid Request;
 * - a request before `initialize`: -32002 Server not initialized;
 * - framing that cannot be read (a header block without a usable Content-Length): -32700,
 *   then the reader looks for the next header and goes on.
 *
 * Valid messages go on to vscode-jsonrpc unchanged.
 */
import type { Readable } from 'node:stream';
import {
  AbstractMessageReader,
  type DataCallback,
  type Disposable,
  ErrorCodes,
  type Message,
  type MessageReader,
  type ResponseMessage,
} from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = Buffer.from('content-length:', 'ascii');
/** A header block longer than this is garbage, not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A message larger than this is refused: 256 MiB is far beyond any document worth linting. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export type ReplyFn = (response: ResponseMessage) => void;

export class GuardedMessageReader extends AbstractMessageReader implements MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private bodyLength = -1;
  private callback: DataCallback | undefined;
  private initializeSeen = false;

  constructor(
    private readonly input: Readable,
    private readonly reply: ReplyFn,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer) => this.onData(data);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('error', onError);
        this.input.off('end', onClose);
        this.input.off('close', onClose);
      },
    };
  }

  private onData(data: Buffer): void {
    this.chunks.push(data);
    this.buffered += data.length;
    try {
      this.drain();
    } catch (error) {
      // Never let a reading problem escape into the stream's event handler.
      this.fireError(error);
      this.chunks = [];
      this.buffered = 0;
      this.bodyLength = -1;
    }
  }

  private take(): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [all];
    return all;
  }

  private consume(bytes: number): void {
    const all = this.take().subarray(bytes);
    this.chunks = all.length > 0 ? [all] : [];
    this.buffered = all.length;
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength < 0) {
        if (this.buffered === 0) return;
        const all = this.take();
        const end = all.indexOf(HEADER_END);
        if (end < 0) {
          if (this.buffered > MAX_HEADER_BYTES) this.skipGarbage(all, all.length);
          return;
        }
        const length = parseContentLength(all.subarray(0, end).toString('ascii'));
        if (length === undefined) {
          this.skipGarbage(all, end + HEADER_END.length);
          continue;
        }
        if (length > MAX_BODY_BYTES) {
          this.replyError(null, ErrorCodes.ParseError, `Parse error: a message of ${length} bytes is over the limit of ${MAX_BODY_BYTES}`);
          this.skipGarbage(all, end + HEADER_END.length);
          continue;
        }
        this.consume(end + HEADER_END.length);
        this.bodyLength = length;
      }
      if (this.buffered < this.bodyLength) return;
      const all = this.take();
      const body = all.subarray(0, this.bodyLength).toString('utf8');
      this.consume(this.bodyLength);
      this.bodyLength = -1;
      this.handleBody(body);
    }
  }

  /**
   * Drops bytes that are not a readable header, up to the next `Content-Length:` after the
   * start (the next message), or up to `limit` when there is none.
   */
  private skipGarbage(all: Buffer, limit: number): void {
    this.replyError(null, ErrorCodes.ParseError, 'Parse error: expected a header with a Content-Length');
    const lower = Buffer.from(all.toString('latin1').toLowerCase(), 'latin1');
    const next = lower.indexOf(CONTENT_LENGTH, 1);
    this.consume(next > 0 && next < limit ? next : limit);
  }

  private handleBody(body: string): void {
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch (error) {
      this.replyError(null, ErrorCodes.ParseError, `Parse error: ${(error as Error).message}`);
      return;
    }
    const problem = invalidMessage(message);
    if (problem) {
      const id = validId((message as { id?: unknown } | null)?.id);
      this.replyError(id, ErrorCodes.InvalidRequest, `Invalid request: ${problem}`);
      return;
    }
    const m = message as { id?: string | number | null; method?: string };
    if (typeof m.method === 'string' && m.id !== undefined) {
      // A request.
      if (m.method === 'initialize') {
        if (this.initializeSeen) {
          this.replyError(m.id, ErrorCodes.InvalidRequest, 'Invalid request: the server is already initialized');
          return;
        }
        this.initializeSeen = true;
      } else if (!this.initializeSeen) {
        this.replyError(m.id, ErrorCodes.ServerNotInitialized, `Server not initialized: ${m.method} before initialize`);
        return;
      }
    } else if (typeof m.method === 'string' && !this.initializeSeen && m.method !== 'exit') {
      // Notifications before initialize are dropped, as the specification says.
      return;
    }
    this.callback?.(message as Message);
  }

  private replyError(id: string | number | null, code: number, message: string): void {
    this.reply({ jsonrpc: '2.0', id, error: { code, message } });
  }
}

function parseContentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d{1,12}$/.test(value)) return undefined;
      length = Number(value);
    }
  }
  return length;
}

function validId(id: unknown): string | number | null {
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}

/** Why a parsed JSON value is not a JSON-RPC 2.0 message, or undefined when it is one. */
function invalidMessage(value: unknown): string | undefined {
  if (Array.isArray(value)) return 'batches are not supported by the Language Server Protocol';
  if (value === null || typeof value !== 'object') return 'a message must be a JSON object';
  const m = value as Record<string, unknown>;
  if (m.jsonrpc !== '2.0') return '"jsonrpc" must be "2.0"';
  if ('id' in m && m.id !== null && typeof m.id !== 'string' && !(typeof m.id === 'number' && Number.isFinite(m.id)))
    return '"id" must be a string, a number or null';
  if ('method' in m) {
    if (typeof m.method !== 'string') return '"method" must be a string';
    // `null` params are accepted: some clients send them for `shutdown` and `exit`.
    if ('params' in m && m.params !== null && typeof m.params !== 'object') return '"params" must be an object or an array';
    if (m.id === null) return 'a request "id" must not be null';
    return undefined;
  }
  if ('id' in m && ('result' in m || 'error' in m)) return undefined;
  return 'neither a request, a notification nor a response';
}
