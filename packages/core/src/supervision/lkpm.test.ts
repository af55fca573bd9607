import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { createCalendar } from '../calendar/index.js';
import { LKPM_DUE_DAY } from './lkpm-rules.js';
import { lkpmSchedule } from './lkpm-schedule.js';
import { detectLkpmViolations, type LkpmReport } from './lkpm-violations.js';

const due = (input: Parameters<typeof lkpmSchedule>[0], settings?: Parameters<typeof lkpmSchedule>[1]) => {
  const result = lkpmSchedule(input, settings);
  if (!result.ok) return assert.fail(`${result.error.code}: ${result.error.message.en}`);
  return result.value;
};
const quarters = (year: number, reports: [boolean, number?][]): LkpmReport[] =>
  reports.map(([submitted, realisation], i) => ({ period: `${year + Math.floor(i / 4)}-Q${(i % 4) + 1}`, submitted, ...(realisation === undefined ? {} : { realisation }) }));

describe('LKPM obligation, due dates and light violations (B98 Pasal 26, 32, 48)', () => {
  it('SUP-10 micro businesses and the four exempt sectors file no LKPM, each with its citation', () => {
    const micro = due({ scale: 'micro', year: 2025 });
    assert.isFalse(micro.required);
    assert.deepEqual(micro.periods, []);
    assert.equal(micro.reason.source.article, 'Pasal 26 huruf b; Pasal 32 ayat (5) huruf a');
    for (const sector of ['upstream-oil-gas', 'banking', 'non-bank-finance', 'insurance'] as const) {
      const exempt = due({ scale: 'large', sector, year: 2025 });
      assert.isFalse(exempt.required, sector);
      assert.equal(exempt.reason.source.article, 'Pasal 32 ayat (5) huruf b');
    }
    assert.isTrue(due({ scale: 'large', sector: 'other', year: 2025 }).required);
  });

  it('SUP-10 small businesses report per semester, medium and large per quarter', () => {
    assert.deepEqual(due({ scale: 'small', year: 2025 }).periods.map((p) => [p.period, p.start, p.end]), [
      ['2025-S1', '2025-01-01', '2025-06-30'], ['2025-S2', '2025-07-01', '2025-12-31'],
    ]);
    for (const scale of ['medium', 'large'] as const) {
      const schedule = due({ scale, year: 2025 });
      assert.equal(schedule.cadence, 'quarterly');
      assert.deepEqual(schedule.periods.map((p) => p.end), ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    }
  });

  it('SUP-11 due on the 10th until the rule of 1 Oct 2025, then the 15th: the rule in force the day after the period ends', () => {
    assert.deepEqual(due({ scale: 'medium', year: 2025 }).periods.map((p) => [p.period, p.dueDate]), [
      ['2025-Q1', '2025-04-10'], ['2025-Q2', '2025-07-10'], ['2025-Q3', '2025-10-15'], ['2025-Q4', '2026-01-15'],
    ]);
    assert.deepEqual(due({ scale: 'large', year: 2024 }).periods.map((p) => p.dueDate), ['2024-04-10', '2024-07-10', '2024-10-10', '2025-01-10']);
    const small = due({ scale: 'small', year: 2025 }).periods;
    assert.deepEqual(small.map((p) => [p.dueDate, p.dueRule.regulation]), [
      ['2025-07-10', 'Peraturan BKPM Nomor 5 Tahun 2021'], ['2026-01-15', 'Peraturan BKPM Nomor 5 Tahun 2025'],
    ]);
    assert.deepEqual(due({ scale: 'small', year: 2026 }).periods.map((p) => p.dueDate), ['2026-07-15', '2027-01-15']);
  });

  it('SUP-11 a due date on a holiday stays put by default; with next-working-day, 10 Apr 2024 (Idul Fitri) moves to 16 Apr', () => {
    assert.equal(due({ scale: 'large', year: 2024 }).periods[0]?.dueDate, '2024-04-10');
    const moved = due({ scale: 'large', year: 2024 }, { nonWorkingDueDate: 'next-working-day' }).periods[0];
    assert.equal(moved?.dueDate, '2024-04-16');
    assert.equal(moved?.movedFrom, '2024-04-10');
    // Moving a 2027 date needs a calendar that covers 2027: refused as a result, never thrown.
    const beyond = lkpmSchedule({ scale: 'large', year: 2026 }, { nonWorkingDueDate: 'next-working-day' });
    assert.isFalse(beyond.ok);
    if (!beyond.ok) assert.equal(beyond.error.code, 'calendar.out-of-range');
    const local = createCalendar({ extraNonWorkingDays: [{ date: '2025-07-10', name: { id: 'Libur daerah', en: 'Local day off' }, source: { regulation: 'Perwali', article: '1' } }] });
    assert.equal(due({ scale: 'small', year: 2025 }, { nonWorkingDueDate: 'next-working-day', calendar: local }).periods[0]?.dueDate, '2025-07-11');
  });

  it('SUP-11 periods before the rules the SDK carries are refused (rule.not-in-force); bad input is refused with a path', () => {
    const old = lkpmSchedule({ scale: 'medium', year: 2021 });
    assert.isFalse(old.ok);
    if (!old.ok) assert.deepEqual([old.error.code, old.error.path], ['rule.not-in-force', 'periods.2021-Q1']);
    for (const [input, code, path] of [
      [{ scale: 'tiny', year: 2025 }, 'lkpm.scale-invalid', 'scale'],
      [{ scale: 'small', sector: 'mining', year: 2025 }, 'lkpm.sector-invalid', 'sector'],
      [{ scale: 'small', year: 2025.5 }, 'supervision.number-invalid', 'year'],
      [{ scale: 'small', year: Number.NaN }, 'supervision.number-invalid', 'year'],
    ] as const) {
      const result = lkpmSchedule(input as never);
      assert.isFalse(result.ok);
      if (!result.ok) assert.deepEqual([result.error.code, result.error.path], [code, path]);
    }
    const custom = lkpmSchedule({ scale: 'medium', year: 2025 }, { dueDay: [{ ...LKPM_DUE_DAY[0]!, until: undefined }] });
    if (custom.ok) assert.equal(custom.value.periods[3]?.dueDate, '2026-01-10');
  });

  it('SAN-01 no LKPM for 2 consecutive periods is a light violation (Pasal 48(1)(d)), with the periods of the run', () => {
    const result = detectLkpmViolations(quarters(2025, [[false], [false], [true, 5_000_000], [false]]));
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.lengthOf(result.value, 1);
    const [violation] = result.value;
    assert.equal(violation?.kind, 'lkpm-not-submitted');
    assert.equal(violation?.severity, 'light');
    assert.deepEqual(violation?.periods, ['2025-Q1', '2025-Q2']);
    assert.equal(violation?.rule.source.article, 'Pasal 48 ayat (1) huruf d');
    assert.deepEqual(violation?.sanction, { kind: 'written-warning', source: { regulation: 'B98', article: 'Pasal 48 ayat (2)' } });
    // Semesters too, in any input order.
    const semesters = detectLkpmViolations([{ period: '2025-S1', submitted: false }, { period: '2024-S2', submitted: false }]);
    if (semesters.ok) assert.deepEqual(semesters.value[0]?.periods, ['2024-S2', '2025-S1']);
  });

  it('SAN-01 nil realisation for 4 consecutive LKPM periods is a light violation (Pasal 48(1)(e)); 3 are not', () => {
    const four = detectLkpmViolations(quarters(2024, [[true, 1], [true, 0], [true, 0], [true, 0], [true, 0], [true, 0], [true, 2]]));
    assert.isTrue(four.ok);
    if (four.ok) {
      assert.deepEqual(four.value.map((v) => [v.kind, v.periods, v.rule.source.article]), [
        ['lkpm-nil-realisation', ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'], 'Pasal 48 ayat (1) huruf e'],
      ]);
    }
    const three = detectLkpmViolations(quarters(2025, [[true, 0], [true, 0], [true, 0], [true, 10]]));
    if (three.ok) assert.deepEqual(three.value, []);
    // A period without an LKPM breaks the nil run: it is not a nil report.
    const broken = detectLkpmViolations(quarters(2025, [[true, 0], [true, 0], [false], [true, 0], [true, 0]]));
    if (broken.ok) assert.deepEqual(broken.value, []);
  });

  it('SAN-01 refuses histories it cannot read instead of guessing', () => {
    const cases: [unknown, string, string][] = [
      [[{ period: '2025-Q5', submitted: true, realisation: 0 }], 'lkpm.period-invalid', 'history.0.period'],
      [[{ period: '2025-Q1', submitted: true }], 'supervision.rupiah-invalid', 'history.0.realisation'],
      [[{ period: '2025-Q1', submitted: true, realisation: -5 }], 'supervision.rupiah-invalid', 'history.0.realisation'],
      [[{ period: '2025-Q1', submitted: true, realisation: 0.5 }], 'supervision.rupiah-invalid', 'history.0.realisation'],
      [[{ period: '2025-Q1', submitted: false, realisation: 0 }], 'lkpm.realisation-without-report', 'history.0.realisation'],
      [[{ period: '2025-Q1', submitted: 'no' }], 'supervision.boolean-invalid', 'history.0.submitted'],
      [[{ period: '2025-Q1', submitted: false }, { period: '2025-S2', submitted: false }], 'lkpm.mixed-periods', 'history'],
      [[{ period: '2025-Q1', submitted: false }, { period: '2025-Q3', submitted: false }], 'lkpm.history-gap', 'history'],
      [[{ period: '2025-Q1', submitted: false }, { period: '2025-Q1', submitted: true, realisation: 1 }], 'lkpm.period-duplicate', 'history'],
      ['2025-Q1', 'supervision.list-invalid', 'history'],
    ];
    for (const [history, code, path] of cases) {
      const result = detectLkpmViolations(history as never);
      assert.isFalse(result.ok, code);
      if (!result.ok) assert.deepEqual([result.error.code, result.error.path], [code, path]);
    }
  });

  it('SAN-01 property: a violation is reported exactly when a long enough run exists', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom<[boolean, number?]>([false], [true, 0], [true, 1_000_000]), { maxLength: 16 }), (pattern) => {
      const result = detectLkpmViolations(quarters(2022, pattern));
      assert.isTrue(result.ok);
      if (!result.ok) return;
      const longest = (match: (r: [boolean, number?]) => boolean) => {
        let best = 0;
        let run = 0;
        for (const r of pattern) { run = match(r) ? run + 1 : 0; best = Math.max(best, run); }
        return best;
      };
      assert.equal(result.value.some((v) => v.kind === 'lkpm-not-submitted'), longest((r) => !r[0]) >= 2);
      assert.equal(result.value.some((v) => v.kind === 'lkpm-nil-realisation'), longest((r) => r[0] && r[1] === 0) >= 4);
    }), { numRuns: 300 });
  });
});
