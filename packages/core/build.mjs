// Bundles the CLI into one file so that start-up loads one module instead of hundreds, and
// writes the config schema (src/config-schema.ts) out as dist/tactfulrc.schema.json for editors.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8'));

await build({
  entryPoints: [here('src/node/bin.ts')],
  outfile: here('dist/cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // compromise is required lazily at run time (see src/nlp.ts), so it stays a dependency.
  external: ['compromise'],
  define: { __TACTFUL_VERSION__: JSON.stringify(version) },
  banner: { js: "import { createRequire as __tactfulRequire } from 'node:module'; const require = __tactfulRequire(import.meta.url);" },
  legalComments: 'none',
  // Less text for V8 to parse at every start; names stay, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

const { configSchema } = await import(new URL('dist/config-schema.js', import.meta.url).href);
writeFileSync(here('dist/tactfulrc.schema.json'), `${JSON.stringify(configSchema, null, 2)}\n`);
