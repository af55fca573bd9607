import { cite, type Citation } from '../citation.js';
import { SatupintuError, type LocalizedText, type SpError } from '../result.js';
import { INDONESIAN_HOLIDAYS, type Holiday, type HolidayYear } from './holidays-indonesia.js';
import { fromEpochDay, isIsoDate, parseIsoDate, toEpochDay, type IsoDate } from './iso-date.js';
import { localDate, parseTimeZone, type IndonesianTimeZone } from './time-zone.js';

/** Working days skip Saturdays, Sundays, national holidays and cuti bersama (CAL-01). */
export const WORKING_DAY_RULE: Citation = cite('M18', 'Pasal 8 ayat (5), Pasal 14 ayat (3); B98 Pasal 1 angka 28');

/** A local day off a municipality declares on top of the national table (a regional anniversary, say). */
export interface LocalDayOff {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** A weekend or holiday date that the municipality nevertheless works (a replacement working day). */
export interface ExtraWorkingDay {
  readonly date: IsoDate;
  readonly reason: LocalizedText;
  readonly source: Citation;
}

/** Why a date is not a working day. */
export interface NonWorkingDay {
  readonly date: IsoDate;
  readonly reason: 'weekend' | 'holiday' | 'cuti-bersama' | 'local';
  readonly name: LocalizedText;
  readonly source?: Citation;
}

/** The years a calendar's holiday table covers; dates outside them are refused, never guessed. */
export interface CalendarCoverage {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly years: readonly number[];
}

/**
 * Counts working days (*hari kerja*, CAL-01) for one municipality. Every method refuses an invalid date or a date
 * outside {@link WorkCalendar.coverage} by throwing a {@link SatupintuError} with code `date.invalid` or
 * `calendar.out-of-range`; none returns `NaN` or an `Invalid Date`.
 */
export interface WorkCalendar {
  /** The municipality's time zone, in which "today" and deadlines are evaluated (CAL-02). */
  readonly timeZone: IndonesianTimeZone;
  readonly coverage: CalendarCoverage;
  isWorkingDay(date: IsoDate): boolean;
  /** n > 0: the n-th working day after `date`; n < 0: the |n|-th working day before it; n = 0: `date` itself. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * The working days stepped on going from `from` to `to`: forward, those d with from < d ≤ to; backward (to < from),
   * minus those with to ≤ d < from. So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every d and n.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The national holidays and cuti bersama of a covered year (without local days off). */
  holidays(year: number): Holiday[];
  /** Why `date` is not a working day, or `undefined` when it is one. */
  nonWorkingDay(date: IsoDate): NonWorkingDay | undefined;
  /** The non-working days d with from < d ≤ to, each with its reason: what a deadline skipped. */
  nonWorkingDaysBetween(from: IsoDate, to: IsoDate): NonWorkingDay[];
  /** The local date of an instant (ISO timestamp with offset) in this calendar's time zone (CAL-02). */
  dateOf(instant: string): IsoDate;
}

/** Options of {@link createCalendar}; everything is optional and defaults to the national calendar in WIB. */
export interface CalendarOptions {
  /** The calendar to start from; defaults to the national table of {@link INDONESIAN_HOLIDAYS}. */
  readonly base?: WorkCalendar;
  /** Years to add or to replace whole (a year listed here replaces the base's days off of that year). */
  readonly holidays?: readonly HolidayYear[];
  /** Local days off on top of the national ones. */
  readonly extraNonWorkingDays?: readonly LocalDayOff[];
  /** Dates worked although they fall on a weekend or holiday. */
  readonly extraWorkingDays?: readonly ExtraWorkingDay[];
  /** `Asia/Jakarta` (WIB, the default), `Asia/Makassar` (WITA) or `Asia/Jayapura` (WIT); abbreviations accepted. */
  readonly timeZone?: IndonesianTimeZone | 'WIB' | 'WITA' | 'WIT';
  /** Days of the week that are not worked, 0 = Sunday … 6 = Saturday. Defaults to Saturday and Sunday. */
  readonly weekendDays?: readonly number[];
}

interface CalendarDefinition {
  readonly years: ReadonlyMap<number, HolidayYear>;
  readonly extraNonWorkingDays: readonly LocalDayOff[];
  readonly extraWorkingDays: readonly ExtraWorkingDay[];
  readonly timeZone: IndonesianTimeZone;
  readonly weekendDays: readonly number[];
}

const WEEKEND_NAME: LocalizedText = { id: 'Akhir pekan', en: 'Weekend' };
const definitions = new WeakMap<WorkCalendar, CalendarDefinition>();

function refuse(error: SpError): never {
  throw new SatupintuError(error);
}

function validateOptions(options: CalendarOptions, base: CalendarDefinition | undefined): CalendarDefinition {
  const years = new Map(base?.years ?? INDONESIAN_HOLIDAYS.map((y) => [y.year, y] as const));
  options.holidays?.forEach((holidayYear, i) => {
    if (!Number.isInteger(holidayYear.year)) {
      refuse({ code: 'calendar.year-invalid', path: `holidays.${i}.year`, message: { id: 'Tahun harus bilangan bulat.', en: 'The year must be a whole number.' } });
    }
    holidayYear.holidays.forEach((h, j) => {
      const path = `holidays.${i}.holidays.${j}.date`;
      const date = parseIsoDate(h.date, path);
      if (!date.ok) refuse(date.error);
      if (Number(h.date.slice(0, 4)) !== holidayYear.year) {
        refuse({ code: 'calendar.holiday-outside-year', path, message: { id: `Tanggal ${h.date} bukan tahun ${holidayYear.year}.`, en: `${h.date} is not in ${holidayYear.year}.` } });
      }
    });
    years.set(holidayYear.year, holidayYear);
  });
  const sorted = [...years.keys()].sort((a, b) => a - b);
  sorted.forEach((y, i) => {
    if (i > 0 && y !== (sorted[i - 1] as number) + 1) {
      refuse({ code: 'calendar.years-not-contiguous', path: 'holidays', message: { id: `Tabel hari libur melompati tahun ${(sorted[i - 1] as number) + 1}.`, en: `The holiday table skips the year ${(sorted[i - 1] as number) + 1}.` } });
    }
  });
  const checkDates = (days: readonly { date: IsoDate }[] | undefined, field: string) =>
    days?.forEach((d, i) => {
      const date = parseIsoDate(d.date, `${field}.${i}.date`);
      if (!date.ok) refuse(date.error);
    });
  checkDates(options.extraNonWorkingDays, 'extraNonWorkingDays');
  checkDates(options.extraWorkingDays, 'extraWorkingDays');
  const weekendDays = options.weekendDays ?? base?.weekendDays ?? [0, 6];
  if (!weekendDays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
    refuse({ code: 'calendar.weekend-invalid', path: 'weekendDays', message: { id: 'Hari akhir pekan harus angka 0 (Minggu) sampai 6 (Sabtu).', en: 'Weekend days must be numbers 0 (Sunday) to 6 (Saturday).' } });
  }
  let timeZone = base?.timeZone ?? 'Asia/Jakarta';
  if (options.timeZone !== undefined) {
    const zone = parseTimeZone(options.timeZone);
    if (!zone.ok) refuse(zone.error);
    timeZone = zone.value;
  }
  return {
    years,
    extraNonWorkingDays: [...(base?.extraNonWorkingDays ?? []), ...(options.extraNonWorkingDays ?? [])],
    extraWorkingDays: [...(base?.extraWorkingDays ?? []), ...(options.extraWorkingDays ?? [])],
    timeZone,
    weekendDays,
  };
}

/**
 * Builds a working-day calendar. A municipality adds its local days off, replaces a year when the decree is amended,
 * declares replacement working days or sets its time zone:
 *
 * ```ts
 * const mojokerto = createCalendar({
 *   extraNonWorkingDays: [{ date: '2026-06-20', name: { id: 'Hari Jadi Kota', en: 'City anniversary' }, source: cite('Perwali …', 'Pasal 1') }],
 * });
 * ```
 *
 * Invalid options throw a {@link SatupintuError} naming the field.
 */
export function createCalendar(options: CalendarOptions = {}): WorkCalendar {
  const definition = validateOptions(options, options.base ? definitions.get(options.base) : undefined);
  const years = [...definition.years.keys()].sort((a, b) => a - b);
  const firstYear = years[0] ?? refuse({ code: 'calendar.no-years', path: 'holidays', message: { id: 'Tabel hari libur kosong.', en: 'The holiday table is empty.' } });
  const lastYear = years[years.length - 1] as number;
  const coverage: CalendarCoverage = { from: `${firstYear}-01-01`, to: `${lastYear}-12-31`, years };
  const start = toEpochDay(coverage.from);
  const size = toEpochDay(coverage.to) - start + 1;

  const reasons = new Map<number, NonWorkingDay>();
  for (const holidayYear of definition.years.values()) {
    for (const h of holidayYear.holidays) {
      reasons.set(toEpochDay(h.date), { date: h.date, reason: h.kind, name: h.name, source: h.source });
    }
  }
  for (const d of definition.extraNonWorkingDays) {
    reasons.set(toEpochDay(d.date), { date: d.date, reason: 'local', name: d.name, source: d.source });
  }
  const forcedWorking = new Set(definition.extraWorkingDays.map((d) => toEpochDay(d.date)));

  // working[i]: is day start+i worked; prefix[i]: working days among days 0..i; workingIndex: the worked days in order.
  const working = new Uint8Array(size);
  const prefix = new Int32Array(size);
  const workingIndex: number[] = [];
  for (let i = 0, count = 0; i < size; i++) {
    const epochDay = start + i;
    const weekday = (((epochDay + 4) % 7) + 7) % 7;
    const worked = forcedWorking.has(epochDay) || (!reasons.has(epochDay) && !definition.weekendDays.includes(weekday));
    if (worked) {
      working[i] = 1;
      workingIndex.push(i);
      count++;
    }
    prefix[i] = count;
  }

  const outOfRange = (date: IsoDate, path: string): never =>
    refuse({
      code: 'calendar.out-of-range',
      path,
      message: {
        id: `Tanggal ${date} di luar tahun yang tercakup tabel hari libur (${firstYear}–${lastYear}).`,
        en: `${date} is outside the years the holiday table covers (${firstYear}–${lastYear}).`,
      },
    });

  const indexOf = (date: unknown, path: string): number => {
    if (!isIsoDate(date)) refuse((parseIsoDate(date, path) as { error: SpError }).error);
    const index = toEpochDay(date) - start;
    return index >= 0 && index < size ? index : outOfRange(date, path);
  };
  const dateAt = (index: number): IsoDate => fromEpochDay(start + index);
  const reasonAt = (index: number): NonWorkingDay | undefined =>
    working[index] ? undefined : (reasons.get(start + index) ?? { date: dateAt(index), reason: 'weekend', name: WEEKEND_NAME });

  const calendar: WorkCalendar = {
    timeZone: definition.timeZone,
    coverage,
    isWorkingDay: (date) => working[indexOf(date, 'date')] === 1,
    addWorkingDays(date, n) {
      const index = indexOf(date, 'date');
      if (!Number.isSafeInteger(n)) {
        refuse({ code: 'working-days.invalid', path: 'n', message: { id: 'Jumlah hari kerja harus bilangan bulat.', en: 'The number of working days must be a whole number.' } });
      }
      if (n === 0) return date;
      // Position in workingIndex of the answer: the n-th worked day after (or |n|-th before) `date`.
      const position = n > 0 ? (prefix[index] as number) + n - 1 : (prefix[index] as number) - (working[index] as number) + n;
      const target = workingIndex[position];
      if (position < 0 || target === undefined) {
        const direction = n > 0 ? { id: 'sesudah', en: 'after' } : { id: 'sebelum', en: 'before' };
        return refuse({
          code: 'calendar.out-of-range',
          path: 'n',
          message: {
            id: `${Math.abs(n)} hari kerja ${direction.id} ${date} jatuh di luar tahun yang tercakup tabel hari libur (${firstYear}–${lastYear}).`,
            en: `${Math.abs(n)} working days ${direction.en} ${date} falls outside the years the holiday table covers (${firstYear}–${lastYear}).`,
          },
        });
      }
      return dateAt(target);
    },
    workingDaysBetween(from, to) {
      const a = indexOf(from, 'from');
      const b = indexOf(to, 'to');
      if (b >= a) return (prefix[b] as number) - (prefix[a] as number);
      return ((prefix[b] as number) - (working[b] as number)) - ((prefix[a] as number) - (working[a] as number));
    },
    holidays(year) {
      const holidayYear = definition.years.get(year);
      if (!holidayYear) return outOfRange(`${year}-01-01`, 'year');
      return [...holidayYear.holidays];
    },
    nonWorkingDay: (date) => reasonAt(indexOf(date, 'date')),
    nonWorkingDaysBetween(from, to) {
      const a = indexOf(from, 'from');
      const b = indexOf(to, 'to');
      const days: NonWorkingDay[] = [];
      for (let i = a + 1; i <= b; i++) {
        const reason = reasonAt(i);
        if (reason) days.push(reason);
      }
      return days;
    },
    dateOf(instant) {
      const date = localDate(instant, definition.timeZone);
      return date.ok ? date.value : refuse(date.error);
    },
  };
  definitions.set(calendar, definition);
  return calendar;
}

/** The national calendar: Saturdays, Sundays, national holidays and cuti bersama 2024–2026 off, in WIB. */
export const indonesiaCalendar: WorkCalendar = createCalendar();

