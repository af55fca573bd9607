import type { Citation } from '../citation.js';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { serviceClock, type ClockPause, type ServiceClock } from '../calendar/service-clock.js';
import type { WorkCalendar } from '../calendar/calendar.js';
import { isRecord } from '../is-record.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { resolveCompletionTime } from './completion-time.js';
import { lookupPermitType } from './lookup.js';
import { copyPlainJson } from './plain-json.js';
import { readDetails } from './request-details.js';
import type { ApplicationDetails, Catalog } from './types.js';

/** Input of {@link serviceDeadline}. */
export interface ServiceDeadlineOptions {
  /** The day the file was complete; the clock starts then, and the next working day is day 1. */
  readonly completeOn: IsoDate;
  /** Reklame: the area in m² (CAT-03: under 18 → 1 working day, 18 or more → 10). */
  readonly areaM2?: number;
  /** Reklame: an incidental advertisement (default `false`). */
  readonly incidental?: boolean;
  /** Reklame: a street banner, *bando jalan* (default `false`). */
  readonly streetBanner?: boolean;
  /** Other details a municipality's catalog declares. */
  readonly details?: ApplicationDetails;
  /** Declared force-majeure or outage pauses, not counted (CAL-03). */
  readonly pauses?: readonly ClockPause[];
  readonly calendar: WorkCalendar;
  /**
   * The catalog to read; default {@link defaultCatalog}. Pass a catalog returned by {@link validateCatalog} or
   * {@link extendCatalog}: any other object is validated again on every call.
   */
  readonly catalog?: Catalog;
}

/** The completion deadline of one application (CAT-03). */
export interface ServiceDeadline {
  readonly permitType: string;
  readonly completeOn: IsoDate;
  /** The completion time in working days. */
  readonly workingDays: number;
  /** The last working day of the completion time; `undefined` while a pause that has not ended stops the clock. */
  readonly due: IsoDate | undefined;
  /** The regulation's wording of the completion time. */
  readonly text: string;
  /** The case that applied (Reklame). */
  readonly case?: LocalizedText;
  readonly interpretation?: LocalizedText;
  /** Where the completion time comes from (M13 Lampiran II). */
  readonly source: Citation;
  /** The service clock with pauses (CAL-03), `running` or `paused`. */
  readonly clock: ServiceClock;
}

const SHORTCUTS = ['areaM2', 'incidental', 'streetBanner'] as const;
const OPTION_KEYS: ReadonlySet<string> = new Set([...SHORTCUTS, 'completeOn', 'details', 'pauses', 'calendar', 'catalog']);

// The clock checks a pause's fields; here it only has to be an object.
function isPause(value: unknown): value is ClockPause {
  return isRecord(value);
}

/**
 * The completion deadline of a permit type (CAT-03) in working days from the day the file is complete, with
 * declared pauses not counted (CAL-03), computed on the municipality's working-day calendar.
 *
 * @example
 * ```ts
 * // TDG, 14 working days, file complete Monday 16 March 2026 (Nyepi and Idul Fitri leave follow): due 13 April.
 * const deadline = serviceDeadline('tdg', { completeOn: '2026-03-16', calendar: indonesiaCalendar });
 * if (deadline.ok) deadline.value.due; // '2026-04-13'
 * ```
 */
export function serviceDeadline(permitType: string, options: ServiceDeadlineOptions): Result<ServiceDeadline> {
  if (typeof options !== 'object' || options === null) {
    return fail('catalog.options-invalid', { id: 'Opsi harus berupa objek.', en: 'The options must be an object.' }, 'options');
  }
  const unknownKey = Object.keys(options).find((k) => !OPTION_KEYS.has(k));
  if (unknownKey !== undefined) {
    return fail('catalog.options-invalid', {
      id: `Opsi "${unknownKey.slice(0, 64)}" tidak dikenal.`, en: `Unknown option "${unknownKey.slice(0, 64)}".`,
    }, unknownKey.slice(0, 64));
  }
  const found = lookupPermitType(permitType, options.catalog);
  if (!found.ok) return found;
  const { type } = found.value;
  const completeOn = parseIsoDate(options.completeOn, 'completeOn');
  if (!completeOn.ok) return completeOn;
  const calendar: unknown = options.calendar;
  if (typeof calendar !== 'object' || calendar === null || typeof (calendar as WorkCalendar).addWorkingDays !== 'function') {
    return fail('calendar.missing', { id: 'Kalender hari kerja wajib diberikan.', en: 'A working-day calendar is required.' }, 'calendar');
  }
  const pauses: unknown = options.pauses ?? [];
  if (!Array.isArray(pauses)) {
    return fail('pause.invalid', { id: 'Jeda harus berupa daftar.', en: 'The pauses must be a list.' }, 'pauses');
  }
  const badPause = pauses.findIndex((p) => !isPause(p));
  if (badPause >= 0) {
    return fail('pause.invalid', { id: 'Setiap jeda harus berupa objek.', en: 'Every pause must be an object.' }, `pauses.${badPause}`);
  }

  const extra = copyPlainJson(options.details ?? {}, { maxDepth: 2, maxNodes: 200 });
  if (extra.fatal || extra.value === null || typeof extra.value !== 'object' || Array.isArray(extra.value)) {
    return fail('catalog.details-invalid', { id: 'Detail permohonan harus berupa objek.', en: 'The details of the application must be an object.' }, 'details');
  }
  const given = extra.value;
  const shortcuts: Record<string, unknown> = {};
  for (const key of SHORTCUTS) {
    if (options[key] === undefined) continue;
    if (Object.hasOwn(given, key) && given[key] !== options[key]) {
      return fail('catalog.detail-conflict', {
        id: `"${key}" diberikan dua kali dengan nilai berbeda.`, en: `"${key}" is given twice with different values.`,
      }, key);
    }
    shortcuts[key] = options[key];
  }
  const merged = { ...given, ...shortcuts };
  // A fact the caller gave in `details` is reported there; the Reklame facts otherwise at their own option.
  const pathOf = (key: string) => ((SHORTCUTS as readonly string[]).includes(key) && !Object.hasOwn(given, key) ? key : `details.${key}`);
  const details = readDetails(type, merged, pathOf);
  if (!details.ok) return details;

  const time = resolveCompletionTime(type, details.value, pathOf);
  if (!time.ok) return time;
  const clock = serviceClock({ start: completeOn.value, workingDays: time.value.workingDays, pauses, calendar: calendar as WorkCalendar });
  if (!clock.ok) {
    // The calendar names its own parameters (`date`, `n`); to the caller both are about the day the file was complete.
    return clock.error.code === 'calendar.out-of-range' ? { ok: false, error: { ...clock.error, path: 'completeOn' } } : clock;
  }
  return ok({
    permitType: type.id,
    completeOn: completeOn.value,
    ...time.value,
    due: clock.value.status === 'running' ? clock.value.due : undefined,
    clock: clock.value,
  });
}
