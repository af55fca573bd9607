// Runs every benchmark under bench/<name>/ (files named `*.bench.ts`), or only those named on the command line:
//   npm run bench              all of them
//   npm run bench -- calendar  bench/calendar only
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const wanted = process.argv.slice(2);
const suites = readdirSync('bench')
  .filter((name) => statSync(join('bench', name)).isDirectory())
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

let failed = false;
for (const suite of suites) {
  for (const file of readdirSync(join('bench', suite)).filter((f) => f.endsWith('.bench.ts')).sort()) {
    console.log(`\n## bench/${suite}/${file}\n`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', suite, file)], { stdio: 'inherit' });
    failed ||= result.status !== 0;
  }
}
process.exit(failed ? 1 : 0);
