// Packages the extension as artifacts/tactful-vscode.vsix (from the repository root) with
// vsce. Everything the extension runs is bundled in dist/, so no dependency goes in.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const out = path.resolve(packageDir, '../../artifacts/tactful-vscode.vsix');
mkdirSync(path.dirname(out), { recursive: true });
const vsce = path.join(packageDir, 'node_modules', '.bin', 'vsce');
const result = spawnSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: packageDir, stdio: 'inherit' });
if (result.error) {
  console.error(`tactful-vscode: could not run ${vsce}: ${result.error.message} (run \`pnpm install\` first)`);
  process.exit(1);
}
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`tactful-vscode: ${path.relative(process.cwd(), out)} (${Math.round(statSync(out).size / 1024)} KiB)`);
