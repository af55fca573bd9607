import { cite, type Citation } from '../citation.js';
import { fail, ok, type Result } from '../result.js';
import type { CaseTransitionRow } from './transition-table.js';
import { SANCTION_VIOLATION_CLASSES, SANCTION_VIOLATION_KINDS, type SanctionViolationClass, type SanctionViolationKind } from './violations.js';

/**
 * Where a sanction case stands: coaching first (SAN-04), then the rungs of the ladder of its class, then one of the
 * two final states, `revoked` (the business licence, Pasal 50) or `resolved` (the violation corrected).
 */
export type SanctionState = 'coaching' | 'warning-1' | 'warning-2' | 'warning-3' | 'final-warning' | 'suspension' | 'revoked' | 'resolved';

/** Every sanction state, in ladder order. */
export const SANCTION_STATES: readonly SanctionState[] = ['coaching', 'warning-1', 'warning-2', 'warning-3', 'final-warning', 'suspension', 'revoked', 'resolved'];

/**
 * What happens to a case: the time to correct or respond ran out without a correction (`not-corrected`), the
 * business corrected the violation or had a suspension lifted (`corrected`), or a field inspection proved a violation
 * of a supporting licence (`supporting-licence-violation-proven`, Pasal 51).
 */
export type SanctionEvent = 'not-corrected' | 'corrected' | 'supporting-licence-violation-proven';

/** Every sanction event. */
export const SANCTION_EVENTS: readonly SanctionEvent[] = ['not-corrected', 'corrected', 'supporting-licence-violation-proven'];

/** The step a record documents: the state entered, or the revocation of a supporting licence (Pasal 51). */
export type SanctionStep = SanctionState | 'supporting-licence-revocation';

/** A row of the escalation table: for a case of class `track`, in state `from`, `event` leads to `to`. */
export interface SanctionTransition extends CaseTransitionRow<SanctionState, SanctionEvent> {
  readonly track: SanctionViolationClass;
  /** The step recorded; the same as `to` except for the revocation of a supporting licence, which keeps the state. */
  readonly step: SanctionStep;
}

/** The sanction steps that give the business a time to respond. */
export type RespondableStep = 'warning-1' | 'warning-2' | 'warning-3' | 'final-warning' | 'suspension';

/** How many working days (*Hari*, B98 Pasal 1 angka 28) the business has to respond to a step (SAN-05). */
export interface SanctionResponseTime {
  readonly step: RespondableStep;
  readonly workingDays: number;
  readonly source: Citation;
}

const BKPM = 'Peraturan BKPM Nomor 5 Tahun 2021';
const HARI = 'B98 Pasal 1 angka 28 (Hari = hari kerja)';

/**
 * The response times of SAN-05 (Peraturan BKPM 5/2021, which B98 Pasal 52 defers to), in working days from the day
 * the step is sent.
 */
export const SANCTION_RESPONSE_TIMES: readonly SanctionResponseTime[] = [
  { step: 'warning-1', workingDays: 30, source: cite(BKPM, `peringatan tertulis pertama: tanggapan 30 Hari; ${HARI}`) },
  { step: 'warning-2', workingDays: 15, source: cite(BKPM, `peringatan tertulis kedua: tanggapan 15 Hari; ${HARI}`) },
  { step: 'warning-3', workingDays: 10, source: cite(BKPM, `peringatan tertulis ketiga: tanggapan 10 Hari; ${HARI}`) },
  { step: 'final-warning', workingDays: 30, source: cite(BKPM, `peringatan tertulis pertama dan terakhir: tanggapan 30 Hari; ${HARI}`) },
  { step: 'suspension', workingDays: 30, source: cite(BKPM, `penghentian sementara: tanggapan dan permohonan pencabutan 30 Hari; ${HARI}`) },
];

function row(track: SanctionViolationClass, from: SanctionState, event: SanctionEvent, to: SanctionState, source: Citation): SanctionTransition {
  return { track, from, event, to, step: event === 'supporting-licence-violation-proven' ? 'supporting-licence-revocation' : to, source };
}

const B98 = (article: string) => cite('B98', article);
const NOT_CORRECTED_AFTER_COACHING = 'Pasal 24 ayat (2), Pasal 25 ayat (2)';
const CORRECTED = B98('Pasal 25 ayat (1)–(2)');
const LIFTED = cite(BKPM, 'penghentian sementara dicabut atas permohonan setelah perbaikan');
const SUPPORTING = B98('Pasal 47 ayat (2) huruf d, Pasal 51');

/**
 * The sanction escalation (SAN-01 … SAN-05) as an explicit table. Light: coaching → written warning 1 → 2 → 3 →
 * temporary suspension (a light violation not corrected is a medium one, Pasal 49 ayat (1) huruf a; BKPM 5/2021
 * suspends after the third warning) → revocation (a medium violation not corrected is a heavy one, Pasal 50 ayat (1)
 * huruf a). Medium: coaching → first-and-last written warning → suspension → revocation (stepwise, Pasal 49 ayat (2)).
 * Heavy: coaching → revocation (Pasal 50 ayat (2)). From every open state the business may correct (`resolved`), and
 * a proven violation of a supporting licence revokes that licence without moving the ladder (Pasal 51).
 */
export const SANCTION_TRANSITIONS: readonly SanctionTransition[] = [
  row('light', 'coaching', 'not-corrected', 'warning-1', B98(`${NOT_CORRECTED_AFTER_COACHING}, Pasal 48 ayat (2)`)),
  row('light', 'warning-1', 'not-corrected', 'warning-2', B98('Pasal 48 ayat (2)')),
  row('light', 'warning-2', 'not-corrected', 'warning-3', B98('Pasal 48 ayat (2)')),
  row('light', 'warning-3', 'not-corrected', 'suspension', B98('Pasal 49 ayat (1) huruf a, ayat (2) huruf b; Peraturan BKPM 5/2021')),
  row('light', 'suspension', 'not-corrected', 'revoked', B98('Pasal 50 ayat (1) huruf a, ayat (2)')),
  row('light', 'coaching', 'corrected', 'resolved', CORRECTED),
  row('light', 'warning-1', 'corrected', 'resolved', CORRECTED),
  row('light', 'warning-2', 'corrected', 'resolved', CORRECTED),
  row('light', 'warning-3', 'corrected', 'resolved', CORRECTED),
  row('light', 'suspension', 'corrected', 'resolved', LIFTED),
  row('light', 'coaching', 'supporting-licence-violation-proven', 'coaching', SUPPORTING),
  row('light', 'warning-1', 'supporting-licence-violation-proven', 'warning-1', SUPPORTING),
  row('light', 'warning-2', 'supporting-licence-violation-proven', 'warning-2', SUPPORTING),
  row('light', 'warning-3', 'supporting-licence-violation-proven', 'warning-3', SUPPORTING),
  row('light', 'suspension', 'supporting-licence-violation-proven', 'suspension', SUPPORTING),

  row('medium', 'coaching', 'not-corrected', 'final-warning', B98(`${NOT_CORRECTED_AFTER_COACHING}, Pasal 49 ayat (2) huruf a`)),
  row('medium', 'final-warning', 'not-corrected', 'suspension', B98('Pasal 49 ayat (2) huruf b; Peraturan BKPM 5/2021')),
  row('medium', 'suspension', 'not-corrected', 'revoked', B98('Pasal 50 ayat (1) huruf a, ayat (2)')),
  row('medium', 'coaching', 'corrected', 'resolved', CORRECTED),
  row('medium', 'final-warning', 'corrected', 'resolved', CORRECTED),
  row('medium', 'suspension', 'corrected', 'resolved', LIFTED),
  row('medium', 'coaching', 'supporting-licence-violation-proven', 'coaching', SUPPORTING),
  row('medium', 'final-warning', 'supporting-licence-violation-proven', 'final-warning', SUPPORTING),
  row('medium', 'suspension', 'supporting-licence-violation-proven', 'suspension', SUPPORTING),

  row('heavy', 'coaching', 'not-corrected', 'revoked', B98(`${NOT_CORRECTED_AFTER_COACHING}, Pasal 50 ayat (2)`)),
  row('heavy', 'coaching', 'corrected', 'resolved', CORRECTED),
  row('heavy', 'coaching', 'supporting-licence-violation-proven', 'coaching', SUPPORTING),
];

/** Where coaching comes first (SAN-04, Pasal 24 ayat (2)): per violation class. */
export type CoachingFirst = Readonly<Record<SanctionViolationClass, boolean>>;

/**
 * Everything a municipality may replace: the violation table, the escalation table, the response times and whether
 * coaching precedes the first sanction of each class.
 */
export interface SanctionRules {
  readonly violations: readonly SanctionViolationKind[];
  readonly transitions: readonly SanctionTransition[];
  readonly responseTimes: readonly SanctionResponseTime[];
  /**
   * Interpretation: Pasal 24 ayat (2) says the government *prioritises* coaching, with no exception by class, so
   * the default is coaching first for every class; a municipality may set `heavy: false` to open heavy cases
   * (proven danger) directly at revocation.
   */
  readonly coachingFirst: CoachingFirst;
}

/** The rules of B98 and Peraturan BKPM 5/2021 as shipped. */
export const DEFAULT_SANCTION_RULES: SanctionRules = {
  violations: SANCTION_VIOLATION_KINDS,
  transitions: SANCTION_TRANSITIONS,
  responseTimes: SANCTION_RESPONSE_TIMES,
  coachingFirst: { light: true, medium: true, heavy: true },
};

/**
 * The default rules with a municipality's replacements, checked: every response time a positive whole number of
 * working days (`sanction.response-time-invalid`), every violation of a known class (`sanction.violation-class-invalid`),
 * every coaching setting a boolean (`sanction.coaching-first-invalid`).
 *
 * @example
 * ```ts
 * const rules = createSanctionRules({ responseTimes: SANCTION_RESPONSE_TIMES.map((t) => t.step === 'warning-1' ? { ...t, workingDays: 20 } : t) });
 * ```
 */
export function createSanctionRules(overrides: Partial<SanctionRules> = {}): Result<SanctionRules> {
  const rules: SanctionRules = { ...DEFAULT_SANCTION_RULES, ...overrides };
  for (const [i, time] of rules.responseTimes.entries()) {
    if (!Number.isSafeInteger(time.workingDays) || time.workingDays < 1 || time.workingDays > 3650) {
      return fail('sanction.response-time-invalid', {
        id: 'Waktu tanggapan harus bilangan bulat hari kerja antara 1 dan 3650.',
        en: 'A response time must be a whole number of working days from 1 to 3650.',
      }, `responseTimes.${i}.workingDays`);
    }
  }
  for (const [i, violation] of rules.violations.entries()) {
    if (!SANCTION_VIOLATION_CLASSES.includes(violation.class)) {
      return fail('sanction.violation-class-invalid', {
        id: 'Kelas pelanggaran harus light, medium atau heavy.',
        en: 'A violation class must be light, medium or heavy.',
      }, `violations.${i}.class`);
    }
  }
  for (const violationClass of SANCTION_VIOLATION_CLASSES) {
    if (typeof rules.coachingFirst[violationClass] !== 'boolean') {
      return fail('sanction.coaching-first-invalid', {
        id: 'Pengaturan pembinaan lebih dahulu harus true atau false untuk setiap kelas.',
        en: 'The coaching-first setting must be true or false for every class.',
      }, `coachingFirst.${violationClass}`);
    }
  }
  return ok(rules);
}

/** The response time of a step under `rules`, if the step has one. */
export function responseTimeOf(step: SanctionStep, rules: SanctionRules): SanctionResponseTime | undefined {
  return rules.responseTimes.find((t) => t.step === step);
}
