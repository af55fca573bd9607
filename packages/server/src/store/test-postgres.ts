// Test support: a fresh database on the machine's PostgreSQL for one test run, started if the service is down.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import pg from 'pg';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const run = promisify(execFile);

async function canConnect(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts the local cluster (`pg_ctlcluster … main start`) unless it already answers. */
export async function ensurePostgres(): Promise<void> {
  if (await canConnect()) return;
  const [version] = await readdir('/etc/postgresql');
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version!, 'main', 'start']);
  for (let i = 0; i < 50 && !(await canConnect()); i++) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `satupintu_test_<random>` and returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> {
  await ensurePostgres();
  const name = `satupintu_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: () => admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }),
  };
}
