import { describe, it } from 'node:test';
import { assert } from 'chai';
import { cite } from '../citation.js';
import { IKM_GRADES, computeIkm, gradeOfScores, validateIkmGrades, type IkmGradeRow } from './index.js';

describe('IKM grade table', () => {
  it('IKM-04 grades by the lower bounds 88.31 / 76.61 / 65.00 with their published labels and a citation', () => {
    assert.deepEqual(IKM_GRADES.map((r) => [r.grade, r.minIndexHundredths, r.label.id]), [
      ['A', 8831, 'Sangat Baik'], ['B', 7661, 'Baik'], ['C', 6500, 'Kurang Baik'], ['D', 2500, 'Tidak Baik'],
    ]);
    for (const row of IKM_GRADES) assert.equal(row.source.regulation, 'PermenPANRB 14/2017');
    assert.isTrue(validateIkmGrades(IKM_GRADES).ok);
  });

  it('IKM-04 the bounds on the 1–4 scale are 3.5324, 3.0644 and 2.60 (one element, 10,000 respondents)', () => {
    // Mean of 10,000 scores summing to 35,324 is 3.5324 → index 88.31.
    assert.equal(gradeOfScores(35324, 10000).grade, 'A');
    assert.equal(gradeOfScores(35323, 10000).grade, 'B');
    assert.equal(gradeOfScores(30644, 10000).grade, 'B');
    assert.equal(gradeOfScores(30643, 10000).grade, 'C');
    assert.equal(gradeOfScores(26000, 10000).grade, 'C');
    assert.equal(gradeOfScores(25999, 10000).grade, 'D');
    assert.equal(gradeOfScores(10000, 10000).grade, 'D');
  });

  it('IKM-04 a municipality can replace the grade table', () => {
    const source = cite('Perwali contoh', 'Pasal 1');
    const strict: IkmGradeRow[] = [
      { grade: 'A', minIndexHundredths: 9000, label: { id: 'Istimewa', en: 'Excellent' }, source },
      { grade: 'D', minIndexHundredths: 2500, label: { id: 'Belum', en: 'Not yet' }, source },
    ];
    const result = computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 3]], { grades: strict });
    assert.isTrue(result.ok);
    if (result.ok) assert.deepEqual([result.value.grade, result.value.label.id], ['A', 'Istimewa']); // 97.2
    const lower = computeIkm([[4, 4, 4, 3, 3, 3, 3, 3, 3]], { grades: strict }); // 83.3
    if (lower.ok) assert.equal(lower.value.label.en, 'Not yet');
    else assert.fail(lower.error.code);
  });

  it('IKM-04 refuses a replacement table that leaves scores ungraded or is out of order', () => {
    const source = cite('Perwali contoh', 'Pasal 1');
    const row = (grade: 'A' | 'B' | 'C' | 'D', minIndexHundredths: number): IkmGradeRow =>
      ({ grade, minIndexHundredths, label: { id: grade, en: grade }, source });
    const cases: [unknown, string][] = [
      [[], 'settings.grades'],
      ['A', 'settings.grades'],
      [[row('A', 8831), row('B', 7661)], 'settings.grades.1.minIndexHundredths'],
      [[row('A', 7661), row('B', 8831), row('D', 2500)], 'settings.grades.1.minIndexHundredths'],
      [[row('A', 88.31), row('D', 2500)], 'settings.grades.0.minIndexHundredths'],
      [[row('A', 10001), row('D', 2500)], 'settings.grades.0.minIndexHundredths'],
      [[{ ...row('A', 8831), grade: 'E' }, row('D', 2500)], 'settings.grades.0.grade'],
      [[{ ...row('A', 8831), source: undefined }, row('D', 2500)], 'settings.grades.0.source'],
      [[{ ...row('A', 8831), label: 'A' }, row('D', 2500)], 'settings.grades.0.label'],
    ];
    for (const [grades, path] of cases) {
      const result = computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 4]], { grades: grades as IkmGradeRow[] });
      assert.isFalse(result.ok, path);
      if (!result.ok) assert.deepEqual([result.error.code, result.error.path], ['survey.grades-invalid', path]);
    }
  });
});
