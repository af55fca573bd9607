import type { Citation } from '../citation.js';
import { ok, type Result } from '../result.js';
import { indonesiaCalendar, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { SUPERVISION_DEADLINES, type SupervisionDeadlines } from './deadlines.js';
import { attempt } from '../attempt.js';
import { readDate, refuse } from './validate.js';

/** Input of {@link expertViolationDeadlines}. */
export interface ExpertFinding {
  /** The day the certified expert found the violation. */
  readonly foundOn: IsoDate;
  /** The day the office received the expert's report, once it has. */
  readonly reportedOn?: IsoDate;
}

/** The deadlines that follow a certified expert's finding (SUP-09). */
export interface ExpertDeadlines {
  /** The expert reports to the office at the latest on this day (Pasal 33(3)). */
  readonly reportDueBy: IsoDate;
  /** Whether the report, when given, came after `reportDueBy`. */
  readonly reportLate?: boolean;
  /**
   * The office stops the violation at the latest on this day: 1 working day after the report (Pasal 33(4)), counted
   * from `reportedOn`, or from `reportDueBy` while no report has come in.
   */
  readonly stopBy: IsoDate;
  readonly sources: readonly Citation[];
}

/**
 * SUP-09: a certified expert who finds a violation reports it within 3 working days (Pasal 33(3)); the office stops
 * the violation within 1 working day of receiving the report (Pasal 33(4)).
 *
 * @example
 * ```ts
 * expertViolationDeadlines({ foundOn: '2026-05-13' }); // reportDueBy '2026-05-20' (14th holiday, 15th cuti bersama), stopBy '2026-05-21'
 * ```
 */
export function expertViolationDeadlines(
  finding: ExpertFinding,
  calendar: WorkCalendar = indonesiaCalendar,
  deadlines: SupervisionDeadlines = SUPERVISION_DEADLINES,
): Result<ExpertDeadlines> {
  const foundOn = readDate(finding?.foundOn, 'foundOn');
  if (!foundOn.ok) return foundOn;
  let reportedOn: IsoDate | undefined;
  if (finding.reportedOn !== undefined) {
    const read = readDate(finding.reportedOn, 'reportedOn');
    if (!read.ok) return read;
    if (read.value < foundOn.value) {
      return refuse('supervision.report-before-finding', 'reportedOn', 'Laporan tidak dapat mendahului temuan pelanggaran.', 'The report cannot precede the finding.');
    }
    reportedOn = read.value;
  }
  return attempt(() => {
    const reportDueBy = calendar.addWorkingDays(foundOn.value, deadlines.expertReport.workingDays);
    const stopBy = calendar.addWorkingDays(reportedOn ?? reportDueBy, deadlines.violationStop.workingDays);
    return ok({
      reportDueBy,
      ...(reportedOn === undefined ? {} : { reportLate: reportedOn > reportDueBy }),
      stopBy,
      sources: [deadlines.expertReport.source, deadlines.violationStop.source],
    });
  });
}
