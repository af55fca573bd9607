import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { isRecord } from '../is-record.js';
import { checkChoice, checkInteger } from './input-checks.js';
import { APPLICATION_SOURCES as S } from './sources.js';
import type { SignatureMode } from './transition-table.js';

/**
 * A municipality's settings of the lifecycle. The defaults follow the regulations and DOMAIN.md's interpretations;
 * each setting's basis is in {@link LIFECYCLE_SETTING_SOURCES}.
 */
export interface LifecycleSettings {
  /** The office code that starts every receipt number (APP-03), 2–6 capital letters or digits. */
  readonly officeCode: string;
  /** How permits are signed (APP-07): `electronic` (default, paperless) or `wet` (printed before signing). */
  readonly signatureMode: SignatureMode;
  /** Deemed approval when the service deadline passes without a decision (APP-12). Off by default. */
  readonly deemedApproval: boolean;
  /** Working days to pay after the payment notice (APP-06): 10. */
  readonly paymentWorkingDays: number;
  /** Calendar days between survey reminders (APP-08, CAL-04): 2. */
  readonly surveyReminderIntervalDays: number;
  /** How many survey reminders (APP-08): 3. */
  readonly surveyReminderCount: number;
  /** Calendar days without a survey after which the process is suspended, from the day after (APP-08): 6. */
  readonly surveySuspendAfterDays: number;
  /** Working days before the service deadline from which the office is warned: 1. */
  readonly deadlineWarningWorkingDays: number;
  /** Working days to decide on an access right (ACC-02): 1. */
  readonly accessDecisionWorkingDays: number;
  /** The account id the scheduler's events carry. */
  readonly schedulerId: string;
}

/** The regulations' values. */
export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = Object.freeze({
  officeCode: 'PTSP',
  signatureMode: 'electronic',
  deemedApproval: false,
  paymentWorkingDays: 10,
  surveyReminderIntervalDays: 2,
  surveyReminderCount: 3,
  surveySuspendAfterDays: 6,
  deadlineWarningWorkingDays: 1,
  accessDecisionWorkingDays: 1,
  schedulerId: 'scheduler',
});

/** Where each default comes from. */
export const LIFECYCLE_SETTING_SOURCES: Readonly<Record<keyof LifecycleSettings, Citation>> = {
  officeCode: S.receipt,
  signatureMode: S.wetSignature,
  deemedApproval: S.deemedApproval,
  paymentWorkingDays: S.paymentPeriod,
  surveyReminderIntervalDays: S.surveyReminders,
  surveyReminderCount: S.surveyReminders,
  surveySuspendAfterDays: S.surveySuspension,
  deadlineWarningWorkingDays: cite('Satupintu (setting)', 'warning before the CAT-03 service deadline'),
  accessDecisionWorkingDays: S.accessDecision,
  schedulerId: cite('Satupintu (setting)', 'scheduler account'),
};

const COUNTS = {
  paymentWorkingDays: [1, 60],
  surveyReminderIntervalDays: [1, 30],
  surveyReminderCount: [0, 10],
  surveySuspendAfterDays: [1, 90],
  deadlineWarningWorkingDays: [0, 20],
  accessDecisionWorkingDays: [1, 20],
} as const;

/**
 * The settings with a municipality's overrides applied and checked; an unknown key or a bad value is refused
 * with its path (`settings.<key>`).
 * @example resolveLifecycleSettings({ signatureMode: 'wet', deemedApproval: true })
 */
export function resolveLifecycleSettings(overrides: unknown = {}): Result<LifecycleSettings> {
  if (!isRecord(overrides)) {
    return fail('settings.invalid', { id: 'Pengaturan harus berupa objek.', en: 'The settings must be an object.' }, 'settings');
  }
  const unknownKey = Object.keys(overrides).find((k) => !(k in DEFAULT_LIFECYCLE_SETTINGS));
  if (unknownKey !== undefined) {
    return fail('settings.unknown', { id: `Pengaturan "${unknownKey}" tidak dikenal.`, en: `Unknown setting "${unknownKey}".` }, `settings.${unknownKey}`);
  }
  const merged = { ...DEFAULT_LIFECYCLE_SETTINGS, ...overrides } as LifecycleSettings;
  for (const [key, [min, max]] of Object.entries(COUNTS)) {
    const value = checkInteger(merged[key as keyof typeof COUNTS], `settings.${key}`, { id: key, en: key }, min, max);
    if (!value.ok) return value;
  }
  const mode = checkChoice(merged.signatureMode, ['electronic', 'wet'] as const, 'settings.signatureMode', { id: 'Cara tanda tangan', en: 'signature mode' });
  if (!mode.ok) return mode;
  if (typeof merged.deemedApproval !== 'boolean') {
    return fail('settings.invalid', { id: 'deemedApproval harus true atau false.', en: 'deemedApproval must be true or false.' }, 'settings.deemedApproval');
  }
  if (typeof merged.officeCode !== 'string' || !/^[A-Z0-9]{2,6}$/.test(merged.officeCode)) {
    return fail('settings.invalid', { id: 'Kode kantor harus 2–6 huruf besar atau angka.', en: 'The office code must be 2–6 capital letters or digits.' }, 'settings.officeCode');
  }
  if (typeof merged.schedulerId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$/.test(merged.schedulerId)) {
    return fail('settings.invalid', { id: 'Akun penjadwal tidak sah.', en: 'The scheduler account id is invalid.' }, 'settings.schedulerId');
  }
  return ok(Object.freeze(merged));
}
