/**
 * The VS Code extension in real VS Code: code-server serves VS Code 1.100 to headless
 * Chromium, driven with playwright-core (the recipe and its pitfalls are in E2E.md). The
 * freshly built .vsix is installed into a fresh profile; a follow-up with a passive-aggressive
 * line gets its squiggle, its Problems row and its status-bar count; the quick fix removes
 * the row; "Tactful: Fix all tone issues in this file" gives a second file the same text as
 * `tactful --fix`. Then: an .eml file (the extension's `email` language), Explain rule,
 * Restart server, and the `tactful.languages` and `tactful.enable` settings. The run also records the start-up figures the extension logs and the
 * extension host's memory with and without the extension (artifacts/vscode-e2e.json), and a
 * screenshot (artifacts/vscode-e2e.png).
 *
 * Needs: `pnpm package:vscode` (artifacts/tactful-vscode.vsix), code-server 4.100.3 and
 * Debian's chromium (`tests/e2e/vscode/install.sh`, which .ci/run calls). TACTFUL_CODE_SERVER
 * and TACTFUL_CHROMIUM point elsewhere.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(root, 'artifacts');
const vsix = path.join(artifacts, 'tactful-vscode.vsix');
const cli = path.join(root, 'packages/core/dist/cli.js');
const codeServer = process.env.TACTFUL_CODE_SERVER ?? '/opt/tactful-e2e/node_modules/.bin/code-server';
const chromiumPath = process.env.TACTFUL_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION_ID = 'tactful.tactful-vscode';

const FOLLOW_UP = 'Hi Dana,\n\nPer my last email, the contract needs your signature by Friday.\n\nThanks,\nSam\n';
const FIXED_LINE = 'The contract needs your signature by Friday.';
const SECOND = 'Hi Lee,\n\nJust checking in again. Sorry to bother you!!! Any update???\n\nBest,\nSam\n';
const EMAIL = [
  'From: Sam <sam@example.com>',
  'To: Dana <dana@example.com>',
  'Subject: The Riverside contract',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Dana,',
  '',
  'Sorry to bother you again about the Riverside contract. Could you sign it by Friday?',
  '',
  'Thanks,',
  'Sam',
  '',
].join('\n');

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

interface Session {
  dir: string;
  userData: string;
  workspace: string;
  port: number;
  server: ChildProcess;
  log: string;
}

let browser: Browser | undefined;
const sessions: Session[] = [];
const figures: Record<string, unknown> = {};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/** A fresh profile, home and workspace copy: nothing leaks from one run to the next. */
async function startCodeServer(withExtension: boolean): Promise<Session> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tactful-vscode-'));
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  const home = path.join(dir, 'home');
  const workspace = path.join(dir, 'workspace');
  for (const d of [path.join(userData, 'User'), extensions, home, workspace]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  writeFileSync(path.join(workspace, 'follow-up.md'), FOLLOW_UP);
  writeFileSync(path.join(workspace, 'second.md'), SECOND);
  writeFileSync(path.join(workspace, 'nudge.eml'), EMAIL);
  writeFileSync(path.join(workspace, 'draft.txt'), 'Hi Dana,\n\nSorry to bother you again about the Riverside contract.\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
  };
  const profile = ['--user-data-dir', userData, '--extensions-dir', extensions];
  if (withExtension) {
    const out = await run(codeServer, [...profile, '--install-extension', vsix], env);
    if (!/successfully installed/i.test(out)) throw new Error(`code-server did not install ${vsix}:\n${out}`);
  }
  const port = await freePort();
  const log = path.join(dir, 'code-server.log');
  const fd = openSync(log, 'a');
  // Its own process group (detached), so that stopping it stops the extension host and the
  // language server with it.
  const server = spawn(
    codeServer,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...profile,
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', fd, fd] },
  );
  const session: Session = { dir, userData, workspace, port, server, log };
  sessions.push(session);
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (server.exitCode !== null || Date.now() > deadline)
      throw new Error(`code-server did not come up on port ${port}:\n${readFileSync(log, 'utf8').slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return session;
}

async function stopCodeServer(session: Session): Promise<void> {
  const pid = session.server.pid;
  if (pid === undefined || session.server.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => session.server.once('exit', () => resolve()));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

async function openWorkbench(session: Session): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${session.port}/?folder=${encodeURIComponent(session.workspace)}`);
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  return page;
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
  await page.locator('.monaco-editor .view-lines').first().click();
}

/** Runs a command by its title in the command palette. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
}

function problemRows(page: Page, text: string): Locator {
  return page.locator('.markers-panel .monaco-list-row', { hasText: text });
}

/**
 * How many of Tactful's rows the Problems panel lists under a file (VS Code shows
 * "tactful(RULE) [Ln L, Col C]" on each, the parentheses drawn by CSS; a file's row, at
 * level 1, comes before its markers, at level 2).
 */
function tactfulRowsFor(page: Page, fileName: string): Promise<number> {
  return page.evaluate((name) => {
    const rows = [...document.querySelectorAll<HTMLElement>('.markers-panel .monaco-list-row')].sort(
      (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
    );
    let file = '';
    let count = 0;
    for (const row of rows) {
      const text = row.textContent ?? '';
      if (row.getAttribute('aria-level') === '1') file = text;
      else if (file.includes(name) && /tactful\(?[a-z0-9-]+\)?\s*\[Ln \d+/.test(text)) count++;
    }
    return count;
  }, fileName);
}

/** The status-bar item as it reads for `count` findings in the active file. */
function statusCount(page: Page, count: number): Locator {
  const label = `Tactful: ${count} tone ${count === 1 ? 'finding' : 'findings'} in this file`;
  return page.locator(`.statusbar-item [aria-label="${label}"], .statusbar-item[aria-label="${label}"]`);
}

/** Waits until the status bar counts as many findings as the Problems panel lists (other rules may flag more). */
async function statusMatchesProblems(page: Page, fileName: string): Promise<number> {
  let count = -1;
  await expect
    .poll(
      async () => {
        count = await tactfulRowsFor(page, fileName);
        return statusCount(page, count).count();
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  return count;
}

async function saveAndRead(page: Page, session: Session, name: string, expected: (text: string) => boolean): Promise<string> {
  await page.keyboard.press('Control+S');
  const file = path.join(session.workspace, name);
  const deadline = Date.now() + 15_000;
  let text = readFileSync(file, 'utf8');
  while (!expected(text) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    text = readFileSync(file, 'utf8');
  }
  return text;
}

/** Processes of the session's group, by a test on their command line. */
function processesOf(session: Session, match: (cmdline: string) => boolean): number[] {
  const group = session.server.pid;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name: state, ppid, pgrp.
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group) continue;
      if (match(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '))) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

function rssMiB(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
}

/** The median of a few samples of the extension host's RSS, in MiB (it moves with collections). */
async function extensionHostRss(session: Session): Promise<number> {
  const [pid] = processesOf(session, (cmd) => cmd.includes('--type=extensionHost'));
  if (pid === undefined) throw new Error('no extension host process found');
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(rssMiB(pid));
    await new Promise((r) => setTimeout(r, 400));
  }
  return samples.sort((a, b) => a - b)[2] ?? 0;
}

/** The extension's output channel, as VS Code logs it: D/logs/DATE/exthostN/PUBLISHER.NAME/. */
function extensionLog(session: Session): string {
  const logs = path.join(session.userData, 'logs');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (path.basename(dir) === EXTENSION_ID) found.push(full);
    }
  };
  if (existsSync(logs)) walk(logs);
  return found.map((f) => readFileSync(f, 'utf8')).join('\n');
}

async function waitForLog(session: Session, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const match = pattern.exec(extensionLog(session));
    if (match) return match;
    if (Date.now() > deadline)
      throw new Error(`the extension's log has no line matching ${pattern}:\n${extensionLog(session).slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function keepFailureEvidence(page: Page, session: Session, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) }).catch(() => undefined);
  const target = path.join(artifacts, `${name}-logs`);
  cpSync(session.log, path.join(target, 'code-server.log'));
  const logs = path.join(session.userData, 'logs');
  if (existsSync(logs)) cpSync(logs, path.join(target, 'vscode'), { recursive: true });
}

beforeAll(async () => {
  if (!existsSync(codeServer))
    throw new Error(
      `code-server is not installed at ${codeServer}: run tests/e2e/vscode/install.sh (.ci/run does) or set TACTFUL_CODE_SERVER`,
    );
  if (!existsSync(chromiumPath))
    throw new Error(`Chromium is not at ${chromiumPath}: apt-get install -y chromium, or set TACTFUL_CHROMIUM`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`pnpm package:vscode\` first`);
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` first`);
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  for (const session of sessions) {
    await stopCodeServer(session);
    await rm(session.dir, { recursive: true, force: true });
  }
  if (Object.keys(figures).length > 0) writeFileSync(path.join(artifacts, 'vscode-e2e.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

describe('tactful-vscode in code-server', () => {
  it('measures the extension host without the extension, for comparison', async () => {
    const session = await startCodeServer(false);
    const page = await openWorkbench(session);
    await openFile(page, 'follow-up.md');
    // The same moment as in the run with the extension: the file open, the host settled.
    await new Promise((r) => setTimeout(r, 3_000));
    figures.extensionHostRssWithoutMiB = Math.round(await extensionHostRss(session));
    await page.context().close();
    await stopCodeServer(session);
  });

  it('flags a follow-up, quick-fixes it, fixes all in a second file; .eml, commands and settings', async () => {
    const started = Date.now();
    const session = await startCodeServer(true);
    const page = await openWorkbench(session);
    try {
      await openFile(page, 'follow-up.md');
      const squiggle = page.locator('.monaco-editor .squiggly-warning');
      await squiggle.first().waitFor({ timeout: 60_000 });

      await page.keyboard.press('Control+Shift+M');
      const row = problemRows(page, 'Per my last email');
      await row.first().waitFor();
      expect(await row.first().textContent()).toMatch(/tactful\(?already-told-you\)?\s*\[Ln 3/);
      const before = await statusMatchesProblems(page, 'follow-up.md');
      expect(before).toBeGreaterThanOrEqual(1);

      // Memory at the moment the baseline run measures: the file open, the host settled.
      await new Promise((r) => setTimeout(r, 3_000));
      figures.extensionHostRssWithMiB = Math.round(await extensionHostRss(session));
      const [serverPid] = processesOf(session, (cmd) => cmd.includes(`${EXTENSION_ID}-`) && cmd.includes('dist/server.js'));
      figures.languageServerRssMiB = serverPid === undefined ? null : Math.round(rssMiB(serverPid));

      // The screenshot for the README: squiggle, hover, Problems row and status-bar count.
      const box = await squiggle.first().boundingBox();
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 4);
        await page
          .locator('.monaco-hover:not(.hidden)', { hasText: 'already-told-you' })
          .first()
          .waitFor({ timeout: 10_000 })
          .catch(() => undefined);
      }
      await page.screenshot({ path: path.join(artifacts, 'vscode-e2e.png') });
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');

      // The quick fix: cursor in the finding, Ctrl+., the preferred fix.
      await page.locator('.monaco-editor .view-lines').first().click();
      await goTo(page, 3, 5);
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Drop the pointer and keep the point' });
      await page.keyboard.press('Control+.');
      if (
        !(await fix
          .first()
          .isVisible()
          .catch(() => false))
      ) {
        await fix
          .first()
          .waitFor({ timeout: 5_000 })
          .catch(async () => {
            // "No code actions available" when the cursor had not settled: once more.
            await page.keyboard.press('Escape');
            await goTo(page, 3, 5);
            await page.keyboard.press('Control+.');
            await fix.first().waitFor();
          });
      }
      for (let i = 0; i < 10 && !(await fix.first().evaluate((el) => el.classList.contains('focused'))); i++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
      expect(await statusMatchesProblems(page, 'follow-up.md')).toBeLessThan(before);
      const fixed = await saveAndRead(page, session, 'follow-up.md', (t) => t !== FOLLOW_UP);
      expect(fixed.split('\n')[2]).toBe(FIXED_LINE);

      // Fix all, on a file with several findings: the same text as `tactful --fix`.
      const expectedDir = path.join(session.dir, 'expected');
      mkdirSync(expectedDir);
      const expectedFile = path.join(expectedDir, 'second.md');
      writeFileSync(expectedFile, SECOND);
      try {
        execFileSync(process.execPath, [cli, '--fix', '--no-config', expectedFile], { stdio: 'ignore' });
      } catch {
        // Exit code 1: findings without a safe fix remain, as they should.
      }
      const expected = readFileSync(expectedFile, 'utf8');
      expect(expected).not.toBe(SECOND);

      await openFile(page, 'second.md');
      await problemRows(page, 'Sorry to bother you').first().waitFor({ timeout: 60_000 });
      const unfixed = await statusMatchesProblems(page, 'second.md');
      await runCommand(page, 'Tactful: Fix all tone issues in this file');
      // The command says when its last pass is done.
      await page.locator('.statusbar-item', { hasText: 'Tactful: applied the safe fixes' }).first().waitFor();
      await expect.poll(() => problemRows(page, 'Sorry to bother you').count(), { timeout: 30_000 }).toBe(0);
      expect(await statusMatchesProblems(page, 'second.md')).toBeLessThan(unfixed);
      const second = await saveAndRead(page, session, 'second.md', (t) => t !== SECOND);
      expect(second).toBe(expected);

      // An .eml file: the extension's `email` language, read by the server as a message.
      await openFile(page, 'nudge.eml');
      await page
        .locator('.statusbar-item', { hasText: /^Email$/ })
        .first()
        .waitFor();
      const emailRow = problemRows(page, 'Sorry to bother you again');
      await emailRow.first().waitFor({ timeout: 60_000 });
      expect(await emailRow.first().textContent()).toMatch(/tactful\(?needless-apology\)?\s*\[Ln 8, Col 1\]/);

      // Explain rule: the quick pick starts on the rule under the cursor and opens its page.
      await goTo(page, 8, 3);
      await runCommand(page, 'Tactful: Explain rule...');
      const picked = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'needless-apology' });
      await picked.first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'needless-apology.md' }).first().waitFor();

      // Restart server: the findings come back from the new server.
      // The preview (a webview) keeps the keyboard: back to the file by its tab.
      await page.locator('.tab', { hasText: 'nudge.eml' }).first().click();
      await page.locator('.tab.active', { hasText: 'nudge.eml' }).first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().click();
      await runCommand(page, 'Tactful: Restart server');
      // The old client's findings go with it; these are the new server's.
      await waitForLog(session, /restarting the server[\s\S]*checks markdown, plaintext, email/);
      await emailRow.first().waitFor({ timeout: 30_000 });
      expect(await statusMatchesProblems(page, 'nudge.eml')).toBeGreaterThanOrEqual(1);
      // The rule's page is full of the phrases it describes; it is not checked itself.
      expect(await page.locator('.markers-panel .monaco-list-row[aria-level="1"]', { hasText: 'needless-apology.md' }).count()).toBe(0);

      // Workspace settings. tactful.languages without email: the client restarts without it,
      // and the .eml file's findings go.
      const workspaceSettings = path.join(session.workspace, '.vscode', 'settings.json');
      mkdirSync(path.dirname(workspaceSettings));
      const languages = ['markdown', 'plaintext'];
      writeFileSync(workspaceSettings, JSON.stringify({ 'tactful.languages': languages }));
      await waitForLog(session, /"tactful\.languages" changed; restarting the server[\s\S]*checks markdown, plaintext\./);
      await expect.poll(() => emailRow.count(), { timeout: 30_000 }).toBe(0);
      // A plain-text file is still checked; with tactful.enable off its findings go too, and the
      // status bar says so.
      await openFile(page, 'draft.txt');
      await problemRows(page, 'Sorry to bother you again').first().waitFor({ timeout: 60_000 });
      expect(await statusMatchesProblems(page, 'draft.txt')).toBeGreaterThanOrEqual(1);
      writeFileSync(workspaceSettings, JSON.stringify({ 'tactful.languages': languages, 'tactful.enable': false }));
      await expect.poll(() => tactfulRowsFor(page, 'draft.txt'), { timeout: 30_000 }).toBe(0);
      await page.locator('.statusbar-item [aria-label="Tactful is turned off for this file"]').first().waitFor();

      const ready = await waitForLog(session, /client ready (\d+) ms after activate\(\)/);
      const first = await waitForLog(session, /first diagnostics (\d+) ms after activate\(\)/);
      writeFileSync(path.join(artifacts, 'vscode-e2e-extension.log'), extensionLog(session));
      figures.activateToClientReadyMs = Number(ready[1]);
      figures.activateToFirstDiagnosticsMs = Number(first[1]);
      figures.runSeconds = Math.round((Date.now() - started) / 100) / 10;
      // Timings on a shared machine say little without its load.
      figures.cores = cpus().length;
      figures.loadAverage1m = Math.round((loadavg()[0] ?? 0) * 10) / 10;
      console.log(`tactful-vscode e2e: ${JSON.stringify(figures)}`);
    } catch (error) {
      await keepFailureEvidence(page, session, 'vscode-e2e-failure');
      throw error;
    } finally {
      await page.context().close();
    }
  });
});
