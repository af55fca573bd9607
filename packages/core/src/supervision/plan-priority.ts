import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';

/** A criterion of the plan's priority order (SUP-05, B98 Pasal 12(2), 13(2)). */
export type PriorityCriterion = 'national-priority' | 'licence' | 'planned-investment' | 'basic-requirements' | 'realisation';

/** One priority criterion: how it orders businesses, and where the regulation names it. */
export interface PriorityCriterionRow {
  readonly criterion: PriorityCriterion;
  readonly order: LocalizedText;
  readonly source: Citation;
}

/**
 * The criteria of the plan's priority, in the default order. The regulation lists them without weights, so the SDK
 * compares them one after the other (lexicographically); a municipality may pass another order. Where a value is
 * absent it ranks after every present value of that criterion. Interpretations (documented, not in the text):
 * a higher-risk licence, a larger planned investment, unmet basic requirements and slower realisation each mean
 * "inspect sooner".
 */
export const PLAN_PRIORITY_CRITERIA: readonly PriorityCriterionRow[] = [
  {
    criterion: 'national-priority',
    order: { id: 'Kegiatan usaha prioritas nasional lebih dahulu.', en: 'National-priority activities first.' },
    source: cite('B98', 'Pasal 13 ayat (2)'),
  },
  {
    criterion: 'licence',
    order: { id: 'Perizinan Berusaha berisiko lebih tinggi lebih dahulu (izin, lalu sertifikat standar, lalu NIB).', en: 'Higher-risk business licences first (licence, then standard certificate, then NIB).' },
    source: cite('B98', 'Pasal 12 ayat (2) huruf a'),
  },
  {
    criterion: 'planned-investment',
    order: { id: 'Nilai rencana Penanaman Modal lebih besar lebih dahulu.', en: 'Larger planned investment first.' },
    source: cite('B98', 'Pasal 12 ayat (2) huruf b'),
  },
  {
    criterion: 'basic-requirements',
    order: { id: 'Persyaratan dasar belum terpenuhi lebih dahulu.', en: 'Basic requirements not met first.' },
    source: cite('B98', 'Pasal 12 ayat (2) huruf c'),
  },
  {
    criterion: 'realisation',
    order: { id: 'Realisasi Penanaman Modal lebih rendah lebih dahulu.', en: 'Lower investment realisation first.' },
    source: cite('B98', 'Pasal 12 ayat (2) huruf d'),
  },
];

/** Every {@link PriorityCriterion}, in the default order. */
export const PRIORITY_CRITERION_IDS: readonly PriorityCriterion[] = PLAN_PRIORITY_CRITERIA.map((row) => row.criterion);

/** The fields of a business a priority key is computed from (a `PlanBusiness` has them all). */
export interface PriorityFacts {
  readonly nationalPriority?: boolean;
  readonly plannedInvestment?: number;
  readonly basicRequirementsMet?: boolean;
  readonly realisationPercent?: number;
}

/**
 * A number per criterion where smaller means "inspect sooner"; absent values become +Infinity (ranked last).
 * `riskRank` is the unit's risk level, 0 (low) … 3 (high).
 */
export function priorityKey(facts: PriorityFacts, riskRank: number, criterion: PriorityCriterion): number {
  switch (criterion) {
    case 'national-priority': return facts.nationalPriority === true ? 0 : 1;
    case 'licence': return -riskRank;
    case 'planned-investment': return facts.plannedInvestment === undefined ? Infinity : -facts.plannedInvestment;
    case 'basic-requirements': return facts.basicRequirementsMet === undefined ? Infinity : facts.basicRequirementsMet ? 1 : 0;
    case 'realisation': return facts.realisationPercent === undefined ? Infinity : facts.realisationPercent;
  }
}
