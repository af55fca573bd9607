import { describe, it } from 'node:test';
import { assert } from 'chai';
import { ikmReport, type IkmAnswer, type IkmReport, type IkmReportInput, type IkmSubmission } from './index.js';

const MOJOKERTO = 'DPMPTSP Kota Mojokerto';
const all = (answer: IkmAnswer): IkmAnswer[] => new Array<IkmAnswer>(9).fill(answer);
const submission = (submittedOn: string, permitType: string, answers: IkmAnswer[], unit = MOJOKERTO): IkmSubmission =>
  ({ submittedOn, unit, permitType, answers });

const stored: IkmSubmission[] = [
  submission('2026-01-01', 'SIUP', [4, 4, 4, 4, 4, 4, 4, 4, 2]), // first day: included
  submission('2026-03-31', 'IMB', [3, 3, 2, 3, 3, 3, 3, 3, 1]), // last day: included
  submission('2025-12-31', 'SIUP', all(1)), // before the period
  submission('2026-04-01', 'IMB', all(1)), // after the period
  submission('2026-02-10', 'SIUP', all(1), 'DPMPTSP Kota Blitar'), // another unit
  submission('2026-02-15', 'SIUP', [4, 3, 4, 4, 4, 4, 4, 3, 3]),
];
const input: IkmReportInput = { unit: MOJOKERTO, period: { from: '2026-01-01', to: '2026-03-31' }, responses: stored };

function report(request: IkmReportInput): IkmReport {
  const result = ikmReport(request);
  if (!result.ok) assert.fail(`${result.error.code} at ${result.error.path}`);
  return result.value;
}

function refusal(request: unknown): [string, string | undefined] {
  const result = ikmReport(request as IkmReportInput);
  if (result.ok) return assert.fail('expected a refusal');
  return [result.error.code, result.error.path];
}

describe('ikmReport', () => {
  it('IKM-05 scores one unit over one period (both ends included) with its number of respondents', () => {
    const value = report(input);
    assert.equal(value.unit, MOJOKERTO);
    assert.deepEqual(value.period, { from: '2026-01-01', to: '2026-03-31' });
    assert.equal(value.respondents, 3);
    // By hand: element sums 11, 10, 10, 11, 11, 11, 11, 10, 6 → total 91 over 27 answers.
    assert.deepEqual(value.score.elementScoreSums, [11, 10, 10, 11, 11, 11, 11, 10, 6]);
    assert.closeTo(value.score.ikm, 91 / 27, 1e-12);
    assert.closeTo(value.score.index, 84.259259259, 1e-8);
    assert.equal(value.score.grade, 'B');
  });

  it('IKM-05 lists the elements lowest NRR first so the weakest show where to improve', () => {
    const elements = report(input).elementsLowestFirst;
    assert.deepEqual(elements.map((e) => e.code), ['U9', 'U2', 'U3', 'U8', 'U1', 'U4', 'U5', 'U6', 'U7']);
    const [weakest, second] = elements;
    assert.equal(weakest?.name.id, 'Penanganan Pengaduan, Saran dan Masukan');
    assert.strictEqual(weakest?.nrr, 2); // 6 / 3 → index 50
    assert.equal(weakest?.grade, 'D');
    assert.closeTo(second?.nrr ?? NaN, 10 / 3, 1e-12); // index 83.3
    assert.equal(second?.grade, 'B');
    assert.closeTo(second?.weightedNrr ?? NaN, 10 / 27, 1e-12);
    assert.equal(elements[8]?.grade, 'A'); // 11 / 3 → index 91.7
  });

  it('IKM-05 breaks the score down per permit type', () => {
    const types = report(input).byPermitType;
    assert.deepEqual(types.map((t) => [t.permitType, t.score.respondents]), [['IMB', 1], ['SIUP', 2]]);
    const [imb, siup] = types;
    assert.closeTo(imb?.score.index ?? NaN, 25 * 24 / 9, 1e-12); // 66.7
    assert.equal(imb?.score.grade, 'C');
    assert.closeTo(siup?.score.index ?? NaN, 25 * 67 / 18, 1e-12); // 93.1
    assert.equal(siup?.score.grade, 'A');
  });

  it('IKM-05 refuses a period with no submissions for the unit', () => {
    assert.deepEqual(refusal({ ...input, period: { from: '2026-05-01', to: '2026-05-31' } }), ['survey.no-respondents', 'responses']);
    assert.deepEqual(refusal({ ...input, unit: 'DPMPTSP Kota Padang' }), ['survey.no-respondents', 'responses']);
  });

  it('IKM-05 refuses bad requests and bad stored submissions, also outside the period, with their paths', () => {
    assert.deepEqual(refusal({ ...input, unit: '<script>alert(1)</script>' }), ['survey.name-invalid', 'unit']);
    assert.deepEqual(refusal({ ...input, unit: '' }), ['survey.name-invalid', 'unit']);
    assert.deepEqual(refusal({ ...input, period: { from: '2026-03-31', to: '2026-01-01' } }), ['survey.period-invalid', 'period.to']);
    assert.deepEqual(refusal({ ...input, period: { from: '2026-02-30', to: '2026-03-31' } }), ['date.invalid', 'period.from']);
    assert.deepEqual(refusal({ ...input, period: undefined }), ['survey.period-invalid', 'period']);
    assert.deepEqual(refusal({ ...input, responses: 'none' }), ['survey.responses-invalid', 'responses']);
    assert.deepEqual(refusal(null), ['survey.name-invalid', 'unit']);
    const broken = (index: number, change: Partial<Record<keyof IkmSubmission, unknown>>): IkmSubmission[] =>
      stored.map((s, i) => (i === index ? { ...s, ...change } as IkmSubmission : s));
    assert.deepEqual(refusal({ ...input, responses: broken(2, { submittedOn: '2025-12-32' }) }), ['date.invalid', 'responses.2.submittedOn']);
    assert.deepEqual(refusal({ ...input, responses: broken(3, { answers: [4, 4, 4, 2.5, 4, 4, 4, 4, 4] }) }),
      ['survey.answer-invalid', 'responses.3.answers.U4']);
    assert.deepEqual(refusal({ ...input, responses: broken(0, { permitType: undefined }) }), ['survey.name-invalid', 'responses.0.permitType']);
    assert.deepEqual(refusal({ ...input, responses: broken(4, { unit: 42 }) }), ['survey.name-invalid', 'responses.4.unit']);
    assert.deepEqual(refusal({ ...input, responses: [...stored, null] }), ['survey.response-invalid', 'responses.6']);
  });
});
