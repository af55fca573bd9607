import { describe, it } from 'node:test';
import { assert } from 'chai';
import { createCalendar, indonesiaCalendar } from '../calendar/index.js';
import { SUPERVISION_DEADLINES } from './deadlines.js';
import { routineInspectionLetters } from './inspection-letters.js';
import { planMilestones, weekOfMonth } from './plan-milestones.js';

describe('plan milestones and inspection letters (B98 Pasal 10, 13–15, 18)', () => {
  it('SUP-05 the n-th week of a month is days 7n−6 … 7n', () => {
    assert.deepEqual(weekOfMonth(2025, 11, 4), { from: '2025-11-22', to: '2025-11-28' });
    assert.deepEqual(weekOfMonth(2025, 12, 2), { from: '2025-12-08', to: '2025-12-14' });
    assert.deepEqual(weekOfMonth(2024, 2, 1), { from: '2024-02-01', to: '2024-02-07' });
  });

  it('SUP-05 the 2026 plan: compiled 22–28 Nov 2025, adjusted by 14 Dec, final by 28 Dec (last working day 24 Dec)', () => {
    const result = planMilestones(2026, indonesiaCalendar);
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.deepEqual(result.value.map((m) => [m.milestone, m.week.from, m.week.to, m.lastWorkingDay, m.source.article]), [
      ['compiled', '2025-11-22', '2025-11-28', '2025-11-28', 'Pasal 13 ayat (3)'],
      ['adjusted', '2025-12-08', '2025-12-14', '2025-12-12', 'Pasal 14 ayat (1)–(2)'],
      // 25 Dec Christmas, 26 Dec cuti bersama, 27–28 weekend.
      ['finalised', '2025-12-22', '2025-12-28', '2025-12-24', 'Pasal 14 ayat (4)'],
    ]);
  });

  it('SUP-05 outside the holiday table the weeks are still given, without a working day; a bad year is refused', () => {
    const result = planMilestones(2024, indonesiaCalendar);
    assert.isTrue(result.ok);
    if (result.ok) {
      assert.equal(result.value[2]?.week.to, '2023-12-28');
      assert.isUndefined(result.value[2]?.lastWorkingDay);
    }
    const bad = planMilestones(2025.5);
    assert.isFalse(bad.ok);
    if (!bad.ok) assert.equal(bad.error.path, 'year');
  });

  it('SUP-06 letters for an inspection on Mon 19 Jan 2026 (16 Jan is a holiday): 12 Jan, 13 Jan, 2 Jan', () => {
    const result = routineInspectionLetters('2026-01-19');
    assert.deepEqual(result, { ok: true, value: {
      date: '2026-01-19',
      assignmentLetterBy: '2026-01-12',
      businessNotificationBy: '2026-01-13',
      agencyRenotificationOn: '2026-01-02',
    } });
  });

  it('SUP-06 letters for Mon 6 Apr 2026 skip Easter and the Nyepi/Idul Fitri days off of 18–24 March', () => {
    const result = routineInspectionLetters('2026-04-06');
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.equal(result.value.assignmentLetterBy, '2026-03-30');
    assert.equal(result.value.businessNotificationBy, '2026-03-31');
    assert.equal(result.value.agencyRenotificationOn, '2026-03-13');
    assert.equal(SUPERVISION_DEADLINES.assignmentLetter.source.article, 'Pasal 18 ayat (4)');
    assert.equal(SUPERVISION_DEADLINES.agencyRenotification.source.article, 'Pasal 15 ayat (3)');
  });

  it('SUP-06 a routine inspection is never on a non-working day, and errors come back as results', () => {
    for (const [date, code] of [['2026-01-16', 'supervision.not-a-working-day'], ['2026-01-17', 'supervision.not-a-working-day'],
      ['2026-02-30', 'date.invalid'], ['2027-03-01', 'calendar.out-of-range']] as const) {
      const result = routineInspectionLetters(date);
      assert.isFalse(result.ok, date);
      if (!result.ok) assert.equal(result.error.code, code, date);
    }
    // A city's own day off moves the letters too.
    const city = createCalendar({ extraNonWorkingDays: [{ date: '2026-01-15', name: { id: 'Hari Jadi', en: 'City day' }, source: { regulation: 'Perwali', article: '1' } }] });
    const result = routineInspectionLetters('2026-01-19', city);
    if (result.ok) assert.equal(result.value.assignmentLetterBy, '2026-01-09');
  });
});
