import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { signIn, startTestServer } from '../http/test-support.js';
import { staffPasswordProblems } from './password-policy.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli.ts');

/** Runs `satupintu-server <args>` as a child process with `stdin` piped in. */
function cli(args: readonly string[], env: Record<string, string>, stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, SATUPINTU_LOG_LEVEL: 'silent', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

describe('staff bootstrap commands (satupintu-server add-staff / seed-demo)', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'satupintu-commands-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('the password policy refuses short, simple, repeated, common and personal passwords', () => {
    const person = { email: 'budi.santoso@kota.go.id', name: 'Budi Santoso' };
    assert.isNotEmpty(staffPasswordProblems('Ab1!', person));
    assert.isNotEmpty(staffPasswordProblems('alllowercaseletters', person));
    assert.isNotEmpty(staffPasswordProblems('Password-2026!', person));
    assert.isNotEmpty(staffPasswordProblems('Santoso#2026xyz', person));
    assert.isNotEmpty(staffPasswordProblems('Aaaa1111!!!!zz', person));
    assert.isEmpty(staffPasswordProblems('Kopi-Tubruk-7-Senja', person));
    assert.isEmpty(staffPasswordProblems('kopi tubruk di bawah pohon sawo', person), 'a long passphrase');
  });

  it('ACC-03 add-staff creates an active staff account from stdin or the environment; weak passwords and bad roles are refused', async () => {
    const env = { SATUPINTU_DATA_DIR: dataDir };
    const added = await cli(['add-staff', '--email', 'kadis@kota.go.id', '--name', 'Ibu Kepala', '--roles', 'head-of-office,admin-officer'], env, 'Kopi-Tubruk-7-Senja\n');
    assert.equal(added.code, 0, added.err);
    assert.match(added.out, /Added kadis@kota\.go\.id \(head-of-office, admin-officer\)/);
    assert.notInclude(added.out + added.err, 'Kopi-Tubruk');
    const fromEnv = await cli(['add-staff', '--email=tek@kota.go.id', '--name=Pak Teknis', '--roles=technical-officer'], { ...env, SATUPINTU_STAFF_PASSWORD: 'Teh-Manis-9-Pagi' });
    assert.equal(fromEnv.code, 0, fromEnv.err);
    const weak = await cli(['add-staff', '--email', 'x@kota.go.id', '--name', 'X', '--roles', 'admin-officer'], env, 'password123\n');
    assert.equal(weak.code, 1);
    assert.match(weak.err, /too weak/);
    assert.notInclude(weak.err, 'password123');
    const badRole = await cli(['add-staff', '--email', 'y@kota.go.id', '--name', 'Y', '--roles', 'system'], env, 'Kopi-Tubruk-7-Senja\n');
    assert.equal(badRole.code, 1);
    assert.match(badRole.err, /roles must be one or more of/);
    const again = await cli(['add-staff', '--email', 'KADIS@kota.go.id', '--name', 'Lagi', '--roles', 'supervisor'], env, 'Kopi-Tubruk-7-Senja\n');
    assert.equal(again.code, 1);
    assert.match(again.err, /exists already/);
    assert.equal((await cli(['add-staff', '--bogus', 'x'], env)).code, 1);

    const server = await startTestServer({ dataDir });
    try {
      const session = await signIn(server, 'kadis@kota.go.id', 'Kopi-Tubruk-7-Senja');
      const me = await (await server.request('/me', { headers: { cookie: session.cookie } })).json();
      assert.sameMembers(me.account.roles, ['head-of-office', 'admin-officer']);
      const account = await server.server.store.accounts.findByEmail('kadis@kota.go.id');
      assert.deepEqual((await server.server.store.audit.entriesFor('account', account?.id ?? '')).map((e) => e.action), ['account.staff-added']);
    } finally {
      await server.server.close();
    }
  });

  it('seed-demo creates an account for every role and the demo businesses; every run prints fresh passwords and duplicates nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-seed-'));
    const rowsOf = (out: string) => [...out.matchAll(/^\s+(\S+)\s+(\S+@demo\.satupintu\.example)\s+(\S+)$/gm)].map((m) => ({ role: m[1], email: m[2], password: m[3] }));
    try {
      const seeded = await cli(['seed-demo'], { SATUPINTU_DATA_DIR: dir });
      assert.equal(seeded.code, 0, seeded.err);
      const first = rowsOf(seeded.out);
      assert.sameMembers(first.map((r) => r.role), ['admin-officer', 'technical-officer', 'signing-official', 'head-of-office', 'supervisor', 'applicant']);
      assert.match(seeded.out, /Demo businesses added: 4/);
      const second = await cli(['seed-demo'], { SATUPINTU_DATA_DIR: dir });
      assert.equal(second.code, 0, second.err);
      const rows = rowsOf(second.out);
      assert.sameMembers(rows.map((r) => r.email), first.map((r) => r.email), 'the same accounts, no new ones');
      for (const row of rows) assert.notEqual(row.password, first.find((f) => f.email === row.email)?.password, `${row.role}: a fresh password`);
      assert.match(second.out, /Demo businesses added: 0/);
      const server = await startTestServer({ dataDir: dir });
      try {
        for (const row of rows) {
          const session = await signIn(server, row.email as string, row.password as string);
          const me = await (await server.request('/me', { headers: { cookie: session.cookie } })).json();
          assert.include(me.account.roles, row.role);
        }
        const stale = await server.request('/auth/login', { method: 'POST', json: { email: first[0]?.email, password: first[0]?.password } });
        assert.equal(stale.status, 401, 'the password of the previous run no longer signs in');
        assert.lengthOf(await server.server.store.accounts.list(), 6);
        const supervisor = rows.find((r) => r.role === 'supervisor');
        const session = await signIn(server, supervisor?.email as string, supervisor?.password as string);
        const businesses = await (await server.request('/businesses', { headers: { cookie: session.cookie } })).json() as { nib: string; locations: { activities: { risk: string }[] }[] }[];
        assert.lengthOf(businesses, 4);
        assert.sameMembers([...new Set(businesses.flatMap((b) => b.locations.flatMap((l) => l.activities.map((a) => a.risk))))], ['low', 'medium-low', 'medium-high', 'high'], 'SUP-01 every risk level');
      } finally {
        await server.server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
