import { describe, it } from 'node:test';
import { assert } from 'chai';
import { computeIkm, type IkmAnswer, type IkmResponse, type IkmScore } from './index.js';

const all = (answer: IkmAnswer): IkmAnswer[] => new Array<IkmAnswer>(9).fill(answer);

/** `count` responses of total 31 ([4,4,4,4,3,3,3,3,3]) where `raised` of them have one more point (total 32). */
function responsesTotalling(count: number, base: number, raised: number): IkmAnswer[][] {
  const make = (total: number): IkmAnswer[] => {
    // Nine answers adding up to `total` (9 ≤ total ≤ 36): as many 4s as fit, then fill.
    const answers: IkmAnswer[] = [];
    let left = total;
    for (let i = 0; i < 9; i += 1) {
      const answer = Math.min(4, left - (8 - i)) as IkmAnswer;
      answers.push(answer);
      left -= answer;
    }
    return answers;
  };
  return Array.from({ length: count }, (_, i) => make(i < raised ? base + 1 : base));
}

function value(responses: readonly IkmResponse[]): IkmScore {
  const result = computeIkm(responses);
  if (!result.ok) assert.fail(`${result.error.code} at ${result.error.path}`);
  return result.value;
}

function refused(responses: unknown): { code: string; path: string | undefined; issues: number; message: string } {
  const result = computeIkm(responses as IkmResponse[]);
  if (result.ok) return assert.fail('expected a refusal');
  return { code: result.error.code, path: result.error.path, issues: result.error.issues?.length ?? 1,
    message: `${result.error.message.id} ${result.error.message.en}` };
}

describe('computeIkm', () => {
  it('IKM-03 NRR = element sum ÷ respondents, weighted by 1/9, IKM = their sum, index = IKM × 25 (worked example)', () => {
    // Three respondents; element sums by hand: U1 11, U2 10, U3 8, U4 11, U5 9, U6 11, U7 12, U8 8, U9 5 (total 85).
    const score = value([
      [4, 3, 3, 4, 3, 4, 4, 3, 2],
      [3, 3, 2, 4, 3, 3, 4, 3, 1],
      [4, 4, 3, 3, 3, 4, 4, 2, 2],
    ]);
    assert.equal(score.respondents, 3);
    assert.deepEqual(score.elementScoreSums, [11, 10, 8, 11, 9, 11, 12, 8, 5]);
    const expectedNrr = [11 / 3, 10 / 3, 8 / 3, 11 / 3, 3, 11 / 3, 4, 8 / 3, 5 / 3];
    score.nrr.forEach((nrr, i) => assert.closeTo(nrr, expectedNrr[i] ?? NaN, 1e-12));
    score.weightedNrr.forEach((w, i) => assert.closeTo(w, (expectedNrr[i] ?? NaN) / 9, 1e-12));
    assert.closeTo(score.ikm, 85 / 27, 1e-12); // 3.1481…
    assert.closeTo(score.ikm, score.weightedNrr.reduce((a, b) => a + b, 0), 1e-12);
    assert.closeTo(score.index, 78.7037037037, 1e-9);
    assert.equal(score.grade, 'B');
    assert.deepEqual(score.label, { id: 'Baik', en: 'Good' });
  });

  it('IKM-03 a perfect survey gives exactly 4 and 100 (weight 1/9, not 0.111 which gives 99.9) and grade A', () => {
    const score = value([all(4), all(4), all(4)]);
    assert.strictEqual(score.ikm, 4);
    assert.strictEqual(score.index, 100);
    assert.notStrictEqual(score.index, 4 * 9 * 0.111 * 25);
    score.weightedNrr.forEach((w) => assert.strictEqual(w, 4 / 9));
    assert.equal(score.grade, 'A');
    assert.equal(score.label.id, 'Sangat Baik');
    const worst = value([all(1)]);
    assert.strictEqual(worst.ikm, 1);
    assert.strictEqual(worst.index, 25);
    assert.equal(worst.grade, 'D');
    assert.deepEqual(worst.label, { id: 'Tidak Baik', en: 'Very poor' });
  });

  it('IKM-03 accepts each response as an object keyed U1…U9 with the same result as the array form', () => {
    const asArray = value([[4, 3, 3, 4, 3, 4, 4, 3, 2]]);
    const asObject = value([{ U9: 2, U8: 3, U7: 4, U6: 4, U5: 3, U4: 4, U3: 3, U2: 3, U1: 4 }]);
    assert.deepEqual(asObject, asArray);
  });

  it('IKM-04 an index of exactly 88.31 is A; one point less (88.3089) is B', () => {
    // 2,500 respondents whose answers add up to 79,479: index = 25 × 79479 / 22500 = 88.31 exactly.
    const atBound = value(responsesTotalling(2500, 31, 1979));
    assert.deepEqual(atBound.elementScoreSums.reduce((a, b) => a + b, 0), 79479);
    assert.closeTo(atBound.index, 88.31, 1e-9);
    assert.equal(atBound.grade, 'A');
    const below = value(responsesTotalling(2500, 31, 1978));
    assert.closeTo(below.index, 88.308888888, 1e-6);
    assert.equal(below.grade, 'B');
    assert.equal(below.label.id, 'Baik');
  });

  it('IKM-04 an index of exactly 76.61 is B and just below is C; exactly 65.00 is C and just below is D', () => {
    // 68,949 / 900 = 76.61
    const b = value(responsesTotalling(2500, 27, 1449));
    assert.closeTo(b.index, 76.61, 1e-9);
    assert.equal(b.grade, 'B');
    assert.equal(value(responsesTotalling(2500, 27, 1448)).grade, 'C');
    // 5 respondents, total 117: IKM = 117 / 45 = 2.60, index 65
    const c = value(responsesTotalling(5, 23, 2));
    assert.closeTo(c.ikm, 2.6, 1e-12);
    assert.closeTo(c.index, 65, 1e-12);
    assert.equal(c.grade, 'C');
    assert.deepEqual(c.label, { id: 'Kurang Baik', en: 'Poor' });
    const d = value(responsesTotalling(5, 23, 1));
    assert.closeTo(d.index, 64.444444, 1e-6);
    assert.equal(d.grade, 'D');
  });

  it('IKM-04 the obsolete 2004 table is not used: IKM 3.0 → index 75 → C Kurang Baik (2004 would say B Baik)', () => {
    // KEP/25/M.PAN/2/2004 ranges on the 1–4 scale, kept here only to show the difference.
    const grade2004 = (ikm: number): string => (ikm >= 3.26 ? 'A' : ikm >= 2.51 ? 'B' : ikm >= 1.76 ? 'C' : 'D');
    const threes = value([all(3), all(3)]);
    assert.strictEqual(threes.ikm, 3);
    assert.strictEqual(threes.index, 75);
    assert.equal(threes.grade, 'C');
    assert.equal(threes.label.id, 'Kurang Baik');
    assert.equal(grade2004(threes.ikm), 'B');
    const twos = value([all(2)]);
    assert.strictEqual(twos.index, 50);
    assert.equal(twos.grade, 'D');
    assert.equal(grade2004(twos.ikm), 'C');
    // A perfect 4 on half the respondents and 3 on the rest: 87.5 is B, where 2004 said A.
    const mixed = value([all(4), all(3)]);
    assert.strictEqual(mixed.index, 87.5);
    assert.equal(mixed.grade, 'B');
    assert.equal(grade2004(mixed.ikm), 'A');
  });

  it('IKM-02 refuses answers that are not the whole numbers 1–4, naming respondent and element', () => {
    for (const bad of [0, 5, 2.5, NaN, Infinity, -1, '3', null, undefined, true, [3], '<script>alert(1)</script>']) {
      const responses = [all(4), all(4), all(4), [4, 4, 4, bad, 4, 4, 4, 4, 4]];
      const error = refused(responses);
      assert.equal(error.code, 'survey.answer-invalid', String(bad));
      assert.equal(error.path, 'responses.3.U4', String(bad));
      assert.notInclude(error.message, '<script>');
    }
    const object = refused([{ U1: 4, U2: 4, U3: 4, U4: 5, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 }]);
    assert.deepEqual([object.code, object.path], ['survey.answer-invalid', 'responses.0.U4']);
  });

  it('IKM-01 refuses missing and extra elements', () => {
    assert.deepInclude(refused([[4, 4, 4, 4, 4, 4, 4, 4]]), { code: 'survey.answer-missing', path: 'responses.0.U9' });
    assert.deepInclude(refused([all(4), [...all(4), 4]]), { code: 'survey.answer-extra', path: 'responses.1.9' });
    assert.deepInclude(refused([{ U1: 4, U2: 4, U3: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 }]),
      { code: 'survey.answer-missing', path: 'responses.0.U4' });
    assert.deepInclude(refused([{ U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4, U10: 4 }]),
      { code: 'survey.answer-extra', path: 'responses.0.U10' });
    const inherited = Object.create({ U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 }) as IkmResponse;
    assert.deepInclude(refused([inherited]), { code: 'survey.answer-missing', path: 'responses.0.U1' });
  });

  it('IKM-03 refuses zero respondents, a non-list and a response that is neither list nor object', () => {
    assert.deepInclude(refused([]), { code: 'survey.no-respondents', path: 'responses' });
    for (const notList of [undefined, null, 'all 4', 7, { 0: all(4) }]) {
      assert.deepInclude(refused(notList), { code: 'survey.responses-invalid', path: 'responses' });
    }
    for (const notResponse of [null, 4, '444444444', undefined]) {
      assert.deepInclude(refused([all(4), notResponse]), { code: 'survey.response-invalid', path: 'responses.1' });
    }
  });

  it('IKM-03 lists every problem of one call in error.issues', () => {
    const result = computeIkm([[0, 4, 4, 4, 4, 4, 4, 4, 4], all(4), [4, 4, 4, 4, 4, 4, 4, 4, 9]] as IkmResponse[]);
    assert.isFalse(result.ok);
    if (result.ok) return;
    assert.equal(result.error.path, 'responses.0.U1');
    assert.deepEqual(result.error.issues?.map((i) => i.path), ['responses.0.U1', 'responses.2.U9']);
    const garbage = computeIkm(Array.from({ length: 500 }, () => 'x') as unknown as IkmResponse[]);
    assert.isFalse(garbage.ok);
    if (!garbage.ok) assert.isAtMost(garbage.error.issues?.length ?? 0, 50);
  });
});
