// Builds the extension into dist/: extension.js (the client, with vscode-languageclient) and
// server.js (the language server of packages/lsp, as its build bundled it, turned into
// CommonJS), both by esbuild for Node with `vscode` external; and the rules' pages from
// @tactful/core's docs with an index for "Tactful: Explain rule...". Nothing in dist/ needs a
// node_modules folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`tactful-vscode build: ${message}`);
  process.exit(1);
}

const serverEntry = require.resolve('@tactful/language-server/server');
if (!existsSync(serverEntry)) fail(`${serverEntry} is missing: run \`pnpm build\` at the repository root first.`);
const docsDir = path.join(path.dirname(require.resolve('@tactful/core/package.json')), 'docs', 'rules');
if (!existsSync(docsDir)) fail(`${docsDir} is missing: the rules' pages come from @tactful/core.`);

const dist = here('dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(path.join(dist, 'rules'), { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  legalComments: 'none',
  logLevel: 'warning',
};

// Minified: the client is loaded on every activation, and half its size is whitespace and names.
await build({ ...common, entryPoints: [here('src/extension.ts')], outfile: path.join(dist, 'extension.js'), minify: true });

// The server bundle is ES modules; VS Code forks it as a plain Node module. It finds its own
// file through import.meta.url (to start its lint worker on it), which CommonJS spells
// __filename.
await build({
  ...common,
  entryPoints: [serverEntry],
  outfile: path.join(dist, 'server.js'),
  define: { 'import.meta.url': '__tactfulServerUrl' },
  banner: { js: '"use strict";\nvar __tactfulServerUrl = require("node:url").pathToFileURL(__filename).href;' },
});

/** Category and the first sentence of "What it flags", for the quick pick. */
function ruleEntry(id, markdown) {
  const text = markdown.replace(/\r\n?/g, '\n');
  const category = /^Category:\s*`([^`]+)`/m.exec(text)?.[1];
  const flags = /^## What it flags\n+([\s\S]*?)(?:\n\n|$)/m.exec(text)?.[1];
  if (!category || !flags) fail(`${path.join(docsDir, `${id}.md`)} has no "Category:" line or no "## What it flags" section.`);
  const paragraph = flags.replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.:](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  return { id, category, summary: sentence.replace(/:$/, '.').replace(/`/g, '') };
}

const rules = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const id = name.slice(0, -3);
    const markdown = readFileSync(path.join(docsDir, name), 'utf8');
    writeFileSync(path.join(dist, 'rules', name), markdown);
    return ruleEntry(id, markdown);
  });
if (rules.length === 0) fail(`no rule pages in ${docsDir}.`);
writeFileSync(path.join(dist, 'rules', 'index.json'), `${JSON.stringify(rules, null, 2)}\n`);
