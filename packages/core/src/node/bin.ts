#!/usr/bin/env node
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveWorker } from './cli/pool.js';
import { main } from './cli.js';

if (!isMainThread && parentPort && (workerData as { tactfulWorker?: boolean } | undefined)?.tactfulWorker) {
  // A worker thread of the CLI's pool (the pool starts this same file).
  serveWorker(parentPort);
} else {
  // A reader that stops early (`tactful . | head`) closes the pipe: stop quietly, as other
  // command-line tools do, instead of dying on an unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), { workerScript: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tactful: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
