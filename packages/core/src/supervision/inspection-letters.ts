import { ok, type Result } from '../result.js';
import { indonesiaCalendar, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { SUPERVISION_DEADLINES, type SupervisionDeadlines, type WorkingDayLimit } from './deadlines.js';
import { attempt } from '../attempt.js';
import { readDate, refuse } from './validate.js';

/** The letters a routine inspection needs, with the working day each is due (SUP-06). */
export interface InspectionLetters {
  /** The inspection date. */
  readonly date: IsoDate;
  /** The assignment letter (*surat tugas*) must be entered on or before this day (Pasal 18(4)). */
  readonly assignmentLetterBy: IsoDate;
  /** The visit notification must reach the business on or before this day (Pasal 10(3)(b)(1), 18(5)). */
  readonly businessNotificationBy: IsoDate;
  /** OSS re-notifies the plan to the inspecting agencies on this day (Pasal 15(3)). */
  readonly agencyRenotificationOn: IsoDate;
}

/** The longest lead of the three letters: no inspection can be planned sooner than this after the letters can start. */
export function longestLetterLead(deadlines: SupervisionDeadlines): number {
  return Math.max(deadlines.assignmentLetter.workingDays, deadlines.businessNotification.workingDays, deadlines.agencyRenotification.workingDays);
}

/** Letter dates for a working day already checked; throws calendar errors (callers wrap with attempt). */
export function lettersFor(date: IsoDate, calendar: WorkCalendar, deadlines: SupervisionDeadlines): InspectionLetters {
  const before = (limit: WorkingDayLimit) => calendar.addWorkingDays(date, -limit.workingDays);
  return {
    date,
    assignmentLetterBy: before(deadlines.assignmentLetter),
    businessNotificationBy: before(deadlines.businessNotification),
    agencyRenotificationOn: before(deadlines.agencyRenotification),
  };
}

/**
 * The days by which the letters of a routine inspection on `date` are due (SUP-06): the assignment letter at least
 * 4 working days before, the notification to the business at least 3, the agencies' re-notification 10 working days
 * before. A routine inspection is planned on a working day: any other date is refused (`supervision.not-a-working-day`).
 *
 * @example
 * ```ts
 * routineInspectionLetters('2026-01-19');
 * // { assignmentLetterBy: '2026-01-12', businessNotificationBy: '2026-01-13', agencyRenotificationOn: '2026-01-02' }
 * ```
 */
export function routineInspectionLetters(
  date: IsoDate,
  calendar: WorkCalendar = indonesiaCalendar,
  deadlines: SupervisionDeadlines = SUPERVISION_DEADLINES,
): Result<InspectionLetters> {
  const read = readDate(date, 'date');
  if (!read.ok) return read;
  return attempt(() => {
    if (!calendar.isWorkingDay(read.value)) {
      return refuse('supervision.not-a-working-day', 'date', `${read.value} bukan hari kerja.`, `${read.value} is not a working day.`);
    }
    return ok(lettersFor(read.value, calendar, deadlines));
  });
}
