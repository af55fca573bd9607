import { parseIsoDate, type IsoDate } from '../calendar/index.js';
import { ok, type LocalizedText, type Result, type SpError } from '../result.js';
import { readResponse, type IkmResponse } from './answers.js';
import { noRespondents, resolveGrades, type IkmSettings } from './compute.js';
import { IKM_ELEMENT_COUNT, IKM_ELEMENTS, type IkmElementCode } from './elements.js';
import { gradeOfScores, type IkmGrade, type IkmGradeRow } from './grades.js';
import { checkName } from './identifier.js';
import { issue } from '../issues.js';
import { failWithIssues, MAX_ISSUES } from './issues.js';
import { scoreFromSums, type IkmScore } from './score.js';

/** One filled-in survey as stored: when, for which service unit and permit type, and the answers. */
export interface IkmSubmission {
  readonly submittedOn: IsoDate;
  readonly unit: string;
  readonly permitType: string;
  readonly answers: IkmResponse;
}

/** An inclusive range of dates. */
export interface IkmPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** What {@link ikmReport} is asked for: the unit, the period (both ends included) and all stored submissions. */
export interface IkmReportInput {
  readonly unit: string;
  readonly period: IkmPeriod;
  readonly responses: readonly IkmSubmission[];
}

/** One element's result in a report, with the grade its own NRR would get. */
export interface IkmElementResult {
  readonly code: IkmElementCode;
  readonly name: LocalizedText;
  readonly nrr: number;
  readonly weightedNrr: number;
  readonly grade: IkmGrade;
  readonly label: LocalizedText;
}

/** The score of the submissions for one permit type. */
export interface IkmPermitTypeResult {
  readonly permitType: string;
  readonly score: IkmScore;
}

/** A published survey result (IKM-05). */
export interface IkmReport {
  readonly unit: string;
  readonly period: IkmPeriod;
  readonly respondents: number;
  readonly score: IkmScore;
  /** The nine elements, lowest NRR first (ties in element order): the top of the list is where to improve. */
  readonly elementsLowestFirst: readonly IkmElementResult[];
  /** The score per permit type, by permit type name. */
  readonly byPermitType: readonly IkmPermitTypeResult[];
}

interface Tally {
  respondents: number;
  readonly sums: number[];
}

function newTally(): Tally {
  return { respondents: 0, sums: new Array<number>(IKM_ELEMENT_COUNT).fill(0) };
}

function addTo(tally: Tally, answers: readonly number[]): void {
  tally.respondents += 1;
  answers.forEach((answer, element) => {
    tally.sums[element] = (tally.sums[element] ?? 0) + answer;
  });
}

function checkDate(value: unknown, path: string, problems: SpError[]): value is IsoDate {
  const date = parseIsoDate(value, path);
  if (!date.ok) problems.push(date.error);
  return date.ok;
}

function checkPeriod(period: unknown, problems: SpError[]): period is IkmPeriod {
  if (typeof period !== 'object' || period === null) {
    problems.push(issue('survey.period-invalid', 'period', 'Periode harus berisi from dan to.', 'The period needs from and to.'));
    return false;
  }
  const { from, to } = period as Partial<Record<'from' | 'to', unknown>>;
  if (!checkDate(from, 'period.from', problems) || !checkDate(to, 'period.to', problems)) return false;
  if (from <= to) return true;
  problems.push(issue('survey.period-invalid', 'period.to', 'Akhir periode tidak boleh sebelum awalnya.',
    'The period cannot end before it starts.'));
  return false;
}

function elementResults(sums: readonly number[], respondents: number, grades: readonly IkmGradeRow[]): IkmElementResult[] {
  const results = IKM_ELEMENTS.map((element, index) => {
    const sum = sums[index] ?? 0;
    const row = gradeOfScores(sum, respondents, grades);
    return { sum, result: { code: element.code, name: element.name, nrr: sum / respondents,
      weightedNrr: sum / (IKM_ELEMENT_COUNT * respondents), grade: row.grade, label: row.label } };
  });
  // All elements share one respondent count, so comparing the integer sums orders the NRRs exactly; sort is stable.
  return results.sort((a, b) => a.sum - b.sum).map((entry) => entry.result);
}

/**
 * The survey result of one service unit over a period (IKM-05): the submissions of that unit dated within the period
 * (both ends included) are scored as in {@link computeIkm}, with the number of respondents, each element's NRR lowest
 * first, and a score per permit type. Every submission is checked, also those outside the period, so bad stored data
 * is reported rather than skipped (paths like `responses.12.answers.U4`). No matching submission is refused with
 * `survey.no-respondents`.
 *
 * @example
 * ```ts
 * const report = ikmReport({
 *   unit: 'DPMPTSP Kota Mojokerto',
 *   period: { from: '2026-01-01', to: '2026-06-30' },
 *   responses: [{ submittedOn: '2026-02-03', unit: 'DPMPTSP Kota Mojokerto', permitType: 'SIUP', answers: [4, 3, 3, 4, 3, 4, 4, 3, 2] }],
 * });
 * if (report.ok) report.value.elementsLowestFirst[0]?.code; // 'U9'
 * ```
 */
export function ikmReport(input: IkmReportInput, settings?: IkmSettings): Result<IkmReport> {
  const grades = resolveGrades(settings);
  if (!grades.ok) return grades;
  const problems: SpError[] = [];
  const request = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof IkmReportInput, unknown>>;
  const unitValid = checkName(request.unit, 'unit', problems);
  const periodValid = checkPeriod(request.period, problems);
  const responses = request.responses;
  if (!Array.isArray(responses)) {
    problems.push(issue('survey.responses-invalid', 'responses', 'Jawaban survei harus berupa daftar.', 'The survey responses must be a list.'));
  }
  if (!unitValid || !periodValid || !Array.isArray(responses)) return failWithIssues(problems);
  const { unit } = request as IkmReportInput;
  const period = request.period as IkmPeriod;

  const all = newTally();
  const byType = new Map<string, Tally>();
  for (let index = 0; index < responses.length && problems.length < MAX_ISSUES; index += 1) {
    const path = `responses.${index}`;
    const entry: unknown = responses[index];
    if (typeof entry !== 'object' || entry === null) {
      problems.push(issue('survey.response-invalid', path, 'Satu isian survei harus berupa objek.', 'A survey submission must be an object.'));
      continue;
    }
    const submission = entry as Partial<Record<keyof IkmSubmission, unknown>>;
    const before = problems.length;
    checkDate(submission.submittedOn, `${path}.submittedOn`, problems);
    checkName(submission.unit, `${path}.unit`, problems);
    checkName(submission.permitType, `${path}.permitType`, problems);
    const answers = readResponse(submission.answers, `${path}.answers`, problems);
    if (problems.length > before) continue;
    const { submittedOn, permitType } = submission as IkmSubmission;
    if (submission.unit !== unit || submittedOn < period.from || submittedOn > period.to) continue;
    addTo(all, answers);
    const tally = byType.get(permitType) ?? newTally();
    byType.set(permitType, tally);
    addTo(tally, answers);
  }
  if (problems.length > 0) return failWithIssues(problems);
  if (all.respondents === 0) {
    return noRespondents('responses', `Tidak ada isian survei untuk ${unit} pada ${period.from} s.d. ${period.to}.`,
      `No survey submissions for ${unit} from ${period.from} to ${period.to}.`);
  }
  const byPermitType = [...byType.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([permitType, tally]) => ({ permitType, score: scoreFromSums(tally.sums, tally.respondents, grades.value) }));
  return ok({
    unit,
    period: { from: period.from, to: period.to },
    respondents: all.respondents,
    score: scoreFromSums(all.sums, all.respondents, grades.value),
    elementsLowestFirst: elementResults(all.sums, all.respondents, grades.value),
    byPermitType,
  });
}
