import type { Citation } from '../citation.js';
import { ok, type LocalizedText, type Result } from '../result.js';
import { indonesiaCalendar, ruleInForce, type EffectiveRule, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { BUSINESS_SCALES, type BusinessScale } from './levels.js';
import { dayAfter, lkpmPeriodsOf } from './lkpm-periods.js';
import {
  LKPM_BY_SCALE, LKPM_DUE_DAY, LKPM_EXEMPT_SECTORS, type LkpmCadence, type LkpmScaleRow, type LkpmSector, type NonWorkingDueDate,
} from './lkpm-rules.js';
import { attempt } from '../attempt.js';
import { checkChoice, checkOptionalChoice } from '../choice-input.js';
import { readObject, readWholeNumber } from './validate.js';

/** Input of {@link lkpmSchedule}. */
export interface LkpmScheduleInput {
  readonly scale: BusinessScale;
  /** Absent or `other` for every sector not exempt by Pasal 32(5)(b). */
  readonly sector?: LkpmSector;
  readonly year: number;
}

/** Settings of {@link lkpmSchedule}. */
export interface LkpmSettings {
  /** The effective-dated due day (default {@link LKPM_DUE_DAY}). */
  readonly dueDay?: readonly EffectiveRule<number>[];
  /**
   * A due date on a weekend or holiday: `unchanged` (default) or moved to the `next-working-day`. DOMAIN.md and B98
   * are silent, and BKPM announces holiday adjustments case by case, so the SDK does not move the date by itself.
   */
  readonly nonWorkingDueDate?: NonWorkingDueDate;
  /** The calendar used to move due dates (only with `next-working-day`); default {@link indonesiaCalendar}. */
  readonly calendar?: WorkCalendar;
}

/** One LKPM period with its due date (SUP-11). */
export interface LkpmPeriodDue {
  readonly period: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly dueDate: IsoDate;
  /** The day of the month the rule in force set. */
  readonly dueDay: number;
  readonly dueRule: Citation;
  /** The date the rule gave, when `next-working-day` moved it. */
  readonly movedFrom?: IsoDate;
}

/** Whether a business files LKPM, why, and the periods ending in the year with their due dates. */
export interface LkpmSchedule {
  readonly required: boolean;
  readonly reason: { readonly message: LocalizedText; readonly source: Citation };
  readonly cadence?: LkpmCadence;
  readonly periods: readonly LkpmPeriodDue[];
}

const SECTORS: readonly LkpmSector[] = [...LKPM_EXEMPT_SECTORS.map((s) => s.sector), 'other'];

/**
 * The LKPM obligation of a business for the periods ending in `year` (SUP-10, SUP-11). Micro businesses and the
 * sectors of Pasal 32(5)(b) file none; small businesses file per semester, medium and large per quarter. Each report
 * is due on the 10th (Peraturan BKPM 5/2021) or, under the rule in force from 1 October 2025, the 15th
 * (Peraturan BKPM 5/2025) of the month after the period ends; the version in force on the day after the period
 * ends applies. Q4 and S2 are due in January of the next year.
 *
 * @example
 * ```ts
 * lkpmSchedule({ scale: 'medium', year: 2025 });
 * // quarterly: 2025-Q1 due 2025-04-10, Q2 2025-07-10, Q3 2025-10-15, Q4 2026-01-15
 * lkpmSchedule({ scale: 'small', sector: 'banking', year: 2025 }); // required false (Pasal 32(5)(b))
 * ```
 */
export function lkpmSchedule(input: LkpmScheduleInput, settings: LkpmSettings = {}): Result<LkpmSchedule> {
  const object = readObject(input, '');
  if (!object.ok) return object;
  const scale = checkChoice(input.scale, BUSINESS_SCALES, 'scale', 'lkpm.scale-invalid', { id: 'Skala usaha', en: 'business scale' });
  if (!scale.ok) return scale;
  const sector = checkOptionalChoice(input.sector, SECTORS, 'sector', 'lkpm.sector-invalid', { id: 'Bidang usaha', en: 'sector' });
  if (!sector.ok) return sector;
  const year = readWholeNumber(input.year, 'year', 1, 9998);
  if (!year.ok) return year;
  const moving = checkChoice(settings.nonWorkingDueDate ?? 'unchanged', ['unchanged', 'next-working-day'] as const, 'settings.nonWorkingDueDate', 'lkpm.setting-invalid', { id: 'Aturan tanggal jatuh tempo', en: 'due-date rule' });
  if (!moving.ok) return moving;

  const exemptSector = LKPM_EXEMPT_SECTORS.find((s) => s.sector === sector.value);
  if (exemptSector) {
    return ok({ required: false, reason: { message: { id: `Bidang usaha ${exemptSector.name.id} tidak wajib LKPM.`, en: `${exemptSector.name.en}: no LKPM required.` }, source: exemptSector.source }, periods: [] });
  }
  const row = LKPM_BY_SCALE.find((r) => r.scale === scale.value) as LkpmScaleRow;
  if (row.cadence === undefined) return ok({ required: false, reason: { message: row.reason, source: row.source }, periods: [] });

  const calendar = settings.calendar ?? indonesiaCalendar;
  const versions = settings.dueDay ?? LKPM_DUE_DAY;
  const periods: LkpmPeriodDue[] = [];
  for (const period of lkpmPeriodsOf(row.cadence, year.value)) {
    const next = dayAfter(period);
    const rule = ruleInForce(versions, next, 'LKPM due day');
    if (!rule.ok) return { ok: false, error: { ...rule.error, path: `periods.${period.period}` } };
    const day = readWholeNumber(rule.value.value, 'settings.dueDay', 1, 28);
    if (!day.ok) return day;
    const ruleDate = `${next.slice(0, 8)}${String(day.value).padStart(2, '0')}`;
    const moved = moving.value === 'next-working-day'
      ? attempt(() => ok(calendar.isWorkingDay(ruleDate) ? ruleDate : calendar.addWorkingDays(ruleDate, 1)))
      : ok(ruleDate);
    if (!moved.ok) return moved;
    periods.push({
      period: period.period, start: period.start, end: period.end, dueDate: moved.value, dueDay: day.value, dueRule: rule.value.source,
      ...(moved.value === ruleDate ? {} : { movedFrom: ruleDate }),
    });
  }
  return ok({ required: true, reason: { message: row.reason, source: row.source }, cadence: row.cadence, periods });
}
