import type { Citation } from '../citation.js';
import { ok, type LocalizedText, type Result, type SpError } from '../result.js';
import { ikmCite } from './source.js';
import { issue } from '../issues.js';
import { failWithIssues } from './issues.js';

/** The service quality grade (mutu pelayanan) of IKM-04. */
export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/**
 * One row of the grade table: the grade applies when the converted index (25–100) is at least
 * `minIndexHundredths / 100`. Bounds are integer hundredths so that the comparison is exact (no floating point).
 */
export interface IkmGradeRow {
  readonly grade: IkmGrade;
  readonly minIndexHundredths: number;
  /** The unit's performance (kinerja unit pelayanan) as published. */
  readonly label: LocalizedText;
  readonly source: Citation;
}

const GRADE_SOURCE = ikmCite('tabel nilai persepsi, interval IKM, interval konversi IKM, mutu pelayanan dan kinerja unit pelayanan');

/**
 * The grades of IKM-04 by lower bound on the converted index, best first: ≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C, else D.
 * The published ranges leave gaps (88.30 < x < 88.31 belongs to none), so only the lower bounds are used. On the
 * 1–4 scale the bounds are 3.5324, 3.0644 and 2.60. The 2004 table (KEP/25/M.PAN/2/2004) is obsolete and not used.
 */
export const IKM_GRADES: readonly IkmGradeRow[] = [
  { grade: 'A', minIndexHundredths: 8831, label: { id: 'Sangat Baik', en: 'Very good' }, source: GRADE_SOURCE },
  { grade: 'B', minIndexHundredths: 7661, label: { id: 'Baik', en: 'Good' }, source: GRADE_SOURCE },
  { grade: 'C', minIndexHundredths: 6500, label: { id: 'Kurang Baik', en: 'Poor' }, source: GRADE_SOURCE },
  { grade: 'D', minIndexHundredths: 2500, label: { id: 'Tidak Baik', en: 'Very poor' }, source: GRADE_SOURCE },
];

/** The lowest possible converted index (every answer 1) and the highest (every answer 4), in hundredths. */
const MIN_INDEX_HUNDREDTHS = 2500;
const MAX_INDEX_HUNDREDTHS = 10000;
const GRADES: readonly IkmGrade[] = ['A', 'B', 'C', 'D'];

/**
 * The grade row for the mean of `count` scores (each 1–4) that add up to `scoreSum`: converted index =
 * 25 × scoreSum / count. Compared exactly in integers: index ≥ bound/100 ⇔ 2500 × scoreSum ≥ bound × count.
 * `grades` must be a table accepted by {@link validateIkmGrades}.
 */
export function gradeOfScores(scoreSum: number, count: number, grades: readonly IkmGradeRow[] = IKM_GRADES): IkmGradeRow {
  for (const row of grades) {
    if (2500 * scoreSum >= row.minIndexHundredths * count) return row;
  }
  // Unreachable for a validated table (its last bound is 25.00, the lowest possible index).
  return grades[grades.length - 1] as IkmGradeRow;
}

/**
 * Checks a replacement grade table: at least one row, each grade A–D, bounds integer hundredths within
 * 2500–10000, strictly decreasing, the last one exactly 2500 so that every possible index gets a grade.
 */
export function validateIkmGrades(grades: unknown, path = 'settings.grades'): Result<readonly IkmGradeRow[]> {
  if (!Array.isArray(grades) || grades.length === 0) {
    return failWithIssues([issue('survey.grades-invalid', path,
      'Tabel mutu pelayanan harus berupa daftar yang tidak kosong.', 'The grade table must be a non-empty list.')]);
  }
  const problems: SpError[] = [];
  let previous = Number.POSITIVE_INFINITY;
  grades.forEach((row: unknown, index) => {
    const at = `${path}.${index}`;
    const candidate = (typeof row === 'object' && row !== null ? row : {}) as Partial<Record<keyof IkmGradeRow, unknown>>;
    if (!GRADES.includes(candidate.grade as IkmGrade)) {
      problems.push(issue('survey.grades-invalid', `${at}.grade`, 'Mutu harus A, B, C atau D.', 'The grade must be A, B, C or D.'));
    }
    const bound = candidate.minIndexHundredths;
    if (typeof bound !== 'number' || !Number.isInteger(bound) || bound < MIN_INDEX_HUNDREDTHS || bound > MAX_INDEX_HUNDREDTHS
      || bound >= previous) {
      problems.push(issue('survey.grades-invalid', `${at}.minIndexHundredths`,
        'Batas bawah harus bilangan bulat seperseratus antara 2500 dan 10000, menurun tegas.',
        'The lower bound must be an integer number of hundredths between 2500 and 10000, strictly decreasing.'));
    }
    if (typeof bound === 'number') previous = bound;
    const label = candidate.label as Partial<LocalizedText> | undefined;
    if (typeof label?.id !== 'string' || typeof label.en !== 'string') {
      problems.push(issue('survey.grades-invalid', `${at}.label`, 'Label harus memiliki teks id dan en.', 'The label needs id and en texts.'));
    }
    const source = candidate.source as Partial<Citation> | undefined;
    if (typeof source?.regulation !== 'string' || typeof source.article !== 'string') {
      problems.push(issue('survey.grades-invalid', `${at}.source`, 'Setiap baris wajib mencantumkan sumber hukumnya.',
        'Every row must cite its legal source.'));
    }
  });
  const last = grades[grades.length - 1] as Partial<IkmGradeRow> | undefined;
  if (problems.length === 0 && last?.minIndexHundredths !== MIN_INDEX_HUNDREDTHS) {
    problems.push(issue('survey.grades-invalid', `${path}.${grades.length - 1}.minIndexHundredths`,
      'Baris terakhir harus berbatas bawah 2500 (indeks 25,00) agar setiap nilai mendapat mutu.',
      'The last row must have the lower bound 2500 (index 25.00) so that every score gets a grade.'));
  }
  return problems.length > 0 ? failWithIssues(problems) : ok(grades as readonly IkmGradeRow[]);
}
