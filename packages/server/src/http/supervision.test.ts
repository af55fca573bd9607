import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { indonesiaCalendar, unwrap, verifyExportedLog } from '@satupintu/core';
import { BUSINESS, startClockedServer, type Caller, type ClockedServer } from './supervision-test-support.js';

const ORIGIN = 'ptsp.example.go.id/audit';

/** A BAP of the business's location on `date`, with one indicator not met and the business's refusal to sign. */
function bap(date: string, supervision: 'routine' | 'incidental', compliant = false) {
  return {
    businessId: BUSINESS.nib, location: BUSINESS.locations[0].location, supervision, inspectionDate: date, visit: 'physical', recording: 'electronic',
    indicators: [{ id: 'K3', aspect: 'technical', compliant }, { id: 'IZIN', aspect: 'administrative', compliant: true }],
    inspector: { name: 'Sari Wulandari', signedOn: date },
    business: { kind: 'refused', statement: 'Pemilik menolak menandatangani', recordedOn: date },
  };
}

const at = (date: string) => `${date}T09:00:00+07:00`;

describe('supervision, LKPM and sanctions over HTTP', () => {
  let env: ClockedServer;
  let supervisor: Caller;
  let applicant: Caller;

  before(async () => {
    env = await startClockedServer(at('2025-12-01'));
    supervisor = await env.caller(['supervisor']);
    applicant = await env.caller(['applicant']);
  });
  after(async () => {
    await env.server.close();
  });

  it('SUP-02 registers a business (NIB read by core) and gives its inspection frequency per risk level', async () => {
    const created = await supervisor.send('POST', '/businesses', { ...BUSINESS, nib: '9120 0012 3456 7' });
    assert.equal(created.status, 201);
    const body = await created.json();
    assert.equal(body.id, BUSINESS.nib);
    assert.equal(body.version, 1);
    assert.equal(created.headers.get('etag'), '"1"');
    const frequency = await (await supervisor.send('GET', `/businesses/${BUSINESS.nib}/inspection-frequency`)).json();
    assert.equal(frequency.locations[0].levels[0].risk, 'high');
    assert.equal(frequency.locations[0].levels[0].maxPerYear, 2);
    assert.equal(frequency.locations[0].levels[0].reasons[0].rule, 'SUP-02');
    const listed = await (await supervisor.send('GET', '/businesses')).json();
    assert.deepEqual(listed.map((b: { id: string }) => b.id), [BUSINESS.nib]);
  });

  it('refuses a bad NIB, script in a name, an unknown field and a taken NIB with problem details', async () => {
    const nib = await supervisor.send('POST', '/businesses', { ...BUSINESS, nib: '1234' });
    assert.equal(nib.status, 400);
    assert.equal(nib.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    assert.equal((await nib.json()).code, 'nib.length');
    const script = await (await supervisor.send('POST', '/businesses', { ...BUSINESS, nib: '9120001234568', name: '<script>alert(1)</script>' })).json();
    assert.equal(script.status, 400);
    assert.equal(script.path, 'name');
    const unknown = await (await supervisor.send('POST', '/businesses', { ...BUSINESS, nib: '9120001234568', roles: ['head-of-office'] })).json();
    assert.equal(unknown.code, 'http.validation');
    const taken = await supervisor.send('POST', '/businesses', BUSINESS);
    assert.equal(taken.status, 409);
    assert.equal((await taken.json()).code, 'store.duplicate');
    assert.equal((await supervisor.send('GET', '/businesses/9999999999999')).status, 404);
  });

  it('an applicant gets 403 and an anonymous caller 401 on every supervision route', async () => {
    const routes: [string, string, unknown?][] = [
      ['POST', '/businesses', BUSINESS], ['GET', '/businesses'], ['GET', `/businesses/${BUSINESS.nib}`],
      ['GET', `/businesses/${BUSINESS.nib}/inspection-frequency`], ['POST', '/supervision/plans', { year: 2026, capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 1 } }],
      ['GET', '/supervision/plans/2026'], ['POST', '/inspections', { bap: bap('2026-01-19', 'routine') }], ['GET', `/inspections?business=${BUSINESS.nib}`],
      ['POST', `/businesses/${BUSINESS.nib}/lkpm-reports`, { period: '2025-Q1', submitted: false }], ['GET', `/businesses/${BUSINESS.nib}/lkpm`],
      ['POST', '/sanction-cases', { business: BUSINESS.nib, violation: 'obligation-not-met' }], ['GET', '/sanction-cases/SK-2026-0001'],
      ['POST', '/sanction-cases/SK-2026-0001/events', { type: 'not-corrected' }],
    ];
    for (const [method, path, json] of routes) {
      const forbidden = await applicant.send(method, path, json);
      assert.equal(forbidden.status, 403, `${method} ${path}`);
      assert.equal(forbidden.headers.get('content-type')?.split(';')[0], 'application/problem+json');
      assert.equal((await env.anonymous(method, path, json)).status, 401, `${method} ${path}`);
    }
  });

  it('SUP-10 SUP-11 SAN-01 records LKPM periods; core gives the due dates and finds 2 periods without LKPM', async () => {
    const path = `/businesses/${BUSINESS.nib}/lkpm-reports`;
    assert.equal((await supervisor.send('POST', path, { period: '2025-Q1', submitted: false })).status, 201);
    const second = await (await supervisor.send('POST', path, { period: '2025-Q2', submitted: false })).json();
    assert.deepEqual(second.violations.map((v: { kind: string }) => v.kind), ['lkpm-not-submitted']);
    assert.deepEqual(second.violations[0].periods, ['2025-Q1', '2025-Q2']);
    const gap = await (await supervisor.send('POST', path, { period: '2025-Q4', submitted: true, realisation: 0 })).json();
    assert.equal(gap.status, 400);
    assert.equal(gap.code, 'lkpm.history-gap');
    const twice = await (await supervisor.send('POST', path, { period: '2025-Q2', submitted: true, realisation: 5 })).json();
    assert.equal(twice.code, 'lkpm.period-duplicate');
    const status = await (await supervisor.send('GET', `/businesses/${BUSINESS.nib}/lkpm?year=2025`)).json();
    assert.equal(status.schedule.cadence, 'quarterly');
    assert.deepEqual(status.schedule.periods.map((p: { dueDate: string }) => p.dueDate), ['2025-04-10', '2025-07-10', '2025-10-15', '2026-01-15']);
    assert.lengthOf(status.reports, 2);
    assert.lengthOf(status.violations, 1);
  });

  it('SUP-05 SUP-07 SAN-04 SAN-05 plan → BAP not compliant → sanction case → warnings with working-day deadlines, audit verifies', async () => {
    // The annual plan of 2026, made in December 2025 over the stored businesses.
    const planned = await supervisor.send('POST', '/supervision/plans', { year: 2026, capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 2 } });
    assert.equal(planned.status, 201);
    const { plan } = await planned.json();
    assert.equal(plan.totals.businesses, 1);
    const [unit] = plan.inspections;
    assert.equal(unit.businessId, BUSINESS.nib);
    assert.lengthOf(unit.visits, 2, 'high risk: twice a year (SUP-02)');
    const visit = unit.visits[0].date as string;
    assert.isTrue(unit.visits[0].letters.assignmentLetterBy < visit, 'SUP-06 letters before the visit');
    assert.equal((await supervisor.send('POST', '/supervision/plans', { year: 2026, capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 2 } })).status, 409);
    assert.deepEqual((await (await supervisor.send('GET', '/supervision/plans/2026')).json()).plan, plan);
    assert.equal((await supervisor.send('GET', '/supervision/plans/2027')).status, 404);

    // Routine supervision outside the plan is refused (Pasal 15(5)); the planned visit is recorded with its BAP.
    env.clock.now = at(visit);
    const outside = await (await supervisor.send('POST', '/inspections', { bap: bap('2026-02-02', 'routine'), risk: 'high' })).json();
    assert.equal(outside.status, 409);
    assert.equal(outside.code, 'supervision.not-in-plan');
    const noRisk = await (await supervisor.send('POST', '/inspections', { bap: bap(visit, 'routine') })).json();
    assert.equal(noRisk.code, 'inspection.risk-required');
    const unsigned = await (await supervisor.send('POST', '/inspections', { bap: { ...bap(visit, 'routine'), business: { kind: 'refused', recordedOn: visit } }, risk: 'high' })).json();
    assert.equal(unsigned.code, 'bap.refusal-statement-missing', 'SUP-07 a refusal needs its statement');
    const inspected = await supervisor.send('POST', '/inspections', { bap: bap(visit, 'routine'), risk: 'high' });
    assert.equal(inspected.status, 201);
    const inspection = await inspected.json();
    assert.isFalse(inspection.assessment.compliant);
    assert.deepEqual(inspection.assessment.nonCompliantIndicators, ['K3']);
    assert.isTrue(inspection.assessment.refusalRecorded, 'SUP-07 the BAP stays valid without the business signature');
    assert.equal(inspection.plannedVisit.date, visit);
    const incidental = await supervisor.send('POST', '/inspections', { bap: bap(visit, 'incidental', true), trigger: 'public-complaint' });
    assert.equal(incidental.status, 201, 'SUP-08 incidental inspections need no plan');
    assert.isFalse((await incidental.json()).incidental.noticeRequired);
    const listed = await (await supervisor.send('GET', `/inspections?business=${BUSINESS.nib}`)).json();
    assert.deepEqual(listed.map((i: { id: string }) => i.id), [inspection.id, `BAP-2026-0002`]);

    // The BAP's finding opens a sanction case: coaching first (SAN-04), with a day to correct by.
    const opened = await supervisor.send('POST', '/sanction-cases', { business: BUSINESS.nib, violation: 'obligation-not-met', correctBy: '2026-02-13', note: `BAP ${inspection.id}` });
    assert.equal(opened.status, 201);
    let current = await opened.json();
    assert.equal(current.case.state, 'coaching');
    assert.equal(current.case.deadline, '2026-02-13');
    const id = current.case.id as string;
    const escalate = (version: number) => supervisor.send('POST', `/sanction-cases/${id}/events`, { type: 'not-corrected' }, { 'if-match': `"${version}"` });

    const early = await (await escalate(current.version)).json();
    assert.equal(early.status, 409);
    assert.equal(early.code, 'sanction.deadline-not-passed');
    assert.equal((await supervisor.send('POST', `/sanction-cases/${id}/events`, { type: 'not-corrected' })).status, 428);

    // Each warning: due the day after the deadline, then its own response time in working days (SAN-05).
    const ladder: [string, number][] = [['warning-1', 30], ['warning-2', 15], ['warning-3', 10]];
    for (const [state, workingDays] of ladder) {
      const dayAfter = indonesiaCalendar.addWorkingDays(current.case.deadline, 1);
      env.clock.now = at(dayAfter);
      const due = await (await supervisor.send('GET', `/sanction-cases/${id}`)).json();
      assert.deepEqual(due.dueActions.map((a: { to: string }) => a.to), [state]);
      const stepped = await escalate(current.version);
      assert.equal(stepped.status, 200, state);
      current = await stepped.json();
      assert.equal(current.case.state, state);
      assert.equal(current.case.deadline, indonesiaCalendar.addWorkingDays(dayAfter, workingDays), `${state}: ${workingDays} working days`);
      assert.equal(indonesiaCalendar.workingDaysBetween(dayAfter, current.case.deadline), workingDays);
      assert.deepEqual(current.dueActions, []);
    }
    assert.equal((await escalate(current.version - 1)).status, 409, 'a stale If-Match is a version conflict');
    assert.lengthOf(current.case.records, 4, 'SAN-04 every step is recorded');

    // Every step above is in the audit log, which verifies against its checkpoint.
    const { store } = env.server.server;
    const checkpoint = unwrap(await store.audit.checkpoint(ORIGIN));
    const lines = await store.audit.exportLines();
    assert.isTrue((await verifyExportedLog(lines, checkpoint)).ok);
    const actions = lines.map((line) => (JSON.parse(line) as { action: string }).action);
    for (const action of ['business.registered', 'lkpm.period-recorded', 'supervision.plan-made', 'inspection.recorded', 'sanction.opened', 'sanction.not-corrected']) {
      assert.include(actions, action);
    }
    assert.equal(actions.filter((a) => a === 'sanction.not-corrected').length, 3);
  });
});
