import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { cite } from '../citation.js';
import { SatupintuError } from '../result.js';
import { createCalendar, indonesiaCalendar as calendar, WORKING_DAY_RULE } from './calendar.js';
import { INDONESIAN_HOLIDAYS } from './holidays-indonesia.js';
import { addCalendarDays, dayOfWeek, fromEpochDay, toEpochDay } from './iso-date.js';

function thrownCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    assert.instanceOf(error, SatupintuError);
    return (error as SatupintuError).code;
  }
  return undefined;
}

// DOMAIN.md CAL-05, typed in again by hand from the decrees' lists so the data file is checked, not echoed.
const DECREED = {
  2024: {
    holidays: '01-01 02-08 02-10 02-14 03-11 03-29 03-31 04-10 04-11 05-01 05-09 05-23 06-01 06-17 07-07 08-17 09-16 11-27 12-25',
    cutiBersama: '02-09 03-12 04-08 04-09 04-12 04-15 05-10 05-24 06-18 12-26',
  },
  2025: {
    holidays: '01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 08-17 09-05 12-25',
    cutiBersama: '01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 08-18 12-26',
  },
  2026: {
    holidays: '01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 08-17 08-25 12-25',
    cutiBersama: '02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24',
  },
} as const;

describe('working-day calendar', () => {
  it('CAL-05 ships the decreed national holidays and cuti bersama of 2024–2026, each with its decree', () => {
    for (const [year, expected] of Object.entries(DECREED)) {
      const days = calendar.holidays(Number(year));
      const listed = (kind: string) => days.filter((d) => d.kind === kind).map((d) => d.date.slice(5)).join(' ');
      assert.equal(listed('holiday'), expected.holidays, `${year} holidays`);
      assert.equal(listed('cuti-bersama'), expected.cutiBersama, `${year} cuti bersama`);
      for (const day of days) {
        assert.match(day.source.regulation, /Nomor \d+ Tahun \d{4}/, `${day.date} cites a decree`);
        assert.isNotEmpty(day.name.id);
        assert.isNotEmpty(day.name.en);
      }
    }
  });

  it('CAL-05 records the mid-year amendment of 2025 (18 August cuti bersama) with its own decree', () => {
    const day = calendar.nonWorkingDay('2025-08-18');
    assert.equal(day?.reason, 'cuti-bersama');
    assert.include(day?.source?.regulation, 'Nomor 933 Tahun 2025');
    assert.include(calendar.nonWorkingDay('2024-11-27')?.source?.regulation, 'Keputusan Presiden Nomor 33 Tahun 2024');
  });

  it('CAL-01 skips Saturdays, Sundays, holidays and cuti bersama', () => {
    assert.isTrue(calendar.isWorkingDay('2026-03-17'));
    assert.isFalse(calendar.isWorkingDay('2026-03-14'), 'Saturday');
    assert.isFalse(calendar.isWorkingDay('2026-03-15'), 'Sunday');
    assert.isFalse(calendar.isWorkingDay('2026-03-19'), 'Nyepi');
    assert.isFalse(calendar.isWorkingDay('2026-03-20'), 'cuti bersama Idul Fitri');
    assert.deepEqual(WORKING_DAY_RULE, cite('M18', 'Pasal 8 ayat (5), Pasal 14 ayat (3); B98 Pasal 1 angka 28'));
  });

  it('CAL-01 counts across the 2026 Idul Fitri break by hand: 17 Mar + 1 working day is 25 Mar', () => {
    // 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21–22 Idul Fitri (weekend too), 23–24 cuti: the next working day is the 25th.
    assert.equal(calendar.addWorkingDays('2026-03-17', 1), '2026-03-25');
    // 17 Mar, then 25, 26, 27, 30, 31 Mar, 1, 2 Apr, (3 Apr Good Friday), 6, 7 Apr.
    assert.equal(calendar.addWorkingDays('2026-03-16', 10), '2026-04-07');
    assert.equal(calendar.addWorkingDays('2026-03-25', -1), '2026-03-17');
    assert.equal(calendar.addWorkingDays('2026-03-21', 0), '2026-03-21');
    assert.equal(calendar.addWorkingDays('2026-03-21', -1), '2026-03-17');
    assert.equal(calendar.workingDaysBetween('2026-03-16', '2026-04-07'), 10);
    assert.equal(calendar.workingDaysBetween('2026-04-07', '2026-03-16'), -10);
    assert.deepEqual(
      calendar.nonWorkingDaysBetween('2026-03-17', '2026-03-25').map((d) => `${d.date.slice(8)} ${d.reason}`),
      ['18 cuti-bersama', '19 holiday', '20 cuti-bersama', '21 holiday', '22 holiday', '23 cuti-bersama', '24 cuti-bersama'],
    );
  });

  it('CAL-01 working days per year match a count by hand from the decreed lists', () => {
    for (const year of [2024, 2025, 2026]) {
      const offDays = new Set(calendar.holidays(year).map((d) => d.date));
      let expected = 0;
      for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addCalendarDays(day, 1)) {
        const weekday = dayOfWeek(day);
        if (weekday !== 0 && weekday !== 6 && !offDays.has(day)) expected++;
      }
      // 1 January is always New Year's Day, so (1 Jan, 31 Dec] holds every working day of the year.
      assert.equal(calendar.workingDaysBetween(`${year}-01-01`, `${year}-12-31`), expected, String(year));
    }
  });

  it('CAL-01 property: addWorkingDays then workingDaysBetween returns n, and results are working days', () => {
    const first = toEpochDay('2024-03-01');
    const last = toEpochDay('2026-09-30');
    fc.assert(fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -40, max: 40 }), (epochDay, n) => {
      const date = fromEpochDay(epochDay);
      const result = calendar.addWorkingDays(date, n);
      assert.equal(calendar.workingDaysBetween(date, result), n);
      if (n !== 0) assert.isTrue(calendar.isWorkingDay(result), `${date} + ${n} = ${result}`);
      if (n > 0) assert.equal(calendar.nonWorkingDaysBetween(date, result).length + n, toEpochDay(result) - epochDay);
    }), { numRuns: 3000 });
  });

  it('CAL-01 property: stepping one working day at a time agrees with one big step, 1 to 250 days', () => {
    fc.assert(fc.property(fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2025-09-30') }), fc.integer({ min: 1, max: 250 }), (epochDay, n) => {
      let stepped = fromEpochDay(epochDay);
      for (let i = 0; i < n; i++) {
        do stepped = addCalendarDays(stepped, 1); while (!calendar.isWorkingDay(stepped));
      }
      assert.equal(calendar.addWorkingDays(fromEpochDay(epochDay), n), stepped);
    }), { numRuns: 200 });
  });

  it('CAL-05 a date outside the covered years is an error naming the years, never a guess', () => {
    assert.equal(thrownCode(() => calendar.isWorkingDay('2023-12-29')), 'calendar.out-of-range');
    assert.equal(thrownCode(() => calendar.addWorkingDays('2026-12-30', 5)), 'calendar.out-of-range');
    assert.equal(thrownCode(() => calendar.holidays(2027)), 'calendar.out-of-range');
    try {
      calendar.isWorkingDay('2027-01-04');
    } catch (error) {
      assert.include((error as SatupintuError).localized.en, '2024–2026');
      assert.include((error as SatupintuError).localized.id, '2024–2026');
    }
  });

  it('CAL-01 invalid dates and counts are errors with a code, never Invalid Date or NaN', () => {
    assert.equal(thrownCode(() => calendar.isWorkingDay('2026-02-30')), 'date.invalid');
    assert.equal(thrownCode(() => calendar.addWorkingDays('26-1-1', 1)), 'date.invalid');
    assert.equal(thrownCode(() => calendar.addWorkingDays(20260101 as unknown as string, 1)), 'date.invalid');
    assert.equal(thrownCode(() => calendar.workingDaysBetween('2026-01-05', '2026-1-9')), 'date.invalid');
    for (const n of [Number.NaN, 1.5, Infinity, '3' as unknown as number]) {
      assert.equal(thrownCode(() => calendar.addWorkingDays('2026-01-05', n)), 'working-days.invalid', String(n));
    }
  });

  it('CAL-05 a municipality adds a local day off, a replacement working day, or replaces a year', () => {
    const local = createCalendar({
      extraNonWorkingDays: [{ date: '2026-06-22', name: { id: 'Hari Jadi Kota', en: 'City anniversary' }, source: cite('Perwali contoh', 'Pasal 1') }],
      extraWorkingDays: [{ date: '2026-06-20', reason: { id: 'Hari kerja pengganti', en: 'Replacement working day' }, source: cite('Perwali contoh', 'Pasal 2') }],
    });
    assert.isFalse(local.isWorkingDay('2026-06-22'));
    assert.equal(local.nonWorkingDay('2026-06-22')?.reason, 'local');
    assert.isTrue(local.isWorkingDay('2026-06-20'), 'a Saturday worked');
    assert.isTrue(calendar.isWorkingDay('2026-06-22'), 'the national calendar is unchanged');

    const without2025Amendment = createCalendar({
      holidays: [{ ...INDONESIAN_HOLIDAYS[1]!, holidays: INDONESIAN_HOLIDAYS[1]!.holidays.filter((d) => d.date !== '2025-08-18') }],
    });
    assert.isTrue(without2025Amendment.isWorkingDay('2025-08-18'));
    const layered = createCalendar({ base: local, timeZone: 'WITA' });
    assert.isFalse(layered.isWorkingDay('2026-06-22'), 'a calendar built on another keeps its local days');
    assert.equal(layered.timeZone, 'Asia/Makassar');
  });

  it('CAL-05 a year with a holiday outside it, a gap in the years or a bad weekend is refused with its path', () => {
    const bad = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return `${(error as SatupintuError).code} ${(error as SatupintuError).path}`;
      }
      return 'accepted';
    };
    const year2028 = { year: 2028, decree: cite('SKB 2028', 'Diktum'), holidays: [] };
    assert.equal(bad(() => createCalendar({ holidays: [year2028] })), 'calendar.years-not-contiguous holidays');
    assert.equal(bad(() => createCalendar({ holidays: [{ ...year2028, year: 2027, holidays: [{ date: '2028-01-01', name: { id: 'x', en: 'x' }, kind: 'holiday', source: cite('x', 'y') }] }] })),
      'calendar.holiday-outside-year holidays.0.holidays.0.date');
    assert.equal(bad(() => createCalendar({ weekendDays: [7] })), 'calendar.weekend-invalid weekendDays');
    assert.equal(bad(() => createCalendar({ timeZone: 'Europe/Paris' as 'WIB' })), 'time-zone.unknown timeZone');
    assert.equal(bad(() => createCalendar({ extraWorkingDays: [{ date: '2026-02-30', reason: { id: '', en: '' }, source: cite('x', 'y') }] })),
      'date.invalid extraWorkingDays.0.date');
  });

  it('CAL-02 "today" is the local date in the municipality time zone', () => {
    assert.equal(calendar.dateOf('2026-03-24T17:30:00Z'), '2026-03-25', 'WIB, 00:30 the next day');
    assert.equal(calendar.dateOf('2026-03-24T16:59:59Z'), '2026-03-24');
    const jayapura = createCalendar({ timeZone: 'Asia/Jayapura' });
    assert.equal(jayapura.dateOf('2026-03-24T15:00:00Z'), '2026-03-25', 'WIT is UTC+9');
    assert.equal(calendar.dateOf('2026-03-25T06:00:00+09:00'), '2026-03-25', 'an offset instant is moved to WIB');
    assert.equal(thrownCode(() => calendar.dateOf('2026-03-25 09:00')), 'instant.invalid');
  });
});
