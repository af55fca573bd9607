import { checkAuditEntry, type AuditEntryInput } from '../audit/index.js';
import type { IsoDate } from '../calendar/index.js';
import { fail, ok, type Result } from '../result.js';
import type { Application, HistoryEntry } from './application.js';
import { attempt } from '../attempt.js';
import { type LifecycleContext } from './context.js';
import { nationalContext } from './create-application.js';
import { dueActions, type DueActionKind } from './due-actions.js';
import type { Effect, EffectHandler } from './effect.js';
import { EVENT_TYPES, type ApplicationEvent, type EventType } from './events.js';
import { EFFECT_HANDLERS } from './handlers.js';
import { checkRecord, checkText } from './input-checks.js';
import { parseInstant } from './instant.js';
import { isRole } from './roles.js';
import { APPLICATION_STATES } from './states.js';
import { lookupTransition, rowsFrom, type RouteFacts, type TransitionRow } from './transition-table.js';

/** An accepted event: the application after it, and the one audit entry to append to the audit log (AUD-01). */
export interface AppliedEvent {
  readonly application: Application;
  readonly audit: AuditEntryInput;
}

/** Scheduler events are accepted only when {@link dueActions} says they are due, so none can happen early or twice. */
const TIMED: Partial<Record<EventType, (event: ApplicationEvent) => DueActionKind>> = {
  'send-survey-reminder': () => 'send-survey-reminder',
  'suspend-for-survey': () => 'suspend-for-survey',
  'lapse-payment': () => 'lapse-payment',
  'deem-approve': () => 'deem-approve',
  'record-deadline-notice': (event) => (event.type === 'record-deadline-notice' && event.notice === 'missed' ? 'deadline-missed' : 'deadline-approaching'),
};

const PAUSE_RECORDS: readonly EventType[] = ['declare-pause', 'end-pause'];

/** Whether the fee route applies: a fee-bearing permit with something to pay (M18 Pasal 15). */
function routeFacts(application: Application, event: ApplicationEvent): RouteFacts {
  const feeBearing = event.type === 'approve' || event.type === 'deem-approve'
    ? application.feeBearing && event.fee?.assessment?.total !== 0
    : application.decision === undefined ? application.feeBearing : application.skrd !== undefined;
  return { feeBearing, signatureMode: application.signatureMode };
}

function checkEventShape(event: unknown): Result<ApplicationEvent> {
  const record = checkRecord(event, 'event');
  if (!record.ok) return record;
  if (!(EVENT_TYPES as readonly unknown[]).includes(record.value.type)) {
    return fail('application.event-unknown', {
      id: `Peristiwa tidak dikenal; pilihan: ${EVENT_TYPES.join(', ')}.`, en: `Unknown event; choose one of: ${EVENT_TYPES.join(', ')}.`,
    }, 'type');
  }
  const actor = checkRecord(record.value.actor, 'actor');
  if (!actor.ok) return actor;
  if (!isRole(actor.value.role)) {
    return fail('application.role-unknown', { id: 'Peran pelaku tidak dikenal.', en: 'Unknown actor role.' }, 'actor.role');
  }
  return ok(event as ApplicationEvent);
}

/** A manual record entered after an outage (APP-11): entered no earlier than it happened, dated inside a pause. */
function checkBackfill(application: Application, event: ApplicationEvent, at: number, today: IsoDate): Result<true> {
  const backfill = event.backfill;
  if (backfill === undefined) return ok(true);
  const record = checkRecord(backfill, 'backfill');
  if (!record.ok) return record;
  const entered = parseInstant(backfill.enteredAt, 'backfill.enteredAt');
  if (!entered.ok) return entered;
  const manual = checkText(backfill.manualRecord, 'backfill.manualRecord', 500);
  if (!manual.ok) return manual;
  if (entered.value < at) {
    return fail('application.backfill-before-event', {
      id: 'Catatan manual tidak mungkin dimasukkan sebelum kejadiannya.', en: 'A manual record cannot be entered before it happened.',
    }, 'backfill.enteredAt');
  }
  const inPause = application.pauses.some((p) => p.from <= today && (p.to === undefined || today <= p.to));
  if (!PAUSE_RECORDS.includes(event.type) && !inPause) {
    return fail('application.backfill-outside-pause', {
      id: 'Catatan manual hanya untuk langkah selama gangguan atau keadaan kahar yang dinyatakan (M18 Pasal 26).',
      en: 'Manual records are only for steps taken during a declared outage or force majeure (M18 Pasal 26).',
    }, 'at');
  }
  return ok(true);
}

/**
 * Events are recorded in the order they happened. A back-filled record may be older than the pause records entered
 * before it (the outage was declared and ended while the paper records waited), never older than another step.
 */
function checkChronology(application: Application, event: ApplicationEvent, at: number): Result<true> {
  const considered = event.backfill === undefined
    ? application.history
    : application.history.filter((h) => !PAUSE_RECORDS.includes(h.event));
  const latest = Math.max(Number.NEGATIVE_INFINITY, ...considered.map((h) => Date.parse(h.at)));
  return at >= latest
    ? ok(true)
    : fail('application.out-of-order', {
      id: 'Waktu peristiwa lebih awal dari langkah yang sudah tercatat.', en: 'The event is earlier than a step already recorded.',
    }, 'at');
}

function noRow(application: Application, event: ApplicationEvent, facts: RouteFacts): Result<never> {
  const open = rowsFrom(application.state, facts);
  const owners = open.filter((r) => r.event === event.type).map((r) => r.role);
  if (owners.length > 0) {
    return fail('application.role-not-allowed', {
      id: `Langkah "${event.type}" hanya boleh dilakukan oleh: ${owners.join(', ')}.`,
      en: `The step "${event.type}" may only be taken by: ${owners.join(', ')}.`,
    }, 'actor.role');
  }
  const allowed = [...new Set(open.map((r) => r.event))];
  return fail('application.event-not-allowed', {
    id: `Permohonan berstatus "${application.state}": peristiwa "${event.type}" tidak diperbolehkan; ${allowed.length === 0 ? 'status ini final' : `yang diperbolehkan: ${allowed.join(', ')}`}.`,
    en: `The application is "${application.state}": the event "${event.type}" is not allowed; ${allowed.length === 0 ? 'this state is final' : `allowed: ${allowed.join(', ')}`}.`,
  }, 'type');
}

function checkDue(application: Application, event: ApplicationEvent, context: LifecycleContext): Result<true> {
  const kindOf = TIMED[event.type];
  if (kindOf === undefined) return ok(true);
  const due = dueActions(application, event.at, context);
  if (!due.ok) return due;
  return due.value.some((a) => a.kind === kindOf(event))
    ? ok(true)
    : fail('application.not-due', {
      id: `Langkah "${event.type}" belum jatuh tempo pada ${event.at} atau sudah dilakukan.`,
      en: `The step "${event.type}" is not due at ${event.at}, or has already been taken.`,
    }, 'at');
}

function nextApplication(application: Application, event: ApplicationEvent, row: TransitionRow, effect: Effect, today: IsoDate): Application {
  const entry: HistoryEntry = {
    seq: application.history.length, event: event.type, actor: { id: event.actor.id, role: event.actor.role }, at: event.at,
    from: application.state, to: row.to, source: row.source,
    ...(event.backfill === undefined ? {} : { backfill: { enteredAt: event.backfill.enteredAt, manualRecord: event.backfill.manualRecord } }),
  };
  const next: Application = { ...application, ...effect.changes, state: row.to, history: [...application.history, entry] };
  // The survey step begins when the application reaches it; reminders and suspension count from that day (APP-08).
  return row.to === 'awaiting-survey' && next.survey.requestedOn === undefined
    ? { ...next, survey: { ...next.survey, requestedOn: today } }
    : next;
}

function auditEntry(application: Application, event: ApplicationEvent, row: TransitionRow, effect: Effect): AuditEntryInput {
  return {
    at: event.at,
    actor: { id: event.actor.id, role: event.actor.role },
    action: `application.${event.type}`,
    subject: { type: 'application', id: application.id },
    before: { state: application.state },
    after: { state: row.to, ...effect.record, source: `${row.source.regulation} ${row.source.article}` },
    ...(effect.reason === undefined ? {} : { reason: effect.reason }),
    ...(event.backfill === undefined ? {} : { backfilled: { enteredAt: event.backfill.enteredAt, manualRecord: event.backfill.manualRecord } }),
  };
}

/**
 * Applies one event to an application through the transition table (APP-01 … APP-12): the row for the state, the
 * event and the actor's role must exist (only the role that owns a step may take it, APP-04); the event's own guards
 * must hold (documents and declaration, fee and SKRD, PIN and mandate, timing of scheduler events…). An accepted
 * event gives the new application (the old object is untouched) and exactly one audit entry to append; anything
 * else is a failed result with a code and path (`application.event-not-allowed`, `application.role-not-allowed`,
 * `application.not-due`, …), never a silent no-op.
 * @example
 * ```ts
 * const step = applyEvent(draft, { type: 'submit', actor: { id: 'u-1', role: 'applicant' }, at: '2026-03-02T09:00:00+07:00',
 *   documents, declaration: true, receiptSequence: 17 }, context);
 * if (step.ok) { await auditLog.append(step.value.audit); save(step.value.application); }
 * ```
 */
export function applyEvent(application: Application, event: ApplicationEvent, context: LifecycleContext = nationalContext()): Result<AppliedEvent> {
  if (!APPLICATION_STATES.includes(application?.state)) {
    return fail('application.invalid', { id: 'Data permohonan tidak sah.', en: 'The application data is invalid.' }, 'application.state');
  }
  const shape = checkEventShape(event);
  if (!shape.ok) return shape;
  const at = parseInstant(event.at, 'at');
  if (!at.ok) return at;
  return attempt(() => {
    const today = context.calendar.dateOf(event.at);
    const facts = routeFacts(application, event);
    const row = lookupTransition(application.state, event.type, event.actor.role, facts);
    if (row === undefined) return noRow(application, event, facts);
    const checks = [checkChronology(application, event, at.value), checkBackfill(application, event, at.value, today), checkDue(application, event, context)];
    const failed = checks.find((c) => !c.ok);
    if (failed !== undefined) return failed as Result<never>;
    const handler = EFFECT_HANDLERS[event.type] as EffectHandler<EventType>;
    const effect = handler({ application, event: event as never, context, today, row });
    if (!effect.ok) return effect;
    const audit = auditEntry(application, event, row, effect.value);
    const valid = checkAuditEntry(audit, false);
    if (!valid.ok) return valid;
    return ok({ application: nextApplication(application, event, row, effect.value, today), audit });
  });
}
