// Installs what a fresh clone is missing, so that `npm start` and `npm test` work as the first command.
//   node scripts/setup.mjs            npm dependencies (when node_modules is missing or older than package-lock.json)
//   node scripts/setup.mjs --browser  the same, and Debian's Chromium when /usr/bin/chromium is missing
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const STAMP = 'node_modules/.satupintu-lock-hash';

function run(command) {
  console.log(`[setup] ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const lockHash = () => createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

function ensureDependencies() {
  const installed = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (installed === lockHash()) return;
  // `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional packages (rollup's, esbuild's) out of
  // a lock file written on Linux, which `npm ci` then refuses; `npm install` keeps the locked versions and goes on.
  run('npm install --no-audit --no-fund');
  writeFileSync(STAMP, lockHash());
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROME_PATH.`);
  }
  run('apt-get update -qq');
  run('apt-get install -y -qq chromium');
}

ensureDependencies();
if (process.argv.includes('--browser')) ensureChromium();
