import { ok, type Result } from '../result.js';
import { addCalendarDays, daysInMonth, isoDateOf, type IsoDate } from '../calendar/index.js';
import type { LkpmCadence } from './lkpm-rules.js';
import { refuse } from './validate.js';

/** One LKPM reporting period: a quarter (`2025-Q3`) or a semester (`2025-S1`). */
export interface LkpmPeriod {
  readonly period: string;
  readonly cadence: LkpmCadence;
  readonly year: number;
  /** 1–4 for quarters, 1–2 for semesters. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Consecutive periods of one cadence have consecutive ordinals. */
  readonly ordinal: number;
}

/** The period `index` of `year` (a quarter 1–4 or a semester 1–2); the caller passes a valid index. */
export function lkpmPeriod(cadence: LkpmCadence, year: number, index: number): LkpmPeriod {
  const months = cadence === 'quarterly' ? 3 : 6;
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    period: `${String(year).padStart(4, '0')}-${cadence === 'quarterly' ? 'Q' : 'S'}${index}`,
    cadence,
    year,
    index,
    start: isoDateOf(year, firstMonth, 1),
    end: isoDateOf(year, lastMonth, daysInMonth(year, lastMonth)),
    ordinal: year * (12 / months) + index - 1,
  };
}

/** The periods of one cadence that end in `year`. */
export function lkpmPeriodsOf(cadence: LkpmCadence, year: number): LkpmPeriod[] {
  const count = cadence === 'quarterly' ? 4 : 2;
  return Array.from({ length: count }, (_, i) => lkpmPeriod(cadence, year, i + 1));
}

/** The day after a period ends: the date whose rule version sets the due day (SUP-11). */
export function dayAfter(period: LkpmPeriod): IsoDate {
  return addCalendarDays(period.end, 1);
}

/** Reads `2025-Q3` or `2025-S1`. */
export function parseLkpmPeriod(value: unknown, path: string): Result<LkpmPeriod> {
  const match = typeof value === 'string' ? /^(\d{4})-(Q[1-4]|S[12])$/.exec(value) : null;
  if (!match) {
    return refuse('lkpm.period-invalid', path, 'Periode LKPM ditulis TTTT-Qn (triwulan 1–4) atau TTTT-Sn (semester 1–2), misalnya 2025-Q3.',
      'Write an LKPM period as YYYY-Qn (quarter 1–4) or YYYY-Sn (semester 1–2), for example 2025-Q3.');
  }
  const year = Number(match[1]);
  if (year < 1) return refuse('lkpm.period-invalid', path, 'Tahun periode tidak valid.', 'The period year is invalid.');
  const kind = match[2] as string;
  return ok(lkpmPeriod(kind[0] === 'Q' ? 'quarterly' : 'semester', year, Number(kind[1])));
}
