import { cite, type Citation } from '../citation.js';
import { ok, type LocalizedText, type Result } from '../result.js';
import { fromEpochDay, isoDateOf, toEpochDay, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { frequencyFromTables, type InspectionFrequency } from './inspection-frequency.js';
import type { FrequencyReason } from './frequency-rules.js';
import { lettersFor, longestLetterLead, type InspectionLetters } from './inspection-letters.js';
import { BUSINESS_SCALES, COMPLIANCE_RATINGS, RISK_LEVEL_IDS, riskRank, type BusinessScale, type ComplianceRating, type RiskLevel } from './levels.js';
import {
  RISKS_BY_MASK, planCalendar, readBusinesses, readCapacity, readPlanSettings,
  type InspectorCapacity, type PlanBusiness, type PlanInput, type PlanSettings, type ValidBusinesses,
} from './plan-input.js';
import { planMilestones, weekOfMonth, type PlanMilestone } from './plan-milestones.js';
import { PLAN_PRIORITY_CRITERIA, priorityKey, type PriorityCriterion, type PriorityCriterionRow } from './plan-priority.js';
import { allocateVisits } from './plan-schedule.js';
import { sortByKeys } from './sort-by-keys.js';
import { attempt } from '../attempt.js';
import { readDate, readObject, readWholeNumber, refuse } from './validate.js';

/** One planned visit: the day, the inspector (or team, numbered from 1) and the letters' due dates. */
export interface PlannedVisit {
  readonly date: IsoDate;
  readonly inspector: number;
  readonly letters: InspectionLetters;
}

/** One risk level at one business location: the unit the annual plan counts (SUP-04). */
export interface PlanUnit {
  readonly businessId: string;
  readonly businessName: string;
  readonly location: string;
  readonly risk: RiskLevel;
}

/** The plan for one risk level at one business location (SUP-04), in priority order. */
export interface PlannedInspection extends PlanUnit {
  /** 1 = inspected first in priority. */
  readonly rank: number;
  readonly maxPerYear: number;
  readonly reasons: readonly FrequencyReason[];
  /** Planned after all others because a medium-high/high unit was rated compliant last year (Pasal 23(4)). */
  readonly releasedFromPriority: boolean;
  /** One or two visits, in date order; fewer than `maxPerYear` only when capacity ran out (see `unscheduled`). */
  readonly visits: readonly PlannedVisit[];
}

/** A risk level at a location that needs no routine field inspection this year, and why (SUP-03). */
export interface ExemptFromInspection extends PlanUnit {
  readonly reasons: readonly FrequencyReason[];
}

/** Visits the office's capacity could not hold: reported, never dropped. */
export interface UnscheduledInspection extends PlanUnit {
  readonly rank: number;
  readonly maxPerYear: number;
  readonly planned: number;
  readonly missing: number;
  readonly code: 'supervision.capacity-exhausted';
  readonly message: LocalizedText;
}

/** A business inspected two years running and still not compliant: its licence is to be evaluated (Pasal 23(5)). */
export interface LicenceEvaluationFlag {
  readonly businessId: string;
  readonly businessName: string;
  readonly location: string;
  readonly years: readonly [number, number];
  readonly ratings: readonly [ComplianceRating, ComplianceRating];
  readonly source: Citation;
}

/** The annual field-inspection plan (SUP-05, SUP-06). */
export interface InspectionPlan {
  readonly year: number;
  /** When the plan itself is due, in the year before (Pasal 13(3), 14). */
  readonly milestones: readonly PlanMilestone[];
  readonly window: {
    readonly lettersFrom: IsoDate;
    /** The first day an inspection can be planned: its letters could all be sent on or after `lettersFrom`. */
    readonly firstInspection: IsoDate;
    readonly lastInspection: IsoDate;
    readonly workingDays: number;
    readonly capacityPerDay: number;
  };
  readonly priorityOrder: readonly PriorityCriterionRow[];
  readonly inspections: readonly PlannedInspection[];
  readonly exempt: readonly ExemptFromInspection[];
  readonly unscheduled: readonly UnscheduledInspection[];
  readonly evaluations: readonly LicenceEvaluationFlag[];
  readonly totals: {
    readonly businesses: number;
    readonly units: number;
    readonly plannedVisits: number;
    readonly unscheduledVisits: number;
  };
  readonly source: Citation;
}

const CAPACITY_EXHAUSTED: LocalizedText = {
  id: 'Kapasitas pelaksana inspeksi pada tahun rencana tidak mencukupi.',
  en: 'The inspectors’ capacity in the plan year is not enough.',
};
const EVALUATION_RULE = cite('B98', 'Pasal 23 ayat (5)');
const COMPLIANT: readonly ComplianceRating[] = ['good', 'very-good'];

/**
 * The inspection units (one per risk level per location, SUP-04) as parallel columns: unit u is risk level
 * `RISK_LEVEL_IDS[risk[u]]` of business `business[u]`, with frequency `frequencies[frequency[u]]`.
 */
interface Units {
  readonly count: number;
  readonly business: Int32Array;
  readonly risk: Uint8Array;
  readonly frequency: Uint8Array;
  readonly released: Uint8Array;
  readonly frequencies: readonly InspectionFrequency[];
}

interface Window {
  readonly lettersFrom: IsoDate;
  readonly firstInspection: IsoDate;
  readonly lastInspection: IsoDate;
  readonly days: readonly IsoDate[];
}

function readWindow(input: PlanInput, year: number, calendar: WorkCalendar, settings: PlanSettings): Result<Window> {
  const yearStart = isoDateOf(year, 1, 1);
  const yearEnd = isoDateOf(year, 12, 31);
  const lettersFrom = readDate(input.lettersFrom ?? yearStart, 'lettersFrom');
  if (!lettersFrom.ok) return lettersFrom;
  const finalised = weekOfMonth(year - 1, 12, 4).to;
  if (lettersFrom.value <= finalised || lettersFrom.value > yearEnd) {
    return refuse('supervision.letters-outside-plan', 'lettersFrom', `Surat hanya dapat dikirim setelah rencana final (${finalised}) dan dalam tahun ${year}.`,
      `Letters can only be sent after the plan is final (${finalised}) and within ${year}.`);
  }
  const lastInspection = readDate(input.lastInspectionDate ?? yearEnd, 'lastInspectionDate');
  if (!lastInspection.ok) return lastInspection;
  if (lastInspection.value < yearStart || lastInspection.value > yearEnd) {
    return refuse('supervision.date-outside-year', 'lastInspectionDate', `Tanggal harus dalam tahun ${year}.`, `The date must be within ${year}.`);
  }
  return attempt(() => {
    const firstLetterDay = calendar.isWorkingDay(lettersFrom.value) ? lettersFrom.value : calendar.addWorkingDays(lettersFrom.value, 1);
    let first = calendar.addWorkingDays(firstLetterDay, longestLetterLead(settings.deadlines));
    if (first < yearStart) first = calendar.isWorkingDay(yearStart) ? yearStart : calendar.addWorkingDays(yearStart, 1);
    const days: IsoDate[] = [];
    for (let d = toEpochDay(first), end = toEpochDay(lastInspection.value); d <= end; d++) {
      const date = fromEpochDay(d);
      if (calendar.isWorkingDay(date)) days.push(date);
    }
    return ok({ lettersFrom: lettersFrom.value, firstInspection: first, lastInspection: lastInspection.value, days });
  });
}

function buildUnits(businesses: ValidBusinesses, year: number, settings: PlanSettings): Result<Units> {
  const capacity = businesses.list.length * RISK_LEVEL_IDS.length;
  const business = new Int32Array(capacity);
  const risk = new Uint8Array(capacity);
  const frequency = new Uint8Array(capacity);
  const released = new Uint8Array(capacity);
  // At most 4 risks × 4 ratings × 5 scales distinct frequencies: computed once each.
  const memo = new Map<number, number>();
  const frequencies: InspectionFrequency[] = [];
  let count = 0;
  for (let b = 0; b < businesses.list.length; b++) {
    const { compliance, scale } = businesses.list[b] as PlanBusiness;
    const lastYear = COMPLIANCE_RATINGS[businesses.lastYear[b] as number];
    const key = (COMPLIANCE_RATINGS.indexOf(compliance as ComplianceRating) + 1) * 8 + BUSINESS_SCALES.indexOf(scale as BusinessScale) + 1;
    for (const level of RISKS_BY_MASK[businesses.riskMask[b] as number] as readonly RiskLevel[]) {
      const r = riskRank(level);
      let f = memo.get(key * 4 + r);
      if (f === undefined) {
        const computed = frequencyFromTables({ risk: level, ...(compliance ? { compliance } : {}), ...(scale ? { scale } : {}) }, settings.frequency);
        if (!computed.ok) return computed;
        f = frequencies.push(computed.value) - 1;
        memo.set(key * 4 + r, f);
      }
      business[count] = b;
      risk[count] = r;
      frequency[count] = f;
      released[count] = settings.releaseCompliantHigherRisk && r >= 2 && lastYear !== undefined && COMPLIANT.includes(lastYear) ? 1 : 0;
      count++;
    }
  }
  return ok({ count, business, risk, frequency, released, frequencies });
}

/**
 * Orders the given units by the documented priority; ties fall back to business id, location and risk (higher
 * first), so the order does not depend on the order of the input.
 */
function sortByPriority(candidates: Int32Array, units: Units, list: readonly PlanBusiness[], settings: PlanSettings): Int32Array {
  const criteria = settings.priorityOrder;
  const n = candidates.length;
  const columns = [new Float64Array(n), ...criteria.map(() => new Float64Array(n))];
  for (let i = 0; i < n; i++) {
    const u = candidates[i] as number;
    const b = list[units.business[u] as number] as PlanBusiness;
    (columns[0] as Float64Array)[i] = units.released[u] as number;
    for (let c = 0; c < criteria.length; c++) (columns[c + 1] as Float64Array)[i] = priorityKey(b, units.risk[u] as number, criteria[c] as PriorityCriterion);
  }
  const tieBreak = (i: number, j: number): number => {
    const a = candidates[i] as number;
    const b = candidates[j] as number;
    const ba = list[units.business[a] as number] as PlanBusiness;
    const bb = list[units.business[b] as number] as PlanBusiness;
    if (ba.id !== bb.id) return ba.id < bb.id ? -1 : 1;
    if (ba.location !== bb.location) return ba.location < bb.location ? -1 : 1;
    return (units.risk[b] as number) - (units.risk[a] as number);
  };
  return sortByKeys(n, columns, tieBreak).map((i) => candidates[i] as number);
}

function evaluationFlags(businesses: ValidBusinesses, year: number, settings: PlanSettings): LicenceEvaluationFlag[] {
  const flags: LicenceEvaluationFlag[] = [];
  businesses.list.forEach((business, i) => {
    const before = COMPLIANCE_RATINGS[businesses.yearBefore[i] as number];
    const last = COMPLIANCE_RATINGS[businesses.lastYear[i] as number];
    if (before && last && settings.notCompliantRatings.includes(before) && settings.notCompliantRatings.includes(last)) {
      flags.push({ businessId: business.id, businessName: business.name, location: business.location, years: [year - 2, year - 1], ratings: [before, last], source: EVALUATION_RULE });
    }
  });
  return flags;
}

/**
 * Plans the routine field inspections of `year` (SUP-05, SUP-06), in O(n log n):
 *
 * - every business location is split per risk level (SUP-04) and given its frequency (SUP-02, SUP-03); a frequency
 *   of 0 puts the unit in `exempt` with the reasons;
 * - the rest are ordered by priority (Pasal 12–13; see {@link PLAN_PRIORITY_CRITERIA}; units released under Pasal
 *   23(4) go last; ties by business id, location, higher risk first);
 * - visits go on working days from the first day whose letters could all be sent on or after `lettersFrom` to the
 *   last inspection date, never more than the daily capacity; a unit visited twice gets one visit in each half of
 *   that period, ⌈days/2⌉ working days apart; every unit gets a first visit before any gets a second;
 * - whatever capacity could not hold is listed in `unscheduled`; businesses inspected two years running and still
 *   not compliant are listed in `evaluations` (Pasal 23(5)).
 *
 * @example
 * ```ts
 * const plan = planInspections({
 *   year: 2026,
 *   capacity: { inspectors: 4, inspectionsPerInspectorPerDay: 2 },
 *   businesses: [{ id: '9120001234567', name: 'CV Maju', location: 'Jl. Merdeka 1', activities: [{ risk: 'high' }] }],
 * });
 * // plan.value.inspections[0].visits: 2026-01-19 and 2026-06-… with the letters' due dates
 * ```
 */
export function planInspections(input: PlanInput): Result<InspectionPlan> {
  const object = readObject(input, '');
  if (!object.ok) return object;
  const year = readWholeNumber(input.year, 'year', 2, 9999);
  if (!year.ok) return year;
  const settings = readPlanSettings(input.settings);
  if (!settings.ok) return settings;
  const capacity = readCapacity(input.capacity);
  if (!capacity.ok) return capacity;
  const calendar = planCalendar(input);
  const window = readWindow(input, year.value, calendar, settings.value);
  if (!window.ok) return window;
  const businesses = readBusinesses(input.businesses, year.value);
  if (!businesses.ok) return businesses;
  const units = buildUnits(businesses.value, year.value, settings.value);
  if (!units.ok) return units;
  const milestones = planMilestones(year.value, calendar);
  if (!milestones.ok) return milestones;
  return attempt(() => ok(assemble(year.value, window.value, capacity.value, units.value, businesses.value, milestones.value, calendar, settings.value)));
}

function assemble(year: number, window: Window, capacity: InspectorCapacity, units: Units, businesses: ValidBusinesses,
  milestones: PlanMilestone[], calendar: WorkCalendar, settings: PlanSettings): InspectionPlan {
  const list = businesses.list;
  const exempt: ExemptFromInspection[] = [];
  const candidates = new Int32Array(units.count);
  let candidateCount = 0;
  for (let u = 0; u < units.count; u++) {
    const frequency = units.frequencies[units.frequency[u] as number] as InspectionFrequency;
    if (frequency.maxPerYear > 0) candidates[candidateCount++] = u;
    else {
      const b = list[units.business[u] as number] as PlanBusiness;
      exempt.push({ businessId: b.id, businessName: b.name, location: b.location, risk: frequency.risk, reasons: frequency.reasons });
    }
  }
  const ordered = sortByPriority(candidates.subarray(0, candidateCount), units, list, settings);
  const frequencyOf = (u: number) => units.frequencies[units.frequency[u] as number] as InspectionFrequency;
  const perInspector = capacity.inspectionsPerInspectorPerDay;
  const slots = allocateVisits(window.days.length, capacity.inspectors * perInspector, Uint8Array.from(ordered, (u) => frequencyOf(u).maxPerYear));
  const letters = window.days.map((date) => lettersFor(date, calendar, settings.deadlines));
  // Visits are read-only values: every unit an inspector sees on one day shares the same object.
  const visitCache: (PlannedVisit | undefined)[] = new Array(window.days.length * capacity.inspectors);
  const visit = (day: number, seat: number): PlannedVisit => {
    const inspector = Math.floor(seat / perInspector);
    const key = day * capacity.inspectors + inspector;
    const cached = visitCache[key];
    if (cached) return cached;
    const dayLetters = letters[day] as InspectionLetters;
    return (visitCache[key] = { date: dayLetters.date, inspector: inspector + 1, letters: dayLetters });
  };

  const inspections: PlannedInspection[] = [];
  const unscheduled: UnscheduledInspection[] = [];
  let plannedVisits = 0;
  let unscheduledVisits = 0;
  for (let i = 0; i < ordered.length; i++) {
    const u = ordered[i] as number;
    const b = list[units.business[u] as number] as PlanBusiness;
    const frequency = frequencyOf(u);
    const rank = i + 1;
    const day1 = slots.day1[i] as number;
    const day2 = slots.day2[i] as number;
    const visits: readonly PlannedVisit[] = day1 < 0 ? [] : day2 < 0 ? [visit(day1, slots.seat1[i] as number)]
      : [visit(day1, slots.seat1[i] as number), visit(day2, slots.seat2[i] as number)];
    const max = frequency.maxPerYear;
    if (visits.length > 0) {
      inspections.push({ rank, businessId: b.id, businessName: b.name, location: b.location, risk: frequency.risk, maxPerYear: max,
        reasons: frequency.reasons, releasedFromPriority: units.released[u] === 1, visits });
    }
    if (visits.length < max) {
      unscheduled.push({ rank, businessId: b.id, businessName: b.name, location: b.location, risk: frequency.risk, maxPerYear: max,
        planned: visits.length, missing: max - visits.length, code: 'supervision.capacity-exhausted', message: CAPACITY_EXHAUSTED });
    }
    plannedVisits += visits.length;
    unscheduledVisits += max - visits.length;
  }

  return {
    year,
    milestones,
    window: { lettersFrom: window.lettersFrom, firstInspection: window.firstInspection, lastInspection: window.lastInspection, workingDays: window.days.length, capacityPerDay: capacity.inspectors * perInspector },
    priorityOrder: settings.priorityOrder.map((c) => PLAN_PRIORITY_CRITERIA.find((row) => row.criterion === c) as PriorityCriterionRow),
    inspections,
    exempt,
    unscheduled,
    evaluations: evaluationFlags(businesses, year, settings),
    totals: { businesses: list.length, units: units.count, plannedVisits, unscheduledVisits },
    source: cite('B98', 'Pasal 11–15'),
  };
}

/** What {@link checkRoutineInspection} looks up. */
export interface RoutineInspectionQuery {
  readonly businessId: string;
  readonly location: string;
  readonly risk: RiskLevel;
  readonly date: IsoDate;
}

/**
 * Pasal 15(5): no routine supervision outside the annual plan. Returns the planned visit for the business, location,
 * risk level and date, or fails with `supervision.not-in-plan`.
 *
 * @example
 * ```ts
 * checkRoutineInspection(plan, { businessId: '9120001234567', location: 'Jl. Merdeka 1', risk: 'high', date: '2026-01-19' });
 * ```
 */
export function checkRoutineInspection(plan: InspectionPlan, query: RoutineInspectionQuery): Result<PlannedVisit> {
  const date = readDate(query.date, 'date');
  if (!date.ok) return date;
  const found = plan.inspections
    .find((p) => p.businessId === query.businessId && p.location === query.location && p.risk === query.risk)
    ?.visits.find((v) => v.date === date.value);
  if (found) return ok(found);
  return refuse('supervision.not-in-plan', 'date', 'Pengawasan rutin di luar rencana inspeksi lapangan tahunan dilarang (Pasal 15 ayat (5)).',
    'Routine supervision outside the annual inspection plan is not allowed (Pasal 15(5)).');
}
