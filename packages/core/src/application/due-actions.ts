import { addCalendarDays, type IsoDate } from '../calendar/index.js';
import type { Citation } from '../citation.js';
import { ok, type Result } from '../result.js';
import type { Application } from './application.js';
import { attempt } from '../attempt.js';
import { type LifecycleContext } from './context.js';
import { nationalContext } from './create-application.js';
import type { ApplicationEvent } from './events.js';
import { parseInstant } from './instant.js';
import { applicationServiceDeadline } from './service-deadline.js';
import { APPLICATION_SOURCES as S } from './sources.js';
import { PRE_DECISION_STATES } from './states.js';

/** The kinds of thing a scheduler may have to do for an application. */
export type DueActionKind =
  | 'send-survey-reminder' | 'suspend-for-survey' | 'lapse-payment' | 'deadline-approaching' | 'deadline-missed' | 'deem-approve';

/**
 * One thing due at the asked instant: what (`kind`), since which local date (`dueOn`), by which rule, and the event
 * to apply with {@link applyEvent} once it is done (sending the reminder, say). For `deem-approve` of a fee-bearing
 * permit the scheduler adds the `fee` before applying.
 */
export interface DueAction {
  readonly kind: DueActionKind;
  readonly dueOn: IsoDate;
  readonly rule: string;
  readonly source: Citation;
  readonly event: ApplicationEvent;
  /** For a reminder: which one (1, 2, 3). */
  readonly reminder?: number;
}

type Make = (kind: DueActionKind, dueOn: IsoDate, rule: string, source: Citation, event: ApplicationEvent, reminder?: number) => DueAction;

const make: Make = (kind, dueOn, rule, source, event, reminder) => (reminder === undefined
  ? { kind, dueOn, rule, source, event }
  : { kind, dueOn, rule, source, event, reminder });

function surveyActions(application: Application, today: IsoDate, context: LifecycleContext, base: Pick<ApplicationEvent, 'actor' | 'at'>): DueAction[] {
  const requested = application.survey.requestedOn;
  if (application.state !== 'awaiting-survey' || requested === undefined) return [];
  const { surveyReminderIntervalDays: interval, surveyReminderCount: count, surveySuspendAfterDays: period } = context.settings;
  // The period of `period` calendar days runs from the day after the request; unfilled at its end, the process stops.
  const suspendOn = addCalendarDays(requested, period + 1);
  if (today >= suspendOn) {
    return [make('suspend-for-survey', suspendOn, 'APP-08', S.surveySuspension, { type: 'suspend-for-survey', ...base })];
  }
  const sent = application.survey.remindersSent.length;
  const nextOn = addCalendarDays(requested, interval * (sent + 1));
  if (sent < count && today >= nextOn) {
    return [make('send-survey-reminder', nextOn, 'APP-08', S.surveyReminders, { type: 'send-survey-reminder', ...base }, sent + 1)];
  }
  return [];
}

function paymentActions(application: Application, today: IsoDate, base: Pick<ApplicationEvent, 'actor' | 'at'>): DueAction[] {
  const skrd = application.skrd;
  if (application.state !== 'awaiting-payment' || skrd === undefined || today <= skrd.dueDate) return [];
  return [make('lapse-payment', addCalendarDays(skrd.dueDate, 1), 'APP-06', S.paymentLapse, { type: 'lapse-payment', ...base })];
}

function deadlineActions(application: Application, today: IsoDate, context: LifecycleContext, base: Pick<ApplicationEvent, 'actor' | 'at'>): Result<DueAction[]> {
  if (!PRE_DECISION_STATES.includes(application.state)) return ok([]);
  const deadline = applicationServiceDeadline(application, context);
  if (deadline === undefined) return ok([]);
  if (!deadline.ok) return deadline;
  const due = deadline.value.due;
  if (due === undefined) return ok([]); // a pause that has not ended stops the clock (CAL-03)
  const notices = application.deadlineNotices;
  const actions: DueAction[] = [];
  if (today > due) {
    const missedOn = addCalendarDays(due, 1);
    if (!notices.includes('missed')) {
      actions.push(make('deadline-missed', missedOn, 'CAT-03', S.serviceTime, { type: 'record-deadline-notice', notice: 'missed', ...base }));
    }
    if (context.settings.deemedApproval) {
      actions.push(make('deem-approve', missedOn, 'APP-12', S.deemedApproval, { type: 'deem-approve', ...base }));
    }
    return ok(actions);
  }
  const warn = context.settings.deadlineWarningWorkingDays;
  return attempt(() => {
    const warnOn = warn === 0 ? due : context.calendar.addWorkingDays(due, -warn);
    if (today >= warnOn && notices.length === 0) {
      actions.push(make('deadline-approaching', warnOn, 'CAT-03', S.serviceTime, { type: 'record-deadline-notice', notice: 'approaching', ...base }));
    }
    return ok(actions);
  });
}

/**
 * What is due for an application at `now` (an ISO instant), with dates taken in the calendar's time zone (CAL-02):
 * survey reminders every 2 calendar days, 3 times, and the suspension after 6 days without a survey (APP-08,
 * CAL-04); the payment lapse after the SKRD's 10 working days (APP-06); the service deadline approaching or missed
 * (CAT-03, with pauses not counted, CAL-03); and deemed approval when the municipality has switched it on (APP-12).
 *
 * Pure and idempotent: an action whose event has been applied is never returned again. Each action carries the
 * event to apply; apply them in the order given.
 * @example
 * ```ts
 * const due = dueActions(application, '2026-03-20T07:00:00+07:00', context);
 * if (due.ok) for (const action of due.value) application = unwrap(applyEvent(application, action.event, context)).application;
 * ```
 */
export function dueActions(application: Application, now: string, context: LifecycleContext = nationalContext()): Result<DueAction[]> {
  const at = parseInstant(now, 'now');
  if (!at.ok) return at;
  return attempt(() => {
    const today = context.calendar.dateOf(now);
    const base = { actor: { id: context.settings.schedulerId, role: 'system' as const }, at: now };
    const deadline = deadlineActions(application, today, context, base);
    if (!deadline.ok) return deadline;
    return ok([...surveyActions(application, today, context, base), ...paymentActions(application, today, base), ...deadline.value]);
  });
}
