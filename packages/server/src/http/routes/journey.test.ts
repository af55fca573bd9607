import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { openNote, parseCheckpoint, parseVerifierKey, unwrap, verifyExportedLog, verifyInclusion, fromBase64, leafHash } from '@satupintu/core';
import {
  CALLBACK_SECRET, createDraft, postEvent, startApplicationServer, submit, uploadDocuments, type ApplicationServer,
} from '../application-test-support.js';

function signed(body: string, secret = CALLBACK_SECRET): Record<string, string> {
  return { 'content-type': 'application/json', 'x-signature': createHmac('sha256', secret).update(body).digest('hex') };
}

describe('a fee-bearing application from registration to handover over HTTP', () => {
  let app: ApplicationServer;
  let id: string;
  let version: number;
  let receiptNumber: string;
  let skrd: { number: string; amount: number; paymentCode: string };

  before(async () => { app = await startApplicationServer(); });
  after(async () => { await app.close(); });

  /** Applies an officer's step and keeps the new version. */
  async function step(role: keyof ApplicationServer['as'], event: Record<string, unknown>, expected = 200) {
    const response = await postEvent(app, id, version, app.as[role], event);
    const body = await response.json();
    assert.equal(response.status, expected, JSON.stringify(body));
    if (response.status === 200) version = body.version;
    return body;
  }

  it('APP-02 APP-03 the applicant drafts, uploads and submits: a receipt number', async () => {
    ({ id } = await createDraft(app));
    assert.equal((await uploadDocuments(app, id)).status, 200);
    const response = await submit(app, id);
    assert.equal(response.status, 201);
    const body = await response.json();
    receiptNumber = body.receiptNumber;
    assert.match(receiptNumber, /^MJK-\d{8}-000001-[0-9A-Z]$/);
    assert.equal(body.application.state, 'awaiting-verification');
    assert.lengthOf(body.application.documents, 1);
    version = body.application.version;
    const sms = (await app.server.server.store.outbox.list()).filter((m) => m.subjectId === id && m.message.en.includes(receiptNumber));
    assert.isAtLeast(sms.length, 1, 'APP-03 the receipt is sent through the outbox');
  });

  it('APP-04 each step only by the role that owns it: a technical officer cannot verify (403, core\'s code)', async () => {
    const body = await step('technical-officer', { type: 'verify' }, 403);
    assert.equal(body.code, 'application.role-not-allowed');
  });

  it('APP-04 verification, validation and the technical recommendation by their roles', async () => {
    await step('admin-officer', { type: 'verify', note: 'berkas lengkap' });
    await step('admin-officer', { type: 'validate' });
    const recommended = await step('technical-officer', { type: 'recommend', favourable: true, assignmentLetter: 'ST-7/2026' });
    assert.equal(recommended.state, 'awaiting-decision');
  });

  it('APP-05 approval of a fee-bearing permit without the fee input is refused by core', async () => {
    const body = await step('head-of-office', { type: 'approve' }, 400);
    assert.equal(body.code, 'application.fee-required');
  });

  it('APP-05 APP-06 approval creates the SKRD (fee by core, receiving account, counter) and the payment notice', async () => {
    const approved = await step('head-of-office', { type: 'approve', feeInput: { areaM2: 50 } });
    assert.equal(approved.state, 'awaiting-payment');
    skrd = approved.skrd;
    assert.equal(approved.skrd.amount, 39_000, 'FEE-04: Rp 25,000 + 14 m² × Rp 1,000');
    assert.equal(approved.skrd.receivingAccount.accountNumber, '0011223344');
    const tracking = await (await app.server.request(`/tracking/${receiptNumber}`)).json();
    assert.equal(tracking.payment.amount, 39_000);
    assert.equal(tracking.payment.paymentCode, skrd.paymentCode);
    assert.notInclude(JSON.stringify(tracking), 'Siti', 'no personal data in tracking');
  });

  it('the payment callback with a bad signature is 401 and changes nothing', async () => {
    const body = JSON.stringify({ bankReference: 'BJT-0001', applicationId: id, skrdNumber: skrd.number, amount: skrd.amount, paidAt: '2026-03-05T10:00:00+07:00' });
    for (const headers of [signed(body, 'wrong-secret-wrong-secret-wrong-secret'), { 'content-type': 'application/json' }, { ...signed(body), 'x-signature': 'zz' }]) {
      const response = await app.server.request('/payments/callback', { method: 'POST', headers, body });
      assert.equal(response.status, 401);
      assert.equal((await response.json()).code, 'payment.signature-invalid');
    }
    const tampered = body.replace(String(skrd.amount), '1');
    const response = await app.server.request('/payments/callback', { method: 'POST', headers: signed(body), body: tampered });
    assert.equal(response.status, 401, 'the signature covers the exact bytes');
    const stored = await (await app.server.request(`/applications/${id}`, { headers: app.as.applicant.headers() })).json();
    assert.equal(stored.state, 'awaiting-payment');
  });

  it('APP-06 a signed callback records the payment; a replay answers the same result and applies nothing twice', async () => {
    const body = JSON.stringify({ bankReference: 'BJT-0001', applicationId: id, skrdNumber: skrd.number, amount: skrd.amount, paidAt: '2026-03-05T10:00:00+07:00' });
    const first = await app.server.request('/payments/callback', { method: 'POST', headers: signed(body), body });
    assert.equal(first.status, 200);
    const firstText = await first.text();
    const auditSize = await app.server.server.store.audit.size();
    const replay = await app.server.request('/payments/callback', { method: 'POST', headers: signed(body), body });
    assert.equal(replay.status, 200);
    assert.equal(await replay.text(), firstText);
    assert.equal(await app.server.server.store.audit.size(), auditSize, 'no second audit entry');
    const stored = await (await app.server.request(`/applications/${id}`, { headers: app.as.applicant.headers() })).json();
    assert.equal(stored.state, 'awaiting-signature');
    assert.equal(stored.payment.reference, 'BJT-0001');
    version = stored.version;
  });

  it('APP-07 signing needs the PIN sent by SMS: a wrong PIN is refused, the right one signs', async () => {
    const official = app.as['signing-official'];
    const noPin = await step('signing-official', { type: 'sign' }, 400);
    assert.equal(noPin.code, 'application.pin-required');
    const issued = await app.server.request(`/applications/${id}/signing-pin`, { method: 'POST', headers: official.headers() });
    assert.equal(issued.status, 202);
    const pinMessage = (await app.server.server.store.outbox.list()).reverse().find((m) => m.subjectId === id && m.message.en.startsWith('Signing PIN'));
    const pin = /: (\d{6})/.exec(pinMessage?.message.en ?? '')?.[1];
    assert.isString(pin);
    const wrong = await step('signing-official', { type: 'sign', pin: pin === '000000' ? '111111' : '000000' }, 400);
    assert.equal(wrong.code, 'signing.pin-wrong');
    const signedApp = await step('signing-official', { type: 'sign', pin });
    assert.equal(signedApp.state, 'awaiting-numbering');
    assert.equal(signedApp.signature.mode, 'electronic');
    assert.equal(signedApp.signature.mandate, 'SK-12/2026');
  });

  it('APP-08 APP-09 numbering, printing, the survey and the handover', async () => {
    await step('admin-officer', { type: 'assign-number', permitNumber: 'TDG/0001/2026' });
    const printed = await step('admin-officer', { type: 'print' });
    assert.equal(printed.state, 'awaiting-survey');
    const tracking = await (await app.server.request(`/tracking/${receiptNumber}`)).json();
    assert.deepEqual(tracking.survey, { due: true });
    const early = await step('admin-officer', { type: 'hand-over', method: 'office' }, 409);
    assert.equal(early.code, 'application.event-not-allowed');
    const survey = await app.server.request(`/applications/${id}/survey`, { method: 'POST', headers: app.as.applicant.headers(), json: { answers: [4, 3, 3, 4, 3, 4, 4, 3, 2] } });
    assert.equal(survey.status, 201);
    version = (await survey.json()).version;
    const done = await step('admin-officer', { type: 'hand-over', method: 'courier', skrdIncluded: true });
    assert.equal(done.state, 'completed');
    assert.equal(done.permitNumber, 'TDG/0001/2026');
    const finished = await (await app.server.request(`/tracking/${receiptNumber}`)).json();
    const numbering = finished.steps.find((s: { step: number }) => s.step === 9);
    const handover = finished.steps.find((s: { step: number }) => s.step === 11);
    assert.deepInclude(numbering, { status: 'done', actorRole: 'admin-officer' }, 'numbering is dated though printing (step 7) follows it');
    assert.deepInclude(handover, { status: 'done', actorRole: 'admin-officer' }, 'the handover is dated though `completed` has no step');
    assert.isString(handover.at);
  });

  it('IKM-03 the head of office reads the IKM report over the stored responses', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const response = await app.server.request(`/ikm/report?from=2020-01-01&to=${today.slice(0, 4)}-12-31`, { headers: app.as['head-of-office'].headers() });
    assert.equal(response.status, 200);
    const report = await response.json();
    assert.equal(report.respondents, 1);
    assert.equal(report.unit, 'MJK');
    assert.equal(report.elementsLowestFirst[0].code, 'U9', 'IKM-05 the lowest element first');
    const denied = await app.server.request('/ikm/report?from=2020-01-01&to=2030-12-31', { headers: app.as['admin-officer'].headers() });
    assert.equal(denied.status, 403);
  });

  it('AUD-02 the exported audit log verifies against the signed public checkpoint; inclusion proofs for staff, consistency for anyone', async () => {
    const verifier = unwrap(await parseVerifierKey((await (await app.server.request('/audit/key')).text()).trim()));
    const note = unwrap(await openNote(await (await app.server.request('/audit/checkpoint')).text(), [verifier]));
    const checkpoint = unwrap(parseCheckpoint(note.text));
    const exported = await app.server.request(`/audit/entries?to=${checkpoint.size}`, { headers: app.as.supervisor.headers() });
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-type') ?? '', /^application\/x-ndjson/);
    const lines = (await exported.text()).split('\n').slice(0, -1);
    assert.deepEqual(lines, await app.server.server.store.audit.exportLines(0, checkpoint.size));
    const verdict = await verifyExportedLog(lines, checkpoint);
    assert.isTrue(verdict.ok, JSON.stringify(verdict));
    const actions = lines.map((l) => JSON.parse(l).action);
    assert.includeMembers(actions, ['application.draft-create', 'application.submit', 'application.approve', 'application.record-payment', 'application.sign', 'application.hand-over']);
    const seq = actions.indexOf('application.sign');
    const forbidden = await app.server.request(`/audit/entries/${seq}/proof?treeSize=${checkpoint.size}`, { headers: app.as.applicant.headers() });
    assert.equal(forbidden.status, 403, 'ACC-03 the audit trail is for staff only');
    const proof = await (await app.server.request(`/audit/entries/${seq}/proof?treeSize=${checkpoint.size}`, { headers: app.as.supervisor.headers() })).json();
    assert.equal(proof.line, lines[seq]);
    const leaf = await leafHash(new TextEncoder().encode(proof.line));
    assert.isTrue(await verifyInclusion(leaf, seq, checkpoint.size, proof.hashes.map((h: string) => fromBase64(h) as Uint8Array), checkpoint.root));
    const consistency = await app.server.request(`/audit/consistency?from=1&to=${checkpoint.size}`);
    assert.equal(consistency.status, 200);
    assert.isArray((await consistency.json()).hashes);
  });
});
