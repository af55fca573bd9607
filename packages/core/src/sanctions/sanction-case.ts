import { indonesiaCalendar, type WorkCalendar } from '../calendar/calendar.js';
import { isIsoDate, parseIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import { attempt } from '../attempt.js';
import { checkOptionalText, checkText } from '../text-input.js';
import { NOTE_TEXT, checkCaseEvent, checkStepDate, type CaseEventInput } from './lifecycle.js';
import {
  DEFAULT_SANCTION_RULES, SANCTION_EVENTS, SANCTION_STATES, responseTimeOf,
  type SanctionEvent, type SanctionRules, type SanctionState, type SanctionStep,
} from './sanction-rules.js';
import { findTransition, type CaseMachineName } from './transition-table.js';
import { SANCTION_VIOLATION_CLASSES, findViolationKind, type SanctionViolationClass } from './violations.js';

/**
 * One recorded sanction step (SAN-04: B98 Pasal 25 ayat (3) has every sanction recorded in the OSS supervision
 * subsystem): who took it, when, which step, the response deadline it
 * set and the articles behind both. Keep every record; they are the case's history.
 */
export interface SanctionRecord {
  readonly caseId: string;
  /** 1 for the opening record, then one more per accepted event. */
  readonly sequence: number;
  readonly event: SanctionEvent | 'opened';
  readonly step: SanctionStep;
  /** The case's state after this step. */
  readonly state: SanctionState;
  readonly on: IsoDate;
  readonly by: string;
  /** The last working day for the business to correct or respond, when the step gives one. */
  readonly deadline?: IsoDate;
  readonly source: Citation;
  /** Where the response time comes from, when there is a deadline. */
  readonly deadlineSource?: Citation;
  readonly note?: string;
}

/** A sanction case: one violation of one business, its current state and its whole record. */
export interface SanctionCase {
  readonly id: string;
  readonly business: string;
  readonly violation: string;
  readonly track: SanctionViolationClass;
  readonly state: SanctionState;
  /** The date of the last step. */
  readonly since: IsoDate;
  /** The last working day to correct or respond to the current step, if it has one. */
  readonly deadline?: IsoDate;
  readonly records: readonly SanctionRecord[];
}

/** The outcome of a step: the case after it and the record to keep. */
export interface SanctionStepResult {
  readonly case: SanctionCase;
  readonly record: SanctionRecord;
}

/** The calendar deadlines are counted in (defaults to {@link indonesiaCalendar}) and the rules (defaults to B98). */
export interface SanctionOptions {
  readonly calendar?: WorkCalendar;
  readonly rules?: SanctionRules;
}

/** Input of {@link openSanctionCase}. */
export interface OpenSanctionCaseInput {
  readonly id: string;
  /** The business (its NIB or the office's id for it). */
  readonly business: string;
  /** A violation kind id of the rules' table, e.g. `lkpm-missing-two-periods`. */
  readonly violation: string;
  readonly openedOn: IsoDate;
  readonly by: string;
  /** Optional last day to correct after coaching; without it the office decides when coaching has failed. */
  readonly correctBy?: IsoDate;
  readonly note?: string;
}

/** The event passed to {@link nextSanction}: what happened, and the officer who records it. */
export type SanctionEventInput = CaseEventInput<SanctionEvent>;

const MACHINE: CaseMachineName = { prefix: 'sanction', subject: { id: 'Kasus sanksi', en: 'sanction case' } };

interface Entered {
  readonly deadline: IsoDate | undefined;
  readonly deadlineSource: Citation | undefined;
}

/** The deadline a step sets: its response time counted in working days from the day it is sent (SAN-05). */
function deadlineOf(step: SanctionStep, on: IsoDate, rules: SanctionRules, calendar: WorkCalendar): Result<Entered> {
  const time = responseTimeOf(step, rules);
  if (!time) return ok({ deadline: undefined, deadlineSource: undefined });
  const deadline = attempt(() => ok(calendar.addWorkingDays(on, time.workingDays)), 'on');
  return deadline.ok ? ok({ deadline: deadline.value, deadlineSource: time.source }) : deadline;
}

function makeRecord(fields: Omit<SanctionRecord, 'deadline' | 'deadlineSource' | 'note'> & Entered & { note: string | undefined }): SanctionRecord {
  const { deadline, deadlineSource, note, ...rest } = fields;
  return {
    ...rest,
    ...(deadline === undefined ? {} : { deadline }),
    ...(deadlineSource === undefined ? {} : { deadlineSource }),
    ...(note === undefined ? {} : { note }),
  };
}

function withRecord(fields: Omit<SanctionCase, 'deadline' | 'records'>, deadline: IsoDate | undefined, previous: readonly SanctionRecord[], record: SanctionRecord): SanctionStepResult {
  const next: SanctionCase = { ...fields, ...(deadline === undefined ? {} : { deadline }), records: [...previous, record] };
  return { case: next, record };
}

/**
 * Opens a sanction case for a violation found by supervision or a complaint. Coaching comes first (SAN-04,
 * Pasal 24 ayat (2)) unless the rules turn it off for the class, in which case the case opens at the first rung
 * with its response deadline. Returns the case and its opening record.
 *
 * @example
 * ```ts
 * const opened = openSanctionCase({ id: 'SK-2026-001', business: '9120001234567', violation: 'lkpm-missing-two-periods',
 *   openedOn: '2026-02-02', by: 'inspector-07' });
 * // opened.value.case.state === 'coaching'
 * ```
 */
export function openSanctionCase(input: OpenSanctionCaseInput, options: SanctionOptions = {}): Result<SanctionStepResult> {
  if (typeof input !== 'object' || input === null) {
    return fail('sanction.input-invalid', { id: 'Data pembukaan kasus tidak ada.', en: 'The case data is missing.' }, 'input');
  }
  const rules = options.rules ?? DEFAULT_SANCTION_RULES;
  const calendar = options.calendar ?? indonesiaCalendar;
  const id = checkText(input.id, 'id', { maxLength: 100 });
  if (!id.ok) return id;
  const business = checkText(input.business, 'business', { maxLength: 100 });
  if (!business.ok) return business;
  const violation = findViolationKind(input.violation, rules.violations);
  if (!violation.ok) return violation;
  const openedOn = parseIsoDate(input.openedOn, 'openedOn');
  if (!openedOn.ok) return openedOn;
  const by = checkText(input.by, 'by', { maxLength: 100 });
  if (!by.ok) return by;
  const note = checkOptionalText(input.note, 'note', NOTE_TEXT);
  if (!note.ok) return note;
  if (input.correctBy !== undefined) {
    const correctBy = parseIsoDate(input.correctBy, 'correctBy');
    if (!correctBy.ok) return correctBy;
    if (correctBy.value <= openedOn.value) {
      return fail('sanction.correct-by-invalid', {
        id: 'Batas waktu perbaikan harus sesudah tanggal pembukaan kasus.',
        en: 'The correction deadline must come after the day the case is opened.',
      }, 'correctBy');
    }
  }
  const track = violation.value.class;
  const base = { caseId: id.value, sequence: 1, event: 'opened' as const, on: openedOn.value, by: by.value, note: note.value };

  let record: SanctionRecord;
  if (rules.coachingFirst[track]) {
    record = makeRecord({
      ...base, step: 'coaching', state: 'coaching', source: cite('B98', 'Pasal 24 ayat (2)–(3), Pasal 25 ayat (1)'),
      deadline: input.correctBy, deadlineSource: input.correctBy === undefined ? undefined : cite('B98', 'Pasal 25 ayat (1)–(2)'),
    });
  } else {
    const first = findTransition(rules.transitions, 'coaching', 'not-corrected', (r) => r.track === track, MACHINE);
    if (!first.ok) return first;
    const entered = deadlineOf(first.value.step, openedOn.value, rules, calendar);
    if (!entered.ok) return entered;
    record = makeRecord({ ...base, step: first.value.step, state: first.value.to, source: first.value.source, ...entered.value });
  }
  return ok(withRecord(
    { id: id.value, business: business.value, violation: violation.value.id, track, state: record.state, since: openedOn.value },
    record.deadline,
    [],
    record,
  ));
}

/**
 * Checks the shape of a case handed back in (it may come from storage or over the wire) and that `on` is not
 * earlier than its last step. Codes `sanction.case-invalid`, `date.invalid`, `sanction.date-before-last-step`.
 */
export function checkSanctionCaseOn(value: unknown, on: unknown, path: string): Result<{ readonly sanctionCase: SanctionCase; readonly on: IsoDate }> {
  const checked = checkCase(value);
  if (!checked.ok) return checked;
  const date = checkStepDate(on, checked.value.since, path, MACHINE.prefix);
  if (!date.ok) return date;
  return ok({ sanctionCase: checked.value, on: date.value });
}

function checkCase(value: unknown): Result<SanctionCase> {
  const invalid = (field: string) => fail('sanction.case-invalid', {
    id: `Data kasus sanksi tidak valid (${field}).`,
    en: `The sanction case data is invalid (${field}).`,
  }, `case.${field}`);
  if (typeof value !== 'object' || value === null) return invalid('case');
  const c = value as Partial<SanctionCase>;
  if (typeof c.id !== 'string') return invalid('id');
  if (!SANCTION_STATES.includes(c.state as SanctionState)) return invalid('state');
  if (!SANCTION_VIOLATION_CLASSES.includes(c.track as SanctionViolationClass)) return invalid('track');
  if (!isIsoDate(c.since)) return invalid('since');
  if (c.deadline !== undefined && !isIsoDate(c.deadline)) return invalid('deadline');
  if (!Array.isArray(c.records)) return invalid('records');
  return ok(c as SanctionCase);
}

/**
 * Takes the case one step: `not-corrected` escalates to the next rung once the current deadline has passed,
 * `corrected` resolves the case (or lifts a suspension), `supporting-licence-violation-proven` revokes a supporting
 * licence (Pasal 51). Returns the new case, with the response deadline of the new step counted in working days
 * (SAN-05), and the record to keep (SAN-04). An event the table does not allow in the current state, an escalation
 * before the deadline has passed, or a date before the last step is an error; the case is never changed silently.
 *
 * @example
 * ```ts
 * const step = nextSanction(opened.case, { type: 'not-corrected', by: 'head-of-office' }, '2026-03-02');
 * // step.value.case.state === 'warning-1'; step.value.record.deadline === '2026-04-21'
 * ```
 */
export function nextSanction(sanctionCase: SanctionCase, event: SanctionEventInput, on: IsoDate, options: SanctionOptions = {}): Result<SanctionStepResult> {
  const rules = options.rules ?? DEFAULT_SANCTION_RULES;
  const calendar = options.calendar ?? indonesiaCalendar;
  const checked = checkSanctionCaseOn(sanctionCase, on, 'on');
  if (!checked.ok) return checked;
  const { sanctionCase: current, on: date } = checked.value;
  const checkedEvent = checkCaseEvent(event, SANCTION_EVENTS, MACHINE.prefix);
  if (!checkedEvent.ok) return checkedEvent;
  const { type, by, note } = checkedEvent.value;
  const transition = findTransition(rules.transitions, current.state, type, (r) => r.track === current.track, MACHINE);
  if (!transition.ok) return transition;
  const row = transition.value;
  if (type === 'not-corrected' && current.deadline !== undefined && date <= current.deadline) {
    return fail('sanction.deadline-not-passed', {
      id: `Batas waktu tanggapan (${current.deadline}) belum lewat; eskalasi baru boleh sesudahnya.`,
      en: `The response deadline (${current.deadline}) has not passed; escalation is allowed only after it.`,
    }, 'on');
  }
  // Revoking a supporting licence sets no deadline of its own and keeps the ladder, and its running deadline, as is.
  const keepsState = row.to === current.state;
  const entered = keepsState ? ok<Entered>({ deadline: undefined, deadlineSource: undefined }) : deadlineOf(row.step, date, rules, calendar);
  if (!entered.ok) return entered;
  const record = makeRecord({
    caseId: current.id, sequence: current.records.length + 1, event: type, step: row.step, state: row.to,
    on: date, by, note, source: row.source, ...entered.value,
  });
  const { deadline: _previousDeadline, records: _previousRecords, ...rest } = current;
  const deadline = keepsState ? current.deadline : record.deadline;
  return ok(withRecord({ ...rest, state: row.to, since: date }, deadline, current.records, record));
}
