import {
  PRE_DECISION_STATES, addCalendarDays, applicationServiceDeadline, type Application, type IsoDate, type LifecycleContext,
} from '@satupintu/core';
import type { Store } from '../store/types.js';

/** The service-level figures of a group of applications over a period. */
export interface ServiceLevelFigures {
  /** Files first submitted in the period. */
  readonly received: number;
  /** Decisions (approved, deemed approved, rejected) made in the period. */
  readonly decided: number;
  /** Of those, decided on or before the service deadline (CAT-03, pauses excluded, CAL-03). */
  readonly decidedWithinDeadline: number;
  /** Files still awaiting a decision whose service deadline has passed, as of today. */
  readonly overdueNow: number;
  /** Median working days from the complete file to the decision, pauses left out (undefined when none decided). */
  readonly medianWorkingDays?: number;
}

/** {@link ServiceLevelFigures} in all and per permit type. */
export interface ServiceLevelReport extends ServiceLevelFigures {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The local date "overdue now" was evaluated on. */
  readonly asOf: IsoDate;
  readonly byPermitType: readonly (ServiceLevelFigures & { readonly permitType: string })[];
}

/** What one application adds to the figures. */
interface Contribution {
  readonly permitType: string;
  readonly received: boolean;
  readonly decided: boolean;
  readonly withinDeadline: boolean;
  readonly overdue: boolean;
  readonly workingDays?: number;
}

/** Working days d with from < d ≤ to, leaving out the days inside the application's declared pauses. */
function workingDaysOutsidePauses(application: Application, from: IsoDate, to: IsoDate, context: LifecycleContext): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (!context.calendar.isWorkingDay(day)) continue;
    if (application.pauses.some((p) => p.from <= day && (p.to === undefined || day <= p.to))) continue;
    count += 1;
  }
  return count;
}

function firstSubmitted(application: Application, context: LifecycleContext): IsoDate | undefined {
  const submit = application.history.find((entry) => entry.event === 'submit');
  return submit === undefined ? undefined : context.calendar.dateOf(submit.at);
}

function contribution(application: Application, from: IsoDate, to: IsoDate, today: IsoDate, context: LifecycleContext): Contribution {
  const submitted = firstSubmitted(application, context);
  const deadline = applicationServiceDeadline(application, context);
  const due = deadline?.ok ? deadline.value.due : undefined;
  const decidedOn = application.decision === undefined ? undefined : context.calendar.dateOf(application.decision.at);
  const decided = decidedOn !== undefined && from <= decidedOn && decidedOn <= to;
  const workingDays = decided && application.completeOn !== undefined && decidedOn !== undefined
    ? workingDaysOutsidePauses(application, application.completeOn, decidedOn, context) : undefined;
  return {
    permitType: application.permitType,
    received: submitted !== undefined && from <= submitted && submitted <= to,
    decided,
    // A decision while a pause had stopped the clock (no due date) cannot be late.
    withinDeadline: decided && (due === undefined || (decidedOn as IsoDate) <= due),
    overdue: PRE_DECISION_STATES.includes(application.state) && due !== undefined && due < today,
    ...(workingDays === undefined ? {} : { workingDays }),
  };
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function figures(items: readonly Contribution[]): ServiceLevelFigures {
  const days = items.flatMap((c) => (c.workingDays === undefined ? [] : [c.workingDays]));
  const middle = median(days);
  return {
    received: items.filter((c) => c.received).length,
    decided: items.filter((c) => c.decided).length,
    decidedWithinDeadline: items.filter((c) => c.withinDeadline).length,
    overdueNow: items.filter((c) => c.overdue).length,
    ...(middle === undefined ? {} : { medianWorkingDays: middle }),
  };
}

const PAGE = 500;

/**
 * The head of office's service-level figures for `from`…`to` (local dates): files received, decided, decided
 * within the service deadline (core's `applicationServiceDeadline`: the catalog's completion time in working days
 * by the municipality's calendar, declared pauses excluded), overdue now, and the median working days to a
 * decision — in all and per permit type. Drafts never count. `now` gives "today" for the overdue figure.
 */
export async function serviceLevelReport(store: Store, context: LifecycleContext, from: IsoDate, to: IsoDate, now: string): Promise<ServiceLevelReport> {
  const today = context.calendar.dateOf(now);
  const items: Contribution[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.applications.list({ limit: PAGE, offset });
    for (const { application } of page) {
      if (application.state === 'draft') continue;
      const item = contribution(application, from, to, today, context);
      if (item.received || item.decided || item.overdue) items.push(item);
    }
    if (page.length < PAGE) break;
  }
  const types = [...new Set(items.map((c) => c.permitType))].sort();
  return {
    from, to, asOf: today, ...figures(items),
    byPermitType: types.map((permitType) => ({ permitType, ...figures(items.filter((c) => c.permitType === permitType)) })),
  };
}
