import { fail, ok, type Result, type SpError } from '../result.js';
import { readResponse, type IkmResponse } from './answers.js';
import { IKM_ELEMENT_COUNT } from './elements.js';
import { IKM_GRADES, validateIkmGrades, type IkmGradeRow } from './grades.js';
import { failWithIssues, MAX_ISSUES } from './issues.js';
import { scoreFromSums, type IkmScore } from './score.js';

/** What a municipality may change in the survey scoring. */
export interface IkmSettings {
  /** The grade table; defaults to {@link IKM_GRADES} (IKM-04). */
  readonly grades?: readonly IkmGradeRow[];
}

/** The grade table of `settings`, checked; the national one when none is given. */
export function resolveGrades(settings: IkmSettings | undefined): Result<readonly IkmGradeRow[]> {
  if (settings === undefined || settings.grades === undefined) return ok(IKM_GRADES);
  return validateIkmGrades(settings.grades);
}

/**
 * Adds up the answers of `responses` per element. Problems (with paths under `path`) go to `problems`; reading stops
 * once {@link MAX_ISSUES} have been found.
 */
export function sumResponses(responses: readonly unknown[], path: string, problems: SpError[]): number[] {
  const sums = new Array<number>(IKM_ELEMENT_COUNT).fill(0);
  for (let index = 0; index < responses.length && problems.length < MAX_ISSUES; index += 1) {
    readResponse(responses[index], `${path}.${index}`, problems).forEach((answer, element) => {
      sums[element] = (sums[element] ?? 0) + answer;
    });
  }
  return sums;
}

/** The refusal of a survey with no respondents. */
export function noRespondents(path: string, id: string, en: string): Result<never> {
  return fail('survey.no-respondents', { id, en }, path);
}

/**
 * Scores a survey (IKM-03, IKM-04): each element's NRR = sum ÷ respondents, weighted by exactly 1/9; IKM (1–4) =
 * sum of the weighted NRRs; index (25–100) = IKM × 25; the grade by the lower bounds 88.31 / 76.61 / 65.00, compared
 * exactly (an index of exactly 88.31 is A, anything below it B).
 *
 * Each response is nine answers 1–4 (see {@link IkmResponse}). Refused: a non-list, no respondents
 * (`survey.no-respondents`), an answer that is not the whole number 1–4 (`survey.answer-invalid`, path
 * `responses.3.U4`), a missing or extra element (`survey.answer-missing`, `survey.answer-extra`), a response that is
 * neither list nor object (`survey.response-invalid`); all problems are listed in `error.issues`.
 *
 * @example
 * ```ts
 * const result = computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 3, 3, 3, 3, 3, 3]]);
 * if (result.ok) result.value; // { respondents: 2, ikm: 3.5, index: 87.5, grade: 'B', label: { id: 'Baik', … }, … }
 * ```
 */
export function computeIkm(responses: readonly IkmResponse[], settings?: IkmSettings): Result<IkmScore> {
  const grades = resolveGrades(settings);
  if (!grades.ok) return grades;
  if (!Array.isArray(responses)) {
    return fail('survey.responses-invalid', {
      id: 'Jawaban survei harus berupa daftar.', en: 'The survey responses must be a list.',
    }, 'responses');
  }
  if (responses.length === 0) {
    return noRespondents('responses', 'Belum ada responden: IKM tidak dapat dihitung.', 'No respondents: the IKM cannot be computed.');
  }
  const problems: SpError[] = [];
  const sums = sumResponses(responses, 'responses', problems);
  if (problems.length > 0) return failWithIssues(problems);
  return ok(scoreFromSums(sums, responses.length, grades.value));
}
