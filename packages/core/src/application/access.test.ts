import { describe, it } from 'node:test';
import { assert } from 'chai';
import { createCalendar, indonesiaCalendar } from '../calendar/index.js';
import { unwrap } from '../result.js';
import { accessDecisionDue, decideAccess } from './access-decision.js';
import { canSee, ACCESS_MATRIX } from './access-matrix.js';
import { checkAccessRequest } from './access-request.js';
import { ROLES, STAFF_ROLES } from './roles.js';
import { BUSINESS, PERSON, doc, wib } from './test-support.js';

const registrant = { name: PERSON.name, nik: PERSON.nik, phone: PERSON.phone, email: PERSON.email };
const personRequest = { kind: 'person', registrant, documents: [doc('ktp')], requestedAt: wib('2026-03-20', '16:00') };
const businessRequest = {
  kind: 'business', registrant: BUSINESS.contact, companyName: 'PT Maju Jaya', companyNpwp: '01.234.567.4-123.000', registrantIsLeader: false,
  documents: [doc('company-npwp'), doc('deed-of-establishment'), doc('power-of-attorney')], requestedAt: wib('2026-03-02'),
};
const code = (result: { ok: boolean; error?: { code: string; path?: string } }) => (result.ok ? 'ok' : `${result.error?.code} @ ${result.error?.path}`);

describe('access rights', () => {
  it('ACC-01 a person registers with mobile phone, e-mail and KTP', () => {
    const request = unwrap(checkAccessRequest(personRequest));
    assert.deepEqual(request.registrant, { name: 'Siti Rahma', nik: '3578015208900003', phone: '+6281234567890', email: 'siti@example.id' });
    assert.equal(code(checkAccessRequest({ ...personRequest, documents: [] })), 'access.document-missing @ documents');
    assert.equal(code(checkAccessRequest({ ...personRequest, registrant: { ...registrant, phone: '(021) 5550 1234' } })), 'phone.kind @ registrant.phone');
    assert.equal(code(checkAccessRequest({ ...personRequest, registrant: { ...registrant, email: 'siti@' } })), 'email.domain @ registrant.email');
    assert.equal(code(checkAccessRequest({ ...personRequest, registrant: { ...registrant, nik: '1234' } })), 'nik.length @ registrant.nik');
    assert.equal(code(checkAccessRequest({ ...personRequest, kind: 'robot' })), 'access.kind-invalid @ kind');
    assert.equal(code(checkAccessRequest('hello')), 'application.object-required @ request');
  });

  it('ACC-01 a business adds its NPWP, deed of establishment, and a power of attorney when the registrant is not its leader', () => {
    const request = unwrap(checkAccessRequest(businessRequest));
    assert.equal(request.companyNpwp, '0012345674123000');
    const withoutPower = { ...businessRequest, documents: businessRequest.documents.slice(0, 2) };
    assert.equal(code(checkAccessRequest(withoutPower)), 'access.document-missing @ documents');
    assert.equal(code(checkAccessRequest({ ...withoutPower, registrantIsLeader: true })), 'ok');
    assert.equal(code(checkAccessRequest({ ...withoutPower, registrantIsLeader: undefined })), 'access.leader-flag-required @ registrantIsLeader');
    assert.equal(code(checkAccessRequest({ ...businessRequest, documents: businessRequest.documents.slice(1) })), 'access.document-missing @ documents');
    const badNpwp = checkAccessRequest({ ...businessRequest, companyNpwp: '01.234.567.5-123.000' });
    assert.equal(badNpwp.ok ? 'ok' : badNpwp.error.path, 'companyNpwp');
  });

  it('ACC-02 the access right is decided within 1 working day; the registrant is told by SMS and e-mail', () => {
    // Friday 20 March 2026 is cuti bersama; the next working day after it is Wednesday 25 March (Idul Fitri leave).
    assert.equal(unwrap(accessDecisionDue(wib('2026-03-20', '16:00'), indonesiaCalendar)), '2026-03-25');
    assert.equal(unwrap(accessDecisionDue(wib('2026-03-02', '23:30'), indonesiaCalendar)), '2026-03-03');
    // 22:30 WIB on Monday 2 March is already Tuesday 3 March in WIT (UTC+9): the municipality's own day counts (CAL-02).
    assert.equal(unwrap(accessDecisionDue('2026-03-02T15:30:00Z', indonesiaCalendar)), '2026-03-03');
    assert.equal(unwrap(accessDecisionDue('2026-03-02T15:30:00Z', createCalendar({ timeZone: 'WIT' }))), '2026-03-04');
    const request = unwrap(checkAccessRequest(personRequest));
    const granted = unwrap(decideAccess(request, { granted: true, at: wib('2026-03-25', '10:00'), by: 'adm-1' }, indonesiaCalendar));
    assert.deepEqual([granted.late, granted.due], [false, '2026-03-25']);
    assert.deepEqual(granted.notifications.map((n) => [n.channel, n.to]), [['sms', '+6281234567890'], ['email', 'siti@example.id']]);
    const late = unwrap(decideAccess(request, { granted: false, reason: 'KTP tidak terbaca', at: wib('2026-03-26'), by: 'adm-1' }, indonesiaCalendar));
    assert.isTrue(late.late);
    assert.include(late.notifications[0]?.text.id, 'ditolak: KTP tidak terbaca');
    assert.equal(code(decideAccess(request, { granted: false, at: wib('2026-03-25'), by: 'adm-1' }, indonesiaCalendar)), 'access.reason-required @ reason');
  });

  it('ACC-03 public information needs no right; own applications for their applicant; audit trails and documents for staff only', () => {
    for (const rule of ACCESS_MATRIX.filter((r) => r.audience === 'public')) assert.isTrue(unwrap(canSee(undefined, rule.information)));
    for (const information of ['audit-trail', 'electronic-documents', 'investor-activity-status']) {
      assert.isFalse(unwrap(canSee(undefined, information)));
      for (const role of ROLES) assert.equal(unwrap(canSee({ id: 'x', role }, information)), STAFF_ROLES.includes(role), `${role} × ${information}`);
    }
    assert.isTrue(unwrap(canSee({ id: 'u-siti', role: 'applicant' }, 'own-application', 'u-siti')));
    assert.isFalse(unwrap(canSee({ id: 'u-other', role: 'applicant' }, 'own-application', 'u-siti')));
    assert.isFalse(unwrap(canSee({ id: 'bank-jatim', role: 'bank' }, 'own-application', 'u-siti')));
    assert.isTrue(unwrap(canSee({ id: 'adm-1', role: 'admin-officer' }, 'own-application', 'u-siti')));
    assert.equal(code(canSee(undefined, 'salaries')), 'access.information-unknown @ information');
  });
});
