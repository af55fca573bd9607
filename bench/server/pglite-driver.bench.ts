// The embedded driver's cost per statement, without HTTP: the store's `PgliteStatements` against PGlite's own
// `query`, each under PostgreSQL's default plan caching (`auto`) and the store's (`force_generic_plan`). Two shapes of
// the service's hot path: the caller lookup (sessions joined with accounts, nine keys in one statement) and a small
// write transaction (a batch insert from a list, an update by a key list).
//   node --import tsx bench/server/pglite-driver.bench.ts [runs=1500]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteStatements } from '../../packages/server/src/store/pglite-statements.js';
import type { SqlParam } from '../../packages/server/src/store/sql-client.js';

const [RUNS = 1500] = process.argv.slice(2).map(Number);
const WARMUP = 300;
const ACCOUNTS = 2000;

const LOOKUP = `SELECT k.ord, x.* FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS k(token_hash, now, ord)
  JOIN LATERAL (SELECT a.*, s.token_hash, s.account_id, s.kind AS session_kind, s.csrf_secret, s.label, s.created_at AS session_created_at,
    s.expires_at, s.revoked_at FROM sessions s JOIN accounts a ON a.id = s.account_id
    WHERE s.token_hash = k.token_hash AND s.revoked_at IS NULL AND s.expires_at > k.now OFFSET 0) x ON true`;
const INSERT = 'INSERT INTO log (line, at) SELECT x, $2 FROM unnest($1::text[]) x';
const UPDATE = 'UPDATE accounts SET version = version + 1 WHERE id = ANY($1::text[])';

interface Driver {
  query(sql: string, params: SqlParam[]): Promise<unknown>;
  command(sql: string): Promise<unknown>;
}

async function setUp(db: PGlite): Promise<void> {
  await db.exec(`CREATE TABLE accounts (id text PRIMARY KEY, kind text, name text, email text, phone text, roles jsonb, password_hash text,
      status text, identity jsonb, created_at timestamptz, updated_at timestamptz, version integer);
    CREATE TABLE sessions (token_hash text PRIMARY KEY, account_id text, kind text, csrf_secret text, label text, created_at timestamptz,
      expires_at timestamptz, revoked_at timestamptz);
    CREATE TABLE log (id serial PRIMARY KEY, line text, at timestamptz);
    INSERT INTO accounts SELECT 'acc' || g, 'person', 'Nama Pemohon ' || g, 'p' || g || '@example.id', '081234567890', '["applicant"]',
      '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g', 'active', '{"nik":"3578015208900003"}',
      now(), now(), 1 FROM generate_series(1, ${ACCOUNTS}) g;
    INSERT INTO sessions SELECT 'tok' || g, 'acc' || g, 'session', 'csrf-secret-csrf-secret-csrf', NULL, now(), now() + interval '1 day', NULL
      FROM generate_series(1, ${ACCOUNTS}) g;`);
}

/** Mean µs of `task` over RUNS runs after WARMUP. */
async function time(task: (run: number) => Promise<unknown>): Promise<number> {
  for (let run = 0; run < WARMUP; run++) await task(run);
  const started = performance.now();
  for (let run = 0; run < RUNS; run++) await task(run);
  return Math.round((performance.now() - started) * 1000 / RUNS);
}

async function measure(driver: Driver): Promise<[lookup: number, write: number]> {
  const now = new Date().toISOString();
  const keys = (run: number) => Array.from({ length: 9 }, (_, index) => `tok${1 + ((run * 9 + index * 37) % ACCOUNTS)}`);
  const lookup = await time((run) => driver.query(LOOKUP, [keys(run), keys(run).map(() => now)]));
  const write = await time(async (run) => {
    await driver.command('BEGIN');
    await driver.query(INSERT, [keys(run).map((key) => `${key} `.repeat(40)), now]);
    await driver.query(UPDATE, [keys(run).slice(0, 3).map((key) => key.replace('tok', 'acc'))]);
    await driver.command('COMMIT');
  });
  return [lookup, write];
}

const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-pglite-bench-'));
try {
  // PGlite's own settings (fsync off), not the store's durable ones: this measures the drivers, not the disk's flush.
  const db = await PGlite.create(dataDir);
  await setUp(db);
  const statements = new PgliteStatements(db);
  const drivers: [string, Driver][] = [
    ["PGlite's query", { query: (sql, params) => db.query(sql, params), command: (sql) => db.exec(sql) }],
    ['store statements', { query: (sql, params) => statements.run(sql, params, false), command: (sql) => statements.command(sql, false) }],
  ];
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${RUNS} runs each`);
  console.log('\n| driver | plan_cache_mode | caller lookup (9 keys) µs | write transaction µs |');
  console.log('| --- | --- | ---: | ---: |');
  for (const mode of ['auto', 'force_generic_plan']) {
    await db.exec(`SET plan_cache_mode = ${mode}`);
    for (const [name, driver] of drivers) {
      const [lookup, write] = await measure(driver);
      console.log(`| ${name} | ${mode} | ${lookup} | ${write} |`);
    }
  }
  await db.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
