// Runs every `*.test.ts` under packages/*/src and test/ with Node's own test runner (TypeScript through tsx).
// Node 20's runner takes no globs, so the files are listed here. The elements' tests need a browser and run in
// web-test-runner only; core's run in both.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BROWSER_ONLY = new Set(['elements']);
const roots = [...readdirSync('packages').filter((name) => !BROWSER_ONLY.has(name)).map((name) => join('packages', name, 'src')), 'test'];
const files = roots
  .filter((root) => existsSync(root))
  .flatMap((root) => readdirSync(root, { recursive: true }).map((file) => join(root, String(file))))
  .filter((file) => file.endsWith('.test.ts') && !file.includes('node_modules'))
  .sort();

if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
