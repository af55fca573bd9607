import type { Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import type { IsoDate } from './iso-date.js';

/**
 * One version of a rule that changed over time (CAL-06): in force from `from` (inclusive) until `until`
 * (exclusive; open-ended when absent).
 */
export interface EffectiveRule<T> {
  readonly from: IsoDate;
  readonly until?: IsoDate;
  readonly value: T;
  readonly source: Citation;
}

/**
 * The version of a rule in force on `date` (CAL-06). Versions must not overlap; a date that no version covers is
 * an error (`rule.not-in-force`), never a guess.
 */
export function ruleInForce<T>(versions: readonly EffectiveRule<T>[], date: IsoDate, ruleName = 'rule'): Result<EffectiveRule<T>> {
  const matching = versions.filter((v) => v.from <= date && (v.until === undefined || date < v.until));
  if (matching.length === 1) return ok(matching[0] as EffectiveRule<T>);
  if (matching.length > 1) {
    return fail('rule.overlapping-versions', {
      id: `Lebih dari satu versi aturan ${ruleName} berlaku pada ${date}.`,
      en: `More than one version of the ${ruleName} rule is in force on ${date}.`,
    }, 'date');
  }
  return fail('rule.not-in-force', {
    id: `Tidak ada versi aturan ${ruleName} yang berlaku pada ${date}.`,
    en: `No version of the ${ruleName} rule is in force on ${date}.`,
  }, 'date');
}
