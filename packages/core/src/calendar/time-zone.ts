import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { fromEpochDay, type IsoDate } from './iso-date.js';

/** Indonesia's three time zones, by IANA name. None observes daylight saving time. */
export type IndonesianTimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

/** Offsets from UTC in minutes: WIB UTC+7, WITA UTC+8, WIT UTC+9 (CAL-02). */
export const TIME_ZONES: Readonly<Record<IndonesianTimeZone, { readonly abbreviation: string; readonly offsetMinutes: number }>> = {
  'Asia/Jakarta': { abbreviation: 'WIB', offsetMinutes: 7 * 60 },
  'Asia/Makassar': { abbreviation: 'WITA', offsetMinutes: 8 * 60 },
  'Asia/Jayapura': { abbreviation: 'WIT', offsetMinutes: 9 * 60 },
};

/** Deadlines are evaluated in the municipality's own time zone (CAL-02). */
export const TIME_ZONE_RULE: Citation = cite('M18', 'Pasal 8 ayat (5); Pasal 14 ayat (3)');

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Accepts an IANA name or the abbreviations WIB, WITA, WIT. */
export function parseTimeZone(input: unknown, path = 'timeZone'): Result<IndonesianTimeZone> {
  if (typeof input === 'string') {
    if (input in TIME_ZONES) return ok(input as IndonesianTimeZone);
    const byAbbreviation = (Object.keys(TIME_ZONES) as IndonesianTimeZone[]).find((zone) => TIME_ZONES[zone].abbreviation === input.toUpperCase());
    if (byAbbreviation) return ok(byAbbreviation);
  }
  return fail('time-zone.unknown', {
    id: 'Zona waktu tidak dikenal: gunakan Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).',
    en: 'Unknown time zone: use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).',
  }, path);
}

/**
 * The local calendar date of an instant (an ISO timestamp with `Z` or an offset) in an Indonesian time zone:
 * `localDate('2026-03-24T18:30:00Z', 'Asia/Jakarta')` is `2026-03-25`.
 */
export function localDate(instant: unknown, timeZone: IndonesianTimeZone, path = 'instant'): Result<IsoDate> {
  const millis = typeof instant === 'string' && INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (!Number.isFinite(millis)) {
    return fail('instant.invalid', {
      id: 'Waktu tidak valid: tulis sebagai stempel waktu ISO dengan zona, misalnya 2026-03-25T09:00:00+07:00.',
      en: 'Invalid instant: write it as an ISO timestamp with its offset, for example 2026-03-25T09:00:00+07:00.',
    }, path);
  }
  const localMillis = millis + TIME_ZONES[timeZone].offsetMinutes * 60_000;
  return ok(fromEpochDay(Math.floor(localMillis / 86_400_000)));
}
