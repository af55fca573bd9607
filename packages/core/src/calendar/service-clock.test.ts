import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { indonesiaCalendar as calendar } from './calendar.js';
import { addCalendarDays, fromEpochDay, toEpochDay } from './iso-date.js';
import { serviceClock, type ClockPause } from './service-clock.js';

const outage = (from: string, to?: string): ClockPause => ({
  kind: 'outage', from, ...(to === undefined ? {} : { to }), reason: 'Server down', declaredBy: 'kepala-dinas',
});

function due(start: string, workingDays: number, pauses: ClockPause[] = []): string {
  const clock = serviceClock({ start, workingDays, pauses, calendar });
  if (!clock.ok) return clock.error.code;
  return clock.value.status === 'running' ? clock.value.due : `paused since ${clock.value.pausedSince}, used ${clock.value.usedWorkingDays}`;
}

describe('service clock with pauses', () => {
  it('CAL-03 days of a declared outage do not count toward the deadline', () => {
    // Mon 2 Mar 2026 + 5 working days = Mon 9 Mar; an outage Wed 4–Thu 5 Mar adds two: Wed 11 Mar.
    assert.equal(due('2026-03-02', 5), '2026-03-09');
    assert.equal(due('2026-03-02', 5, [outage('2026-03-04', '2026-03-05')]), '2026-03-11');
    // Overlapping pauses count each working day once (Wed 4, Thu 5, Fri 6 → Thu 12); a weekend-only pause counts none.
    assert.equal(due('2026-03-02', 5, [outage('2026-03-04', '2026-03-05'), outage('2026-03-05', '2026-03-06')]), '2026-03-12');
    assert.equal(due('2026-03-02', 5, [outage('2026-03-07', '2026-03-08')]), '2026-03-09');
    // A pause after the deadline changes nothing; a pause that pushes the deadline into a later pause adds that too.
    assert.equal(due('2026-03-02', 5, [outage('2026-03-12', '2026-03-13')]), '2026-03-09');
    assert.equal(due('2026-03-02', 5, [outage('2026-03-09', '2026-03-09'), outage('2026-03-10', '2026-03-10')]), '2026-03-11');
  });

  it('CAL-03 a pause still going on stops the clock and says how much time was used', () => {
    assert.equal(due('2026-03-02', 5, [outage('2026-03-05')]), 'paused since 2026-03-05, used 2');
    assert.equal(due('2026-03-02', 5, [outage('2026-03-20')]), '2026-03-09', 'a pause after the deadline does not stop it');
  });

  it('CAL-03 every pause is recorded with its reason and who declared it', () => {
    const unrecorded = serviceClock({ start: '2026-03-02', workingDays: 5, calendar, pauses: [{ ...outage('2026-03-04', '2026-03-05'), declaredBy: ' ' }] });
    assert.isFalse(unrecorded.ok);
    if (!unrecorded.ok) assert.deepEqual([unrecorded.error.code, unrecorded.error.path], ['pause.unrecorded', 'pauses.0.declaredBy']);
    assert.equal(due('2026-03-02', 5, [outage('2026-03-05', '2026-03-04')]), 'pause.ends-before-start');
    assert.equal(due('2026-03-02', 5, [outage('2026-02-30', '2026-03-04')]), 'date.invalid');
    assert.equal(due('2026-03-02', 0), 'working-days.invalid');
    assert.equal(due('2026-03-02', 2.5), 'working-days.invalid');
    assert.equal(due('2026-12-28', 10), 'calendar.out-of-range');
  });

  it('CAL-03 property: the deadline equals stepping over working days that are not paused', () => {
    const dayIn2025 = fc.integer({ min: toEpochDay('2025-01-01'), max: toEpochDay('2025-10-31') }).map(fromEpochDay);
    const pause = fc.tuple(dayIn2025, fc.integer({ min: 0, max: 6 })).map(([from, length]) => outage(from, addCalendarDays(from, length)));
    fc.assert(fc.property(dayIn2025, fc.integer({ min: 1, max: 30 }), fc.array(pause, { maxLength: 4 }), (start, n, pauses) => {
      const paused = (d: string) => pauses.some((p) => p.from <= d && d <= (p.to as string));
      let day = start;
      for (let counted = 0; counted < n;) {
        day = addCalendarDays(day, 1);
        if (calendar.isWorkingDay(day) && !paused(day)) counted++;
      }
      assert.equal(due(start, n, pauses), day);
    }), { numRuns: 500 });
  });
});
