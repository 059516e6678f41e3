/**
 * tactful-language-server in a real client: headless Neovim (the recipe is in E2E.md) opens a
 * follow-up, receives the diagnostics, applies a quick fix and sees the finding clear.
 *
 * Needs `nvim` (0.7 or later; CI installs Debian's with `apt-get install -y neovim`) and the
 * built server (`pnpm build`).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverPath = path.join(root, 'packages/lsp/dist/server.js');
const initLua = path.join(root, 'tests/e2e/neovim/init.lua');

const FOLLOW_UP = "Hi Dana,\n\nSorry to bother you again. You haven't responded to my email from last week.\n\nBest,\nSam\n";

interface VimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
}

interface Run {
  steps: string[];
  filetype?: string;
  before?: VimDiagnostic[];
  after?: VimDiagnostic[];
  actions?: { title: string; kind: string; isPreferred: boolean }[];
  applied?: string;
  lines?: string[];
  error?: string;
}

let dir: string;

beforeAll(async () => {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('nvim is not installed: `apt-get install -y neovim` (.ci/run does it before the e2e tests)');
  }
  if (!existsSync(serverPath)) throw new Error('packages/lsp/dist/server.js is missing: run `pnpm build` first');
  dir = await mkdtemp(path.join(tmpdir(), 'tactful-nvim-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function runNeovim(fileName: string, text: string, rule?: string): Promise<{ run: Run; code: number; stderr: string }> {
  const file = path.join(dir, fileName);
  await writeFile(file, text);
  const out = path.join(dir, `${fileName}.json`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TACTFUL_OUT: out,
    TACTFUL_SERVER_CMD: JSON.stringify([process.execPath, serverPath, '--stdio']),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_STATE_HOME: path.join(dir, 'state'),
  };
  if (rule) env.TACTFUL_RULE = rule;
  else delete env.TACTFUL_RULE;
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '-u', initLua, file],
      { cwd: dir, env, timeout: 90_000 },
      (error, _stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
      },
    );
  });
  const run: Run = existsSync(out) ? JSON.parse(await readFile(out, 'utf8')) : { steps: [], error: 'no output from Neovim' };
  if (code !== 0 || run.error) {
    const log = await readFile(path.join(dir, 'cache/nvim/lsp.log'), 'utf8').catch(() => '(no LSP log)');
    throw new Error(
      `Neovim failed (exit ${code}): ${run.error ?? ''}\nsteps: ${run.steps.join(', ')}\n--- stderr\n${stderr}\n--- lsp.log\n${log.slice(-4000)}`,
    );
  }
  return { run, code, stderr };
}

describe('Neovim', () => {
  it('shows the findings of a Markdown follow-up, applies a quick fix and sees the finding clear', async () => {
    const { run } = await runNeovim('follow-up.md', FOLLOW_UP, 'blame-for-silence');
    expect(run.filetype).toBe('markdown');
    expect(run.steps).toEqual(['opened', 'attached', 'diagnostics', 'applied', 'cleared']);
    const blame = run.before?.find((d) => d.code === 'blame-for-silence');
    expect(blame).toMatchObject({ source: 'tactful', severity: 2, lnum: 2, col: 27, end_lnum: 2 });
    expect(run.before?.map((d) => d.code)).toContain('needless-apology');
    expect(run.actions?.filter((a) => a.isPreferred).length).toBeGreaterThan(0);
    expect(run.actions?.map((a) => a.title)).toContain('Disable blame-for-silence for this line');
    expect(run.after?.map((d) => d.code)).not.toContain('blame-for-silence');
    // The fix rewrote the line; the other finding is still reported.
    expect(run.lines?.[2]).not.toContain("haven't responded");
    expect(run.after?.map((d) => d.code)).toContain('needless-apology');
  });

  it('reads a .txt file, which Neovim sends as `text`', async () => {
    const { run } = await runNeovim('follow-up.txt', FOLLOW_UP);
    expect(run.filetype).toBe('text');
    expect(run.before?.map((d) => d.code)).toEqual(expect.arrayContaining(['needless-apology', 'blame-for-silence']));
  });
});
