// `npm start` after the build: the permit service on the embedded database (seeded with a demo municipality's
// accounts, one per role), then, once the service answers, the demo pages, each printing its URL. Ctrl+C stops both.
// The demo pages reach the service through the demo server's /api proxy (same origin); the demo bank signs its
// payment callbacks with a secret made fresh for this run.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { demoSettings } from './demo-settings.mjs';

const API_PORT = process.env.SATUPINTU_API_PORT ?? '8081';
const DEMO_PORT = process.env.PORT ?? '8080';
// The demo municipality: its bank account, the signing official's mandate, messages sent every 2 seconds, and a
// provisional table of next year's fixed-date holidays.
const shared = {
  ...demoSettings(),
  SATUPINTU_DATA_DIR: process.env.SATUPINTU_DATA_DIR ?? 'data',
  SATUPINTU_PAYMENT_CALLBACK_SECRET: process.env.SATUPINTU_PAYMENT_CALLBACK_SECRET ?? randomBytes(32).toString('hex'),
};
const serverEnv = { ...process.env, ...shared, PORT: API_PORT };
const demoEnv = { ...process.env, ...shared, PORT: DEMO_PORT, SATUPINTU_API_URL: `http://localhost:${API_PORT}` };
const server = 'packages/server/bin/satupintu-server.js';

const seeded = spawnSync(process.execPath, [server, 'seed-demo'], { env: serverEnv, stdio: 'inherit' });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

/** Resolves once the service answers `GET /health` (a page opened before would meet the demo proxy's 502). */
async function serviceUp(child) {
  while (child.exitCode === null) {
    const answered = await fetch(`http://localhost:${API_PORT}/health`).then((response) => response.ok, () => false);
    if (answered) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const children = [spawn(process.execPath, [server], { env: serverEnv, stdio: 'inherit' })];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
const watch = (child) => child.once('exit', (code) => { if (code) { stop(); process.exitCode = code; } });
watch(children[0]);
if (await serviceUp(children[0])) {
  children.push(spawn(process.execPath, ['demo/serve.mjs'], { env: demoEnv, stdio: 'inherit' }));
  watch(children[1]);
}
