import type { WorkCalendar } from '../calendar/calendar.js';
import { parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { cite, type Citation } from '../citation.js';
import { fail, ok, SatupintuError, type LocalizedText, type Result } from '../result.js';
import { paymentCodeCheckDigits } from './payment-code.js';
import { isRecord } from '../is-record.js';
import { issue } from '../issues.js';
import { checkNumber, checkText, numberRule } from './shared/input.js';
import { refused } from './shared/lines.js';
import { PERMIT_FEE_TYPES, type FeeAssessment, type FeeExemption, type FeeLine, type PermitFeeType } from './types.js';

/** The bank account that receives the retribution (M18 Pasal 14(2)). */
export interface ReceivingAccount {
  readonly bank: string;
  readonly accountNumber: string;
  readonly accountName: string;
}

/** A municipality's SKRD settings. */
export interface SkrdSettings {
  /** REQUIRED: the receiving account and bank. */
  readonly receivingAccount?: ReceivingAccount;
  /** Digits put before every payment code (a region code such as `3576`); default none. At most 6 digits. */
  readonly paymentCodePrefix?: string;
  /** The first part of the SKRD number; default `SKRD`. Capital letters, digits, `.` and `-`, at most 20. */
  readonly numberPrefix?: string;
  /** Working days to pay after the notification; default 10 (M18 Pasal 14(3), APP-06). */
  readonly paymentWindowWorkingDays?: number;
}

/** What {@link createSkrd} needs. */
export interface CreateSkrdRequest {
  /** The approved application's fee, from `calculateFee`. */
  readonly assessment: FeeAssessment;
  /** The application's id (letters, digits, `.`, `_`, `/`, `-`; at most 64). */
  readonly applicationId: string;
  /** The date the applicant was notified of the approval and the payment details (APP-05). */
  readonly notifiedOn: IsoDate;
  /** The SKRD's running number within the year of `notifiedOn`, 1 … 999,999 (the caller keeps the counter). */
  readonly sequence: number;
  /** The municipality's working-day calendar. */
  readonly calendar: WorkCalendar;
  readonly settings: SkrdSettings;
}

/** Citations behind an SKRD. */
export const SKRD_RULES = {
  paymentDetails: cite('M18', 'Pasal 14 ayat (2)'),
  dueDate: cite('M18', 'Pasal 14 ayat (3)'),
  lapse: cite('M18', 'Pasal 14 ayat (4)'),
  basis: cite('M18', 'Pasal 14 ayat (6)'),
  feeBearingOnly: cite('M18', 'Pasal 15'),
} as const satisfies Record<string, Citation>;

/**
 * A retribution assessment letter (Surat Ketetapan Retribusi Daerah, M18 Pasal 14(6)): its number
 * (`SKRD/IMB/2026/000042`), the payment code with ISO 7064 MOD 97-10 check digits, the amount and its lines, the
 * receiving account and bank, and the due date: `paymentWindowWorkingDays` working days after `issuedOn`.
 */
export interface Skrd {
  readonly paymentRequired: true;
  readonly number: string;
  readonly paymentCode: string;
  readonly applicationId: string;
  readonly permitType: PermitFeeType;
  readonly amount: number;
  readonly lines: readonly FeeLine[];
  readonly issuedOn: IsoDate;
  readonly dueDate: IsoDate;
  readonly paymentWindowWorkingDays: number;
  readonly receivingAccount: ReceivingAccount;
  readonly sources: typeof SKRD_RULES;
}

/** The answer for an assessment of Rp 0: no SKRD is issued and nothing needs to be paid (M18 Pasal 15). */
export interface NoPaymentNeeded {
  readonly paymentRequired: false;
  readonly applicationId: string;
  readonly permitType: PermitFeeType;
  readonly reason: LocalizedText;
  readonly exemption?: FeeExemption;
  readonly source: Citation;
}

/** Short codes of the permit types in SKRD numbers. */
export const SKRD_PERMIT_CODES: Readonly<Record<PermitFeeType, string>> = {
  imb: 'IMB', 'ijin-gangguan': 'IG', 'ijin-trayek': 'IT', iui: 'IUI', siup: 'SIUP', tdi: 'TDI', tdg: 'TDG',
  hiburan: 'RHU', reklame: 'REK', 'jasa-konstruksi': 'IUJK', 'ijin-lokasi': 'IL',
};

const APPLICATION_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const NUMBER_PREFIX = /^[A-Z0-9][A-Z0-9.-]{0,19}$/;
const CODE_PREFIX = /^\d{0,6}$/;
const ACCOUNT_NUMBER = /^\d[\d .-]{4,29}$/;
const SEQUENCE = numberRule({ code: 'skrd.sequence-invalid', what: { id: 'Nomor urut SKRD', en: 'The SKRD sequence' }, integer: true, positive: true, max: 999_999 });
const WINDOW = numberRule({ code: 'skrd.setting-invalid', what: { id: 'Batas waktu pembayaran (hari kerja)', en: 'The payment window (working days)' }, integer: true, positive: true, max: 250 });

function assessmentError(assessment: unknown) {
  const invalid = (en: string, id: string) => issue('skrd.assessment-invalid', 'assessment', id, en);
  if (!isRecord(assessment) || !Array.isArray(assessment.lines)) return invalid('The assessment must come from calculateFee.', 'Penetapan biaya harus berasal dari calculateFee.');
  if (!PERMIT_FEE_TYPES.includes(assessment.permitType as PermitFeeType)) return invalid('Unknown permit type.', 'Jenis izin tidak dikenal.');
  let sum = 0;
  for (const line of assessment.lines as unknown[]) sum += isRecord(line) && Number.isSafeInteger(line.amount) ? (line.amount as number) : Number.NaN;
  if (!Number.isSafeInteger(assessment.total) || (assessment.total as number) < 0 || sum !== assessment.total) {
    return invalid('The total is not a whole, non-negative number of rupiah equal to the sum of the lines.', 'Jumlah bukan rupiah bulat non-negatif yang sama dengan jumlah baris.');
  }
  return undefined;
}

function settingsError(settings: unknown) {
  if (!isRecord(settings)) return issue('skrd.setting-missing', 'settings', 'Setelan SKRD wajib diisi.', 'The SKRD settings are required.');
  const account = settings.receivingAccount;
  if (account === undefined) {
    return issue('skrd.setting-missing', 'settings.receivingAccount', 'Rekening penerimaan dan bank belum ditetapkan (settings.receivingAccount).',
      'The receiving account and bank have not been set (settings.receivingAccount).');
  }
  if (!isRecord(account)) return issue('skrd.setting-invalid', 'settings.receivingAccount', 'Rekening penerimaan harus objek.', 'The receiving account must be an object.');
  const textError = checkText(account.bank, 'settings.receivingAccount.bank', { id: 'Nama bank', en: 'The bank name' }, 100)
    ?? checkText(account.accountName, 'settings.receivingAccount.accountName', { id: 'Nama rekening', en: 'The account name' }, 100);
  if (textError) return { ...textError, code: 'skrd.setting-invalid' };
  if (typeof account.accountNumber !== 'string' || !ACCOUNT_NUMBER.test(account.accountNumber)) {
    return issue('skrd.setting-invalid', 'settings.receivingAccount.accountNumber', 'Nomor rekening harus 5–30 angka (boleh dengan spasi, titik atau tanda hubung).',
      'The account number must be 5–30 digits (spaces, dots or hyphens allowed).');
  }
  if (settings.paymentCodePrefix !== undefined && (typeof settings.paymentCodePrefix !== 'string' || !CODE_PREFIX.test(settings.paymentCodePrefix))) {
    return issue('skrd.setting-invalid', 'settings.paymentCodePrefix', 'Awalan kode bayar paling banyak 6 angka.', 'The payment code prefix is at most 6 digits.');
  }
  if (settings.numberPrefix !== undefined && (typeof settings.numberPrefix !== 'string' || !NUMBER_PREFIX.test(settings.numberPrefix))) {
    return issue('skrd.setting-invalid', 'settings.numberPrefix', 'Awalan nomor SKRD: huruf kapital, angka, titik atau tanda hubung (paling panjang 20).',
      'The SKRD number prefix: capital letters, digits, dots or hyphens (at most 20).');
  }
  return settings.paymentWindowWorkingDays === undefined ? undefined : checkNumber(settings.paymentWindowWorkingDays, 'settings.paymentWindowWorkingDays', WINDOW);
}

function requestError(request: Readonly<Record<string, unknown>>) {
  const { applicationId, calendar } = request;
  if (typeof applicationId !== 'string' || !APPLICATION_ID.test(applicationId)) {
    return issue('skrd.application-id-invalid', 'applicationId', 'Nomor permohonan: huruf, angka, titik, garis bawah, garis miring atau tanda hubung (paling panjang 64).',
      'The application id: letters, digits, dots, underscores, slashes or hyphens (at most 64).');
  }
  const date = parseIsoDate(request.notifiedOn, 'notifiedOn');
  if (!date.ok) return date.error;
  if (!isRecord(calendar) || typeof calendar.addWorkingDays !== 'function') {
    return issue('skrd.calendar-invalid', 'calendar', 'Kalender hari kerja wajib diisi.', 'A working-day calendar is required.');
  }
  return checkNumber(request.sequence, 'sequence', SEQUENCE) ?? assessmentError(request.assessment) ?? settingsError(request.settings);
}

function dueDateOf(calendar: WorkCalendar, notifiedOn: IsoDate, days: number): Result<IsoDate> {
  try {
    return ok(calendar.addWorkingDays(notifiedOn, days));
  } catch (error) {
    if (error instanceof SatupintuError) return fail(error.code, error.localized, 'notifiedOn');
    return fail('skrd.calendar-invalid', { id: 'Kalender gagal menghitung batas waktu pembayaran.', en: 'The calendar failed to compute the due date.' }, 'calendar');
  }
}

/**
 * Issues the SKRD of an approved, fee-bearing application (APP-05, M18 Pasal 14(2),(6)): its number
 * `<prefix>/<permit>/<year>/<sequence>`, e.g. `SKRD/TDG/2026/000042`; a payment code
 * `<prefix><year><permit no.><sequence><check>` with ISO 7064 MOD 97-10 check digits (see `isValidPaymentCode`);
 * the amount and lines; the receiving account; and the due date, 10 working days after `notifiedOn` by
 * `calendar` (APP-06, Pasal 14(3)). An assessment of Rp 0 (an exemption) yields `{ paymentRequired: false, reason }`
 * and no SKRD. Invalid requests are refused with a code and path, never thrown.
 *
 * @example
 * ```ts
 * const skrd = createSkrd({
 *   assessment: unwrap(calculateFee('tdg', { areaM2: 40 })), applicationId: 'TDG-2026-0042',
 *   notifiedOn: '2026-03-16', sequence: 42, calendar: indonesiaCalendar,
 *   settings: { receivingAccount: { bank: 'Bank Jatim', accountNumber: '0011223344', accountName: 'RKUD Kota Mojokerto' } },
 * });
 * // skrd.value.dueDate === '2026-04-07' (Idul Fitri and cuti bersama skipped), skrd.value.number === 'SKRD/TDG/2026/000042'
 * ```
 */
export function createSkrd(request: CreateSkrdRequest): Result<Skrd | NoPaymentNeeded> {
  if (!isRecord(request)) return fail('skrd.request-invalid', { id: 'Permintaan SKRD harus objek.', en: 'The SKRD request must be an object.' });
  const error = requestError(request);
  if (error) return refused(error);
  const { assessment, applicationId, notifiedOn, sequence, calendar, settings } = request;
  if (assessment.total === 0) {
    const reason = assessment.exemption?.label
      ?? { id: 'Jumlah retribusi Rp 0: tidak ada pembayaran dan tidak diterbitkan SKRD.', en: 'The retribution is Rp 0: nothing to pay and no SKRD is issued.' };
    const answer: NoPaymentNeeded = { paymentRequired: false, applicationId, permitType: assessment.permitType, reason, source: SKRD_RULES.feeBearingOnly };
    return ok(assessment.exemption ? { ...answer, exemption: assessment.exemption } : answer);
  }
  const window = settings.paymentWindowWorkingDays ?? 10;
  const dueDate = dueDateOf(calendar, notifiedOn, window);
  if (!dueDate.ok) return dueDate;
  const year = notifiedOn.slice(0, 4);
  const serial = String(sequence).padStart(6, '0');
  const permitNumber = String(PERMIT_FEE_TYPES.indexOf(assessment.permitType) + 1).padStart(2, '0');
  const body = `${settings.paymentCodePrefix ?? ''}${year}${permitNumber}${serial}`;
  return ok({
    paymentRequired: true,
    number: `${settings.numberPrefix ?? 'SKRD'}/${SKRD_PERMIT_CODES[assessment.permitType]}/${year}/${serial}`,
    paymentCode: `${body}${paymentCodeCheckDigits(body)}`,
    applicationId,
    permitType: assessment.permitType,
    amount: assessment.total,
    lines: assessment.lines,
    issuedOn: notifiedOn,
    dueDate: dueDate.value,
    paymentWindowWorkingDays: window,
    receivingAccount: settings.receivingAccount as ReceivingAccount,
    sources: SKRD_RULES,
  });
}

