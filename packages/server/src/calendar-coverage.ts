import type { WorkCalendar } from '@satupintu/core';

/** How far ahead of the holiday table's end the service starts warning: a 30-working-day step reaches ~6 weeks. */
export const CALENDAR_WARNING_DAYS = 60;

/**
 * The warning to log at start when the holiday table (CAL-05) ends within {@link CALENDAR_WARNING_DAYS} of `today`:
 * deadlines after its last day are refused with `calendar.out-of-range`, so the city must add next year's decree.
 * Undefined while the table reaches far enough.
 */
export function calendarCoverageWarning(calendar: WorkCalendar, today: string): string | undefined {
  const end = calendar.coverage.to;
  const daysLeft = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (daysLeft > CALENDAR_WARNING_DAYS) return undefined;
  return `the holiday table ends on ${end} (${daysLeft} days from today): deadlines after it are refused (calendar.out-of-range). `
    + 'Add the next year from its SKB 3 Menteri with SATUPINTU_CALENDAR (docs/guides/operations.md).';
}
