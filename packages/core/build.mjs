// Bundles the CLI into one file so that start-up loads one module instead of hundreds.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [here('src/node/bin.ts')],
  outfile: here('dist/cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // compromise is required lazily at run time (see src/nlp.ts), so it stays a dependency.
  external: ['compromise'],
  banner: { js: "import { createRequire as __tactfulRequire } from 'node:module'; const require = __tactfulRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
