import { indonesiaCalendar, type WorkCalendar } from '../calendar/calendar.js';
import { addCalendarDays, isIsoDate, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { attempt } from '../attempt.js';
import { checkTrackedOn, lifecycleRecord, takeLifecycleStep, type CaseEventInput, type CaseMachine, type CaseStepRecord, type TrackedCase } from './lifecycle.js';
import { checkText } from '../text-input.js';
import type { CaseTransitionRow } from './transition-table.js';

/** Where a liquidation revocation request stands (ADM-03, B98 Pasal 42). */
export type LiquidationRevocationState = 'awaiting-verification' | 'returned-for-correction' | 'revocation-issued';
/** Every state of a liquidation revocation request. */
export const LIQUIDATION_REVOCATION_STATES: readonly LiquidationRevocationState[] = ['awaiting-verification', 'returned-for-correction', 'revocation-issued'];

/**
 * The office approves (`approve`) or rejects (`reject`) the uploaded dissolution deed, the liquidator corrects and
 * resubmits (`resubmit`), or the verification time runs out with no answer (`verification-lapsed`).
 */
export type LiquidationRevocationEvent = 'approve' | 'reject' | 'resubmit' | 'verification-lapsed';
/** Every event of a liquidation revocation request. */
export const LIQUIDATION_REVOCATION_EVENTS: readonly LiquidationRevocationEvent[] = ['approve', 'reject', 'resubmit', 'verification-lapsed'];

/** A row of the liquidation revocation lifecycle. */
export type LiquidationRevocationTransition = CaseTransitionRow<LiquidationRevocationState, LiquidationRevocationEvent>;

/** The lifecycle of a liquidation revocation request as an explicit table (ADM-03, Pasal 42 ayat (3)–(5)). */
export const LIQUIDATION_REVOCATION_TRANSITIONS: readonly LiquidationRevocationTransition[] = [
  { from: 'awaiting-verification', event: 'approve', to: 'revocation-issued', source: cite('B98', 'Pasal 42 ayat (4) huruf a') },
  { from: 'awaiting-verification', event: 'reject', to: 'returned-for-correction', source: cite('B98', 'Pasal 42 ayat (4) huruf b') },
  { from: 'awaiting-verification', event: 'verification-lapsed', to: 'revocation-issued', source: cite('B98', 'Pasal 42 ayat (5)–(6)') },
  { from: 'returned-for-correction', event: 'resubmit', to: 'awaiting-verification', source: cite('B98', 'Pasal 42 ayat (2)–(3), ayat (4) huruf b') },
];

/** The verification time of ADM-03: 5 working days (*Hari*) from the request (Pasal 42 ayat (3)). */
export interface LiquidationRevocationSettings {
  readonly verificationWorkingDays: number;
  readonly source: Citation;
}

/** 5 Hari, B98 Pasal 42 ayat (3). */
export const LIQUIDATION_REVOCATION_SETTINGS: LiquidationRevocationSettings = {
  verificationWorkingDays: 5,
  source: cite('B98', 'Pasal 42 ayat (3); Pasal 1 angka 28 (Hari = hari kerja)'),
};

/** A liquidation revocation request with its verification deadline and record. */
export interface LiquidationRevocationRequest extends TrackedCase<LiquidationRevocationState, LiquidationRevocationEvent> {
  /** The last working day for the office to approve or reject the current submission. */
  readonly verifyBy: IsoDate;
  /** Set once the revocation is issued: whether OSS issued it because the office did not answer in time. */
  readonly issuedAutomatically?: boolean;
}

/** The request after a step and the record to keep. */
export interface LiquidationRevocationStep {
  readonly request: LiquidationRevocationRequest;
  readonly record: CaseStepRecord<LiquidationRevocationState, LiquidationRevocationEvent>;
}

/** Calendar and settings for ADM-03; both default (national calendar, 5 working days). */
export interface LiquidationRevocationOptions {
  readonly calendar?: WorkCalendar;
  readonly settings?: LiquidationRevocationSettings;
}

const MACHINE: CaseMachine<LiquidationRevocationState, LiquidationRevocationEvent, LiquidationRevocationTransition> = {
  name: { prefix: 'adm.liquidation', subject: { id: 'Permohonan pencabutan likuidasi', en: 'liquidation revocation request' } },
  states: LIQUIDATION_REVOCATION_STATES,
  events: LIQUIDATION_REVOCATION_EVENTS,
  table: LIQUIDATION_REVOCATION_TRANSITIONS,
};

function verificationDeadline(from: IsoDate, options: LiquidationRevocationOptions): Result<IsoDate> {
  const settings = options.settings ?? LIQUIDATION_REVOCATION_SETTINGS;
  if (!Number.isSafeInteger(settings.verificationWorkingDays) || settings.verificationWorkingDays < 1) {
    return fail('adm.liquidation.settings-invalid', {
      id: 'Waktu verifikasi harus bilangan bulat hari kerja paling sedikit 1.',
      en: 'The verification time must be a whole number of at least 1 working day.',
    }, 'settings.verificationWorkingDays');
  }
  const calendar = options.calendar ?? indonesiaCalendar;
  return attempt(() => ok(calendar.addWorkingDays(from, settings.verificationWorkingDays)), 'submittedOn');
}

/**
 * Records a liquidation revocation request whose dissolution deed had to be uploaded (Pasal 42 ayat (2)) and sets
 * the office's verification deadline: 5 working days from the request (ADM-03).
 *
 * @example
 * ```ts
 * submitLiquidationRevocation({ id: 'REV-17', submittedOn: '2026-03-16', by: 'liquidator-3' });
 * // → ok({ request: { state: 'awaiting-verification', verifyBy: '2026-03-30', … }, record })   (18–20 and 23–24 Mar are off)
 * ```
 */
export function submitLiquidationRevocation(input: { readonly id: string; readonly submittedOn: IsoDate; readonly by: string }, options: LiquidationRevocationOptions = {}): Result<LiquidationRevocationStep> {
  if (typeof input !== 'object' || input === null) {
    return fail('adm.input-invalid', { id: 'Data permohonan tidak ada.', en: 'The request data is missing.' }, 'input');
  }
  const id = checkText(input.id, 'id', { maxLength: 100 });
  if (!id.ok) return id;
  const submittedOn = parseIsoDate(input.submittedOn, 'submittedOn');
  if (!submittedOn.ok) return submittedOn;
  const by = checkText(input.by, 'by', { maxLength: 100 });
  if (!by.ok) return by;
  const verifyBy = verificationDeadline(submittedOn.value, options);
  if (!verifyBy.ok) return verifyBy;
  const record = lifecycleRecord<LiquidationRevocationState, LiquidationRevocationEvent>({
    sequence: 1, event: 'opened', state: 'awaiting-verification', on: submittedOn.value, by: by.value, source: cite('B98', 'Pasal 42 ayat (1)–(3)'),
  }, undefined);
  return ok({ request: { id: id.value, state: 'awaiting-verification', since: submittedOn.value, verifyBy: verifyBy.value, records: [record] }, record });
}

/**
 * Takes a liquidation revocation request one step. The office answers (`approve`, `reject`) only up to the deadline;
 * after it OSS issues the revocation by itself (`verification-lapsed`, Pasal 42 ayat (5)), which is refused before
 * the deadline has passed. A resubmission starts a new 5-working-day verification.
 */
export function nextLiquidationRevocation(request: LiquidationRevocationRequest, event: CaseEventInput<LiquidationRevocationEvent>, on: IsoDate, options: LiquidationRevocationOptions = {}): Result<LiquidationRevocationStep> {
  const step = takeLifecycleStep(MACHINE, request, event, on, () => true);
  if (!step.ok) return step;
  const { row, item, record } = step.value;
  const verifyBy = request.verifyBy;
  if ((row.event === 'approve' || row.event === 'reject') && record.on > verifyBy) {
    return fail('adm.liquidation.verification-period-over', {
      id: `Waktu verifikasi berakhir ${verifyBy}; Sistem OSS sudah menerbitkan Pencabutan (Pasal 42 ayat (5)).`,
      en: `The verification time ended on ${verifyBy}; OSS has already issued the revocation (Pasal 42 ayat (5)).`,
    }, 'on');
  }
  if (row.event === 'verification-lapsed' && record.on <= verifyBy) {
    return fail('adm.liquidation.verification-period-running', {
      id: `Waktu verifikasi baru berakhir ${verifyBy}.`,
      en: `The verification time only ends on ${verifyBy}.`,
    }, 'on');
  }
  if (row.event === 'resubmit') {
    const next = verificationDeadline(record.on, options);
    if (!next.ok) return next;
    return ok({ request: { ...item, verifyBy: next.value }, record });
  }
  if (row.to === 'revocation-issued') return ok({ request: { ...item, issuedAutomatically: row.event === 'verification-lapsed' }, record });
  return ok({ request: item, record });
}

/** What {@link liquidationRevocationOn} says about a request on a date. */
export interface LiquidationRevocationStatus {
  readonly state: LiquidationRevocationState;
  readonly verifyBy: IsoDate;
  /** True when the office let the deadline pass without an answer: OSS issues the revocation (Pasal 42 ayat (5)). */
  readonly issuedAutomatically: boolean;
  /** The day the automatic revocation takes effect: the day after the verification deadline. */
  readonly automaticIssueOn?: IsoDate;
  readonly source: Citation;
}

/**
 * The status of a liquidation revocation request on `date` (ADM-03), without changing it: a request still awaiting
 * verification after its deadline counts as revoked automatically from the day after the deadline.
 *
 * @example
 * ```ts
 * liquidationRevocationOn(request, '2026-03-31');   // verifyBy 2026-03-30, no answer
 * // → ok({ state: 'revocation-issued', issuedAutomatically: true, automaticIssueOn: '2026-03-31', … })
 * ```
 */
export function liquidationRevocationOn(request: LiquidationRevocationRequest, date: IsoDate): Result<LiquidationRevocationStatus> {
  const checked = checkTrackedOn(MACHINE, request, date, 'date');
  if (!checked.ok) return checked;
  if (!isIsoDate(request.verifyBy)) {
    return fail('adm.liquidation.invalid', { id: 'Data permohonan pencabutan likuidasi tidak valid.', en: 'The liquidation revocation request data is invalid.' }, 'item.verifyBy');
  }
  if (request.state === 'awaiting-verification' && checked.value > request.verifyBy) {
    return ok({ state: 'revocation-issued', verifyBy: request.verifyBy, issuedAutomatically: true, automaticIssueOn: addCalendarDays(request.verifyBy, 1), source: cite('B98', 'Pasal 42 ayat (5)') });
  }
  const last = request.records.at(-1);
  return ok({
    state: request.state, verifyBy: request.verifyBy, issuedAutomatically: request.issuedAutomatically === true,
    source: last?.source ?? LIQUIDATION_REVOCATION_SETTINGS.source,
  });
}
