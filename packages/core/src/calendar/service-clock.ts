import { cite, type Citation } from '../citation.js';
import { attempt } from '../attempt.js';
import { fail, ok, type Result } from '../result.js';
import type { WorkCalendar } from './calendar.js';
import { addCalendarDays, parseIsoDate, type IsoDate } from './iso-date.js';

/** Time in a declared force majeure or outage does not count toward a service deadline (CAL-03). */
export const PAUSE_RULE: Citation = cite('P106', 'Pasal 14');
/** Every pause is recorded with its reason and who declared it (CAL-03). */
export const PAUSE_RECORD_RULE: Citation = cite('M18', 'Pasal 26 ayat (2)');

/**
 * A declared stop of the service clock: whole local days from `from` to `to` inclusive. While `to` is absent the
 * pause is still going on.
 */
export interface ClockPause {
  readonly kind: 'force-majeure' | 'outage';
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly reason: string;
  readonly declaredBy: string;
}

/** The state of a service clock: running toward a due date, or stopped by a pause that has not ended. */
export type ServiceClock =
  | {
      readonly status: 'running';
      /** The last working day of the service time. */
      readonly due: IsoDate;
      readonly workingDays: number;
      /** Working days that fell in pauses and were added on. */
      readonly pausedWorkingDays: number;
      readonly source: Citation;
    }
  | {
      readonly status: 'paused';
      readonly pausedSince: IsoDate;
      /** Working days of the service time used before the pause began. */
      readonly usedWorkingDays: number;
      readonly workingDays: number;
      readonly source: Citation;
    };

/** Input of {@link serviceClock}. */
export interface ServiceClockInput {
  /** The day the clock starts; the first counted day is the next working day. */
  readonly start: IsoDate;
  /** The service time in working days (a positive whole number). */
  readonly workingDays: number;
  readonly pauses?: readonly ClockPause[];
  readonly calendar: WorkCalendar;
}

function validatePause(pause: ClockPause, path: string): Result<ClockPause> {
  const fields: ('from' | 'to')[] = pause.to === undefined ? ['from'] : ['from', 'to'];
  for (const field of fields) {
    const date = parseIsoDate(pause[field], `${path}.${field}`);
    if (!date.ok) return date;
  }
  if (pause.to !== undefined && pause.to < pause.from) {
    return fail('pause.ends-before-start', { id: 'Jeda berakhir sebelum dimulai.', en: 'The pause ends before it starts.' }, `${path}.to`);
  }
  if (pause.kind !== 'force-majeure' && pause.kind !== 'outage') {
    return fail('pause.kind-invalid', { id: 'Jenis jeda harus force-majeure atau outage.', en: 'The pause kind must be force-majeure or outage.' }, `${path}.kind`);
  }
  for (const field of ['reason', 'declaredBy'] as const) {
    if (typeof pause[field] !== 'string' || pause[field].trim() === '') {
      return fail('pause.unrecorded', {
        id: 'Setiap jeda dicatat dengan alasan dan pejabat yang menyatakannya.',
        en: 'Every pause is recorded with its reason and who declared it.',
      }, `${path}.${field}`);
    }
  }
  return ok(pause);
}

/** Closed pauses merged into disjoint, sorted day ranges. */
function mergeRanges(pauses: readonly ClockPause[]): { from: IsoDate; to: IsoDate }[] {
  const ranges = pauses
    .filter((p): p is ClockPause & { to: IsoDate } => p.to !== undefined)
    .map((p) => ({ from: p.from, to: p.to }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  const merged: { from: IsoDate; to: IsoDate }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from <= addCalendarDays(last.to, 1)) {
      if (range.to > last.to) last.to = range.to;
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

/** Working days in (start, end] that fall inside one of the ranges. */
function pausedWorkingDays(ranges: readonly { from: IsoDate; to: IsoDate }[], start: IsoDate, end: IsoDate, calendar: WorkCalendar): number {
  let count = 0;
  for (const range of ranges) {
    const from = range.from > start ? addCalendarDays(range.from, -1) : start;
    const to = range.to < end ? range.to : end;
    if (to > from) count += calendar.workingDaysBetween(from, to);
  }
  return count;
}

/**
 * The due date of a service time counted in working days from `start`, with declared pauses not counted (CAL-03).
 * A pause still going on when the time would run out stops the clock: the result is `paused` with the working
 * days used so far. Dates outside the calendar's coverage are a `calendar.out-of-range` error.
 */
export function serviceClock(input: ServiceClockInput): Result<ServiceClock> {
  const start = parseIsoDate(input.start, 'start');
  if (!start.ok) return start;
  if (!Number.isSafeInteger(input.workingDays) || input.workingDays < 1) {
    return fail('working-days.invalid', { id: 'Jumlah hari kerja harus bilangan bulat positif.', en: 'The number of working days must be a positive whole number.' }, 'workingDays');
  }
  const pauses = input.pauses ?? [];
  for (const [i, pause] of pauses.entries()) {
    const checked = validatePause(pause, `pauses.${i}`);
    if (!checked.ok) return checked;
  }
  const { calendar, workingDays } = input;
  const ranges = mergeRanges(pauses);
  const openSince = pauses.filter((p) => p.to === undefined).map((p) => p.from).sort()[0];
  return attempt<ServiceClock>(() => {
    let due = calendar.addWorkingDays(input.start, workingDays);
    let paused: number;
    for (;;) {
      paused = pausedWorkingDays(ranges, input.start, due, calendar);
      const extended = calendar.addWorkingDays(input.start, workingDays + paused);
      if (extended === due) break;
      due = extended;
    }
    if (openSince !== undefined && openSince <= due) {
      const before = addCalendarDays(openSince, -1);
      const used = before > input.start
        ? calendar.workingDaysBetween(input.start, before) - pausedWorkingDays(ranges, input.start, before, calendar)
        : 0;
      return ok({ status: 'paused', pausedSince: openSince, usedWorkingDays: used, workingDays, source: PAUSE_RULE });
    }
    return ok({ status: 'running', due, workingDays, pausedWorkingDays: paused, source: PAUSE_RULE });
  });
}
