import { fail, ok, type Result } from '../result.js';

/** A calendar date, `YYYY-MM-DD`, in the municipality's time zone. */
export type IsoDate = string;


/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** Whether `input` is a real calendar date written `YYYY-MM-DD` (year 0001 or later). */
export function isIsoDate(input: unknown): input is IsoDate {
  if (typeof input !== 'string' || input.length !== 10 || input[4] !== '-' || input[7] !== '-') return false;
  const year = digit(input, 0) * 1000 + digit(input, 1) * 100 + digit(input, 2) * 10 + digit(input, 3);
  const month = digit(input, 5) * 10 + digit(input, 6);
  const day = digit(input, 8) * 10 + digit(input, 9);
  // NaN fails every comparison, so a non-digit anywhere lands here too.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks that `input` is a real calendar date written `YYYY-MM-DD`. `2026-02-30`, `26-1-1`, `2026-1-05`, a `Date`
 * object or a number are refused with code `date.invalid` and the given field path.
 */
export function parseIsoDate(input: unknown, path = 'date'): Result<IsoDate> {
  if (isIsoDate(input)) return ok(input);
  const shown = typeof input === 'string' ? `"${input.slice(0, 40)}"` : typeof input;
  return fail('date.invalid', {
    id: `Tanggal tidak valid (${shown}): tulis sebagai TTTT-BB-HH, misalnya 2026-03-25.`,
    en: `Invalid date (${shown}): write it as YYYY-MM-DD, for example 2026-03-25.`,
  }, path);
}

/**
 * Days since 1970-01-01 of a date already known to be valid (days-from-civil, H. Hinnant): integer arithmetic only,
 * so no time zone or daylight-saving rule of the host can shift it.
 */
export function toEpochDay(date: IsoDate): number {
  let year = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `epochDay` days after 1970-01-01 (civil-from-days). */
export function fromEpochDay(epochDay: number): IsoDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDateOf(year, month, day);
}

/**
 * The date `YYYY-MM-DD` of a year, month (1–12) and day; the caller passes a real date (see {@link daysInMonth}).
 *
 * @example
 * ```ts
 * isoDateOf(2026, 2, 28); // '2026-02-28'
 * ```
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
