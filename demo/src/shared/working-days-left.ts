// The office's service clock of one application, in the browser: core's serviceDeadline on the national calendar
// (CAT-03, CAL-03 — declared pauses left out) and the working days from today to the due date.
import { PRE_DECISION_STATES, indonesiaCalendar, serviceDeadline, type ApplicationState } from '@satupintu/core';
import type { ApiComponents } from '@satupintu/server';

type Application = ApiComponents['schemas']['Application'];

/** Where the clock stands: running (working days left, negative when overdue), paused, or not running. */
export type ClockReading =
  | { readonly status: 'running'; readonly due: string; readonly left: number }
  | { readonly status: 'paused' }
  | { readonly status: 'none' };

/** Today in the office's time zone. */
export function officeToday(now: Date = new Date()): string {
  return indonesiaCalendar.dateOf(now.toISOString());
}

/** The service clock of `application` on `today`; it runs only before the decision (CAT-03). */
export function workingDaysLeft(application: Application, today: string = officeToday()): ClockReading {
  if (!PRE_DECISION_STATES.includes(application.state as ApplicationState) || application.completeOn === undefined) return { status: 'none' };
  const pauses = application.pauses.map((p) => ({ kind: p.kind, from: p.from, reason: p.reason, declaredBy: p.declaredBy, ...(p.to === undefined ? {} : { to: p.to }) }));
  const deadline = serviceDeadline(application.permitType, {
    completeOn: application.completeOn, details: application.details, pauses, calendar: indonesiaCalendar,
  });
  if (!deadline.ok) return { status: 'none' };
  const due = deadline.value.due;
  if (due === undefined) return { status: 'paused' };
  try {
    return { status: 'running', due, left: indonesiaCalendar.workingDaysBetween(today, due) };
  } catch {
    return { status: 'none' }; // a date beyond the holiday table's years
  }
}
