import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { BUSINESS, startClockedServer, type Caller, type ClockedServer } from './supervision-test-support.js';

const PHOTO = { fileName: 'limbah-2026-03-01.jpg', mediaType: 'image/jpeg', size: 240_000, sha256: 'cd'.repeat(32) };

function complaint(overrides: Record<string, unknown> = {}) {
  return {
    complainant: { kind: 'public', name: 'Warga RT 03' }, target: { kind: 'business', name: 'CV Maju Jaya' }, ground: 'business-nonconformity',
    description: 'Limbah cair dibuang ke saluran warga.', evidence: [PHOTO], channel: 'electronic', ...overrides,
  };
}

describe('complaints and administrative actions over HTTP', () => {
  let env: ClockedServer;
  let supervisor: Caller;
  let applicant: Caller;
  let otherApplicant: Caller;

  before(async () => {
    env = await startClockedServer('2026-03-02T09:00:00+07:00');
    supervisor = await env.caller(['supervisor']);
    applicant = await env.caller(['applicant']);
    otherApplicant = await env.caller(['applicant']);
    assert.equal((await supervisor.send('POST', '/businesses', BUSINESS)).status, 201);
  });
  after(async () => {
    await env.server.close();
  });

  it('CMP-01 a ground the target does not admit is refused with the allowed grounds named', async () => {
    const refused = await env.anonymous('POST', '/complaints', complaint({ ground: 'supervision-nonconformity' }));
    assert.equal(refused.status, 400);
    const body = await refused.json();
    assert.equal(body.code, 'complaint.ground-not-admissible');
    assert.equal(body.path, 'ground');
    for (const allowed of ['licensing-process', 'business-nonconformity', 'oss-misuse']) assert.include(body.message.en, allowed);
    assert.include(body.message.id, 'Pasal 37 ayat (3)');
  });

  it('CMP-01 a complaint needs evidence; script in the evidence or names is refused', async () => {
    assert.equal((await (await env.anonymous('POST', '/complaints', complaint({ evidence: [] }))).json()).code, 'complaint.evidence-required');
    const script = await (await env.anonymous('POST', '/complaints', complaint({ evidence: [{ ...PHOTO, fileName: '<img src=x onerror=alert(1)>' }] }))).json();
    assert.equal(script.status, 400);
    assert.equal(script.path, 'evidence.0');
    const name = await (await env.anonymous('POST', '/complaints', complaint({ complainant: { kind: 'public', name: '<script>x</script>' } }))).json();
    assert.equal(name.path, 'complainant.name');
  });

  it('CMP-01 CMP-02 the public files, staff verify, the complainant reads it back; others cannot', async () => {
    const filed = await env.anonymous('POST', '/complaints', complaint());
    assert.equal(filed.status, 201);
    const anonymous = await filed.json();
    assert.equal(anonymous.complaint.state, 'received');
    assert.deepEqual(anonymous.evidence, [PHOTO]);
    assert.equal(anonymous.complaint.records[0].by, 'online-form');

    const own = await (await applicant.send('POST', '/complaints', complaint({ target: { kind: 'local-government', name: 'DPMPTSP' }, ground: 'supervision-nonconformity' }))).json();
    const id = own.complaint.id as string;
    assert.equal((await applicant.send('GET', `/complaints/${id}`)).status, 200);
    const foreign = await otherApplicant.send('GET', `/complaints/${id}`);
    assert.equal(foreign.status, 404, "another applicant's complaint answers like a missing one");
    assert.equal((await foreign.json()).code, 'complaint.not-found');
    assert.equal((await applicant.send('GET', `/complaints/${anonymous.complaint.id}`)).status, 404);
    assert.equal((await env.anonymous('GET', `/complaints/${id}`)).status, 401);
    assert.equal((await applicant.send('POST', `/complaints/${id}/events`, { type: 'start-verification' }, { 'if-match': '1' })).status, 403);

    const verifying = await supervisor.send('POST', `/complaints/${id}/events`, { type: 'start-verification' }, { 'if-match': '1' });
    assert.equal(verifying.status, 200);
    assert.equal((await verifying.json()).complaint.state, 'verification');
    // A complaint about the local government is not clarified by a business (Pasal 37(8)): core refuses the step.
    const clarify = await (await supervisor.send('POST', `/complaints/${id}/events`, { type: 'request-clarification' }, { 'if-match': '2' })).json();
    assert.equal(clarify.status, 409);
    assert.equal(clarify.code, 'complaint.event-not-allowed');
    const found = await (await supervisor.send('POST', `/complaints/${id}/events`, { type: 'no-violation-found' }, { 'if-match': '2' })).json();
    assert.equal(found.complaint.state, 'not-proven');
    assert.equal((await (await applicant.send('GET', `/complaints/${id}`)).json()).complaint.state, 'not-proven');
  });

  it('ADM-01 ADM-02 cancelling the only high-risk activity cancels the licence and revokes the NIB', async () => {
    const decided = await supervisor.send('POST', '/administrative-actions', {
      business: BUSINESS.nib, ground: 'business-request', instrument: 'licence', verified: false, risk: 'high',
    });
    assert.equal(decided.status, 201);
    const action = await decided.json();
    assert.equal(action.kind, 'cancellation');
    assert.equal(action.activityCount, 1);
    assert.deepEqual(action.effects, [{ instrument: 'licence', action: 'cancelled' }, { instrument: 'nib', action: 'revoked' }]);
    assert.equal(action.effectsSource.article, 'Pasal 40 ayat (5) huruf a');
    const noSuchActivity = await (await supervisor.send('POST', '/administrative-actions', {
      business: BUSINESS.nib, ground: 'court-decision', instrument: 'licence', verified: true, risk: 'low',
    })).json();
    assert.equal(noSuchActivity.code, 'adm.activity-unknown');
    assert.equal((await applicant.send('POST', '/administrative-actions', { business: BUSINESS.nib, ground: 'business-request', instrument: 'nib', verified: true, risk: 'high' })).status, 403);
  });

  it('ADM-03 a liquidation revocation is verified within 5 working days, else issued automatically', async () => {
    env.clock.now = '2026-03-16T09:00:00+07:00';
    const submitted = await supervisor.send('POST', '/administrative-actions/liquidation-revocations', { business: BUSINESS.nib });
    assert.equal(submitted.status, 201);
    const request = await submitted.json();
    assert.equal(request.request.verifyBy, '2026-03-30', '5 working days, past Nyepi and Idul Fitri');
    assert.equal(request.status.state, 'awaiting-verification');
    const id = request.request.id as string;

    env.clock.now = '2026-03-31T09:00:00+07:00';
    const late = await (await supervisor.send('POST', `/administrative-actions/liquidation-revocations/${id}/events`, { type: 'approve' }, { 'if-match': '1' })).json();
    assert.equal(late.status, 409);
    assert.equal(late.code, 'adm.liquidation.verification-period-over');
    const status = await (await supervisor.send('GET', `/administrative-actions/liquidation-revocations/${id}`)).json();
    assert.equal(status.status.state, 'revocation-issued');
    assert.isTrue(status.status.issuedAutomatically);
    assert.equal(status.status.automaticIssueOn, '2026-03-31');
    const lapsed = await (await supervisor.send('POST', `/administrative-actions/liquidation-revocations/${id}/events`, { type: 'verification-lapsed' }, { 'if-match': '1' })).json();
    assert.equal(lapsed.request.state, 'revocation-issued');
    assert.equal(lapsed.version, 2);
  });
});
