#!/usr/bin/env node
/**
 * tactful-language-server: `--stdio` (the default) speaks LSP on standard input and output.
 * The same file is the lint worker's entry (see linter.ts).
 */
import { type Connection, createConnection, StreamMessageWriter } from 'vscode-languageserver/node';
import { InlineLinter, type Linter, runLintWorkerIfWorker, WorkerLinter } from './linter.js';
import { startServer } from './server.js';
import { GuardedMessageReader } from './transport.js';

declare const __TACTFUL_LSP_VERSION__: string | undefined;
const VERSION = typeof __TACTFUL_LSP_VERSION__ === 'string' ? __TACTFUL_LSP_VERSION__ : '0.0.0-dev';

const USAGE = `Usage: tactful-language-server [--stdio]

The Tactful language server: tone diagnostics, quick fixes and hovers for follow-up messages
in Markdown, plain text and .eml files, for any LSP client.

Options:
  --stdio          speak LSP over standard input and output (the default)
  --node-ipc, --socket=PORT, --pipe=NAME
                   other transports, for clients that start the server as a Node module
  --no-worker      lint on the protocol thread instead of a worker thread
  -v, --version    print the version
  -h, --help       print this help`;

function main(argv: string[]): void {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (argv.includes('-v') || argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  // Standard output is the protocol channel: anything logged goes to standard error.
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = console.error;

  const otherTransport = argv.some((a) => a === '--node-ipc' || /^--(socket|pipe)(=|$)/.test(a));
  let shutdownReceived = false;
  let connection: Connection;
  if (otherTransport) {
    connection = createConnection();
  } else {
    const writer = new StreamMessageWriter(process.stdout);
    const reader = new GuardedMessageReader(process.stdin, (response) => {
      writer.write(response).catch(() => undefined);
    });
    connection = createConnection(reader, writer);
    // Input closed: answer what was read, then stop (code 0 only after a shutdown request).
    const exit = () => setImmediate(() => process.stdout.write('', () => process.exit(shutdownReceived ? 0 : 1)));
    process.stdin.on('end', exit);
    process.stdin.on('close', exit);
    // The client went away: nothing is left to answer.
    process.stdout.on('error', () => process.exit(shutdownReceived ? 0 : 1));
  }
  connection.onShutdown(() => {
    shutdownReceived = true;
  });

  const log = (message: string) => connection.console.error(message);
  process.on('uncaughtException', (error) => log(`Tactful: unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`Tactful: unexpected error: ${(reason as Error)?.stack ?? String(reason)}`));

  let linter: Linter;
  if (argv.includes('--no-worker')) linter = new InlineLinter();
  else {
    try {
      const worker = new WorkerLinter(new URL(import.meta.url), log);
      worker.start();
      linter = worker;
    } catch (error) {
      log(`Tactful: no lint worker (${(error as Error).message}); linting on the protocol thread.`);
      linter = new InlineLinter();
    }
  }
  startServer(connection, { linter, version: VERSION });
  connection.listen();
}

if (!runLintWorkerIfWorker()) main(process.argv.slice(2));
