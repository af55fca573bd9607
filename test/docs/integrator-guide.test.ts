// docs/guides/integrator.md as written: its shell script and its program run, in order, against the built
// `satupintu-server` started as an operator starts it, in a project that imports the built packages.
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import {
  bash, blockNamed, codeBlocks, demoCredentials, linkProject, ROOT, sendJson, serverCommand, signIn, startServerProcess, tempDir, tsx,
  type ServerProcess,
} from './guide-support.js';

const GUIDE = 'integrator.md';
const CALLBACK_SECRET = 'bank-callback-secret-for-the-guide-test-0123';
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

interface PaymentModule {
  confirmPayment(api: string, secret: string, payment: Record<string, unknown>): Promise<Record<string, unknown>>;
}

describe('docs/guides/integrator.md, run as written against the built server', () => {
  const data = tempDir('satupintu-integrator-data-');
  const project = tempDir('satupintu-integrator-project-');
  let server: ServerProcess;
  let accounts: ReturnType<typeof demoCredentials>;
  let receiptNumber: string;

  before(async () => {
    const env = {
      SATUPINTU_DATA_DIR: data.path, SATUPINTU_PAYMENT_CALLBACK_SECRET: CALLBACK_SECRET,
      SATUPINTU_BANK_NAME: 'Bank Jatim', SATUPINTU_BANK_ACCOUNT_NUMBER: '0011223344', SATUPINTU_BANK_ACCOUNT_NAME: 'RKUD Kota Contoh',
    };
    accounts = demoCredentials(await serverCommand(['seed-demo'], env));
    server = await startServerProcess(env);
    linkProject(project.path);
    writeFileSync(join(project.path, 'ktp.pdf'), PDF);
    writeFileSync(join(project.path, 'bank-callback.ts'), blockNamed(GUIDE, 'file=bank-callback.ts'));
  });

  after(async () => {
    await server?.stop();
    data.remove();
    project.remove();
  });

  it('the shell steps: the OpenAPI document, health, and a bearer token for the applicant account', async () => {
    const script = codeBlocks(GUIDE).filter((block) => block.lang === 'sh').map((block) => block.code).join('\n');
    const applicant = accounts.get('applicant');
    assert.isDefined(applicant);
    const output = await bash(script, project.path, {
      SATUPINTU_API: server.url, SATUPINTU_EMAIL: applicant!.email, SATUPINTU_PASSWORD: applicant!.password,
    });
    assert.include(output, '3.1.0');
    assert.include(output, '"status":"ok"');
    assert.isTrue(existsSync(join(project.path, 'token.txt')));
    assert.isFalse(existsSync(join(project.path, 'session.txt')), 'the session cookie file is removed');
  });

  it('APP-02 APP-03 the program: typed client with the token, draft, upload, idempotent submit, tracking, a problem', async () => {
    const program = codeBlocks(GUIDE).filter((block) => block.lang === 'ts' && block.info === '').map((block) => block.code).join('\n');
    writeFileSync(join(project.path, 'integrator.ts'), program);
    const output = await tsx('integrator.ts', project.path, { SATUPINTU_API: server.url });
    assert.include(output, `signed in as ${accounts.get('applicant')?.email}`);
    assert.match(output, /^uploaded 200 [0-9a-f]{64}$/m);
    const receipt = /^receipt (\S+) (\S+) (\S+)$/m.exec(output);
    assert.isNotNull(receipt, output);
    receiptNumber = receipt![1]!;
    assert.match(receiptNumber, /^PTSP-\d{8}-000001-[0-9A-Z]$/);
    assert.equal(receipt![2], receiptNumber, 'the retry with the same key answers the same receipt');
    assert.equal(receipt![3], 'true', 'Idempotency-Replayed');
    assert.match(output, /^state awaiting-verification step \d+$/m);
    assert.include(output, 'problem 400 idempotency.key-required Idempotency-Key Kirim header Idempotency-Key');
    const staff = await signIn(server.url, accounts.get('admin-officer')!.email, accounts.get('admin-officer')!.password);
    const listed = await sendJson<{ items: { receiptNumber?: string }[] }>(`${server.url}/applications`, 'GET', staff);
    assert.lengthOf(listed.body.items.filter((a) => a.receiptNumber === receiptNumber), 1, 'registered once');
  });

  it('the program type-checks against the client\'s types', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    await promisify(execFile)(process.execPath, [
      tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--types', 'node', 'integrator.ts', 'bank-callback.ts',
    ], { cwd: project.path }).catch((error: { stdout?: string }) => assert.fail(`tsc: ${error.stdout ?? String(error)}`));
  });

  it('APP-05 APP-06 the bank\'s signed callback records the payment once; a wrong secret is refused', async () => {
    // The officers' steps up to the SKRD, as the office would take them.
    const as = async (role: string) => signIn(server.url, accounts.get(role)!.email, accounts.get(role)!.password);
    const admin = await as('admin-officer');
    const { body: list } = await sendJson<{ items: { id: string; receiptNumber?: string; version: number }[] }>(`${server.url}/applications`, 'GET', admin);
    const found = list.items.find((a) => a.receiptNumber === receiptNumber);
    assert.isDefined(found);
    let version = found!.version;
    let skrd: { number: string; amount: number } | undefined;
    for (const [role, event] of [
      ['admin-officer', { type: 'verify' }], ['admin-officer', { type: 'validate' }],
      ['technical-officer', { type: 'recommend', favourable: true, assignmentLetter: 'ST-7/2026' }],
      ['head-of-office', { type: 'approve', feeInput: { areaM2: 50 } }],
    ] as const) {
      const step = await sendJson<{ version: number; skrd?: { number: string; amount: number } }>(
        `${server.url}/applications/${found!.id}/events`, 'POST', { ...(await as(role)), 'if-match': `"${version}"` }, event);
      assert.equal(step.status, 200, JSON.stringify(step.body));
      version = step.body.version;
      skrd = step.body.skrd;
    }
    assert.isDefined(skrd);
    const bank = (await import(pathToFileURL(join(project.path, 'bank-callback.ts')).href)) as PaymentModule;
    const payment = { bankReference: 'BJT-2026-0001', applicationId: found!.id, skrdNumber: skrd!.number, amount: skrd!.amount, paidAt: '2026-03-05T10:00:00+07:00' };
    let refused: unknown;
    await bank.confirmPayment(server.url, 'not-the-bank-secret-not-the-bank-secret', payment).catch((error: unknown) => { refused = error; });
    assert.match(String(refused), /payment\.signature-invalid/);
    const recorded = await bank.confirmPayment(server.url, CALLBACK_SECRET, payment);
    assert.deepInclude(recorded, { bankReference: 'BJT-2026-0001', amount: skrd!.amount });
    assert.deepEqual(await bank.confirmPayment(server.url, CALLBACK_SECRET, payment), recorded, 'a retry answers the same');
    const tracking = await sendJson<{ state: string }>(`${server.url}/tracking/${receiptNumber}`, 'GET', {});
    assert.equal(tracking.body.state, 'awaiting-signature');
  });
});
