import { cite, type Citation } from '../citation.js';
import { ok, type LocalizedText, type Result } from '../result.js';
import { parseLkpmPeriod, type LkpmPeriod } from './lkpm-periods.js';
import { readArray, readBoolean, readObject, readRupiah, refuse } from './validate.js';

/** One period of a business's LKPM history. */
export interface LkpmReport {
  /** `2025-Q3` or `2025-S1`. */
  readonly period: string;
  readonly submitted: boolean;
  /** The additional investment realised in the period, integer rupiah; required when submitted, 0 = nil. */
  readonly realisation?: number;
}

/** The kinds of LKPM light violation of SAN-01. */
export type LkpmViolationKind = 'lkpm-not-submitted' | 'lkpm-nil-realisation';

/** One LKPM light-violation rule: how many consecutive periods trigger it. */
export interface LkpmViolationRule {
  readonly kind: LkpmViolationKind;
  readonly consecutivePeriods: number;
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** SAN-01: no LKPM for 2 consecutive periods (Pasal 48(1)(d)); nil realisation for 4 consecutive periods (48(1)(e)). */
export const LKPM_VIOLATION_RULES: readonly LkpmViolationRule[] = [
  {
    kind: 'lkpm-not-submitted', consecutivePeriods: 2,
    name: { id: 'Tidak menyampaikan LKPM selama 2 periode berturut-turut', en: 'No LKPM for 2 consecutive periods' },
    source: cite('B98', 'Pasal 48 ayat (1) huruf d'),
  },
  {
    kind: 'lkpm-nil-realisation', consecutivePeriods: 4,
    name: { id: 'LKPM dengan nilai realisasi nihil selama 4 periode berturut-turut', en: 'LKPM with nil realisation for 4 consecutive periods' },
    source: cite('B98', 'Pasal 48 ayat (1) huruf e'),
  },
];

/** A light violation found in an LKPM history. */
export interface LkpmViolation {
  readonly kind: LkpmViolationKind;
  readonly severity: 'light';
  /** Every period of the run, in order; the run is at least the rule's length. */
  readonly periods: readonly string[];
  readonly rule: LkpmViolationRule;
  /** Written warning 1, 2 and/or 3 (Pasal 48(2)). */
  readonly sanction: { readonly kind: 'written-warning'; readonly source: Citation };
}

const SANCTION = { kind: 'written-warning', source: cite('B98', 'Pasal 48 ayat (2)') } as const;

interface ReadReport {
  readonly period: LkpmPeriod;
  readonly submitted: boolean;
  readonly realisation: number | undefined;
}

function readHistory(history: unknown): Result<ReadReport[]> {
  const list = readArray(history, 'history');
  if (!list.ok) return list;
  const reports: ReadReport[] = [];
  for (const [i, item] of list.value.entries()) {
    const path = `history.${i}`;
    const object = readObject(item, path);
    if (!object.ok) return object;
    const period = parseLkpmPeriod(object.value.period, `${path}.period`);
    if (!period.ok) return period;
    const submitted = readBoolean(object.value.submitted, `${path}.submitted`);
    if (!submitted.ok) return submitted;
    let realisation: number | undefined;
    if (submitted.value) {
      const amount = readRupiah(object.value.realisation, `${path}.realisation`);
      if (!amount.ok) return amount;
      realisation = amount.value;
    } else if (object.value.realisation !== undefined) {
      return refuse('lkpm.realisation-without-report', `${path}.realisation`, 'Periode tanpa LKPM tidak memiliki nilai realisasi.', 'A period without an LKPM has no realisation value.');
    }
    reports.push({ period: period.value, submitted: submitted.value, realisation });
  }
  reports.sort((a, b) => a.period.ordinal - b.period.ordinal);
  for (let i = 1; i < reports.length; i++) {
    const prev = (reports[i - 1] as ReadReport).period;
    const cur = (reports[i] as ReadReport).period;
    if (cur.cadence !== prev.cadence) {
      return refuse('lkpm.mixed-periods', 'history', 'Riwayat mencampur periode triwulan dan semester.', 'The history mixes quarters and semesters.');
    }
    if (cur.ordinal === prev.ordinal) {
      return refuse('lkpm.period-duplicate', 'history', `Periode ${cur.period} tercantum dua kali.`, `Period ${cur.period} is listed twice.`);
    }
    if (cur.ordinal !== prev.ordinal + 1) {
      return refuse('lkpm.history-gap', 'history', `Riwayat melompat dari ${prev.period} ke ${cur.period}: cantumkan setiap periode.`,
        `The history jumps from ${prev.period} to ${cur.period}: list every period.`);
    }
  }
  return ok(reports);
}

/**
 * Finds the LKPM light violations of SAN-01 (B98 Pasal 48(1)(d)–(e)) in a business's history: no LKPM for 2
 * consecutive periods, and LKPMs with nil realisation for 4 consecutive periods. The history lists every period
 * once, all quarters or all semesters, in any order; a gap is refused (`lkpm.history-gap`) rather than guessed.
 * One violation is reported per maximal run, with all the periods of the run. A period without an LKPM ends a run
 * of nil realisation (it is the other violation, not a nil report).
 *
 * @example
 * ```ts
 * detectLkpmViolations([
 *   { period: '2025-Q1', submitted: false }, { period: '2025-Q2', submitted: false },
 *   { period: '2025-Q3', submitted: true, realisation: 0 },
 * ]); // [{ kind: 'lkpm-not-submitted', periods: ['2025-Q1', '2025-Q2'], … }]
 * ```
 */
export function detectLkpmViolations(history: readonly LkpmReport[], rules: readonly LkpmViolationRule[] = LKPM_VIOLATION_RULES): Result<LkpmViolation[]> {
  const reports = readHistory(history);
  if (!reports.ok) return reports;
  const violations: LkpmViolation[] = [];
  for (const rule of rules) {
    const matches = (r: ReadReport) => (rule.kind === 'lkpm-not-submitted' ? !r.submitted : r.submitted && r.realisation === 0);
    let run: string[] = [];
    const close = () => {
      if (run.length >= rule.consecutivePeriods) violations.push({ kind: rule.kind, severity: 'light', periods: run, rule, sanction: SANCTION });
      run = [];
    };
    for (const report of reports.value) {
      if (matches(report)) run.push(report.period.period);
      else close();
    }
    close();
  }
  return ok(violations);
}
