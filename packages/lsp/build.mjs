// Bundles the language server into one file, dist/server.js: vscode-languageserver, core,
// compromise (loaded lazily inside the bundle) and the rules' doc pages, for hovers.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(here('package.json'), 'utf8'));

const docsDir = path.join(path.dirname(require.resolve('@tactful/core/package.json')), 'docs', 'rules');
const ruleDocs = Object.fromEntries(
  readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => [name.slice(0, -3), readFileSync(path.join(docsDir, name), 'utf8')]),
);

await build({
  entryPoints: [here('src/bin.ts')],
  outfile: here('dist/server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: {
    __TACTFUL_RULE_DOCS__: JSON.stringify(ruleDocs),
    __TACTFUL_LSP_VERSION__: JSON.stringify(pkg.version),
  },
  banner: { js: "import { createRequire as __tactfulRequire } from 'node:module'; const require = __tactfulRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
