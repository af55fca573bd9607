import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { addCalendarDays } from '../calendar/iso-date.js';
import { createCalendar, indonesiaCalendar } from '../calendar/calendar.js';
import type { Result } from '../result.js';
import { nextSanction, openSanctionCase, type SanctionCase, type SanctionStepResult } from './sanction-case.js';
import { dueSanctionActions } from './sanction-due.js';
import { SANCTION_EVENTS, SANCTION_RESPONSE_TIMES, SANCTION_STATES, createSanctionRules, type SanctionEvent, type SanctionState } from './sanction-rules.js';
import { SANCTION_VIOLATION_CLASSES, SANCTION_VIOLATION_KINDS, type SanctionViolationClass } from './violations.js';
import { failure, value } from './test-support.js';

// The ladders as B98 Pasal 48–50 and Peraturan BKPM 5/2021 describe them, written independently of the table.
const LADDERS: Record<SanctionViolationClass, readonly SanctionState[]> = {
  light: ['coaching', 'warning-1', 'warning-2', 'warning-3', 'suspension', 'revoked'],
  medium: ['coaching', 'final-warning', 'suspension', 'revoked'],
  heavy: ['coaching', 'revoked'],
};
const KIND_OF: Record<SanctionViolationClass, string> = { light: 'lkpm-missing-two-periods', medium: 'breach-of-law', heavy: 'proven-danger' };

const open = (violation: string, openedOn = '2026-02-02', extra: { correctBy?: string } = {}) =>
  value(openSanctionCase({ id: 'SK-1', business: '9120001234567', violation, openedOn, by: 'inspector-07', ...extra }));
const step = (c: SanctionCase, type: SanctionEvent, on: string) => nextSanction(c, { type, by: 'head-of-office' }, on);

describe('sanction escalation (B98 Pasal 24–25, 47–51)', () => {
  it('SAN-04 every case opens in coaching, recorded with who, when and Pasal 24 ayat (2)', () => {
    for (const violationClass of SANCTION_VIOLATION_CLASSES) {
      const { case: c, record } = open(KIND_OF[violationClass]);
      assert.equal(c.state, 'coaching');
      assert.equal(c.track, violationClass);
      assert.deepEqual(c.records, [record]);
      assert.include(record, { caseId: 'SK-1', sequence: 1, event: 'opened', step: 'coaching', state: 'coaching', on: '2026-02-02', by: 'inspector-07' });
      assert.equal(record.source.regulation, 'B98');
      assert.include(record.source.article, 'Pasal 24 ayat (2)');
      assert.isUndefined(record.deadline);
    }
  });

  it('SAN-01 SAN-02 SAN-03 SAN-04 transition table, exhaustively: every class × state × event goes where the ladder says, all others are errors', () => {
    for (const track of SANCTION_VIOLATION_CLASSES) {
      const ladder = LADDERS[track];
      for (const state of SANCTION_STATES) {
        const c: SanctionCase = { id: 'X', business: 'B', violation: KIND_OF[track], track, state, since: '2026-03-02', records: [] };
        const index = ladder.indexOf(state);
        const open = index >= 0 && index < ladder.length - 1;
        for (const event of SANCTION_EVENTS) {
          const result = step(c, event, '2026-03-02');
          const label = `${track} ${state} ${event}`;
          if (!open) {
            failure(result, 'sanction.event-not-allowed', 'event');
            continue;
          }
          const { case: next, record } = value(result);
          const expected = event === 'not-corrected' ? ladder[index + 1] : event === 'corrected' ? 'resolved' : state;
          assert.equal(next.state, expected, label);
          assert.equal(record.state, expected, label);
          assert.equal(record.step, event === 'supporting-licence-violation-proven' ? 'supporting-licence-revocation' : expected, label);
          assert.lengthOf(next.records, 1, label);
        }
      }
    }
  });

  it('SAN-03 a heavy violation goes from coaching straight to revocation of the business licence (Pasal 50 ayat (2))', () => {
    const revoked = value(step(open('activity-not-matching-licence').case, 'not-corrected', '2026-03-02'));
    assert.equal(revoked.case.state, 'revoked');
    assert.include(revoked.record.source.article, 'Pasal 50 ayat (2)');
    failure(step(revoked.case, 'corrected', '2026-03-03'), 'sanction.event-not-allowed');
  });

  it('SAN-03 a proven supporting-licence violation revokes that licence (Pasal 51) and keeps the ladder and its deadline', () => {
    const w1 = value(step(open('partnership-not-met').case, 'not-corrected', '2026-03-02')).case;
    const after = value(step(w1, 'supporting-licence-violation-proven', '2026-03-10'));
    assert.equal(after.case.state, 'warning-1');
    assert.equal(after.case.deadline, w1.deadline);
    assert.equal(after.record.step, 'supporting-licence-revocation');
    assert.include(after.record.source.article, 'Pasal 51');
    assert.isUndefined(after.record.deadline);
  });

  it('SAN-05 light ladder in 2026: 30, 15 and 10 working days for warnings 1–3, then 30 for the suspension (counted by hand)', () => {
    // Warning 1 sent Mon 2 Mar 2026. Days off on the way: 18 Mar (cuti), 19 Mar (Nyepi), 20, 23, 24 Mar (cuti),
    // 3 Apr (Good Friday). 30th working day: Tue 21 Apr.
    const w1 = value(step(open('lkpm-missing-two-periods').case, 'not-corrected', '2026-03-02'));
    assert.equal(w1.case.state, 'warning-1');
    assert.equal(w1.record.deadline, '2026-04-21');
    assert.equal(w1.record.deadlineSource?.regulation, 'Peraturan BKPM Nomor 5 Tahun 2021');
    failure(step(w1.case, 'not-corrected', '2026-04-21'), 'sanction.deadline-not-passed', 'on');
    // Warning 2 sent Wed 22 Apr. Off: 1 May (Labour Day), 14 May (Ascension), 15 May (cuti). 15th: Mon 18 May.
    const w2 = value(step(w1.case, 'not-corrected', '2026-04-22'));
    assert.equal(w2.record.deadline, '2026-05-18');
    // Warning 3 sent Tue 19 May. Off: 27 May (Idul Adha), 28 May (cuti), 1 Jun (Pancasila). 10th: Fri 5 Jun.
    const w3 = value(step(w2.case, 'not-corrected', '2026-05-19'));
    assert.equal(w3.record.deadline, '2026-06-05');
    // No response within 10 Hari of the third warning: suspension, sent Mon 8 Jun. Off: 16 Jun (Islamic New Year).
    // 30th working day: Tue 21 Jul.
    const suspension = value(step(w3.case, 'not-corrected', '2026-06-08'));
    assert.equal(suspension.case.state, 'suspension');
    assert.equal(suspension.record.deadline, '2026-07-21');
    assert.include(suspension.record.source.article, 'Pasal 49 ayat (1) huruf a');
    const revoked = value(step(suspension.case, 'not-corrected', '2026-07-22'));
    assert.equal(revoked.case.state, 'revoked');
    assert.isUndefined(revoked.case.deadline);
    assert.deepEqual(revoked.case.records.map((r) => r.step), ['coaching', 'warning-1', 'warning-2', 'warning-3', 'suspension', 'revoked']);
    assert.deepEqual(revoked.case.records.map((r) => r.sequence), [1, 2, 3, 4, 5, 6]);
  });

  it('SAN-05 medium ladder in 2025: a first-and-last warning gives 30 working days across Idul Fitri (counted by hand)', () => {
    // Sent Mon 17 Mar 2025. Off: 28 Mar (cuti), 31 Mar, 1 Apr (Idul Fitri), 2, 3, 4, 7 Apr (cuti), 18 Apr (Good
    // Friday), 1 May (Labour Day). 30th working day: Fri 9 May 2025.
    const final = value(step(open('pollution-endangering-public', '2025-03-03').case, 'not-corrected', '2025-03-17'));
    assert.equal(final.case.state, 'final-warning');
    assert.equal(final.record.deadline, '2025-05-09');
    const suspension = value(step(final.case, 'not-corrected', '2025-05-12'));
    assert.equal(suspension.case.state, 'suspension');
    const lifted = value(step(suspension.case, 'corrected', '2025-05-20'));
    assert.equal(lifted.case.state, 'resolved');
    assert.isUndefined(lifted.case.deadline);
  });

  it('SAN-05 deadlines skip the 18 Aug 2025 cuti bersama and the year-end 2025/2026 holidays (counted by hand)', () => {
    const rules = value(createSanctionRules({ coachingFirst: { light: false, medium: true, heavy: true } }));
    // Opened at warning 1 on Mon 11 Aug 2025; but check a 10-day step: 3rd warning sent Mon 11 Aug 2025.
    const w1 = value(openSanctionCase({ id: 'A', business: 'B', violation: 'operation-not-started', openedOn: '2025-08-11', by: 'o' }, { rules }));
    assert.equal(w1.case.state, 'warning-1');
    const c: SanctionCase = { ...w1.case, state: 'warning-2', deadline: '2025-08-10', since: '2025-08-11' };
    // 10 working days after Mon 11 Aug 2025, skipping Mon 18 Aug (cuti bersama): Tue 26 Aug.
    assert.equal(value(step(c, 'not-corrected', '2025-08-11')).record.deadline, '2025-08-26');
    // 15 working days after Mon 22 Dec 2025, skipping 25, 26 Dec and 1 Jan: Thu 15 Jan 2026.
    const c2: SanctionCase = { ...w1.case, state: 'warning-1', deadline: '2025-12-21', since: '2025-12-22' };
    assert.equal(value(step(c2, 'not-corrected', '2025-12-22')).record.deadline, '2026-01-15');
  });

  it('SAN-05 a case opened without coaching (setting) starts at the first rung with its deadline; heavy opens at revocation', () => {
    const rules = value(createSanctionRules({ coachingFirst: { light: false, medium: false, heavy: false } }));
    const opts = { rules };
    const light = value(openSanctionCase({ id: 'A', business: 'B', violation: 'obligation-not-met', openedOn: '2026-03-02', by: 'o' }, opts));
    assert.equal(light.case.state, 'warning-1');
    assert.equal(light.case.deadline, '2026-04-21');
    const heavy = value(openSanctionCase({ id: 'A', business: 'B', violation: 'proven-danger', openedOn: '2026-03-02', by: 'o' }, opts));
    assert.equal(heavy.case.state, 'revoked');
    assert.lengthOf(heavy.case.records, 1);
  });

  it('SAN-05 response times are settings: a municipality may shorten the first warning, but not to nonsense', () => {
    const times = SANCTION_RESPONSE_TIMES.map((t) => (t.step === 'warning-1' ? { ...t, workingDays: 5 } : t));
    const rules = value(createSanctionRules({ responseTimes: times }));
    // 5 working days after Mon 2 Mar 2026: 3, 4, 5, 6, 9 Mar.
    const w1 = value(nextSanction(open('obligation-not-met').case, { type: 'not-corrected', by: 'o' }, '2026-03-02', { rules }));
    assert.equal(w1.record.deadline, '2026-03-09');
    for (const bad of [0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
      failure(createSanctionRules({ responseTimes: [{ ...times[0]!, workingDays: bad }] }), 'sanction.response-time-invalid', 'responseTimes.0.workingDays');
    }
  });

  it('SAN-05 a local day off declared by the municipality moves the deadline', () => {
    const blitar = createCalendar({ extraNonWorkingDays: [{ date: '2026-03-05', name: { id: 'Libur daerah', en: 'Local day off' }, source: { regulation: 'test', article: '1' } }] });
    const w1 = value(nextSanction(open('obligation-not-met').case, { type: 'not-corrected', by: 'o' }, '2026-03-02', { calendar: blitar }));
    assert.equal(w1.record.deadline, '2026-04-22');
  });

  it('SAN-04 coaching with a correction date cannot be escalated before it; corrected at any time resolves the case', () => {
    const { case: c } = open('partnership-not-met', '2026-02-02', { correctBy: '2026-02-27' });
    assert.equal(c.deadline, '2026-02-27');
    failure(step(c, 'not-corrected', '2026-02-27'), 'sanction.deadline-not-passed');
    assert.equal(value(step(c, 'not-corrected', '2026-03-02')).case.state, 'warning-1');
    assert.equal(value(step(c, 'corrected', '2026-02-10')).case.state, 'resolved');
    failure(openSanctionCase({ id: 'A', business: 'B', violation: 'breach-of-law', openedOn: '2026-02-02', by: 'o', correctBy: '2026-02-02' }), 'sanction.correct-by-invalid', 'correctBy');
  });

  it('SAN-04 bad input is refused with a code, a path and both languages, and the case is never changed', () => {
    const { case: c } = open('breach-of-law');
    const frozen = JSON.stringify(c);
    failure(step(c, 'not-corrected', '2026-01-30'), 'sanction.date-before-last-step', 'on');
    failure(step(c, 'not-corrected', '2026-02-30'), 'date.invalid', 'on');
    failure(nextSanction(c, { type: 'escalate' as SanctionEvent, by: 'o' }, '2026-03-02'), 'sanction.event-invalid', 'event.type');
    failure(nextSanction(c, { type: 'corrected', by: '<script>alert(1)</script>' }, '2026-03-02'), 'text.unsafe', 'event.by');
    failure(nextSanction(c, { type: 'corrected', by: '   ' }, '2026-03-02'), 'text.required', 'event.by');
    failure(nextSanction(c, { type: 'corrected', by: 'o', note: 'x'.repeat(2001) }, '2026-03-02'), 'text.too-long', 'event.note');
    failure(nextSanction({ ...c, state: 'paused' as SanctionState }, { type: 'corrected', by: 'o' }, '2026-03-02'), 'sanction.case-invalid', 'case.state');
    failure(nextSanction(null as unknown as SanctionCase, { type: 'corrected', by: 'o' }, '2026-03-02'), 'sanction.case-invalid');
    assert.equal(JSON.stringify(c), frozen);
    failure(openSanctionCase({ id: 'A', business: 'B', violation: 'breach-of-law', openedOn: 20260302 as unknown as string, by: 'o' }), 'date.invalid', 'openedOn');
    failure(openSanctionCase({ id: 'A', business: '', violation: 'breach-of-law', openedOn: '2026-03-02', by: 'o' }), 'text.required', 'business');
    failure(openSanctionCase({ id: 'javascript:alert(1)', business: 'B', violation: 'breach-of-law', openedOn: '2026-03-02', by: 'o' }), 'text.unsafe', 'id');
    failure(openSanctionCase(undefined as never), 'sanction.input-invalid');
  });

  it('SAN-05 a deadline beyond the holiday table is an error, not a throw', () => {
    failure(step(open('obligation-not-met', '2026-12-01').case, 'not-corrected', '2026-12-01'), 'calendar.out-of-range', 'on');
  });
});

describe('due sanction actions (SAN-05)', () => {
  const w3 = (() => {
    let c = open('lkpm-nil-four-periods').case;
    for (const on of ['2026-03-02', '2026-04-22', '2026-05-19']) c = value(step(c, 'not-corrected', on)).case;
    return c; // third warning, deadline Fri 5 Jun 2026
  })();

  it('SAN-05 nothing is due up to and including the deadline; from the next day the escalation to suspension is due', () => {
    assert.deepEqual(value(dueSanctionActions(w3, '2026-05-19', indonesiaCalendar)), []);
    assert.deepEqual(value(dueSanctionActions(w3, '2026-06-05', indonesiaCalendar)), []);
    const saturday = value(dueSanctionActions(w3, '2026-06-06', indonesiaCalendar));
    assert.lengthOf(saturday, 1);
    assert.include(saturday[0], { caseId: 'SK-1', kind: 'escalate', event: 'not-corrected', from: 'warning-3', to: 'suspension', deadline: '2026-06-05', overdueWorkingDays: 0 });
    const [monday] = value(dueSanctionActions(w3, '2026-06-08', indonesiaCalendar));
    assert.equal(monday?.overdueWorkingDays, 1);
    assert.include(monday?.source.article, 'Pasal 49');
  });

  it('SAN-05 closed cases and coaching without a date have nothing due; a date before the last step is an error', () => {
    assert.deepEqual(value(dueSanctionActions(open('breach-of-law').case, '2026-06-08', indonesiaCalendar)), []);
    const resolved = value(step(w3, 'corrected', '2026-05-20')).case;
    assert.deepEqual(value(dueSanctionActions(resolved, '2026-09-01', indonesiaCalendar)), []);
    failure(dueSanctionActions(w3, '2026-05-01', indonesiaCalendar), 'sanction.date-before-last-step', 'today');
    failure(dueSanctionActions(w3, 'tomorrow', indonesiaCalendar), 'date.invalid', 'today');
  });
});

describe('escalation never skips a rung (property)', () => {
  const openable = SANCTION_VIOLATION_KINDS.filter((k) => !k.arisesFromEscalation).map((k) => k.id);
  const action = fc.record({
    event: fc.constantFrom(...SANCTION_EVENTS, 'not-corrected' as const, 'not-corrected' as const),
    timing: fc.constantFrom('after-deadline', 'before-deadline', 'same-day'),
    gap: fc.integer({ min: 0, max: 20 }),
  });

  it('SAN-01 SAN-02 SAN-03 SAN-04 SAN-05 over random event sequences: one rung at a time (heavy: straight to revocation), one record per accepted step', () => {
    fc.assert(fc.property(
      fc.constantFrom(...openable),
      fc.integer({ min: 0, max: 200 }),
      fc.array(action, { maxLength: 12 }),
      (violation, startOffset, actions) => {
        let current = open(violation, addCalendarDays('2024-01-02', startOffset)).case;
        const ladder = LADDERS[current.track];
        for (const a of actions) {
          const afterDeadline = current.deadline === undefined ? current.since : addCalendarDays(current.deadline, 1 + a.gap);
          const on = a.timing === 'same-day' ? current.since
            : a.timing === 'after-deadline' ? (afterDeadline > current.since ? afterDeadline : current.since)
              : addCalendarDays(current.since, a.gap);
          const result: Result<SanctionStepResult> = step(current, a.event, on);
          if (!result.ok) {
            assert.oneOf(result.error.code, ['sanction.event-not-allowed', 'sanction.deadline-not-passed']);
            continue;
          }
          const { case: next, record } = result.value;
          assert.lengthOf(next.records, current.records.length + 1);
          assert.strictEqual(next.records.at(-1), record);
          assert.equal(record.sequence, next.records.length);
          assert.equal(record.on, on);
          const from = ladder.indexOf(current.state);
          if (a.event === 'not-corrected') {
            assert.isAbove(from, -1);
            assert.equal(next.state, ladder[from + 1], `${current.track}: ${current.state} → ${next.state}`);
            if (current.deadline !== undefined) assert.isTrue(on > current.deadline, `${on} after ${current.deadline}`);
            if (record.deadline !== undefined) {
              const days = SANCTION_RESPONSE_TIMES.find((t) => t.step === next.state)?.workingDays;
              assert.equal(indonesiaCalendar.workingDaysBetween(on, record.deadline), days);
              assert.isTrue(indonesiaCalendar.isWorkingDay(record.deadline));
            }
          } else if (a.event === 'corrected') {
            assert.equal(next.state, 'resolved');
          } else {
            assert.equal(next.state, current.state);
            assert.equal(next.deadline, current.deadline);
          }
          current = next;
        }
      },
    ), { numRuns: 400 });
  });
});
