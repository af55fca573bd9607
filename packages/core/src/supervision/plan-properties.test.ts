import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { indonesiaCalendar } from '../calendar/index.js';
import { expectedFrequency } from './expected-frequency.fixture.js';
import { BUSINESS_SCALES, COMPLIANCE_RATINGS, RISK_LEVEL_IDS } from './levels.js';
import type { PlanBusiness } from './plan-input.js';
import { planInspections } from './plan-inspections.js';
import { allocateVisits } from './plan-schedule.js';

const calendar = indonesiaCalendar;

const businessArb = (year: number) => fc.record({
  activities: fc.array(fc.record({ risk: fc.constantFrom(...RISK_LEVEL_IDS) }), { minLength: 1, maxLength: 3 }),
  scale: fc.option(fc.constantFrom(...BUSINESS_SCALES), { nil: undefined }),
  compliance: fc.option(fc.constantFrom(...COMPLIANCE_RATINGS), { nil: undefined }),
  nationalPriority: fc.option(fc.boolean(), { nil: undefined }),
  plannedInvestment: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
  basicRequirementsMet: fc.option(fc.boolean(), { nil: undefined }),
  realisationPercent: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
  lastYear: fc.option(fc.constantFrom(...COMPLIANCE_RATINGS), { nil: undefined }),
  location: fc.constantFrom('Jl. Mawar 1', 'Jl. Melati 2'),
}).map((b) => ({ ...b, year }));

const planArb = fc.constantFrom(2025, 2026).chain((year) => fc.record({
  year: fc.constant(year),
  businesses: fc.array(businessArb(year), { maxLength: 40 }),
  inspectors: fc.integer({ min: 1, max: 3 }),
  each: fc.integer({ min: 1, max: 2 }),
  lastInspectionDate: fc.constantFrom(`${year}-01-23`, `${year}-02-27`, `${year}-06-30`, `${year}-12-31`),
  lettersFrom: fc.constantFrom(undefined, `${year - 1}-12-29`, `${year}-01-01`, `${year}-01-05`),
}));

function toBusinesses(generated: readonly { activities: PlanBusiness['activities']; location: string; lastYear?: PlanBusiness['compliance']; year: number }[]): PlanBusiness[] {
  return generated.map((g, i) => {
    const { lastYear, year, ...rest } = g;
    const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as unknown as Omit<PlanBusiness, 'id' | 'name'>;
    return { ...fields, id: `NIB-${String(i).padStart(3, '0')}`, name: `Usaha ${i}`, ...(lastYear ? { inspectionHistory: [{ year: year - 1, compliance: lastYear }] } : {}) };
  });
}

describe('annual plan properties (fast-check)', () => {
  it('SUP-02 SUP-03 SUP-05 SUP-06 a plan respects frequency, capacity, working days and letters, and loses no business', () => {
    fc.assert(fc.property(planArb, (p) => {
      const businesses = toBusinesses(p.businesses);
      const result = planInspections({
        year: p.year, businesses, capacity: { inspectors: p.inspectors, inspectionsPerInspectorPerDay: p.each },
        lastInspectionDate: p.lastInspectionDate, ...(p.lettersFrom ? { lettersFrom: p.lettersFrom } : {}),
      });
      if (!result.ok) return assert.fail(`${result.error.code} ${result.error.path}`);
      const plan = result.value;
      const lettersFrom = p.lettersFrom ?? `${p.year}-01-01`;
      const perDay = new Map<string, number>();
      const perInspector = new Map<string, number>();

      for (const unit of plan.inspections) {
        const b = businesses.find((x) => x.id === unit.businessId) as PlanBusiness;
        // SUP-02/SUP-03: never more visits than the hand-written maximum.
        assert.equal(unit.maxPerYear, expectedFrequency(unit.risk, b.compliance, b.scale));
        assert.isAtLeast(unit.visits.length, 1);
        assert.isAtMost(unit.visits.length, unit.maxPerYear);
        for (const visit of unit.visits) {
          assert.isTrue(calendar.isWorkingDay(visit.date), visit.date);
          assert.isTrue(visit.date >= `${p.year}-01-01` && visit.date <= p.lastInspectionDate, visit.date);
          // SUP-06: every letter could be sent on or after the first letter day, at its lead time.
          assert.isTrue(calendar.addWorkingDays(visit.date, -10) >= lettersFrom, `${visit.date} letters before ${lettersFrom}`);
          assert.equal(visit.letters.agencyRenotificationOn, calendar.addWorkingDays(visit.date, -10));
          assert.equal(visit.letters.assignmentLetterBy, calendar.addWorkingDays(visit.date, -4));
          assert.equal(visit.letters.businessNotificationBy, calendar.addWorkingDays(visit.date, -3));
          perDay.set(visit.date, (perDay.get(visit.date) ?? 0) + 1);
          const seat = `${visit.date}/${visit.inspector}`;
          perInspector.set(seat, (perInspector.get(seat) ?? 0) + 1);
          assert.isAtLeast(visit.inspector, 1);
          assert.isAtMost(visit.inspector, p.inspectors);
        }
        if (unit.visits.length === 2) {
          const [a, b2] = unit.visits;
          assert.isAtLeast(calendar.workingDaysBetween(a?.date ?? '', b2?.date ?? ''), Math.floor(plan.window.workingDays / 2));
        }
      }
      for (const count of perDay.values()) assert.isAtMost(count, p.inspectors * p.each);
      for (const count of perInspector.values()) assert.isAtMost(count, p.each);

      // Never loses a business: each (business, risk level) is planned, exempt or unscheduled, with all its visits.
      for (const b of businesses) {
        for (const risk of new Set(b.activities.map((a) => a.risk))) {
          const max = expectedFrequency(risk, b.compliance, b.scale);
          const planned = plan.inspections.find((u) => u.businessId === b.id && u.risk === risk)?.visits.length ?? 0;
          const missing = plan.unscheduled.find((u) => u.businessId === b.id && u.risk === risk)?.missing ?? 0;
          const exempt = plan.exempt.filter((u) => u.businessId === b.id && u.risk === risk);
          if (max === 0) {
            assert.lengthOf(exempt, 1);
            assert.isNotEmpty(exempt[0]?.reasons ?? []);
          } else {
            assert.lengthOf(exempt, 0);
            assert.equal(planned + missing, max, `${b.id} ${risk}`);
          }
        }
      }
      const units = businesses.reduce((n, b) => n + new Set(b.activities.map((a) => a.risk)).size, 0);
      assert.equal(plan.totals.units, units);
      // Coverage first: while a unit has no visit at all, no unit has a second visit.
      if (plan.unscheduled.some((u) => u.planned === 0)) assert.isTrue(plan.inspections.every((u) => u.visits.length === 1));
    }), { numRuns: 150 });
  });

  it('SUP-05 the plan is deterministic: the same input in another order gives the same plan', () => {
    fc.assert(fc.property(fc.array(businessArb(2026), { maxLength: 25 }), (generated) => {
      const businesses = toBusinesses(generated);
      const a = planInspections({ year: 2026, businesses, capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 1 }, lastInspectionDate: '2026-02-27' });
      const b = planInspections({ year: 2026, businesses: [...businesses].reverse(), capacity: { inspectors: 1, inspectionsPerInspectorPerDay: 1 }, lastInspectionDate: '2026-02-27' });
      assert.isTrue(a.ok && b.ok);
      if (a.ok && b.ok) {
        assert.deepEqual(a.value.inspections, b.value.inspections);
        assert.deepEqual(a.value.unscheduled, b.value.unscheduled);
      }
    }), { numRuns: 60 });
  });

  it('SUP-05 the seat allocator never overfills a day and spaces pairs ⌈days/2⌉ apart, for any size', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 50 }), fc.array(fc.constantFrom(1, 2), { maxLength: 3000 }), (days, perDay, wants) => {
      const { day1, seat1, day2, seat2 } = allocateVisits(days, perDay, wants);
      const seats = new Set<number>();
      let visits = 0;
      let twice = 0;
      for (let i = 0; i < wants.length; i++) {
        for (const [d, s] of [[day1[i], seat1[i]], [day2[i], seat2[i]]] as [number, number][]) {
          if (d === -1) continue;
          assert.isTrue(d >= 0 && d < days && s >= 0 && s < perDay);
          const key = d * perDay + s;
          assert.isFalse(seats.has(key), 'a seat is used twice');
          seats.add(key);
          visits++;
        }
        if ((day2[i] as number) !== -1) {
          twice++;
          assert.equal(wants[i], 2);
          assert.equal((day2[i] as number) - (day1[i] as number), Math.ceil(days / 2));
        }
      }
      const covered = Math.min(wants.length, days * perDay);
      assert.equal(visits - twice, covered);
      // Spare capacity is used for second visits as far as the second half allows.
      const wantTwice = Array.from(wants).slice(0, covered).filter((w) => w === 2).length;
      assert.equal(twice, Math.min(wantTwice, days * perDay - covered, (days - Math.ceil(days / 2)) * perDay));
    }), { numRuns: 200 });
  });
});
