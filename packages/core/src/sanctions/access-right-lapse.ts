import { addCalendarDays, daysInMonth, isoDateOf, parseIsoDate, yearOf, type IsoDate } from '../calendar/iso-date.js';
import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';

/**
 * `date` plus `months` calendar months. When the day does not exist in the target month it is clamped to that
 * month's last day: 31 Aug 2025 + 6 months = 28 Feb 2026, 31 Aug 2027 + 6 months = 29 Feb 2028.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return isoDateOf(targetYear, targetMonth, targetDay);
}

/** The ADM-04 period: 6 calendar months from the NIB revocation (Pasal 42 ayat (7), 43 ayat (7)–(9)). */
export interface AccessRightLapseSettings {
  readonly months: number;
  readonly source: Citation;
}

/** 6 months, B98 Pasal 42 ayat (7), Pasal 43 ayat (7) and (9). */
export const ACCESS_RIGHT_LAPSE_SETTINGS: AccessRightLapseSettings = {
  months: 6,
  source: cite('B98', 'Pasal 42 ayat (7), Pasal 43 ayat (7) dan (9)'),
};

/** Input of {@link accessRightStatus}. */
export interface AccessRightInput {
  readonly nibRevokedOn: IsoDate;
  /** The date the business applied for a new business licence, if it did. */
  readonly newApplicationOn?: IsoDate;
  readonly today: IsoDate;
}

/** The OSS access right after an NIB revocation (ADM-04). */
export type AccessRightStatus =
  | { readonly status: 'pending'; readonly periodEnds: IsoDate; readonly cancelledOn: IsoDate; readonly source: Citation }
  | { readonly status: 'kept'; readonly newApplicationOn: IsoDate; readonly periodEnds: IsoDate; readonly source: Citation }
  | { readonly status: 'cancelled'; readonly periodEnds: IsoDate; readonly cancelledOn: IsoDate; readonly source: Citation };

/**
 * Whether the OSS access right survives an NIB revocation on `today` (ADM-04): a new licence application within
 * 6 calendar months of the revocation keeps it; otherwise OSS cancels it automatically.
 *
 * Interpretation: "dalam kurun waktu 6 bulan sejak tanggal pencabutan" is counted in calendar months (not *Hari*),
 * ending on the same day of the month 6 months later, clamped to the month's last day (31 Aug + 6 months = 28 or 29
 * Feb). An application on that last day still counts; the access right is cancelled on the day after it.
 *
 * @example
 * ```ts
 * accessRightStatus({ nibRevokedOn: '2025-08-31', today: '2026-03-01' });
 * // → ok({ status: 'cancelled', periodEnds: '2026-02-28', cancelledOn: '2026-03-01', … })
 * ```
 */
export function accessRightStatus(input: AccessRightInput, settings: AccessRightLapseSettings = ACCESS_RIGHT_LAPSE_SETTINGS): Result<AccessRightStatus> {
  if (typeof input !== 'object' || input === null) {
    return fail('adm.input-invalid', { id: 'Data hak akses tidak ada.', en: 'The access right data is missing.' }, 'input');
  }
  if (!Number.isSafeInteger(settings.months) || settings.months < 1 || settings.months > 120) {
    return fail('adm.access-right.settings-invalid', {
      id: 'Jangka waktu harus bilangan bulat bulan antara 1 dan 120.',
      en: 'The period must be a whole number of months from 1 to 120.',
    }, 'settings.months');
  }
  const revokedOn = parseIsoDate(input.nibRevokedOn, 'nibRevokedOn');
  if (!revokedOn.ok) return revokedOn;
  const today = parseIsoDate(input.today, 'today');
  if (!today.ok) return today;
  const chronological = (date: IsoDate, path: string) => fail('adm.access-right.date-before-revocation', {
    id: `Tanggal ${date} lebih awal dari pencabutan NIB (${revokedOn.value}).`,
    en: `${date} is earlier than the NIB revocation (${revokedOn.value}).`,
  }, path);
  if (today.value < revokedOn.value) return chronological(today.value, 'today');
  const periodEnds = addMonthsClamped(revokedOn.value, settings.months);
  const cancelledOn = addCalendarDays(periodEnds, 1);
  const source = settings.source;
  if (input.newApplicationOn !== undefined) {
    const applied = parseIsoDate(input.newApplicationOn, 'newApplicationOn');
    if (!applied.ok) return applied;
    if (applied.value < revokedOn.value) return chronological(applied.value, 'newApplicationOn');
    if (applied.value > today.value) {
      return fail('adm.access-right.application-in-future', {
        id: `Permohonan baru (${applied.value}) tercatat sesudah hari ini (${today.value}).`,
        en: `The new application (${applied.value}) is dated after today (${today.value}).`,
      }, 'newApplicationOn');
    }
    if (applied.value <= periodEnds) return ok({ status: 'kept', newApplicationOn: applied.value, periodEnds, source });
  }
  if (today.value > periodEnds) return ok({ status: 'cancelled', periodEnds, cancelledOn, source });
  return ok({ status: 'pending', periodEnds, cancelledOn, source });
}
