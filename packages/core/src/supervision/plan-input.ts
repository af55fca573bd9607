import { ok, type LocalizedText, type Result, type SpError } from '../result.js';
import { indonesiaCalendar, type IsoDate, type WorkCalendar } from '../calendar/index.js';
import { SUPERVISION_DEADLINES, type SupervisionDeadlines } from './deadlines.js';
import { DEFAULT_FREQUENCY_SETTINGS, type FrequencySettings } from './frequency-rules.js';
import type { BusinessActivity } from './inspection-frequency.js';
import { BUSINESS_SCALES, COMPLIANCE_RATINGS, RISK_LEVEL_IDS, type BusinessScale, type ComplianceRating, type RiskLevel } from './levels.js';
import { PRIORITY_CRITERION_IDS, type PriorityCriterion } from './plan-priority.js';
import { checkChoice } from '../choice-input.js';
import { failWithIssues } from '../issues.js';
import { isSafeText } from '../text-input.js';
import { isRupiah, readArray, readBoolean, readObject, readRupiah, readText, readWholeNumber, refuse } from './validate.js';

/** A past inspection result of a business location: the year and the rating it got. */
export interface InspectionHistoryEntry {
  readonly year: number;
  readonly compliance: ComplianceRating;
}

/** One business location to plan: who, where, its activities, and the facts that decide its priority. */
export interface PlanBusiness {
  /** The business's id (its NIB, say); with `location` it identifies the entry. */
  readonly id: string;
  readonly name: string;
  /** The business location (*lokasi proyek*), an id or an address. */
  readonly location: string;
  /** The activities at this location; each risk level present is supervised on its own (SUP-04). */
  readonly activities: readonly BusinessActivity[];
  readonly scale?: BusinessScale;
  /** The current compliance rating (SUP-03); absent when not yet rated. */
  readonly compliance?: ComplianceRating;
  /** On the national priority list (Pasal 13(2)); absent means not. */
  readonly nationalPriority?: boolean;
  /** Planned investment in integer rupiah (Pasal 12(2)(b)). */
  readonly plannedInvestment?: number;
  /** Basic licensing requirements met (Pasal 12(2)(c)). */
  readonly basicRequirementsMet?: boolean;
  /** Investment realised so far, in percent of the plan, 0–1000 (Pasal 12(2)(d)). */
  readonly realisationPercent?: number;
  /** Earlier field-inspection results, for Pasal 23(4) and 23(5). */
  readonly inspectionHistory?: readonly InspectionHistoryEntry[];
}

/** How many inspections the office can make per working day: inspectors (or teams) × visits each. */
export interface InspectorCapacity {
  readonly inspectors: number;
  readonly inspectionsPerInspectorPerDay: number;
}

/** Rules of the plan a municipality may change; each defaults to B98 or to the documented interpretation. */
export interface PlanSettings {
  readonly frequency: FrequencySettings;
  readonly deadlines: SupervisionDeadlines;
  /** The order in which priority criteria are compared (default {@link PLAN_PRIORITY_CRITERIA}). */
  readonly priorityOrder: readonly PriorityCriterion[];
  /**
   * Pasal 23(4): a medium-high or high unit rated good (or very good) at last year's inspection "may" leave the
   * priority list. Default `true`: such units are planned after all others (they are not dropped).
   */
  readonly releaseCompliantHigherRisk: boolean;
  /**
   * The ratings that count as "not yet compliant" for the licence evaluation of Pasal 23(5). Default `['poor']`:
   * Pasal 23(4) declares a good rating compliant. (23(5)'s own wording also names "baik"; a municipality that reads
   * it literally passes `['good', 'poor']`.)
   */
  readonly notCompliantRatings: readonly ComplianceRating[];
}

/** The defaults of {@link PlanSettings}. */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  frequency: DEFAULT_FREQUENCY_SETTINGS,
  deadlines: SUPERVISION_DEADLINES,
  priorityOrder: PRIORITY_CRITERION_IDS,
  releaseCompliantHigherRisk: true,
  notCompliantRatings: ['poor'],
};

/** Input of {@link planInspections}. */
export interface PlanInput {
  /** The year the plan is for (its inspections happen in this year). */
  readonly year: number;
  readonly businesses: readonly PlanBusiness[];
  readonly capacity: InspectorCapacity;
  /** Defaults to {@link indonesiaCalendar}. It must cover the plan year. */
  readonly calendar?: WorkCalendar;
  /**
   * The first day letters for the plan can be sent. Default: 1 January of the plan year (OSS notifies the final plan
   * at the start of the year, Pasal 15(2)), so the first inspection is the 10th working day after the first working
   * day of January. A city whose final plan is ready earlier passes a date from 29 December of the year before
   * (after the finalisation week) to start inspecting sooner; the calendar must then cover that year too.
   */
  readonly lettersFrom?: IsoDate;
  /** The last day inspections may be planned; default 31 December of the plan year. */
  readonly lastInspectionDate?: IsoDate;
  readonly settings?: Partial<PlanSettings>;
}

/**
 * The businesses after validation, as parallel columns: a city of 100,000 allocates no wrapper object per business.
 * `riskMask[i]` has bit r set when risk level `RISK_LEVEL_IDS[r]` is present at business i's location.
 */
export interface ValidBusinesses {
  readonly list: readonly PlanBusiness[];
  readonly riskMask: Uint8Array;
  /** The rating of the inspection of the year before the plan (index into COMPLIANCE_RATINGS), −1 when none. */
  readonly lastYear: Int8Array;
  /** The rating of the inspection two years before the plan, −1 when none. */
  readonly yearBefore: Int8Array;
}

const MAX_ISSUES = 20;

function readPercent(value: unknown, path: string): Result<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1000) {
    return refuse('supervision.percent-invalid', path, 'Persentase realisasi harus angka 0 sampai 1000.', 'The realisation percentage must be a number from 0 to 1000.');
  }
  return ok(value);
}

type Failure = Extract<Result<unknown>, { ok: false }>;

/** A field of a business: a cheap test for the common, valid case and the reader that explains a failure. */
interface FieldCheck {
  readonly field: keyof PlanBusiness;
  readonly optional: boolean;
  readonly test: (v: unknown) => boolean;
  readonly explain: (v: unknown, path: string) => Result<unknown>;
}

const check = (field: keyof PlanBusiness, optional: boolean, test: FieldCheck['test'], explain: FieldCheck['explain']): FieldCheck => ({ field, optional, test, explain });

const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1000;
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const SCALE = { id: 'Skala usaha', en: 'business scale' };
const RATING = { id: 'Nilai kepatuhan', en: 'compliance rating' };
const RISK = { id: 'Tingkat risiko', en: 'risk level' };

const BUSINESS_FIELDS: readonly FieldCheck[] = [
  check('id', false, (v) => isSafeText(v, 100), (v, p) => readText(v, p, 100)),
  check('name', false, (v) => isSafeText(v), (v, p) => readText(v, p)),
  check('location', false, (v) => isSafeText(v), (v, p) => readText(v, p)),
  check('scale', true, (v) => (BUSINESS_SCALES as readonly unknown[]).includes(v), (v, p) => checkChoice(v, BUSINESS_SCALES, p, 'supervision.scale-invalid', SCALE)),
  check('compliance', true, (v) => (COMPLIANCE_RATINGS as readonly unknown[]).includes(v), (v, p) => checkChoice(v, COMPLIANCE_RATINGS, p, 'supervision.compliance-invalid', RATING)),
  check('nationalPriority', true, isBoolean, readBoolean),
  check('plannedInvestment', true, isRupiah, readRupiah),
  check('basicRequirementsMet', true, isBoolean, readBoolean),
  check('realisationPercent', true, isPercent, readPercent),
];

/** The distinct risk levels of a location, by bit mask (bit i = RISK_LEVEL_IDS[i]): shared arrays, lowest risk first. */
export const RISKS_BY_MASK: readonly (readonly RiskLevel[])[] = Array.from({ length: 16 }, (_, mask) => RISK_LEVEL_IDS.filter((_r, i) => mask & (1 << i)));

/**
 * Checks an inspection history and returns the ratings of the two years before the plan (indexes into
 * COMPLIANCE_RATINGS, −1 when not inspected): all Pasal 23(4) and 23(5) need.
 */
function readHistory(value: unknown, path: string, year: number): Result<readonly [number, number]> {
  const entries = readArray(value, path);
  if (!entries.ok) return entries;
  let last = -1;
  let before = -1;
  for (const [i, entry] of entries.value.entries()) {
    const at = `${path}.${i}`;
    const e = readObject(entry, at);
    if (!e.ok) return e;
    const y = readWholeNumber(e.value.year, `${at}.year`, 1, year - 1);
    if (!y.ok) return y;
    const rating = checkChoice(e.value.compliance, COMPLIANCE_RATINGS, `${at}.compliance`, 'supervision.compliance-invalid', RATING);
    if (!rating.ok) return rating;
    if (entries.value.slice(0, i).some((other) => (other as { year?: unknown }).year === y.value)) {
      return refuse('supervision.history-duplicate-year', `${at}.year`, `Tahun ${y.value} tercatat dua kali.`, `The year ${y.value} is listed twice.`);
    }
    if (y.value === year - 1) last = COMPLIANCE_RATINGS.indexOf(rating.value);
    if (y.value === year - 2) before = COMPLIANCE_RATINGS.indexOf(rating.value);
  }
  return ok([last, before]);
}

/** Checks one business; returns the bit mask of its risk levels, or the failure. */
function readBusiness(value: unknown, index: number): Failure | number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return readObject(value, `businesses.${index}`) as Failure;
  const b = value as Record<string, unknown>;
  for (let f = 0; f < BUSINESS_FIELDS.length; f++) {
    const { field, optional, test, explain } = BUSINESS_FIELDS[f] as FieldCheck;
    const v = b[field];
    if ((optional && v === undefined) || test(v)) continue;
    return explain(v, `businesses.${index}.${field}`) as Failure;
  }
  const activities = b.activities;
  if (!Array.isArray(activities) || activities.length === 0) return readArray(activities, `businesses.${index}.activities`, 1) as Failure;
  let mask = 0;
  for (let i = 0; i < activities.length; i++) {
    const risk = RISK_LEVEL_IDS.indexOf((activities[i] as { risk?: RiskLevel } | null)?.risk as RiskLevel);
    if (risk < 0) {
      const path = `businesses.${index}.activities.${i}`;
      const object = readObject(activities[i], path);
      return (object.ok ? checkChoice(object.value.risk, RISK_LEVEL_IDS, `${path}.risk`, 'supervision.risk-invalid', RISK) : object) as Failure;
    }
    mask |= 1 << risk;
  }
  return mask;
}

/** Records the business's id and location in `seen`; true when that pair was already there. */
function isDuplicate(seen: Map<string, string | Set<string>>, business: PlanBusiness): boolean {
  const before = seen.get(business.id);
  if (before === undefined) seen.set(business.id, business.location);
  else if (typeof before === 'string') {
    if (before === business.location) return true;
    seen.set(business.id, new Set([before, business.location]));
  } else {
    if (before.has(business.location)) return true;
    before.add(business.location);
  }
  return false;
}

/** Validates every business, collecting up to 20 problems; a duplicate id + location is refused. */
export function readBusinesses(value: unknown, year: number): Result<ValidBusinesses> {
  const list = readArray(value, 'businesses');
  if (!list.ok) return list;
  const items = list.value;
  const issues: SpError[] = [];
  const riskMask = new Uint8Array(items.length);
  const lastYear = new Int8Array(items.length).fill(-1);
  const yearBefore = new Int8Array(items.length).fill(-1);
  // Business id → its location(s) so far: no key strings are built, which matters for 100,000 entries.
  const seen = new Map<string, string | Set<string>>();
  for (let i = 0; i < items.length && issues.length < MAX_ISSUES; i++) {
    const mask = readBusiness(items[i], i);
    if (typeof mask !== 'number') {
      issues.push(mask.error);
      continue;
    }
    const business = items[i] as PlanBusiness;
    if (business.inspectionHistory !== undefined) {
      const read = readHistory(business.inspectionHistory, `businesses.${i}.inspectionHistory`, year);
      if (!read.ok) {
        issues.push(read.error);
        continue;
      }
      [lastYear[i], yearBefore[i]] = read.value;
    }
    if (isDuplicate(seen, business)) {
      issues.push(refuse('supervision.business-duplicate', `businesses.${i}`, `Pelaku Usaha ${business.id} di lokasi ini tercantum dua kali.`,
        `Business ${business.id} at this location is listed twice.`).error);
      continue;
    }
    riskMask[i] = mask;
  }
  if (issues.length > 0) {
    const count = `${issues.length}${issues.length >= MAX_ISSUES ? '+' : ''}`;
    return failWithIssues(issues, ([first]) => ({
      code: 'supervision.businesses-invalid',
      ...(first?.path === undefined ? {} : { path: first.path }),
      message: { id: `${count} isian Pelaku Usaha tidak valid.`, en: `${count} business entries are invalid.` },
    }));
  }
  return ok({ list: items as readonly PlanBusiness[], riskMask, lastYear, yearBefore });
}

/** A list whose every item is one of `choices`; the first item that is not fails with `code` at its index. */
function readChoiceList<T extends string>(value: unknown, choices: readonly T[], path: string, code: string, what: LocalizedText): Result<readonly T[]> {
  const list = readArray(value, path);
  if (!list.ok) return list;
  for (const [i, item] of list.value.entries()) {
    const read = checkChoice(item, choices, `${path}.${i}`, code, what);
    if (!read.ok) return read;
  }
  return ok(list.value as readonly T[]);
}

/** Validates the settings a caller passed and fills in the defaults. */
export function readPlanSettings(value: unknown): Result<PlanSettings> {
  if (value === undefined) return ok(DEFAULT_PLAN_SETTINGS);
  const object = readObject(value, 'settings');
  if (!object.ok) return object;
  const s = object.value as Partial<PlanSettings>;
  if (s.priorityOrder !== undefined) {
    const list = readChoiceList(s.priorityOrder, PRIORITY_CRITERION_IDS, 'settings.priorityOrder', 'supervision.priority-criterion-invalid', { id: 'Kriteria prioritas', en: 'priority criterion' });
    if (!list.ok) return list;
  }
  if (s.releaseCompliantHigherRisk !== undefined) {
    const read = readBoolean(s.releaseCompliantHigherRisk, 'settings.releaseCompliantHigherRisk');
    if (!read.ok) return read;
  }
  if (s.notCompliantRatings !== undefined) {
    const list = readChoiceList(s.notCompliantRatings, COMPLIANCE_RATINGS, 'settings.notCompliantRatings', 'supervision.compliance-invalid', { id: 'Nilai kepatuhan', en: 'compliance rating' });
    if (!list.ok) return list;
  }
  if (s.deadlines !== undefined) {
    // A replacement table must carry every limit: a missing one would silently fall back to nothing.
    for (const name of Object.keys(SUPERVISION_DEADLINES) as (keyof SupervisionDeadlines)[]) {
      const limit = (s.deadlines as Partial<SupervisionDeadlines> | null)?.[name] as { workingDays?: unknown } | undefined;
      const read = readWholeNumber(limit?.workingDays, `settings.deadlines.${name}.workingDays`, 0, 250);
      if (!read.ok) return read;
    }
  }
  if (s.frequency !== undefined) {
    for (const table of ['routine', 'complianceCaps'] as const) {
      const rows = readArray(s.frequency?.[table], `settings.frequency.${table}`);
      if (!rows.ok) return rows;
      for (const [i, row] of rows.value.entries()) {
        // The plan schedules at most two visits: B98 Pasal 11(2) caps every level at twice a year.
        const read = readWholeNumber((row as { maxPerYear?: unknown } | undefined)?.maxPerYear, `settings.frequency.${table}.${i}.maxPerYear`, 0, 2);
        if (!read.ok) return read;
      }
    }
  }
  return ok({ ...DEFAULT_PLAN_SETTINGS, ...s });
}

/** Validates the capacity: 1–10,000 inspectors, 1–100 inspections each per day. */
export function readCapacity(value: unknown): Result<InspectorCapacity> {
  const object = readObject(value, 'capacity');
  if (!object.ok) return object;
  const inspectors = readWholeNumber(object.value.inspectors, 'capacity.inspectors', 1, 10_000);
  if (!inspectors.ok) return inspectors;
  const each = readWholeNumber(object.value.inspectionsPerInspectorPerDay, 'capacity.inspectionsPerInspectorPerDay', 1, 100);
  if (!each.ok) return each;
  return ok({ inspectors: inspectors.value, inspectionsPerInspectorPerDay: each.value });
}

/** The calendar a plan uses. */
export function planCalendar(input: PlanInput): WorkCalendar {
  return input.calendar ?? indonesiaCalendar;
}
