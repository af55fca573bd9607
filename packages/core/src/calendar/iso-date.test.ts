import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { addCalendarDays, dayOfWeek, fromEpochDay, isIsoDate, isoDateOf, parseIsoDate, toEpochDay } from './iso-date.js';

describe('ISO calendar dates', () => {
  it('accepts real dates and refuses impossible or malformed ones with code date.invalid', () => {
    for (const good of ['2026-03-25', '2024-02-29', '2000-02-29', '0001-01-01']) assert.isTrue(isIsoDate(good), good);
    for (const bad of ['2026-02-30', '2025-02-29', '1900-02-29', '26-1-1', '2026-1-05', '2026-13-01', '2026-00-10',
      '2026-03-25T00:00', ' 2026-03-25', '2026/03/25', '0000-01-01', '２０２６-03-25']) {
      const result = parseIsoDate(bad, 'completeOn');
      assert.isFalse(result.ok, bad);
      if (!result.ok) {
        assert.equal(result.error.code, 'date.invalid');
        assert.equal(result.error.path, 'completeOn');
        assert.include(result.error.message.id, 'TTTT-BB-HH');
      }
    }
    for (const notString of [undefined, null, 20260325, new Date(0), {}, ['2026-03-25']]) {
      assert.isFalse(parseIsoDate(notString).ok);
    }
  });

  it('converts to and from epoch days without the host time zone', () => {
    assert.equal(toEpochDay('1970-01-01'), 0);
    assert.equal(toEpochDay('2026-03-25'), 20537);
    assert.equal(fromEpochDay(20537), '2026-03-25');
    assert.equal(dayOfWeek('2026-03-25'), 3); // a Wednesday
    assert.equal(addCalendarDays('2024-02-28', 2), '2024-03-01');
  });

  it('round-trips every day from year 1 to 9999 and agrees with Date.UTC', () => {
    fc.assert(fc.property(fc.integer({ min: toEpochDay('0001-01-01'), max: toEpochDay('9999-12-31') }), (epochDay) => {
      const date = fromEpochDay(epochDay);
      assert.isTrue(isIsoDate(date));
      assert.equal(toEpochDay(date), epochDay);
      if (epochDay > -700000) assert.equal(new Date(epochDay * 86_400_000).toISOString().slice(0, 10), date);
    }), { numRuns: 2000 });
  });

  it('isoDateOf writes a year, month and day with leading zeros, and agrees with fromEpochDay', () => {
    assert.equal(isoDateOf(2026, 2, 28), '2026-02-28');
    assert.equal(isoDateOf(987, 11, 5), '0987-11-05');
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (epochDay) => {
      const date = fromEpochDay(epochDay);
      assert.equal(isoDateOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))), date);
    }));
  });
});
