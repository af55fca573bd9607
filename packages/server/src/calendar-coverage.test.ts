import { describe, it } from 'node:test';
import { assert } from 'chai';
import { createCalendar, indonesiaCalendar } from '@satupintu/core';
import { CALENDAR_WARNING_DAYS, calendarCoverageWarning } from './calendar-coverage.js';

/** The ISO date `days` after (or before) `date`. */
const shifted = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('calendar coverage warning', () => {
  const end = indonesiaCalendar.coverage.to;

  it(`CAL-05 warns at start when the holiday table ends within ${CALENDAR_WARNING_DAYS} days, naming the last day and the setting`, () => {
    assert.isUndefined(calendarCoverageWarning(indonesiaCalendar, shifted(end, -CALENDAR_WARNING_DAYS - 1)));
    const warning = calendarCoverageWarning(indonesiaCalendar, shifted(end, -24));
    assert.include(warning, end);
    assert.include(warning, '(24 days from today)');
    assert.include(warning, 'SATUPINTU_CALENDAR');
    assert.include(calendarCoverageWarning(indonesiaCalendar, shifted(end, 5)), '(-5 days from today)');
  });

  it('CAL-05 a city that added the next year is not warned', () => {
    const nextYear = Number(end.slice(0, 4)) + 1;
    const added = createCalendar({ holidays: [{ year: nextYear, decree: { regulation: `SKB ${nextYear} (example)`, article: 'Diktum Kesatu' }, holidays: [] }] });
    assert.isUndefined(calendarCoverageWarning(added, shifted(end, -24)));
  });
});
