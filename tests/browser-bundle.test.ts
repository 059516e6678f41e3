/**
 * Checks that @tactful/core works in browsers: a bundler that follows the `browser` export
 * condition gets a self-contained bundle (compromise included, no `node:` imports), and that
 * bundle lints a message in a sandbox that has no Node globals. Also checks that the main
 * entry (dist/index.js) imports no Node module anywhere in its import graph.
 *
 * Needs a built package: run `pnpm build` first (`pnpm test` does).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coreDir = path.join(root, 'packages/core');
const distIndex = path.join(coreDir, 'dist/index.js');

const MESSAGE = "Sorry to bother you again. You haven't replied to my email.";
/**
 * compromise only runs on sentences with a capitalised word after the first (names), so this
 * message makes lint() call it: without a bundled compromise it throws "compromise is not loaded".
 */
const NAME_MESSAGE = 'Just checking in after my chat with Maria Lopez at Acme last week.';

/** Matches a `node:` module specifier in import/export/require/import() position. */
const NODE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bgetBuiltinModule\s*\(\s*)["'`]node:[\w/]+["'`]/g;

let tmp: string;

beforeAll(async () => {
  if (!existsSync(distIndex) || !existsSync(path.join(coreDir, 'dist/browser.js'))) {
    throw new Error('packages/core/dist is missing: run `pnpm build` before these tests');
  }
  tmp = await mkdtemp(path.join(tmpdir(), 'tactful-browser-'));
  // A consumer project whose node_modules links to the workspace package, so that
  // '@tactful/core' resolves through package.json "exports" exactly as for a real user.
  await mkdir(path.join(tmp, 'node_modules/@tactful'), { recursive: true });
  await symlink(coreDir, path.join(tmp, 'node_modules/@tactful/core'), 'dir');
  await writeFile(path.join(tmp, 'entry.js'), "export { lint, rules } from '@tactful/core';\n");
  // Evaluates an ES module bundle in a fresh V8 context: only JavaScript built-ins plus the
  // web APIs passed in, no process/require/module/Buffer. vm.SourceTextModule needs
  // --experimental-vm-modules, so this runs in a child process.
  await writeFile(
    path.join(tmp, 'sandbox.mjs'),
    `import vm from 'node:vm';
import { readFileSync } from 'node:fs';

const [bundlePath, target, text, nameText] = process.argv.slice(2);
const context = vm.createContext({ console, URL, TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask, structuredClone });
vm.runInContext('globalThis.self = globalThis;', context);
if (target === 'window') {
  // Just enough DOM for decode-named-character-reference's browser build, which creates an
  // element at load time (it is only used for character references, absent from the text).
  vm.runInContext(\`globalThis.window = globalThis;
    globalThis.document = { createElement() { return { innerHTML: '', get textContent() { return this.innerHTML; } }; } };\`, context);
}
const globals = vm.runInContext(
  '({ process: typeof process, require: typeof require, module: typeof module, exports: typeof exports, Buffer: typeof Buffer, global: typeof global, document: typeof document })',
  context,
);
const mod = new vm.SourceTextModule(readFileSync(bundlePath, 'utf8'), {
  context,
  identifier: 'https://example.test/bundle.js',
  initializeImportMeta(meta) { meta.url = 'https://example.test/bundle.js'; },
});
await mod.link((specifier) => { throw new Error('the bundle imports ' + specifier); });
await mod.evaluate();
const { lint, rules } = mod.namespace;
const result = lint(text);
const named = lint(nameText);
process.stdout.write(JSON.stringify({
  globals,
  namedFindings: Array.isArray(named.findings),
  ruleIds: result.findings.map((f) => f.ruleId),
  messageType: result.message.type,
  ruleCount: rules.length,
}));
`,
  );
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

function runNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: tmp, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function nodeSpecifiers(code: string): string[] {
  return [...code.matchAll(NODE_SPECIFIER)].map((m) => m[0]);
}

function inputsMatching(metafile: Metafile, pattern: RegExp): string[] {
  return Object.keys(metafile.inputs).filter((input) => pattern.test(input.split(path.sep).join('/')));
}

const targets = [
  { name: 'browser main thread', target: 'window', conditions: [] as string[] },
  // Web workers have no DOM; bundlers add the `worker` condition for them.
  { name: 'web worker', target: 'worker', conditions: ['worker'] },
];

describe.each(targets)('browser bundle for a $name', ({ target, conditions }) => {
  let outfile: string;
  let code: string;
  let metafile: Metafile;

  beforeAll(async () => {
    outfile = path.join(tmp, `out-${target}/bundle.js`);
    const options: BuildOptions = {
      absWorkingDir: tmp,
      entryPoints: [path.join(tmp, 'entry.js')],
      outfile,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      conditions,
      metafile: true,
      write: true,
      logLevel: 'silent',
    };
    const result = await build(options);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.text)).toEqual([]);
    metafile = result.metafile as Metafile;
    code = await readFile(outfile, 'utf8');
  });

  it('resolves @tactful/core to its browser entry and bundles compromise in', () => {
    expect(inputsMatching(metafile, /packages\/core\/dist\/browser\.js$/)).toHaveLength(1);
    expect(inputsMatching(metafile, /\/compromise\//).length).toBeGreaterThan(0);
    // Nothing is left for the page to load: the bundle imports no module at all.
    const outputs = Object.values(metafile.outputs);
    expect(outputs.flatMap((o) => o.imports)).toEqual([]);
  });

  it('contains no node: import or require', () => {
    expect(nodeSpecifiers(code)).toEqual([]);
    expect(code).not.toMatch(/["'`]node:(?:fs|path|module|url|util|process|os|child_process)["'`]/);
    // No input file is a Node built-in either.
    expect(Object.keys(metafile.inputs).filter((input) => input.startsWith('node:'))).toEqual([]);
  });

  it('lints a message in a sandbox without Node globals', async () => {
    const {
      code: exitCode,
      stdout,
      stderr,
    } = await runNode([
      '--experimental-vm-modules',
      '--no-warnings',
      path.join(tmp, 'sandbox.mjs'),
      outfile,
      target,
      MESSAGE,
      NAME_MESSAGE,
    ]);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const result = JSON.parse(stdout) as {
      globals: Record<string, string>;
      namedFindings: boolean;
      ruleIds: string[];
      messageType: string;
      ruleCount: number;
    };
    // The sandbox really lacks Node: compromise must have come from the bundle (setNlp),
    // not from process.getBuiltinModule('module').createRequire.
    expect(result.globals).toMatchObject({
      process: 'undefined',
      require: 'undefined',
      module: 'undefined',
      exports: 'undefined',
      Buffer: 'undefined',
      global: 'undefined',
      document: target === 'window' ? 'object' : 'undefined',
    });
    expect(result.ruleIds).toEqual(expect.arrayContaining(['needless-apology', 'blame-for-silence']));
    // The message with names went through compromise without error.
    expect(result.namedFindings).toBe(true);
    expect(result.ruleCount).toBeGreaterThan(0);
  });
});

describe('main entry (dist/index.js)', () => {
  it('has no node: specifier in any of its own modules', async () => {
    // Follows relative imports from dist/index.js through the emitted files.
    const seen = new Set<string>();
    const queue = [distIndex];
    const offenders: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = await readFile(file, 'utf8');
      for (const specifier of nodeSpecifiers(source)) offenders.push(`${path.relative(coreDir, file)}: ${specifier}`);
      for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
        queue.push(path.resolve(path.dirname(file), m[1] as string));
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].every((file) => !file.includes(`${path.sep}node${path.sep}`))).toBe(true);
    expect(offenders).toEqual([]);
  });

  it('bundles for a neutral platform, dependencies included, without any node: module', async () => {
    // With platform 'neutral', esbuild treats `node:` modules as unresolvable, so any
    // Node import anywhere in the graph (dependencies too) fails the build.
    const result = await build({
      entryPoints: [distIndex],
      bundle: true,
      platform: 'neutral',
      format: 'esm',
      mainFields: ['module', 'main'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const metafile = result.metafile as Metafile;
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
    expect(imports.filter((i) => i.external || i.path.startsWith('node:'))).toEqual([]);
    expect(nodeSpecifiers(result.outputFiles[0]?.text ?? '')).toEqual([]);
    // compromise stays out of the main entry's static graph: it is loaded lazily on Node.
    expect(inputsMatching(metafile, /\/compromise\//)).toEqual([]);
  });

  it('the scanner does catch node: imports (control: the Node layer)', async () => {
    const source = await readFile(path.join(coreDir, 'dist/node/index.js'), 'utf8');
    expect(nodeSpecifiers(source).length).toBeGreaterThan(0);
  });
});
