import { describe, it } from 'node:test';
import { assert } from 'chai';
import { localDate, parseTimeZone, TIME_ZONES } from './time-zone.js';

describe('time zones', () => {
  it('CAL-02 WIB is UTC+7, WITA UTC+8, WIT UTC+9, with no daylight saving time', () => {
    assert.deepEqual(Object.values(TIME_ZONES).map((z) => `${z.abbreviation}${z.offsetMinutes / 60}`), ['WIB7', 'WITA8', 'WIT9']);
    const at = '2026-07-01T16:30:00Z';
    const dates = (['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const).map((zone) => {
      const date = localDate(at, zone);
      return date.ok ? date.value : date.error.code;
    });
    assert.deepEqual(dates, ['2026-07-01', '2026-07-02', '2026-07-02']);
  });

  it('CAL-02 accepts IANA names and abbreviations, and refuses others', () => {
    assert.deepEqual(parseTimeZone('wita'), { ok: true, value: 'Asia/Makassar' });
    const refused = parseTimeZone('UTC');
    assert.isFalse(refused.ok);
    if (!refused.ok) assert.equal(refused.error.code, 'time-zone.unknown');
    for (const bad of ['2026-03-25', '2026-03-25T09:00:00', 'yesterday', 1774400000000]) {
      const result = localDate(bad, 'Asia/Jakarta');
      assert.isFalse(result.ok, String(bad));
      if (!result.ok) assert.equal(result.error.code, 'instant.invalid');
    }
  });
});
