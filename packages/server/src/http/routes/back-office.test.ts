import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { openNote, parseCheckpoint, parseVerifierKey, unwrap, verifyExportedLog } from '@satupintu/core';
import { testClock, wib, type TestClock } from '../../jobs/test-fixtures.js';
import {
  CALLBACK_SECRET, createDraft, postEvent, startApplicationServer, submit, uploadDocuments, type ApplicationServer, type Caller,
} from '../application-test-support.js';
import { TEST_STORES } from '../store-setups.js';

for (const setup of TEST_STORES) {
  describe(`back-office features on the ${setup.name}: manual records, service levels, the permit, the audit export`, () => {
    let app: ApplicationServer;
    let clock: TestClock;
    let drop: () => Promise<void>;
    before(async () => {
      const store = await setup.open();
      drop = store.drop;
      clock = testClock(wib('2026-03-02', '08:00'));
      // Sessions last 90 days: the clock walks through two months.
      app = await startApplicationServer({ ...store.overrides, scheduler: { intervalSeconds: 0 }, sessionHours: 24 * 90 }, { now: clock.now });
    });
    after(async () => {
      await app?.close();
      await drop?.();
    });

    /** A submitted TDG application at `instant`; its id, version and receipt number. */
    async function submitted(instant: string): Promise<{ id: string; version: number; receiptNumber: string }> {
      clock.set(instant);
      const { id } = await createDraft(app);
      assert.equal((await uploadDocuments(app, id)).status, 200);
      const body = await (await submit(app, id)).json();
      return { id, version: body.application.version, receiptNumber: body.receiptNumber };
    }

    /** An officer's step at `instant`; returns the new version. */
    async function step(id: string, version: number, instant: string, caller: Caller, event: Record<string, unknown>): Promise<number> {
      clock.set(instant);
      const response = await postEvent(app, id, version, caller, event);
      const body = await response.json();
      assert.equal(response.status, 200, JSON.stringify(body));
      return body.version;
    }

    function manualRecord(id: string, version: number, caller: Caller, body: Record<string, unknown>): Promise<Response> {
      return app.server.request(`/applications/${id}/manual-records`, { method: 'POST', headers: caller.headers({ 'if-match': `"${version}"` }), json: body });
    }

    const declare = async (instant: string, body: Record<string, unknown>) => {
      clock.set(instant);
      const response = await app.server.request('/service-status', { method: 'POST', headers: app.as['head-of-office'].headers(), json: body });
      assert.equal(response.status, 200, await response.clone().text());
    };

    it('APP-11 steps taken by hand during a declared outage are entered afterwards unchanged: original date and officer, marked back-filled; refused outside the outage', async () => {
      const { id, version } = await submitted(wib('2026-03-02', '09:00'));
      const admin = app.as['admin-officer'];
      await declare(wib('2026-03-03', '08:00'), { status: 'outage', reason: 'Pusat data padam' });
      await declare(wib('2026-03-04', '08:00'), { status: 'normal' });
      clock.set(wib('2026-03-05', '09:00'));
      let current = (await (await app.server.request(`/applications/${id}`, { headers: admin.headers() })).json()).version as number;
      assert.isAbove(current, version, 'the pause and its end were recorded');

      const refusals: [Record<string, unknown>, string][] = [
        [{ at: wib('2026-03-02', '10:00') }, 'manual-record.outside-outage'],
        [{ at: wib('2026-03-04', '09:00') }, 'manual-record.outside-outage'],
        [{ at: wib('2026-03-06', '09:00') }, 'manual-record.outside-outage'],
        [{ officerId: 'nobody' }, 'manual-record.officer-unknown'],
        [{ officerId: app.as.applicant.id }, 'manual-record.officer-unknown'],
      ];
      for (const [change, code] of refusals) {
        const response = await manualRecord(id, current, admin, { type: 'verify', at: wib('2026-03-03', '10:00'), officerId: admin.id, manualRecord: 'Buku agenda No. 17', ...change });
        assert.equal(response.status, 400, JSON.stringify(change));
        assert.equal((await response.json()).code, code);
      }
      const wrongRole = await manualRecord(id, current, admin, { type: 'verify', at: wib('2026-03-03', '10:00'), officerId: app.as['technical-officer'].id, manualRecord: 'Buku agenda No. 17' });
      assert.equal(wrongRole.status, 403, 'APP-04 core: verification belongs to the administrative officer');
      const applicant = await manualRecord(id, current, app.as.applicant, { type: 'verify', at: wib('2026-03-03', '10:00'), officerId: admin.id, manualRecord: 'x' });
      assert.equal(applicant.status, 403);

      const verified = await manualRecord(id, current, admin, { type: 'verify', at: wib('2026-03-03', '10:00'), officerId: admin.id, manualRecord: 'Buku agenda No. 17', note: 'berkas lengkap' });
      assert.equal(verified.status, 200, await verified.clone().text());
      current = (await verified.json()).version;
      const clerk = app.as['technical-officer'];
      const early = await manualRecord(id, current, clerk, { type: 'validate', at: wib('2026-03-03', '09:30'), officerId: admin.id, manualRecord: 'Buku agenda No. 18' });
      assert.equal(early.status, 400);
      assert.equal((await early.json()).code, 'application.out-of-order', 'records are entered in the order they happened');
      const validated = await manualRecord(id, current, clerk, { type: 'validate', at: wib('2026-03-03', '11:00'), officerId: admin.id, manualRecord: 'Buku agenda No. 18' });
      assert.equal(validated.status, 200);
      const body = await validated.json();
      assert.equal(body.state, 'awaiting-technical-recommendation');
      const last = body.history.at(-1);
      assert.deepInclude(last, { event: 'validate', actor: { id: admin.id, role: 'admin-officer' } });
      assert.equal(Date.parse(last.at), Date.parse(wib('2026-03-03', '11:00')), 'the original instant');
      assert.deepEqual(last.backfill, { enteredAt: clock.now(), manualRecord: 'Buku agenda No. 18' });

      const audit = await app.server.server.store.audit.entriesFor('application', id);
      const validate = audit.find((e) => e.action === 'application.validate');
      assert.deepEqual(validate?.actor, { id: admin.id, role: 'admin-officer' });
      assert.deepEqual(validate?.backfilled, { enteredAt: clock.now(), manualRecord: 'Buku agenda No. 18' });
      const entered = audit.filter((e) => e.action === 'application.manual-record-entered');
      assert.deepEqual(entered.map((e) => e.actor.id), [admin.id, clerk.id], 'AUD-01 who typed each record in');
      assert.deepInclude(entered[1]?.after as object, { step: 'validate', officer: admin.id, manualRecord: 'Buku agenda No. 18' });
    });

    it('CAT-03 CAL-03 service-level figures for the head of office: received, decided, within the deadline, overdue now, median working days', async () => {
      const decidedApp = await submitted(wib('2026-03-09', '09:00'));
      let v = await step(decidedApp.id, decidedApp.version, wib('2026-03-09', '10:00'), app.as['admin-officer'], { type: 'verify' });
      v = await step(decidedApp.id, v, wib('2026-03-10', '10:00'), app.as['admin-officer'], { type: 'validate' });
      v = await step(decidedApp.id, v, wib('2026-03-11', '10:00'), app.as['technical-officer'], { type: 'recommend', favourable: true });
      await step(decidedApp.id, v, wib('2026-03-12', '10:00'), app.as['head-of-office'], { type: 'reject', reason: 'Lokasi tidak sesuai tata ruang' });
      await submitted(wib('2026-03-10', '09:00')); // never decided: TDG's 14 working days end in April

      clock.set(wib('2026-05-04', '09:00'));
      const response = await app.server.request('/reports/service-level?from=2026-03-09&to=2026-03-31', { headers: app.as['head-of-office'].headers() });
      assert.equal(response.status, 200);
      const report = await response.json();
      assert.deepInclude(report, { from: '2026-03-09', to: '2026-03-31', asOf: '2026-05-04', received: 2, decided: 1, decidedWithinDeadline: 1, medianWorkingDays: 3 });
      assert.isAtLeast(report.overdueNow, 1);
      assert.deepEqual(report.byPermitType.map((t: { permitType: string }) => t.permitType), ['tdg']);
      const denied = await app.server.request('/reports/service-level?from=2026-03-01&to=2026-03-31', { headers: app.as['admin-officer'].headers() });
      assert.equal(denied.status, 403);
      const backwards = await app.server.request('/reports/service-level?from=2026-03-31&to=2026-03-01', { headers: app.as['head-of-office'].headers() });
      assert.equal((await backwards.json()).code, 'report.period-invalid');
    });

    it('APP-07 APP-09 the issued permit (number, date, holder, signer) for its owner and staff, once numbered; 409 before', async () => {
      const { id, version } = await submitted(wib('2026-05-04', '09:00'));
      const permit = () => app.server.request(`/applications/${id}/permit`, { headers: app.as.applicant.headers() });
      assert.equal((await (await permit()).json()).code, 'permit.not-issued');
      let v = await step(id, version, wib('2026-05-04', '10:00'), app.as['admin-officer'], { type: 'verify' });
      v = await step(id, v, wib('2026-05-04', '11:00'), app.as['admin-officer'], { type: 'validate' });
      v = await step(id, v, wib('2026-05-05', '10:00'), app.as['technical-officer'], { type: 'recommend', favourable: true });
      clock.set(wib('2026-05-06', '10:00'));
      const approved = await (await postEvent(app, id, v, app.as['head-of-office'], { type: 'approve', feeInput: { areaM2: 40 } })).json();
      clock.set(wib('2026-05-07', '10:00'));
      const paid = JSON.stringify({ bankReference: `BJT-${id}`, applicationId: id, skrdNumber: approved.skrd.number, amount: approved.skrd.amount, paidAt: wib('2026-05-07', '09:00') });
      const callback = await app.server.request('/payments/callback', {
        method: 'POST', body: paid, headers: { 'content-type': 'application/json', 'x-signature': createHmac('sha256', CALLBACK_SECRET).update(paid).digest('hex') },
      });
      assert.equal(callback.status, 200);
      const official = app.as['signing-official'];
      assert.equal((await app.server.request(`/applications/${id}/signing-pin`, { method: 'POST', headers: official.headers() })).status, 202);
      const sms = (await app.server.server.store.outbox.list()).reverse().find((m) => m.subjectId === id && m.message.en.startsWith('Signing PIN'));
      const pin = /: (\d{6})/.exec(sms?.message.en ?? '')?.[1];
      v = (await (await app.server.request(`/applications/${id}`, { headers: official.headers() })).json()).version;
      v = await step(id, v, wib('2026-05-07', '10:00'), official, { type: 'sign', pin });
      await step(id, v, wib('2026-05-08', '10:00'), app.as['admin-officer'], { type: 'assign-number', permitNumber: 'TDG/0042/2026' });

      const response = await permit();
      assert.equal(response.status, 200);
      const body = await response.json();
      assert.deepInclude(body, { applicationId: id, permitType: 'tdg', permitNumber: 'TDG/0042/2026', issuedOn: '2026-05-08', office: 'MJK', status: 'issued' });
      assert.deepEqual(body.holder, { name: 'Siti Rahma' });
      assert.deepInclude(body.signature, { mode: 'electronic', mandate: 'SK-12/2026', signedAt: new Date(wib('2026-05-07', '10:00')).toISOString() });
      assert.match(body.signature.signedBy, /^Pegawai /, 'the signer\'s name');
      assert.equal((await app.server.request(`/applications/${id}/permit`, { headers: app.as['head-of-office'].headers() })).status, 200, 'staff');
      assert.equal((await app.server.request(`/applications/${id}/permit`, { headers: app.as['other-applicant'].headers() })).status, 404, 'not another applicant');
      assert.equal((await app.server.request(`/applications/${id}/permit`)).status, 401);
    });

    it('AUD-02 the whole exported log verifies against the signed checkpoint and the published key; a bad range is refused', async () => {
      const verifier = unwrap(await parseVerifierKey((await (await app.server.request('/audit/key')).text()).trim()));
      const note = unwrap(await openNote(await (await app.server.request('/audit/checkpoint')).text(), [verifier]));
      const checkpoint = unwrap(parseCheckpoint(note.text));
      assert.isAbove(checkpoint.size, 20);
      const exported = await app.server.request(`/audit/entries?to=${checkpoint.size}`, { headers: app.as['head-of-office'].headers() });
      const lines = (await exported.text()).split('\n').slice(0, -1);
      assert.isTrue((await verifyExportedLog(lines, checkpoint)).ok);
      const altered = lines.map((line, i) => (i === 3 ? line.replace('"at":"2026', '"at":"2025') : line));
      assert.isFalse((await verifyExportedLog(altered, checkpoint)).ok, 'an altered entry fails');
      const part = await app.server.request('/audit/entries?from=2&to=5', { headers: app.as['head-of-office'].headers() });
      assert.deepEqual((await part.text()).split('\n').slice(0, -1), lines.slice(2, 5));
      const tooFar = await app.server.request(`/audit/entries?to=${checkpoint.size + 1000}`, { headers: app.as['head-of-office'].headers() });
      assert.equal((await tooFar.json()).code, 'audit.range-invalid');
      assert.equal((await app.server.request('/audit/entries', { headers: app.as.applicant.headers() })).status, 403, 'ACC-03 staff only');
    });
  });
}
