/** The CLI writing into a pipe whose reader goes away, as in `tactful . | head -1`. */
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cli, fixtureRepo } from './helpers.js';

beforeAll(assertBuilt);

describe('a closed output pipe', () => {
  it('stops quietly when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [cli, '--format', 'json', '.'], { cwd: fixtureRepo, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Read the first chunk only, then close our end, like `head -c`.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect([0, 1]).toContain(code);
  });
});
