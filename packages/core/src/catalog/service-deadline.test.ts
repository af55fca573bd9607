import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { indonesiaCalendar as calendar } from '../calendar/calendar.js';
import { fromEpochDay, toEpochDay } from '../calendar/iso-date.js';
import type { ClockPause } from '../calendar/service-clock.js';
import { serviceDeadline, type ServiceDeadline, type ServiceDeadlineOptions } from './service-deadline.js';

type Extra = Omit<ServiceDeadlineOptions, 'calendar' | 'completeOn'>;

function deadline(permitType: string, completeOn: string, extra: Extra = {}): ServiceDeadline {
  const result = serviceDeadline(permitType, { completeOn, calendar, ...extra });
  assert.isTrue(result.ok, result.ok ? '' : JSON.stringify(result.error));
  return (result as { value: ServiceDeadline }).value;
}
function refusal(permitType: string, options: unknown): [string, string | undefined] {
  const result = serviceDeadline(permitType, options as ServiceDeadlineOptions);
  assert.isFalse(result.ok);
  return result.ok ? ['', ''] : [result.error.code, result.error.path];
}
const outage = (from: string, to?: string): ClockPause => ({
  kind: 'outage', from, ...(to === undefined ? {} : { to }), reason: 'Server SIMOJO mati', declaredBy: 'kepala-dpmptsp',
});

// 2026 around Nyepi and Idul Fitri (DOMAIN.md CAL-05): Wed 18 Mar cuti bersama, Thu 19 Nyepi, Fri 20 cuti bersama,
// Sat 21–Sun 22 Idul Fitri, Mon 23–Tue 24 cuti bersama; Fri 3 Apr Good Friday; Fri 1 May Labour Day.
// From Mon 16 Mar the working days are: 17 Mar (1), 25 (2), 26 (3), 27 (4), 30 (5), 31 (6), 1 Apr (7), 2 (8),
// 6 (9), 7 (10), 8 (11), 9 (12), 10 (13), 13 (14), 14 (15), 15 (16), 16 (17), 17 (18), 20–24 (19–23), 27–30 (24–27),
// 4 May (28), 5 (29), 6 (30).
describe('serviceDeadline', () => {
  it('CAT-03 TDG complete on Mon 16 Mar 2026: 14 working days across the Idul Fitri holidays end on Mon 13 Apr', () => {
    const tdg = deadline('tdg', '2026-03-16');
    assert.equal(tdg.due, '2026-04-13');
    assert.equal(tdg.workingDays, 14);
    assert.deepEqual(tdg.source, { regulation: 'M13', article: 'Lampiran II angka 7 kolom 6' });
    assert.equal(tdg.clock.status, 'running');
  });

  it('CAT-03 every type with a completion time in the text gets it, counted from the complete file', () => {
    const due = (id: string, extra: Extra = {}) => deadline(id, '2026-03-16', extra);
    assert.deepInclude(due('imb'), { workingDays: 5, due: '2026-03-30' }); // 1 week
    assert.deepInclude(due('siup'), { workingDays: 5, due: '2026-03-30' });
    assert.deepInclude(due('tdi'), { workingDays: 14, due: '2026-04-13' });
    assert.deepInclude(due('tdg'), { workingDays: 14, due: '2026-04-13' });
    assert.deepInclude(due('hiburan'), { workingDays: 7, due: '2026-04-01' });
    assert.deepInclude(due('reklame', { areaM2: 6 }), { workingDays: 1, due: '2026-03-17' });
    assert.deepInclude(due('reklame', { areaM2: 30 }), { workingDays: 10, due: '2026-04-07' }); // 2 weeks
    assert.deepInclude(due('jasa-konstruksi'), { workingDays: 30, due: '2026-05-06' });
    assert.deepInclude(due('ijin-lokasi'), { workingDays: 10, due: '2026-04-07' });
    assert.include(due('imb').interpretation?.en, '1 week = 5 working days');
  });

  it('CAT-03 types 2–4 have no completion time in the text: a municipality setting, not a guess', () => {
    for (const id of ['ijin-gangguan', 'ijin-trayek', 'iui']) {
      assert.deepEqual(refusal(id, { completeOn: '2026-03-16', calendar }), ['catalog.completion-time-unset', 'permitType']);
    }
  });

  it('CAT-03 Reklame: under 18 m² 1 working day, exactly 18 m² and above 10', () => {
    const days = (areaM2: number) => deadline('reklame', '2026-03-02', { areaM2 }).workingDays;
    assert.equal(days(17.99), 1);
    assert.equal(days(18), 10);
    assert.equal(days(18.01), 10);
    assert.equal(days(0.5), 1);
    // Tue 17 Mar 2026, 10 m²: the next working day is Wed 25 Mar, after Nyepi and the Idul Fitri leave.
    assert.equal(deadline('reklame', '2026-03-17', { areaM2: 10 }).due, '2026-03-25');
  });

  it('CAT-03 Reklame: incidental 1 working day, a street banner 10; where they conflict the longer time applies', () => {
    const c = (extra: Extra) => deadline('reklame', '2026-03-02', extra);
    assert.equal(c({ incidental: true, areaM2: 4 }).workingDays, 1);
    assert.equal(c({ streetBanner: true }).workingDays, 10);
    assert.equal(c({ streetBanner: true, areaM2: 2 }).workingDays, 10);
    assert.equal(c({ incidental: true, areaM2: 25 }).workingDays, 10);
    assert.equal(c({ incidental: true, streetBanner: true }).workingDays, 10);
    assert.equal(c({ areaM2: 4 }).case?.en, 'Under 18 m² or incidental: 1 working day');
    // An incidental advertisement without its area cannot be decided: the 18 m² rule may still apply.
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-02', calendar, incidental: true }), ['catalog.detail-missing', 'areaM2']);
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-02', calendar }), ['catalog.detail-missing', 'areaM2']);
    // The same facts may come as details; conflicting values are refused.
    assert.equal(deadline('reklame', '2026-03-02', { details: { areaM2: 30 } }).workingDays, 10);
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-02', calendar, areaM2: 5, details: { areaM2: 30 } }), ['catalog.detail-conflict', 'areaM2']);
  });

  it('CAL-03 declared pauses do not count: an outage on Mon 6–Tue 7 Apr moves the TDG deadline to Wed 15 Apr', () => {
    const paused = deadline('tdg', '2026-03-16', { pauses: [outage('2026-04-06', '2026-04-07')] });
    assert.equal(paused.due, '2026-04-15');
    assert.equal(paused.clock.status === 'running' ? paused.clock.pausedWorkingDays : -1, 2);
    const open = deadline('tdg', '2026-03-16', { pauses: [outage('2026-04-06')] });
    assert.isUndefined(open.due);
    assert.deepInclude(open.clock, { status: 'paused', pausedSince: '2026-04-06', usedWorkingDays: 8 });
  });

  it('CAT-03 property: with no pause the due date is exactly the completion time in working days after the complete file', () => {
    const firstDay = toEpochDay('2024-01-01');
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 700 }),
      fc.constantFrom('imb', 'siup', 'tdi', 'tdg', 'hiburan', 'jasa-konstruksi', 'ijin-lokasi'),
      (offset, id) => {
        const completeOn = fromEpochDay(firstDay + offset);
        const d = deadline(id, completeOn);
        assert.isDefined(d.due);
        assert.isTrue(calendar.isWorkingDay(d.due as string));
        assert.equal(calendar.workingDaysBetween(completeOn, d.due as string), d.workingDays);
        assert.isTrue((d.due as string) > completeOn);
      },
    ), { numRuns: 300 });
  });

  it('refuses bad input with code and path, never throwing', () => {
    assert.deepEqual(refusal('tdg', { completeOn: '2026-02-30', calendar }), ['date.invalid', 'completeOn']);
    assert.deepEqual(refusal('tdg', { completeOn: 20260316, calendar }), ['date.invalid', 'completeOn']);
    assert.deepEqual(refusal('tdg', { completeOn: '2026-03-16' }), ['calendar.missing', 'calendar']);
    assert.deepEqual(refusal('tdg', { completeOn: '2030-03-16', calendar }), ['calendar.out-of-range', 'completeOn']);
    assert.deepEqual(refusal('tdg', null), ['catalog.options-invalid', 'options']);
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-16', calendar, area: 30 }), ['catalog.options-invalid', 'area']);
    assert.deepEqual(refusal('bioskop', { completeOn: '2026-03-16', calendar }), ['catalog.unknown-permit-type', 'permitType']);
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-16', calendar, areaM2: -2 }), ['catalog.detail-invalid', 'areaM2']);
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-16', calendar, areaM2: Number.POSITIVE_INFINITY }), ['catalog.detail-invalid', 'areaM2']);
    assert.deepEqual(refusal('reklame', { completeOn: '2026-03-16', calendar, streetBanner: 'ya' }), ['catalog.detail-invalid', 'streetBanner']);
    assert.deepEqual(refusal('imb', { completeOn: '2026-03-16', calendar, areaM2: 90 }), ['catalog.detail-unknown', 'areaM2']);
    assert.deepEqual(refusal('tdg', { completeOn: '2026-03-16', calendar, pauses: 'none' }), ['pause.invalid', 'pauses']);
    assert.deepEqual(refusal('tdg', { completeOn: '2026-03-16', calendar, pauses: [null] }), ['pause.invalid', 'pauses.0']);
    assert.deepEqual(refusal('tdg', { completeOn: '2026-03-16', calendar, pauses: [{ ...outage('2026-03-20', '2026-03-21'), reason: '' }] }),
      ['pause.unrecorded', 'pauses.0.reason']);
    assert.deepEqual(refusal('tdg', { completeOn: '2026-03-16', calendar, catalog: { version: 1, permitTypes: [] } }), ['catalog.invalid', 'catalog']);
  });
});
