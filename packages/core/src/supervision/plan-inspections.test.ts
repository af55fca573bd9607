import { describe, it } from 'node:test';
import { assert } from 'chai';
import { indonesiaCalendar } from '../calendar/index.js';
import { SUPERVISION_DEADLINES } from './deadlines.js';
import { ROUTINE_INSPECTION_FREQUENCY } from './frequency-rules.js';
import type { PlanBusiness, PlanInput } from './plan-input.js';
import { checkRoutineInspection, planInspections, type InspectionPlan } from './plan-inspections.js';

const ONE_A_DAY = { inspectors: 1, inspectionsPerInspectorPerDay: 1 };

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'businesses'>): InspectionPlan {
  const result = planInspections({ year: 2026, capacity: ONE_A_DAY, ...input });
  if (!result.ok) assert.fail(`${result.error.code} at ${result.error.path}: ${result.error.message.en}`);
  return result.value;
}

function business(id: string, fields: Partial<PlanBusiness> = {}): PlanBusiness {
  return { id, name: `PT ${id}`, location: `Jl. ${id}`, activities: [{ risk: 'high' }], ...fields };
}

describe('annual inspection plan (B98 Pasal 11–15, 23)', () => {
  it('SUP-06 by default the first inspection is 19 Jan 2026: its re-notification, 10 working days before, is 2 Jan', () => {
    const result = plan({ businesses: [business('A')] });
    assert.equal(result.window.lettersFrom, '2026-01-01');
    assert.equal(result.window.firstInspection, '2026-01-19');
    assert.equal(result.window.lastInspection, '2026-12-31');
    const first = result.inspections[0]?.visits[0];
    assert.equal(first?.date, '2026-01-19');
    assert.deepEqual(first?.letters, { date: '2026-01-19', assignmentLetterBy: '2026-01-12', businessNotificationBy: '2026-01-13', agencyRenotificationOn: '2026-01-02' });
    assert.equal(result.window.workingDays, indonesiaCalendar.workingDaysBetween('2026-01-16', '2026-12-31'));
  });

  it('SUP-06 letters sent from 29 Dec 2025 (after the plan is final) let inspections start on 13 Jan 2026', () => {
    const result = plan({ businesses: [business('A')], lettersFrom: '2025-12-29' });
    assert.equal(result.window.firstInspection, '2026-01-13');
    assert.equal(result.inspections[0]?.visits[0]?.letters.agencyRenotificationOn, '2025-12-29');
    const early = planInspections({ year: 2026, capacity: ONE_A_DAY, businesses: [], lettersFrom: '2025-12-28' });
    assert.isFalse(early.ok);
    if (!early.ok) assert.deepEqual([early.error.code, early.error.path], ['supervision.letters-outside-plan', 'lettersFrom']);
  });

  it('SUP-06 a municipality with other letter lead times (here a 5-day re-notification) can start sooner', () => {
    const deadlines = { ...SUPERVISION_DEADLINES, agencyRenotification: { ...SUPERVISION_DEADLINES.agencyRenotification, workingDays: 5 } };
    const result = plan({ businesses: [business('A')], settings: { deadlines } });
    // 2 Jan, then 5, 6, 7, 8, 9 January: the fifth working day after 2 Jan is 9 Jan.
    assert.equal(result.window.firstInspection, '2026-01-09');
    assert.equal(result.inspections[0]?.visits[0]?.letters.agencyRenotificationOn, '2026-01-02');
  });

  it('SUP-02 a high-risk location is visited twice, half the working year apart; a low-risk one once', () => {
    const result = plan({ businesses: [business('A', { activities: [{ risk: 'high' }, { risk: 'low' }] })] });
    assert.deepEqual(result.inspections.map((p) => [p.risk, p.visits.length]), [['high', 2], ['low', 1]]);
    const [v1, v2] = result.inspections[0]?.visits ?? [];
    assert.equal(indonesiaCalendar.workingDaysBetween(v1?.date ?? '', v2?.date ?? ''), Math.ceil(result.window.workingDays / 2));
  });

  it('SUP-03 compliant micro businesses and very good low-risk ones are exempt with their reasons, not dropped', () => {
    const result = plan({ businesses: [
      business('MICRO', { scale: 'micro', compliance: 'good', activities: [{ risk: 'medium-high' }] }),
      business('VG', { compliance: 'very-good', activities: [{ risk: 'low' }, { risk: 'high' }] }),
    ] });
    assert.deepEqual(result.exempt.map((e) => [e.businessId, e.risk, e.reasons.at(-1)?.source.article]), [
      ['MICRO', 'medium-high', 'Pasal 23 ayat (7); Pasal 26 huruf e'],
      ['VG', 'low', 'Pasal 23 ayat (3) huruf a'],
    ]);
    assert.deepEqual(result.inspections.map((p) => [p.businessId, p.risk, p.maxPerYear, p.visits.length]), [['VG', 'high', 1, 1]]);
  });

  it('SUP-05 priority: national priority, then licence risk, investment, unmet basic requirements, low realisation; 23(4) releases go last', () => {
    const businesses = [
      business('R', { inspectionHistory: [{ year: 2025, compliance: 'good' }], plannedInvestment: 9e12 }),
      business('M2', { activities: [{ risk: 'medium-high' }], plannedInvestment: 1e9, basicRequirementsMet: true }),
      business('H3'),
      business('M1', { activities: [{ risk: 'medium-high' }], plannedInvestment: 1e9, basicRequirementsMet: false, realisationPercent: 50 }),
      business('H1', { plannedInvestment: 5e9 }),
      business('N', { nationalPriority: true, activities: [{ risk: 'low' }] }),
      business('M3', { activities: [{ risk: 'medium-high' }], plannedInvestment: 1e9, basicRequirementsMet: false, realisationPercent: 10 }),
      business('H2', { plannedInvestment: 1e10 }),
    ];
    const result = plan({ businesses, capacity: { inspectors: 10, inspectionsPerInspectorPerDay: 1 } });
    assert.deepEqual(result.inspections.map((p) => p.businessId), ['N', 'H2', 'H1', 'H3', 'M3', 'M1', 'M2', 'R']);
    assert.deepEqual(result.inspections.map((p) => p.rank), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.isTrue(result.inspections[7]?.releasedFromPriority);
    assert.deepEqual(result.priorityOrder.map((c) => c.source.article), ['Pasal 13 ayat (2)', 'Pasal 12 ayat (2) huruf a', 'Pasal 12 ayat (2) huruf b', 'Pasal 12 ayat (2) huruf c', 'Pasal 12 ayat (2) huruf d']);

    const byInvestment = plan({ businesses, capacity: { inspectors: 10, inspectionsPerInspectorPerDay: 1 }, settings: { priorityOrder: ['planned-investment', 'licence'] } });
    assert.deepEqual(byInvestment.inspections.map((p) => p.businessId), ['H2', 'H1', 'M1', 'M2', 'M3', 'H3', 'N', 'R']);
    const kept = plan({ businesses, capacity: { inspectors: 10, inspectionsPerInspectorPerDay: 1 }, settings: { releaseCompliantHigherRisk: false } });
    assert.equal(kept.inspections[1]?.businessId, 'R');
  });

  it('SUP-05 capacity: 5 days × 2 seats hold 10 visits; every unit gets a first visit before any gets a second', () => {
    const eight = plan({ businesses: 'ABCDEFGH'.split('').map((id) => business(id)), lastInspectionDate: '2026-01-23', capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 2 } });
    assert.equal(eight.window.workingDays, 5);
    assert.deepEqual(eight.inspections.map((p) => p.visits.map((v) => v.date.slice(8)).join('+')), [
      '19+22', '20+23', '19', '20', '21', '21', '22', '23',
    ]);
    assert.deepEqual(eight.unscheduled.map((u) => [u.businessId, u.planned, u.missing, u.code]), 'CDEFGH'.split('').map((id) => [id, 1, 1, 'supervision.capacity-exhausted']));
    assert.deepEqual(eight.totals, { businesses: 8, units: 8, plannedVisits: 10, unscheduledVisits: 6 });

    const twelve = plan({ businesses: 'ABCDEFGHIJKL'.split('').map((id) => business(id)), lastInspectionDate: '2026-01-23', capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 2 } });
    assert.isTrue(twelve.inspections.every((p) => p.visits.length === 1));
    assert.deepEqual(twelve.unscheduled.filter((u) => u.planned === 0).map((u) => [u.businessId, u.rank]), [['K', 11], ['L', 12]]);
    assert.include(twelve.unscheduled[0]?.message.id ?? '', 'Kapasitas');
  });

  it('SUP-05 no routine inspection outside the plan (Pasal 15(5))', () => {
    const result = plan({ businesses: [business('A')] });
    const visit = checkRoutineInspection(result, { businessId: 'A', location: 'Jl. A', risk: 'high', date: '2026-01-19' });
    assert.isTrue(visit.ok);
    for (const query of [
      { businessId: 'A', location: 'Jl. A', risk: 'high' as const, date: '2026-01-20' },
      { businessId: 'B', location: 'Jl. A', risk: 'high' as const, date: '2026-01-19' },
      { businessId: 'A', location: 'Jl. A', risk: 'low' as const, date: '2026-01-19' },
    ]) {
      const outside = checkRoutineInspection(result, query);
      assert.isFalse(outside.ok);
      if (!outside.ok) {
        assert.equal(outside.error.code, 'supervision.not-in-plan');
        assert.include(outside.error.message.en, 'Pasal 15(5)');
      }
    }
  });

  it('SUP-03 inspected two years running and still not compliant: the licence is flagged for evaluation (Pasal 23(5))', () => {
    const businesses = [
      business('POOR', { inspectionHistory: [{ year: 2024, compliance: 'poor' }, { year: 2025, compliance: 'poor' }] }),
      business('MENDED', { inspectionHistory: [{ year: 2024, compliance: 'poor' }, { year: 2025, compliance: 'very-good' }] }),
      business('GOOD', { inspectionHistory: [{ year: 2024, compliance: 'poor' }, { year: 2025, compliance: 'good' }] }),
      business('GAP', { inspectionHistory: [{ year: 2023, compliance: 'poor' }, { year: 2025, compliance: 'poor' }] }),
    ];
    const result = plan({ businesses });
    assert.deepEqual(result.evaluations.map((e) => [e.businessId, e.years, e.ratings, e.source.article]), [['POOR', [2024, 2025], ['poor', 'poor'], 'Pasal 23 ayat (5)']]);
    const literal = plan({ businesses, settings: { notCompliantRatings: ['good', 'poor'] } });
    assert.deepEqual(literal.evaluations.map((e) => e.businessId), ['POOR', 'GOOD']);
  });

  it('SUP-05 refuses bad input with code and path, never throws', () => {
    const cases: [unknown, string, string][] = [
      [{ businesses: [business('A', { activities: [{ risk: 'severe' as never }] })] }, 'supervision.risk-invalid', 'businesses.0.activities.0.risk'],
      [{ businesses: [business('A', { name: '<img src=x onerror=alert(1)>' })] }, 'supervision.text-unsafe', 'businesses.0.name'],
      [{ businesses: [business('A', { name: ' \u3000 ' })] }, 'supervision.text-missing', 'businesses.0.name'],
      [{ businesses: [business('A'.repeat(101))] }, 'supervision.text-too-long', 'businesses.0.id'],
      [{ businesses: [business('A', { location: 'Jl. A\u0000' })] }, 'supervision.text-unsafe', 'businesses.0.location'],
      [{ businesses: [business('A', { plannedInvestment: Number.NaN })] }, 'supervision.rupiah-invalid', 'businesses.0.plannedInvestment'],
      [{ businesses: [business('A', { plannedInvestment: 2 ** 60 })] }, 'supervision.rupiah-invalid', 'businesses.0.plannedInvestment'],
      [{ businesses: [business('A', { realisationPercent: -1 })] }, 'supervision.percent-invalid', 'businesses.0.realisationPercent'],
      [{ businesses: [business('A', { activities: [] })] }, 'supervision.list-invalid', 'businesses.0.activities'],
      [{ businesses: [business('A'), business('A')] }, 'supervision.business-duplicate', 'businesses.1'],
      [{ businesses: [business('A', { inspectionHistory: [{ year: 2026, compliance: 'poor' }] })] }, 'supervision.number-invalid', 'businesses.0.inspectionHistory.0.year'],
      [{ businesses: [], capacity: { inspectors: 0, inspectionsPerInspectorPerDay: 1 } }, 'supervision.number-invalid', 'capacity.inspectors'],
      [{ businesses: [], year: 2027 }, 'calendar.out-of-range', 'date'],
      [{ businesses: 'all' }, 'supervision.list-invalid', 'businesses'],
      [{ businesses: [], lastInspectionDate: '2027-01-05' }, 'supervision.date-outside-year', 'lastInspectionDate'],
      [{ businesses: [], settings: { priorityOrder: ['size'] } }, 'supervision.priority-criterion-invalid', 'settings.priorityOrder.0'],
      [{ businesses: [], settings: { deadlines: { assignmentLetter: SUPERVISION_DEADLINES.assignmentLetter } } }, 'supervision.number-invalid', 'settings.deadlines.businessNotification.workingDays'],
      [{ businesses: [], settings: { frequency: { routine: [{ ...ROUTINE_INSPECTION_FREQUENCY[3], maxPerYear: 3 }], complianceCaps: [] } } }, 'supervision.number-invalid', 'settings.frequency.routine.0.maxPerYear'],
    ];
    for (const [input, code, path] of cases) {
      const result = planInspections({ year: 2026, capacity: ONE_A_DAY, ...(input as object) } as PlanInput);
      assert.isFalse(result.ok, code);
      if (!result.ok) {
        assert.equal(result.error.code, code);
        assert.equal(result.error.path, path, code);
        assert.isNotEmpty(result.error.message.id);
      }
    }
    const many = planInspections({ year: 2026, capacity: ONE_A_DAY, businesses: [business('A', { name: '' }), business('B', { scale: 'giant' as never })] });
    assert.isFalse(many.ok);
    if (!many.ok) {
      assert.equal(many.error.code, 'supervision.businesses-invalid');
      assert.deepEqual(many.error.issues?.map((i) => i.path), ['businesses.0.name', 'businesses.1.scale']);
    }
    assert.isFalse(planInspections(undefined as never).ok);
  });
});
