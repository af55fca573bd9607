import { cite, type Citation } from '../citation.js';
import { ok, type LocalizedText, type Result } from '../result.js';
import { isoDateOf, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { readWholeNumber } from './validate.js';

/**
 * The days of the n-th week of a month. "Minggu keempat bulan November" is read as a block of seven days counted
 * from the 1st: week 1 is days 1–7, week 2 days 8–14, week 3 days 15–21, week 4 days 22–28 (days 29–31 are a
 * short fifth week). Every month then has four full weeks whatever weekday it starts on, and the same definition
 * works in every year: no partial first week, no dependence on where a week starts.
 *
 * @example
 * ```ts
 * weekOfMonth(2025, 11, 4); // { from: '2025-11-22', to: '2025-11-28' }
 * ```
 */
export function weekOfMonth(year: number, month: number, week: 1 | 2 | 3 | 4): { readonly from: IsoDate; readonly to: IsoDate } {
  return { from: isoDateOf(year, month, week * 7 - 6), to: isoDateOf(year, month, week * 7) };
}

/** One deadline of the annual plan's preparation (SUP-05). */
export interface PlanMilestone {
  readonly milestone: 'compiled' | 'adjusted' | 'finalised';
  readonly name: LocalizedText;
  /** The week in which (or by whose end) the step is due: see {@link weekOfMonth}. */
  readonly week: { readonly from: IsoDate; readonly to: IsoDate };
  /** The last working day of that week, when the calendar covers it (absent outside its holiday table). */
  readonly lastWorkingDay?: IsoDate;
  readonly source: Citation;
}

const MILESTONES = [
  { milestone: 'compiled', month: 11, week: 4, name: { id: 'Rencana inspeksi lapangan tahunan disusun', en: 'Annual inspection plan compiled' }, source: cite('B98', 'Pasal 13 ayat (3)') },
  { milestone: 'adjusted', month: 12, week: 2, name: { id: 'Lokasi dan Pelaku Usaha disesuaikan/ditambahkan', en: 'Locations and businesses adjusted or added' }, source: cite('B98', 'Pasal 14 ayat (1)–(2)') },
  { milestone: 'finalised', month: 12, week: 4, name: { id: 'Rencana inspeksi lapangan tahunan diperbarui (final)', en: 'Annual inspection plan updated (final)' }, source: cite('B98', 'Pasal 14 ayat (4)') },
] as const;

/**
 * The preparation deadlines of the plan for `year` (SUP-05), all in the year before: compiled in the fourth week
 * of November (Pasal 13(3)), adjusted by the second week of December (Pasal 14(1)–(2)), finalised by the fourth
 * week of December (Pasal 14(4)). Weeks are counted as in {@link weekOfMonth}.
 *
 * @example
 * ```ts
 * planMilestones(2026); // compiled 2025-11-22…28, adjusted by 2025-12-14, finalised by 2025-12-28 (last working day 2025-12-24)
 * ```
 */
export function planMilestones(year: number, calendar?: WorkCalendar): Result<PlanMilestone[]> {
  const read = readWholeNumber(year, 'year', 2, 9999);
  if (!read.ok) return read;
  return ok(MILESTONES.map((m) => {
    const week = weekOfMonth(year - 1, m.month, m.week);
    const lastWorkingDay = calendar ? lastWorkingDayOf(week.from, week.to, calendar) : undefined;
    return { milestone: m.milestone, name: m.name, week, ...(lastWorkingDay ? { lastWorkingDay } : {}), source: m.source };
  }));
}

function lastWorkingDayOf(from: IsoDate, to: IsoDate, calendar: WorkCalendar): IsoDate | undefined {
  if (from < calendar.coverage.from || to > calendar.coverage.to) return undefined;
  const before = calendar.addWorkingDays(to, calendar.isWorkingDay(to) ? 0 : -1);
  return before >= from ? before : undefined;
}
