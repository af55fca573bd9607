import type { ClockPause } from '../calendar/index.js';
import type { Result } from '../result.js';
import type { Application } from './application.js';
import { attempt } from '../attempt.js';
import { type LifecycleContext } from './context.js';
import { serviceDeadline, type ServiceDeadline } from './dependencies.js';

/** The application's pauses in the form the service clock reads (CAL-03). */
export function clockPauses(application: Application): ClockPause[] {
  return application.pauses.map((p) => ({
    kind: p.kind, from: p.from, ...(p.to === undefined ? {} : { to: p.to }), reason: p.reason, declaredBy: p.declaredBy,
  }));
}

/**
 * The office's service deadline of an application (CAT-03 with CAL-03), from the catalog's `serviceDeadline`: the
 * permit type's completion time in working days, counted from the day the file was complete, with every pause
 * declared on the application left out. `undefined` before the file is complete (a draft).
 * @example applicationServiceDeadline(application, context) // ok({ due: '2026-03-31', clock: { status: 'running', … }, … })
 */
export function applicationServiceDeadline(application: Application, context: LifecycleContext): Result<ServiceDeadline> | undefined {
  const completeOn = application.completeOn;
  if (completeOn === undefined) return undefined;
  return attempt(() => serviceDeadline(application.permitType, {
    completeOn,
    details: application.details,
    pauses: clockPauses(application),
    calendar: context.calendar,
    catalog: context.catalog,
  }));
}
