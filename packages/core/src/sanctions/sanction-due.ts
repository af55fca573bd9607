import type { WorkCalendar } from '../calendar/calendar.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Citation } from '../citation.js';
import { ok, type Result } from '../result.js';
import { attempt } from '../attempt.js';
import { checkSanctionCaseOn, type SanctionCase } from './sanction-case.js';
import { DEFAULT_SANCTION_RULES, type SanctionRules, type SanctionState } from './sanction-rules.js';

/** An escalation that is due because the business let a response deadline pass (SAN-05). */
export interface DueSanctionAction {
  readonly caseId: string;
  readonly kind: 'escalate';
  readonly event: 'not-corrected';
  readonly from: SanctionState;
  readonly to: SanctionState;
  /** The last working day the business had; the escalation is due from the day after. */
  readonly deadline: IsoDate;
  /** Working days after the deadline up to and including `today` (0 when today is a day off just after it). */
  readonly overdueWorkingDays: number;
  readonly source: Citation;
}

/**
 * The escalations due on `today`: when the current step's response deadline has passed (today is after it), the
 * escalation the table prescribes for the case's class. An empty list when nothing is due, when the case is closed,
 * or when its step has no deadline (coaching without a correction date). Pure: it only reads the case.
 *
 * @example
 * ```ts
 * dueSanctionActions(caseInWarning1, '2026-04-22', indonesiaCalendar);
 * // → ok([{ kind: 'escalate', from: 'warning-1', to: 'warning-2', deadline: '2026-04-21', overdueWorkingDays: 1, … }])
 * ```
 */
export function dueSanctionActions(sanctionCase: SanctionCase, today: IsoDate, calendar: WorkCalendar, rules: SanctionRules = DEFAULT_SANCTION_RULES): Result<readonly DueSanctionAction[]> {
  const checked = checkSanctionCaseOn(sanctionCase, today, 'today');
  if (!checked.ok) return checked;
  const { sanctionCase: current, on } = checked.value;
  const deadline = current.deadline;
  if (deadline === undefined || on <= deadline) return ok([]);
  const row = rules.transitions.find((r) => r.track === current.track && r.from === current.state && r.event === 'not-corrected');
  if (!row) return ok([]);
  const overdue = attempt(() => ok(calendar.workingDaysBetween(deadline, on)), 'today');
  if (!overdue.ok) return overdue;
  return ok([{
    caseId: current.id, kind: 'escalate', event: 'not-corrected', from: current.state, to: row.to,
    deadline, overdueWorkingDays: overdue.value, source: row.source,
  }]);
}
