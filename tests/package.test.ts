/**
 * Installs the packed @tactful/core tarball into an empty project with npm, the way a user
 * gets it from the registry, and checks what they would use: ESM and CommonJS imports,
 * TypeScript types, the tarball's file list and the `tactful` bin.
 *
 * Needs a built package (`pnpm build`; `pnpm test` does it) and access to the npm registry
 * for the package's dependencies.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coreDir = path.join(root, 'packages/core');
const tsc = path.join(root, 'node_modules/.bin/tsc');

const MESSAGE = "Sorry to bother you again. You haven't replied to my email.";
const BIN_MESSAGE = 'You never replied to my last message.\n';

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; never throws, so failures show their output. */
function run(command: string, args: string[], cwd: string, timeout = 60_000): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  // Nothing from the workspace may leak into module resolution of the consumer project.
  delete env.NODE_OPTIONS;
  delete env.NODE_PATH;
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ code: 0, stdout, stderr });
      if (typeof error.code === 'number') return resolve({ code: error.code, stdout, stderr });
      // Not started (ENOENT) or killed (timeout): report why.
      resolve({ code: 1, stdout, stderr: `${stderr}\n${error.message}${error.killed ? ' (killed, timeout?)' : ''}` });
    });
  });
}

function expectOk(result: RunResult, what: string): void {
  if (result.code !== 0) {
    throw new Error(`${what} failed with exit code ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  }
}

/** Files under a directory, relative to it, with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, rel) : [rel];
  });
}

let packDir: string;
let project: string;
let tarball: string;
let tarFiles: string[];
let manifest: Record<string, unknown>;

beforeAll(async () => {
  for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/browser.js', 'dist/cli.js']) {
    if (!existsSync(path.join(coreDir, file))) {
      throw new Error(`packages/core/${file} is missing: run \`pnpm build\` before these tests`);
    }
  }
  packDir = await mkdtemp(path.join(tmpdir(), 'tactful-pack-'));
  project = await mkdtemp(path.join(tmpdir(), 'tactful-consumer-'));

  expectOk(await run('pnpm', ['pack', '--pack-destination', packDir], coreDir, 60_000), 'pnpm pack');
  const tgz = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
  expect(tgz).toHaveLength(1);
  tarball = path.join(packDir, tgz[0] as string);

  const listing = await run('tar', ['tzf', tarball], packDir);
  expectOk(listing, 'tar tzf');
  tarFiles = listing.stdout
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''));
  manifest = JSON.parse((await run('tar', ['xzf', tarball, '-O', 'package/package.json'], packDir)).stdout);

  await writeFile(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'tactful-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  expectOk(
    await run(
      'npm',
      ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts=false', '--no-package-lock', '--loglevel=error'],
      project,
      180_000,
    ),
    'npm install',
  );
}, 240_000);

afterAll(async () => {
  await Promise.all([packDir, project].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('tarball contents', () => {
  it('contains the built entries, types and bin', () => {
    for (const file of ['package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/browser.js', 'dist/browser.d.ts', 'dist/cli.js']) {
      expect(tarFiles, file).toContain(file);
    }
  });

  it('contains every file that package.json points to', () => {
    const targets = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(manifest.exports);
    collect(manifest.bin);
    collect(manifest.main);
    collect(manifest.types);
    expect(targets.size).toBeGreaterThan(4);
    const missing = [...targets].filter((file) => !file.includes('*') && !tarFiles.includes(file));
    expect(missing).toEqual([]);
  });

  it('contains docs, README.md and LICENSE when the package has them', () => {
    const docsDir = path.join(coreDir, 'docs');
    const docs = existsSync(docsDir) ? filesUnder(docsDir).map((file) => `docs/${file}`) : [];
    for (const file of docs) expect(tarFiles, file).toContain(file);
    for (const file of ['README.md', 'LICENSE']) {
      if (existsSync(path.join(coreDir, file))) expect(tarFiles, file).toContain(file);
    }
  });

  it('contains no sources, tests or build files', () => {
    const unwanted = tarFiles.filter(
      (file) =>
        /^(?:src|test|tests|node_modules)\//.test(file) ||
        /\.test\.[cm]?[jt]s$/.test(file) ||
        /(?:^|\/)tsconfig[^/]*\.json$/.test(file) ||
        file.endsWith('.tsbuildinfo') ||
        file === 'build.mjs' ||
        (file.endsWith('.ts') && !file.endsWith('.d.ts')),
    );
    expect(unwanted).toEqual([]);
  });
});

describe('installed package', () => {
  it('imports as ESM and lints a message', async () => {
    const script = `
      import { lint, rules, applySuggestions, tactful } from '@tactful/core';
      const result = lint(${JSON.stringify(MESSAGE)});
      console.log(JSON.stringify({
        ruleIds: result.findings.map((f) => f.ruleId),
        type: result.message.type,
        ruleIds_: rules.map((r) => r.id),
        fixed: typeof applySuggestions(${JSON.stringify(MESSAGE)}, result.findings),
        plugin: typeof tactful,
        resolved: import.meta.resolve('@tactful/core'),
      }));
    `;
    const result = await run(process.execPath, ['--input-type=module', '-e', script], project);
    expectOk(result, 'ESM import');
    const out = JSON.parse(result.stdout);
    expect(out.ruleIds).toEqual(expect.arrayContaining(['needless-apology', 'blame-for-silence']));
    expect(out.ruleIds_).toEqual(expect.arrayContaining(['needless-apology', 'blame-for-silence']));
    expect(out.fixed).toBe('string');
    expect(out.plugin).toBe('function');
    // The installed copy, not the workspace, and the Node (default) entry.
    expect(fileURLToPath(out.resolved)).toBe(path.join(project, 'node_modules/@tactful/core/dist/index.js'));
  });

  it('loads compromise lazily from its own dependencies on Node', async () => {
    // A name makes lint() run compromise, which is required through createRequire.
    const script = `
      import { lint } from '@tactful/core';
      const result = lint('Just checking in after my chat with Maria Lopez at Acme last week.');
      console.log(JSON.stringify(result.findings.map((f) => f.ruleId)));
    `;
    const result = await run(process.execPath, ['--input-type=module', '-e', script], project);
    expectOk(result, 'ESM import with compromise');
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
  });

  it('imports the ./node entry and package.json', async () => {
    const script = `
      import { lintFile, lint } from '@tactful/core/node';
      import { createRequire } from 'node:module';
      const pkg = createRequire(import.meta.url)('@tactful/core/package.json');
      console.log(JSON.stringify({ lintFile: typeof lintFile, lint: typeof lint, name: pkg.name }));
    `;
    const result = await run(process.execPath, ['--input-type=module', '-e', script], project);
    expectOk(result, '@tactful/core/node import');
    expect(JSON.parse(result.stdout)).toEqual({ lintFile: 'function', lint: 'function', name: '@tactful/core' });
  });

  it('requires from CommonJS (require(esm))', async () => {
    const script = `
      const { lint, rules } = require('@tactful/core');
      const result = lint(${JSON.stringify(MESSAGE)});
      console.log(JSON.stringify({ ruleIds: result.findings.map((f) => f.ruleId), rules: rules.length }));
    `;
    const result = await run(process.execPath, ['-e', script], project);
    expectOk(result, 'CommonJS require');
    const out = JSON.parse(result.stdout);
    expect(out.ruleIds).toEqual(expect.arrayContaining(['needless-apology', 'blame-for-silence']));
    expect(out.rules).toBeGreaterThan(0);
  });

  describe('TypeScript', () => {
    const compilerOptions = {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      target: 'ES2022',
      strict: true,
      noEmit: true,
      // Check the shipped declarations too, without @types/node in the consumer project.
      skipLibCheck: false,
      types: [],
    };

    beforeAll(async () => {
      await writeFile(
        path.join(project, 'good.ts'),
        `import { applySuggestions, type Finding, type LintResult, lint, rules } from '@tactful/core';

const text = ${JSON.stringify(MESSAGE)};
const result: LintResult = lint(text, { kind: 'text', fileName: 'message.txt', step: 2 });
const findings: Finding[] = result.findings;
const ids: string[] = findings.map((finding) => finding.ruleId);
const line: number | undefined = findings[0]?.start.line;
const fixed: string = applySuggestions(text, findings);
const ruleIds: readonly string[] = rules.map((rule) => rule.id);
export { fixed, ids, line, ruleIds };
`,
      );
      await writeFile(
        path.join(project, 'bad.ts'),
        `import { type Finding, lint } from '@tactful/core';

const count: number = lint('Just checking in.').findings;
const finding: Finding = { ruleId: 'needless-apology' };
export { count, finding };
`,
      );
      for (const name of ['good', 'bad']) {
        await writeFile(
          path.join(project, `tsconfig.${name}.json`),
          `${JSON.stringify({ compilerOptions, files: [`${name}.ts`] }, null, 2)}\n`,
        );
      }
    });

    it('type-checks a correct consumer', async () => {
      const result = await run(tsc, ['-p', 'tsconfig.good.json'], project);
      expect(`${result.stdout}${result.stderr}`).toBe('');
      expect(result.code).toBe(0);
    });

    it('reports type errors against the shipped types', async () => {
      const result = await run(tsc, ['-p', 'tsconfig.bad.json'], project);
      const output = `${result.stdout}${result.stderr}`;
      expect(result.code).not.toBe(0);
      // Real type errors in bad.ts, not "cannot find module" or errors in the package.
      expect(output).toMatch(/bad\.ts\(3,7\): error TS2322/);
      expect(output).toMatch(/bad\.ts\(4,7\): error TS\d+.*(?:missing|Finding)/);
      const errorLines = output.split('\n').filter((l) => /error TS\d+/.test(l));
      expect(errorLines).toHaveLength(2);
      expect(errorLines.every((l) => l.startsWith('bad.ts('))).toBe(true);
    });
  });

  describe('tactful bin', () => {
    beforeAll(async () => {
      await writeFile(path.join(project, 'message.txt'), BIN_MESSAGE);
    });

    it('runs through npx and prints findings', async () => {
      const result = await run('npx', ['--no', '--', 'tactful', 'message.txt'], project);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('message.txt');
      expect(result.stdout).toContain('blame-for-silence');
      expect(result.stdout).toMatch(/\d+ problems?/);
    });

    it('prints JSON findings when run with node', async () => {
      const cli = path.join(project, 'node_modules/@tactful/core/dist/cli.js');
      const result = await run(process.execPath, [cli, '--format', 'json', 'message.txt'], project);
      expect(result.code, result.stderr).toBe(0);
      const [file] = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
      expect(file?.messages.map((m) => m.ruleId)).toContain('blame-for-silence');
      expect(file?.messages.find((m) => m.ruleId === 'blame-for-silence')?.line).toBe(1);
    });

    it('is linked as an executable in node_modules/.bin', async () => {
      const link = path.join(project, 'node_modules/.bin/tactful');
      expect(existsSync(link)).toBe(true);
      expect(await readFile(link, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\r?\n/);
    });
  });
});
