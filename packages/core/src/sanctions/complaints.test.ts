import { describe, it } from 'node:test';
import { assert } from 'chai';
import { COMPLAINT_TARGETS, type ComplaintGround, type ComplaintTarget } from './complaint-grounds.js';
import { COMPLAINT_EVENTS, COMPLAINT_STATES, type ComplaintEvent, type ComplaintState } from './complaint-lifecycle.js';
import { fileComplaint, nextComplaintStep, type Complaint, type ComplaintInput } from './complaints.js';
import { failure, value } from './test-support.js';

const GROUNDS: readonly ComplaintGround[] = ['licensing-process', 'business-nonconformity', 'supervision-nonconformity', 'oss-misuse'];
const input = (target: ComplaintTarget, ground: ComplaintGround, extra: Partial<ComplaintInput> = {}): ComplaintInput => ({
  id: 'ADU-2026-014',
  complainant: { kind: 'public', name: 'Warga RT 03' },
  target: { kind: target, name: 'CV Maju Jaya' },
  ground,
  description: 'Limbah cair dibuang ke saluran warga',
  evidence: ['foto-2026-02-01.jpg'],
  channel: 'electronic',
  filedOn: '2026-02-02',
  receivedBy: 'cs-desk-1',
  ...extra,
});

describe('complaints (B98 Pasal 35–37)', () => {
  it('CMP-01 each target admits only its grounds: business a, b, d (37(3)); OSS agency and local government a, c, d (37(4)); civil servant or expert a, c, d (37(5))', () => {
    // Pasal 37 ayat (2): a licensing, b business activity, c supervision, d OSS misuse.
    const admissible: Record<ComplaintTarget, string> = {
      business: 'abd', 'oss-agency': 'acd', 'local-government': 'acd', 'civil-servant-or-expert': 'acd',
    };
    for (const target of COMPLAINT_TARGETS) {
      GROUNDS.forEach((ground, i) => {
        const letter = 'abcd'[i] as string;
        const result = fileComplaint(input(target, ground));
        if (admissible[target].includes(letter)) {
          assert.isTrue(result.ok, `${target} ${ground}`);
        } else {
          failure(result, 'complaint.ground-not-admissible', 'ground');
          if (!result.ok) {
            for (const allowed of admissible[target]) assert.include(result.error.message.en, `${allowed} (`, `${target}: names ${allowed}`);
            assert.include(result.error.message.id, 'Pasal 37 ayat (2)');
          }
        }
      });
    }
  });

  it('CMP-01 evidence is required (Pasal 37 ayat (6)); every field is checked', () => {
    failure(fileComplaint(input('business', 'business-nonconformity', { evidence: [] })), 'complaint.evidence-required', 'evidence');
    failure(fileComplaint(input('business', 'business-nonconformity', { evidence: undefined as never })), 'complaint.evidence-required', 'evidence');
    failure(fileComplaint(input('business', 'business-nonconformity', { evidence: ['ok', ''] })), 'text.required', 'evidence.1');
    failure(fileComplaint(input('business', 'business-nonconformity', { evidence: ['<img src=x onerror=alert(1)>'] })), 'text.unsafe', 'evidence.0');
    failure(fileComplaint(input('business', 'business-nonconformity', { complainant: { kind: 'robot' as never, name: 'x' } })), 'complaint.complainant-invalid', 'complainant.kind');
    failure(fileComplaint(input('mayor' as never, 'licensing-process')), 'complaint.target-invalid', 'target.kind');
    failure(fileComplaint(input('business', 'rudeness' as never)), 'complaint.ground-invalid', 'ground');
    failure(fileComplaint(input('business', 'business-nonconformity', { channel: 'pigeon' as never })), 'complaint.channel-invalid', 'channel');
    failure(fileComplaint(input('business', 'business-nonconformity', { filedOn: '2026-13-01' })), 'date.invalid', 'filedOn');
    failure(fileComplaint(input('business', 'business-nonconformity', { description: ' ' })), 'text.required', 'description');
    failure(fileComplaint(null as never), 'complaint.input-invalid');
    const { complaint, record } = value(fileComplaint(input('business', 'business-nonconformity')));
    assert.equal(complaint.state, 'received');
    assert.include(record, { sequence: 1, event: 'opened', state: 'received', on: '2026-02-02', by: 'cs-desk-1' });
  });

  it('CMP-02 a complaint about a business: verification, clarification by the business, then the follow-up notified to both parties', () => {
    let c = value(fileComplaint(input('business', 'business-nonconformity'))).complaint;
    const steps: [ComplaintEvent, string, ComplaintState][] = [
      ['start-verification', '2026-02-03', 'verification'],
      ['request-clarification', '2026-02-04', 'clarification'],
      ['clarification-given', '2026-02-10', 'clarified'],
      ['violation-found', '2026-02-12', 'violation-proven'],
      ['notify-sanction', '2026-02-13', 'sanction'],
    ];
    for (const [type, on, state] of steps) {
      c = value(nextComplaintStep(c, { type, by: 'verifier-2' }, on)).complaint;
      assert.equal(c.state, state);
    }
    assert.deepEqual(c.records.map((r) => r.sequence), [1, 2, 3, 4, 5, 6]);
    assert.include(c.records[5]?.source.article, 'Pasal 37 ayat (9)');
  });

  it('CMP-02 a business must be asked to clarify before a finding; other targets are concluded directly', () => {
    const business = value(nextComplaintStep(value(fileComplaint(input('business', 'licensing-process'))).complaint, { type: 'start-verification', by: 'v' }, '2026-02-03')).complaint;
    failure(nextComplaintStep(business, { type: 'violation-found', by: 'v' }, '2026-02-04'), 'complaint.event-not-allowed', 'event');
    const office = value(nextComplaintStep(value(fileComplaint(input('local-government', 'supervision-nonconformity'))).complaint, { type: 'start-verification', by: 'v' }, '2026-02-03')).complaint;
    failure(nextComplaintStep(office, { type: 'request-clarification', by: 'v' }, '2026-02-04'), 'complaint.event-not-allowed');
    const closed = value(nextComplaintStep(value(nextComplaintStep(office, { type: 'no-violation-found', by: 'v' }, '2026-02-05')).complaint, { type: 'notify-closure', by: 'v' }, '2026-02-06')).complaint;
    assert.equal(closed.state, 'closed');
  });

  it('CMP-02 proven misuse of OSS blocks the access right, reopened only once the sanction is met (37(11)–(13))', () => {
    let c = value(fileComplaint(input('business', 'oss-misuse'))).complaint;
    for (const [type, on] of [['start-verification', '2026-02-03'], ['request-clarification', '2026-02-03'], ['clarification-not-given', '2026-02-20'],
      ['misuse-found', '2026-02-23'], ['notify-access-block', '2026-02-24'], ['reopen-access-after-sanction', '2026-04-01']] as [ComplaintEvent, string][]) {
      c = value(nextComplaintStep(c, { type, by: 'v' }, on)).complaint;
    }
    assert.equal(c.state, 'access-reopened');
    // Misuse can only be found on ground d.
    let other = value(fileComplaint(input('oss-agency', 'licensing-process'))).complaint;
    other = value(nextComplaintStep(other, { type: 'start-verification', by: 'v' }, '2026-02-03')).complaint;
    failure(nextComplaintStep(other, { type: 'misuse-found', by: 'v' }, '2026-02-04'), 'complaint.event-not-allowed');
  });

  it('CMP-02 lifecycle table, exhaustively: every state × event × target × ground goes where Pasal 37 says, all others are errors', () => {
    // Written from the text: "state event target-guard ground-guard → next" (B = business only, O = the other targets, d = ground d only).
    const rules = [
      'received start-verification * * verification',
      'verification request-clarification B * clarification',
      'clarification clarification-given B * clarified',
      'clarification clarification-not-given B * clarified',
      'clarified violation-found B * violation-proven',
      'clarified no-violation-found B * not-proven',
      'clarified misuse-found B d misuse-proven',
      'verification violation-found O * violation-proven',
      'verification no-violation-found O * not-proven',
      'verification misuse-found O d misuse-proven',
      'violation-proven notify-coaching * * coaching',
      'violation-proven notify-sanction * * sanction',
      'not-proven notify-closure * * closed',
      'misuse-proven notify-access-block * * access-blocked',
      'access-blocked reopen-access-after-sanction * * access-reopened',
    ].map((line) => line.split(' ') as [ComplaintState, ComplaintEvent, string, string, ComplaintState]);
    let checked = 0;
    for (const target of COMPLAINT_TARGETS) {
      for (const ground of GROUNDS) {
        for (const state of COMPLAINT_STATES) {
          const complaint: Complaint = {
            id: 'C', state, since: '2026-02-02', records: [], complainant: { kind: 'public', name: 'x' },
            target: { kind: target, name: 'y' }, ground, description: 'z', evidence: ['e'], channel: 'direct',
          };
          for (const event of COMPLAINT_EVENTS) {
            const rule = rules.find(([from, ev, t, g]) => from === state && ev === event
              && (t === '*' || (t === 'B') === (target === 'business')) && (g === '*' || ground === 'oss-misuse'));
            const result = nextComplaintStep(complaint, { type: event, by: 'v' }, '2026-02-03');
            if (rule) assert.equal(value(result).complaint.state, rule[4], `${target} ${ground} ${state} ${event}`);
            else failure(result, 'complaint.event-not-allowed', 'event');
            checked++;
          }
        }
      }
    }
    assert.equal(checked, 4 * 4 * 12 * 12);
  });

  it('CMP-02 steps are dated in order and recorded by someone', () => {
    const c = value(fileComplaint(input('business', 'licensing-process'))).complaint;
    failure(nextComplaintStep(c, { type: 'start-verification', by: 'v' }, '2026-02-01'), 'complaint.date-before-last-step', 'on');
    failure(nextComplaintStep(c, { type: 'start-verification', by: '' }, '2026-02-03'), 'text.required', 'event.by');
    failure(nextComplaintStep(c, { type: 'escalate' as never, by: 'v' }, '2026-02-03'), 'complaint.event-invalid', 'event.type');
    failure(nextComplaintStep({ ...c, state: 'lost' as never }, { type: 'start-verification', by: 'v' }, '2026-02-03'), 'complaint.invalid');
  });
});
