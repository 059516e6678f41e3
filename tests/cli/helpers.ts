/**
 * Runs the built CLI (packages/core/dist/cli.js) as a process, the way CI and pre-commit do.
 * Needs `pnpm build` first (`pnpm test` does it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = path.join(root, 'packages/core/dist/cli.js');
export const fixtureRepo = path.join(root, 'fixtures/template-repo');
export const expectedDir = path.join(root, 'tests/cli/expected');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(cli)) throw new Error('packages/core/dist/cli.js is missing: run `pnpm build` before these tests');
}

/** Runs `tactful ARGS` in `cwd`, without a terminal (so: no colour, no progress line). */
export function run(args: string[], cwd: string, input?: string): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A fresh copy of the fixture repository in a temporary directory (outside any git repository). */
export async function copyRepo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tactful-cli-'));
  const repo = path.join(dir, 'template-repo');
  await cp(fixtureRepo, repo, { recursive: true });
  return repo;
}

/**
 * The rules whose output these tests pin down. Other rules are being added; they are turned
 * off here (with --rule) so that a new rule does not change the expected output of the CLI.
 */
export const PINNED_RULES = ['blame-for-silence', 'needless-apology', 'missing-reminder'];

export async function pinnedRuleArgs(): Promise<string[]> {
  const core = (await import(path.join(root, 'packages/core/dist/index.js'))) as { rules: { id: string }[] };
  return core.rules.filter((r) => !PINNED_RULES.includes(r.id)).flatMap((r) => ['--rule', `${r.id}=off`]);
}

/** Compares with tests/cli/expected/NAME, or writes it when UPDATE_EXPECTED=1. */
export async function expectedText(name: string, actual: string): Promise<string> {
  const file = path.join(expectedDir, name);
  if (process.env.UPDATE_EXPECTED === '1') {
    await writeFile(file, actual);
    return actual;
  }
  return readFile(file, 'utf8');
}
