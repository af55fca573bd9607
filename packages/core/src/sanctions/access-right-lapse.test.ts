import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { daysInMonth, fromEpochDay, toEpochDay } from '../calendar/iso-date.js';
import { accessRightStatus, addMonthsClamped } from './access-right-lapse.js';
import { failure, value } from './test-support.js';

describe('access right after an NIB revocation (B98 Pasal 42 ayat (7), 43 ayat (7)–(9))', () => {
  it('ADM-04 six calendar months, clamped to the month end: 31 Aug 2025 → 28 Feb 2026; 31 Aug 2027 → 29 Feb 2028', () => {
    assert.equal(addMonthsClamped('2025-08-31', 6), '2026-02-28');
    assert.equal(addMonthsClamped('2027-08-31', 6), '2028-02-29');
    assert.equal(addMonthsClamped('2026-03-31', 6), '2026-09-30');
    assert.equal(addMonthsClamped('2025-12-15', 6), '2026-06-15');
    assert.equal(addMonthsClamped('2025-07-31', 6), '2026-01-31');
    assert.equal(addMonthsClamped('2024-02-29', 12), '2025-02-28');
  });

  it('ADM-04 no new application: pending through the last day of the period, cancelled from the day after', () => {
    const pending = value(accessRightStatus({ nibRevokedOn: '2025-08-31', today: '2026-02-28' }));
    assert.deepInclude(pending, { status: 'pending', periodEnds: '2026-02-28', cancelledOn: '2026-03-01' });
    const cancelled = value(accessRightStatus({ nibRevokedOn: '2025-08-31', today: '2026-03-01' }));
    assert.deepInclude(cancelled, { status: 'cancelled', periodEnds: '2026-02-28', cancelledOn: '2026-03-01' });
    assert.include(cancelled.source.article, 'Pasal 43 ayat (7)');
  });

  it('ADM-04 a new application within the six months, even on the last day, keeps the access right; a later one does not', () => {
    assert.deepInclude(value(accessRightStatus({ nibRevokedOn: '2025-08-31', newApplicationOn: '2026-02-28', today: '2026-05-01' })), { status: 'kept', newApplicationOn: '2026-02-28' });
    assert.equal(value(accessRightStatus({ nibRevokedOn: '2025-08-31', newApplicationOn: '2026-03-01', today: '2026-05-01' })).status, 'cancelled');
  });

  it('ADM-04 dates out of order or invalid are refused', () => {
    failure(accessRightStatus({ nibRevokedOn: '2026-01-10', today: '2026-01-09' }), 'adm.access-right.date-before-revocation', 'today');
    failure(accessRightStatus({ nibRevokedOn: '2026-01-10', newApplicationOn: '2026-01-01', today: '2026-02-01' }), 'adm.access-right.date-before-revocation', 'newApplicationOn');
    failure(accessRightStatus({ nibRevokedOn: '2026-01-10', newApplicationOn: '2026-03-01', today: '2026-02-01' }), 'adm.access-right.application-in-future', 'newApplicationOn');
    failure(accessRightStatus({ nibRevokedOn: '10/01/2026', today: '2026-02-01' }), 'date.invalid', 'nibRevokedOn');
    failure(accessRightStatus({ nibRevokedOn: '2026-01-10', today: '2026-02-01' }, { months: 0, source: { regulation: 't', article: '1' } }), 'adm.access-right.settings-invalid');
  });

  it('ADM-04 property: the period ends in the sixth month after, on the same day or that month\'s last day', () => {
    fc.assert(fc.property(fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2090-12-31') }), (epochDay) => {
      const from = fromEpochDay(epochDay);
      const end = addMonthsClamped(from, 6);
      const [y, m, d] = from.split('-').map(Number) as [number, number, number];
      const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
      assert.equal((ey * 12 + em) - (y * 12 + m), 6);
      assert.equal(ed, Math.min(d, daysInMonth(ey, em)));
    }), { numRuns: 1000 });
  });
});
