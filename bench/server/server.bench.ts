// The permit service over real HTTP: the server runs as a child process (`satupintu-server`, as in production) on
// the embedded store and on PostgreSQL, one after the other in one run. For each store:
//   1. `seed-demo` creates the demo applicant; the bench signs in as it (cookie session + CSRF token);
//   2. prepares N drafts with their document (POST /applications, PUT /applications/{id}/documents/director-id);
//   3. autocannon submits them all (POST /applications/{id}/submit with an Idempotency-Key: core's checks, receipt
//      number, audit append, outbox messages, idempotency record — every submission is a real state change);
//   4. autocannon looks up the receipts (GET /tracking/{receiptNumber}, public, rate limited) for a fixed time.
// Targets on the 2-core machine: ≥ 1,000 submissions/s and ≥ 5,000 tracking lookups/s, p99 < 50 ms.
// Usage: node --import tsx bench/server/server.bench.ts [drafts=3000] [trackingSeconds=10] [connections=32]
// To profile the server: BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (extra node flags of the child).
// One store only: BENCH_SERVER_STORES=embedded (or postgres).
import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createTestDatabase } from '../../packages/server/src/store/test-postgres.js';
import { exited, startCli } from '../../packages/server/src/test-cli.js';

const [DRAFTS = 3000, TRACKING_SECONDS = 10, CONNECTIONS = 32] = process.argv.slice(2).map(Number);
const CLI = join(import.meta.dirname, '..', '..', 'packages', 'server', 'src', 'cli.ts');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const DRAFT = {
  permitType: 'tdg',
  applicant: { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' },
  details: { nuisanceActApplies: false },
};

function environment(store: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env, ...store, PORT: '0', SATUPINTU_LOG_LEVEL: 'warn', SATUPINTU_SCHEDULER_INTERVAL_SECONDS: '0',
    SATUPINTU_RATE_LIMIT_LOGIN: '1000', SATUPINTU_RATE_LIMIT_TRACKING: '100000', SATUPINTU_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    SATUPINTU_OFFICE_CODE: 'MJK', SATUPINTU_BANK_NAME: 'Bank Jatim', SATUPINTU_BANK_ACCOUNT_NUMBER: '0011223344', SATUPINTU_BANK_ACCOUNT_NAME: 'RKUD Kota Mojokerto',
  };
}

/** `seed-demo`, then the applicant's password from its output. */
function seedApplicant(env: NodeJS.ProcessEnv): { email: string; password: string } {
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'seed-demo'], { env, encoding: 'utf8' });
  const match = /applicant\s+(\S+)\s+(\S+)/.exec(seeded.stdout);
  if (seeded.status !== 0 || !match) throw new Error(`seed-demo failed: ${seeded.stderr}`);
  return { email: match[1] as string, password: match[2] as string };
}

async function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  child.kill('SIGTERM');
  await exited(child);
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await fn(items[next++] as T);
  }));
}

interface Row { store: string; task: string; requests: number; seconds: number; perSecond: number; p50: number; p99: number; errors: number }

function row(store: string, task: string, result: autocannon.Result): Row {
  const ok = result.requests.total - result.non2xx - result.errors;
  return {
    store, task, requests: ok, seconds: result.duration, perSecond: Math.round(ok / result.duration),
    p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function benchStore(name: string, storeEnv: Record<string, string>): Promise<Row[]> {
  const env = environment(storeEnv);
  const applicant = seedApplicant(env);
  const { child, url } = await startCli(env, { nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean) });
  try {
    const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(applicant) });
    const { csrfToken } = await login.json() as { csrfToken: string };
    const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '').split(';')[0] as string;
    const auth = { cookie, 'x-csrf-token': csrfToken };

    const started = performance.now();
    const ids: string[] = [];
    await pool(Array.from({ length: DRAFTS }, (_, i) => i), 16, async () => {
      const draft = await fetch(`${url}/applications`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(DRAFT) });
      const { id } = await draft.json() as { id: string };
      const upload = await fetch(`${url}/applications/${id}/documents/director-id`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/pdf', 'x-file-name': 'ktp.pdf' }, body: PDF });
      if (draft.status !== 201 || upload.status !== 200) throw new Error(`prepare failed: ${draft.status} ${upload.status}`);
      ids.push(id);
    });
    const prepareSeconds = (performance.now() - started) / 1000;
    console.log(`${name}: prepared ${ids.length} drafts with a document in ${prepareSeconds.toFixed(1)} s (${Math.round(ids.length * 2 / prepareSeconds)} requests/s)`);

    let nextDraft = 0;
    const receipts: string[] = [];
    const submitted = await autocannon({
      url, connections: CONNECTIONS, amount: ids.length, timeout: 30,
      requests: [{
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          path: `/applications/${ids[nextDraft++ % ids.length]}/submit`,
          headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: '{"declaration":true}',
        }),
        onResponse: (status, body) => {
          if (status === 201) receipts.push((JSON.parse(body) as { receiptNumber: string }).receiptNumber);
        },
      }],
    });
    const rows = [row(name, 'submit (with audit append)', submitted)];

    const tracked = await autocannon({
      url, connections: CONNECTIONS, duration: TRACKING_SECONDS,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/tracking/${encodeURIComponent(receipts[Math.floor(Math.random() * receipts.length)] as string)}` }) }],
    });
    rows.push(row(name, 'tracking lookup', tracked));
    return rows;
  } finally {
    await stopChild(child);
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-bench-'));
const database = await createTestDatabase();
try {
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${DRAFTS} drafts, ${CONNECTIONS} connections, tracking ${TRACKING_SECONDS} s`);
  const stores = (process.env.BENCH_SERVER_STORES ?? 'embedded,postgres').split(',');
  const rows = [
    ...stores.includes('embedded') ? await benchStore('embedded', { SATUPINTU_DATA_DIR: dataDir }) : [],
    ...stores.includes('postgres') ? await benchStore('postgres', { SATUPINTU_DATABASE_URL: database.url }) : [],
  ];
  console.log('\n| store | task | requests ok | s | requests/s | p50 ms | p99 ms | errors |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.store} | ${r.task} | ${r.requests} | ${r.seconds.toFixed(1)} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.errors} |`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
} finally {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
