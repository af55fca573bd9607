// The whole demo as `npm start` runs it, for end-to-end tests: the permit service (its command-line program, on a
// fresh embedded database in a temporary directory, seeded with the demo accounts) and the demo city's web server in
// front of it (pages, the embed file, /api, the demo bank and inbox). Both on free ports.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess } from './browser.js';
import { demoSettings } from '../../scripts/demo-settings.mjs';

const SERVER_BIN = 'packages/server/bin/satupintu-server.js';

/** A demo account and its password, as `seed-demo` printed them. */
export interface DemoAccount {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

/** The running demo. */
export interface DemoStack {
  /** The demo city's site, e.g. `http://localhost:41234/` (pages at `${url}portal.html`, the API at `${url}api`). */
  readonly url: string;
  /** The permit service itself (what /api passes to). */
  readonly apiUrl: string;
  readonly dataDir: string;
  /** The demo accounts by role (`applicant`, `administrative-officer`, …). */
  readonly accounts: ReadonlyMap<string, DemoAccount>;
  /** The secret the demo bank signs payment callbacks with. */
  readonly paymentSecret: string;
  /**
   * Stops the permit service and starts it again on the same data and port, with `env` added (e.g.
   * `SATUPINTU_CLOCK_OFFSET_DAYS: '20'` to let twenty days pass: the scheduler then does what has fallen due).
   */
  restartService(env: NodeJS.ProcessEnv): Promise<void>;
  /** Stops both processes and removes the data directory. */
  stop(): Promise<void>;
}

/** The `role email password` lines of `seed-demo`'s output (accounts whose password it printed). */
export function parseSeedOutput(output: string): Map<string, DemoAccount> {
  const accounts = new Map<string, DemoAccount>();
  for (const match of output.matchAll(/^\s+(\S+)\s+(\S+@\S+)\s+(\S+)\s*$/gm)) {
    const [, role, email, password] = match as unknown as [string, string, string, string];
    accounts.set(role, { role, email, password });
  }
  return accounts;
}

/** A port that was free a moment ago (the service keeps one port across restarts, so the demo site's /api stays). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [SERVER_BIN], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the permit service exited with ${code}:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: (match[1] as string).replace(/\/$/, ''), process: child });
    });
  });
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts the demo (after `npm run build`). `env` adds settings of the permit service. */
export async function startDemoStack(env: NodeJS.ProcessEnv = {}): Promise<DemoStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-demo-'));
  const paymentSecret = randomBytes(32).toString('hex');
  // Journeys register and sign in as several people from one address: the login and registration limits would
  // otherwise refuse them.
  const serverEnv = {
    ...process.env, ...demoSettings(), SATUPINTU_DATA_DIR: dataDir, SATUPINTU_PAYMENT_CALLBACK_SECRET: paymentSecret,
    SATUPINTU_RATE_LIMIT_LOGIN: '1000', SATUPINTU_RATE_LIMIT_REGISTRATION: '1000', PORT: String(await freePort()), ...env,
  };
  const seeded = spawnSync(process.execPath, [SERVER_BIN, 'seed-demo'], { env: serverEnv, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);
  const accounts = parseSeedOutput(seeded.stdout);
  let server = await startServer(serverEnv);
  const demo = await startProcess('demo/serve.mjs', {
    SATUPINTU_API_URL: server.url, SATUPINTU_DATA_DIR: dataDir, SATUPINTU_PAYMENT_CALLBACK_SECRET: paymentSecret,
  });
  return {
    url: demo.url,
    apiUrl: server.url,
    dataDir,
    accounts,
    paymentSecret,
    async restartService(more) {
      await stopped(server.process);
      server = await startServer({ ...serverEnv, ...more });
    },
    async stop() {
      await Promise.all([stopped(demo.process), stopped(server.process)]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
