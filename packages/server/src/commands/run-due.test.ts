import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { assert } from 'chai';
import { signIn, startTestServer, type TestServer } from '../http/test-support.js';
import { imbAwaitingPayment, imbAwaitingSurvey, storeAll, testClock, wib } from '../jobs/test-fixtures.js';
import { createTestDatabase } from '../store/test-postgres.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli.ts');

function cli(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, SATUPINTU_LOG_LEVEL: 'silent', SATUPINTU_OFFICE_CODE: 'MJK', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

/** Where the store lives: the settings of the test server and of the command, and how to clean up. */
interface StoreSetup {
  readonly name: string;
  /** Whether the server may stay up while the command runs (PostgreSQL), or must stop first (embedded). */
  readonly concurrent: boolean;
  open(): Promise<{ server: Record<string, string>; env: Record<string, string>; drop: () => Promise<void> }>;
}

const SETUPS: readonly StoreSetup[] = [
  {
    name: 'embedded store (server stopped while it runs)', concurrent: false,
    async open() {
      const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-run-due-'));
      return { server: { dataDir }, env: { SATUPINTU_DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL (server running alongside)', concurrent: true,
    async open() {
      const database = await createTestDatabase();
      return { server: { databaseUrl: database.url }, env: { SATUPINTU_DATABASE_URL: database.url }, drop: database.drop };
    },
  },
];

for (const setup of SETUPS) {
  describe(`satupintu-server run-due --at on the ${setup.name}`, () => {
    it('APP-06 APP-08 lapses the unpaid SKRD and suspends the unfilled survey as of the instant, once; both show in the API and tracking; the survey resumes it', async () => {
      const store = await setup.open();
      const clock = testClock(wib('2026-03-05', '10:00'));
      const start = () => startTestServer({ ...store.server, scheduler: { intervalSeconds: 0 } }, { now: clock.now });
      let server: TestServer | undefined = await start();
      try {
        const lifecycle = server.server.config.municipality.context;
        await storeAll(server.server.store, [imbAwaitingPayment('IMB-P-1', 102, lifecycle), imbAwaitingSurvey('IMB-S-1', 101, '2026-04-09', lifecycle)]);
        const { account, password } = await server.createAccount({ id: 'u-siti' });
        if (!setup.concurrent) {
          await server.server.close();
          server = undefined;
        }

        const early = await cli(['run-due', '--at', '2026-03-26T23:00:00+07:00'], store.env);
        assert.equal(early.code, 0, early.err);
        assert.match(early.out, /0 applied/, 'APP-06 the last day of the 10 working days is still in time');

        const due = await cli(['run-due', '--at=2026-04-16T09:00:00+07:00'], store.env);
        assert.equal(due.code, 0, due.err);
        assert.match(due.out, /Due work as of 2026-04-16T09:00:00\+07:00: 2 applied/);
        const again = await cli(['run-due', '--at', '2026-04-16T09:30:00+07:00'], store.env);
        assert.match(again.out, /0 applied/, 'an action is done once');

        const bad = await cli(['run-due', '--at', '2026-04-16'], store.env);
        assert.equal(bad.code, 1);
        assert.match(bad.err, /ISO instant with its offset/);
        assert.equal((await cli(['run-due'], store.env)).code, 1);

        clock.set(wib('2026-04-16', '10:00'));
        server ??= await start();
        const session = await signIn(server, account.email, password);
        const owner = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
        const get = async (id: string) => (await server!.request(`/applications/${id}`, { headers: owner })).json();
        const lapsed = await get('IMB-P-1');
        assert.equal(lapsed.state, 'payment-lapsed');
        assert.deepInclude(lapsed.history.at(-1), { event: 'lapse-payment', at: '2026-04-16T02:00:00.000Z', actor: { id: 'scheduler', role: 'system' } });
        const suspended = await get('IMB-S-1');
        assert.equal(suspended.state, 'suspended-survey');
        for (const [app, state] of [[lapsed, 'payment-lapsed'], [suspended, 'suspended-survey']] as const) {
          const tracking = await (await server.request(`/tracking/${app.receiptNumber}`)).json();
          assert.equal(tracking.state, state, 'the public tracking view shows it');
        }

        const survey = await server.request('/applications/IMB-S-1/survey', { method: 'POST', headers: owner, json: { answers: [4, 4, 3, 3, 4, 4, 4, 3, 3] } });
        assert.equal(survey.status, 201, await survey.clone().text());
        assert.equal((await survey.json()).state, 'awaiting-handover', 'APP-08 filling in the survey resumes the process');
        const actions = [...await server.server.store.audit.entriesFor('application', 'IMB-P-1'), ...await server.server.store.audit.entriesFor('application', 'IMB-S-1')].map((e) => e.action);
        assert.sameMembers(actions, ['application.lapse-payment', 'application.suspend-for-survey', 'application.submit-survey']);
      } finally {
        await server?.server.close();
        await store.drop();
      }
    });
  });
}
