import { describe, it } from 'node:test';
import { assert } from 'chai';
import {
  LIQUIDATION_REVOCATION_EVENTS, LIQUIDATION_REVOCATION_STATES, liquidationRevocationOn, nextLiquidationRevocation,
  submitLiquidationRevocation, type LiquidationRevocationEvent, type LiquidationRevocationRequest, type LiquidationRevocationState,
} from './liquidation-revocation.js';
import { failure, value } from './test-support.js';

const submit = (submittedOn: string) => value(submitLiquidationRevocation({ id: 'REV-1', submittedOn, by: 'liquidator-3' })).request;
const act = (r: LiquidationRevocationRequest, type: LiquidationRevocationEvent, on: string) => nextLiquidationRevocation(r, { type, by: 'dpmptsp-2' }, on);

describe('liquidation revocation (B98 Pasal 42)', () => {
  it('ADM-03 the office verifies within 5 working days: submitted Mon 16 Mar 2026, the Nyepi holidays and cuti bersama skipped → Mon 30 Mar', () => {
    // Working days after 16 Mar: 17 (1); 18 cuti, 19 Nyepi, 20 cuti, 23–24 cuti; 25 (2), 26 (3), 27 (4), 30 (5).
    const request = submit('2026-03-16');
    assert.equal(request.verifyBy, '2026-03-30');
    assert.equal(request.state, 'awaiting-verification');
    // Submitted Wed 28 May 2025: 29 May holiday, 30 May cuti, 2–5 Jun (4), 6 Jun Idul Adha, 9 Jun cuti, 10 Jun (5).
    assert.equal(submit('2025-05-28').verifyBy, '2025-06-10');
  });

  it('ADM-03 with no answer by the deadline the revocation counts as issued automatically from the next day', () => {
    const request = submit('2026-03-16');
    assert.deepInclude(value(liquidationRevocationOn(request, '2026-03-30')), { state: 'awaiting-verification', issuedAutomatically: false });
    const lapsed = value(liquidationRevocationOn(request, '2026-03-31'));
    assert.deepInclude(lapsed, { state: 'revocation-issued', issuedAutomatically: true, automaticIssueOn: '2026-03-31' });
    assert.equal(lapsed.source.article, 'Pasal 42 ayat (5)');
    failure(act(request, 'approve', '2026-03-31'), 'adm.liquidation.verification-period-over', 'on');
    failure(act(request, 'verification-lapsed', '2026-03-30'), 'adm.liquidation.verification-period-running', 'on');
    const issued = value(act(request, 'verification-lapsed', '2026-03-31'));
    assert.equal(issued.request.state, 'revocation-issued');
    assert.isTrue(issued.request.issuedAutomatically);
    assert.equal(issued.record.sequence, 2);
  });

  it('ADM-03 a rejection returns the request for correction; a resubmission starts a new 5-working-day verification', () => {
    const rejected = value(act(submit('2026-03-16'), 'reject', '2026-03-26')).request;
    assert.equal(rejected.state, 'returned-for-correction');
    assert.deepInclude(value(liquidationRevocationOn(rejected, '2026-06-01')), { state: 'returned-for-correction', issuedAutomatically: false });
    // Resubmitted Mon 11 May 2026: 12, 13 (2); 14 Ascension, 15 cuti; 18, 19, 20 (5) → Wed 20 May.
    const resubmitted = value(act(rejected, 'resubmit', '2026-05-11')).request;
    assert.equal(resubmitted.verifyBy, '2026-05-20');
    const approved = value(act(resubmitted, 'approve', '2026-05-20')).request;
    assert.equal(approved.state, 'revocation-issued');
    assert.isFalse(approved.issuedAutomatically);
    assert.deepEqual(approved.records.map((r) => r.event), ['opened', 'reject', 'resubmit', 'approve']);
  });

  it('ADM-03 lifecycle table, exhaustively: every state × event goes where Pasal 42 says, all others are errors', () => {
    const expected: Record<string, LiquidationRevocationState> = {
      'awaiting-verification approve': 'revocation-issued',
      'awaiting-verification reject': 'returned-for-correction',
      'awaiting-verification verification-lapsed': 'revocation-issued',
      'returned-for-correction resubmit': 'awaiting-verification',
    };
    for (const state of LIQUIDATION_REVOCATION_STATES) {
      for (const event of LIQUIDATION_REVOCATION_EVENTS) {
        const request: LiquidationRevocationRequest = { id: 'R', state, since: '2026-03-02', verifyBy: event === 'verification-lapsed' ? '2026-03-01' : '2026-03-09', records: [] };
        const result = act(request, event, '2026-03-02');
        const to = expected[`${state} ${event}`];
        if (to === undefined) failure(result, 'adm.liquidation.event-not-allowed', 'event');
        else assert.equal(value(result).request.state, to, `${state} ${event}`);
      }
    }
  });

  it('ADM-03 bad input is refused with a code and a path', () => {
    failure(submitLiquidationRevocation({ id: 'R', submittedOn: '2026-02-29', by: 'x' }), 'date.invalid', 'submittedOn');
    failure(submitLiquidationRevocation({ id: 'R', submittedOn: '2026-12-28', by: 'x' }), 'calendar.out-of-range', 'submittedOn');
    failure(submitLiquidationRevocation({ id: 'R', submittedOn: '2026-03-02', by: '' }), 'text.required', 'by');
    failure(submitLiquidationRevocation({ id: 'R', submittedOn: '2026-03-02', by: 'x' }, { settings: { verificationWorkingDays: 0, source: { regulation: 't', article: '1' } } }), 'adm.liquidation.settings-invalid');
    const request = submit('2026-03-16');
    failure(act(request, 'approve', '2026-03-13'), 'adm.liquidation.date-before-last-step', 'on');
    failure(act(request, 'ignore' as never, '2026-03-17'), 'adm.liquidation.event-invalid', 'event.type');
    failure(liquidationRevocationOn({ ...request, state: 'lost' as never }, '2026-03-17'), 'adm.liquidation.invalid');
    failure(liquidationRevocationOn(request, '2026-03-15'), 'adm.liquidation.date-before-last-step', 'date');
  });
});
