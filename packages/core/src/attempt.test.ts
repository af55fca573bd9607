import { describe, it } from 'node:test';
import { assert } from 'chai';
import { attempt } from './attempt.js';
import { indonesiaCalendar } from './calendar/calendar.js';
import { ok } from './result.js';

describe('calendar errors as failed results', () => {
  it('a date outside the holiday table becomes calendar.out-of-range at the given path, never a throw', () => {
    const result = attempt(() => ok(indonesiaCalendar.addWorkingDays('2031-01-05', 3)), 'on');
    assert.isFalse(result.ok);
    if (!result.ok) {
      assert.equal(result.error.code, 'calendar.out-of-range');
      assert.equal(result.error.path, 'on');
    }
  });

  it('passes a result through and rethrows errors that are not SatupintuError', () => {
    // 2 Jan 2026 (Fri) + 1 working day = Mon 5 Jan 2026.
    assert.deepEqual(attempt(() => ok(indonesiaCalendar.addWorkingDays('2026-01-02', 1))), { ok: true, value: '2026-01-05' });
    assert.throws(() => attempt(() => { throw new TypeError('bug'); }), TypeError);
  });
});
