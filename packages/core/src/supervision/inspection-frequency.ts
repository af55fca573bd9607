import { ok, type Result } from '../result.js';
import { DEFAULT_FREQUENCY_SETTINGS, type FrequencyReason, type FrequencySettings } from './frequency-rules.js';
import { BUSINESS_SCALES, COMPLIANCE_RATINGS, RISK_LEVEL_IDS, type BusinessScale, type ComplianceRating, type RiskLevel } from './levels.js';
import { checkChoice, checkOptionalChoice } from '../choice-input.js';
import { readArray, readObject, refuse } from './validate.js';

/** Input of {@link inspectionFrequency}. */
export interface FrequencyInput {
  readonly risk: RiskLevel;
  /** The latest compliance rating; absent when the business has not been rated (no reduction applies). */
  readonly compliance?: ComplianceRating;
  /** The business's scale; absent when unknown (the micro/small relief does not apply). */
  readonly scale?: BusinessScale;
}

/** How often one risk level at one location may be inspected in a year, and why. */
export interface InspectionFrequency {
  readonly risk: RiskLevel;
  readonly compliance?: ComplianceRating;
  readonly scale?: BusinessScale;
  /** The most routine field inspections per location per year; 0 means no field inspection is planned. */
  readonly maxPerYear: number;
  /** The base row (SUP-02) first, then every compliance cap (SUP-03) that applies. */
  readonly reasons: readonly FrequencyReason[];
}

/** Computes a frequency from already validated input: the base row, lowered by every cap that applies. */
export function frequencyFromTables(input: FrequencyInput, settings: FrequencySettings): Result<InspectionFrequency> {
  const base = settings.routine.find((row) => row.risk === input.risk);
  if (!base) {
    return refuse('supervision.frequency-row-missing', 'risk', `Tabel frekuensi tidak memuat risiko ${input.risk}.`,
      `The frequency table has no row for risk ${input.risk}.`);
  }
  let maxPerYear = base.maxPerYear;
  const reasons: FrequencyReason[] = [base];
  for (const cap of settings.complianceCaps) {
    const applies = input.compliance !== undefined && cap.compliance.includes(input.compliance)
      && (cap.risks === undefined || cap.risks.includes(input.risk))
      && (cap.scales === undefined || (input.scale !== undefined && cap.scales.includes(input.scale)));
    if (applies) {
      maxPerYear = Math.min(maxPerYear, cap.maxPerYear);
      reasons.push(cap);
    }
  }
  return ok({
    risk: input.risk,
    ...(input.compliance === undefined ? {} : { compliance: input.compliance }),
    ...(input.scale === undefined ? {} : { scale: input.scale }),
    maxPerYear,
    reasons,
  });
}

/** Validates the risk, compliance and scale fields of an input object (paths relative to it). */
export function readFrequencyInput(value: unknown): Result<FrequencyInput> {
  const object = readObject(value, '');
  if (!object.ok) return object;
  const risk = checkChoice(object.value.risk, RISK_LEVEL_IDS, 'risk', 'supervision.risk-invalid', { id: 'Tingkat risiko', en: 'risk level' });
  if (!risk.ok) return risk;
  const compliance = checkOptionalChoice(object.value.compliance, COMPLIANCE_RATINGS, 'compliance', 'supervision.compliance-invalid', { id: 'Nilai kepatuhan', en: 'compliance rating' });
  if (!compliance.ok) return compliance;
  const scale = checkOptionalChoice(object.value.scale, BUSINESS_SCALES, 'scale', 'supervision.scale-invalid', { id: 'Skala usaha', en: 'business scale' });
  if (!scale.ok) return scale;
  return ok({
    risk: risk.value,
    ...(compliance.value === undefined ? {} : { compliance: compliance.value }),
    ...(scale.value === undefined ? {} : { scale: scale.value }),
  });
}

/**
 * The most routine field inspections per business location per year for one risk level (SUP-02), lowered by the
 * compliance rating and the business's scale (SUP-03), with every row that decided it and its citation.
 *
 * @example
 * ```ts
 * inspectionFrequency({ risk: 'high' });                          // maxPerYear 2 (Pasal 11(2)(b))
 * inspectionFrequency({ risk: 'high', compliance: 'very-good' }); // maxPerYear 1 (Pasal 23(3)(b))
 * inspectionFrequency({ risk: 'low', compliance: 'good', scale: 'small' }); // maxPerYear 0 (Pasal 23(7))
 * ```
 */
export function inspectionFrequency(input: FrequencyInput, settings: FrequencySettings = DEFAULT_FREQUENCY_SETTINGS): Result<InspectionFrequency> {
  const read = readFrequencyInput(input);
  return read.ok ? frequencyFromTables(read.value, settings) : read;
}

/** One business activity at a location: its risk level and, optionally, its KBLI code. */
export interface BusinessActivity {
  readonly risk: RiskLevel;
  readonly kbli?: string;
}

/** The supervision of one risk level at a location: the activities of that level and their frequency (SUP-04). */
export interface RiskLevelSupervision extends InspectionFrequency {
  /** Indexes (in the input list) of the activities with this risk level. */
  readonly activities: readonly number[];
}

/**
 * SUP-04: a location with several activities of different risk is supervised per risk level (Pasal 28(4)). Returns
 * one frequency per risk level present, lowest risk first; activities of the same level share one.
 *
 * @example
 * ```ts
 * locationInspections([{ risk: 'low' }, { risk: 'high' }, { risk: 'low' }]);
 * // [{ risk: 'low', maxPerYear: 1, activities: [0, 2] }, { risk: 'high', maxPerYear: 2, activities: [1] }]
 * ```
 */
export function locationInspections(
  activities: readonly BusinessActivity[],
  business: { readonly compliance?: ComplianceRating; readonly scale?: BusinessScale } = {},
  settings: FrequencySettings = DEFAULT_FREQUENCY_SETTINGS,
): Result<RiskLevelSupervision[]> {
  const list = readArray(activities, 'activities', 1);
  if (!list.ok) return list;
  const byRisk = new Map<RiskLevel, number[]>();
  for (const [i, activity] of list.value.entries()) {
    const object = readObject(activity, `activities.${i}`);
    if (!object.ok) return object;
    const risk = checkChoice(object.value.risk, RISK_LEVEL_IDS, `activities.${i}.risk`, 'supervision.risk-invalid', { id: 'Tingkat risiko', en: 'risk level' });
    if (!risk.ok) return risk;
    byRisk.set(risk.value, [...(byRisk.get(risk.value) ?? []), i]);
  }
  const result: RiskLevelSupervision[] = [];
  for (const risk of RISK_LEVEL_IDS) {
    const indexes = byRisk.get(risk);
    if (!indexes) continue;
    const frequency = inspectionFrequency({ ...business, risk }, settings);
    if (!frequency.ok) return frequency;
    result.push({ ...frequency.value, activities: indexes });
  }
  return ok(result);
}
