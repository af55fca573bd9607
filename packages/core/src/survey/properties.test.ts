import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { computeIkm, IKM_ELEMENT_CODES, type IkmAnswer, type IkmResponse, type IkmScore } from './index.js';

const answer = fc.constantFrom<IkmAnswer>(1, 2, 3, 4);
const response = fc.array(answer, { minLength: 9, maxLength: 9 });
const survey = fc.array(response, { minLength: 1, maxLength: 40 });
const rank = { A: 4, B: 3, C: 2, D: 1 } as const;

function score(responses: readonly IkmResponse[]): IkmScore {
  const result = computeIkm(responses);
  if (!result.ok) return assert.fail(`${result.error.code} at ${result.error.path}`);
  return result.value;
}

describe('computeIkm properties', () => {
  it('IKM-03 index is always within 25..100, equals IKM × 25 and the sum of weighted NRRs', () => {
    fc.assert(fc.property(survey, (responses) => {
      const value = score(responses);
      assert.isAtLeast(value.index, 25);
      assert.isAtMost(value.index, 100);
      assert.isAtLeast(value.ikm, 1);
      assert.isAtMost(value.ikm, 4);
      assert.closeTo(value.index, value.ikm * 25, 1e-9);
      assert.closeTo(value.ikm, value.weightedNrr.reduce((a, b) => a + b, 0), 1e-12);
      assert.equal(value.respondents, responses.length);
    }), { numRuns: 300 });
  });

  it('IKM-04 the grade agrees with comparing the index to 88.31 / 76.61 / 65 (away from rounding noise)', () => {
    fc.assert(fc.property(survey, (responses) => {
      const { index, grade } = score(responses);
      const bounds = [88.31, 76.61, 65];
      fc.pre(bounds.every((b) => Math.abs(index - b) > 1e-9));
      const expected = index >= 88.31 ? 'A' : index >= 76.61 ? 'B' : index >= 65 ? 'C' : 'D';
      assert.equal(grade, expected);
    }), { numRuns: 300 });
  });

  it('IKM-04 raising any answer never lowers the index or the grade', () => {
    const raise = survey.chain((responses) => fc.record({
      responses: fc.constant(responses),
      who: fc.nat({ max: responses.length - 1 }),
      element: fc.nat({ max: 8 }),
      by: fc.integer({ min: 1, max: 3 }),
    }));
    fc.assert(fc.property(raise, ({ responses, who, element, by }) => {
      const before = score(responses);
      const raised = responses.map((r, i) => (i === who
        ? r.map((a, e) => (e === element ? Math.min(4, a + by) as IkmAnswer : a)) : r));
      const after = score(raised);
      assert.isAtLeast(after.index, before.index);
      assert.isAtLeast(rank[after.grade], rank[before.grade]);
    }), { numRuns: 300 });
  });

  it('IKM-03 the order of respondents and the answer form (list or object) do not change the result', () => {
    const shuffled = survey.chain((responses) => fc.record({
      responses: fc.constant(responses),
      keys: fc.array(fc.double({ noNaN: true }), { minLength: responses.length, maxLength: responses.length }),
    }));
    fc.assert(fc.property(shuffled, ({ responses, keys }) => {
      const permuted = responses.map((r, i) => ({ r, k: keys[i] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.r);
      const asObjects = permuted.map((r) => Object.fromEntries(IKM_ELEMENT_CODES.map((code, e) => [code, r[e]])) as IkmResponse);
      const original = score(responses);
      assert.deepEqual(score(permuted), original);
      assert.deepEqual(score(asObjects), original);
    }), { numRuns: 200 });
  });

  it('IKM-02 any answer outside 1–4 is refused at its respondent and element', () => {
    const bad = fc.oneof(fc.integer().filter((n) => n < 1 || n > 4), fc.double().filter((n) => !Number.isInteger(n)),
      fc.string(), fc.constant(null));
    fc.assert(fc.property(survey, bad, fc.nat(), fc.nat({ max: 8 }), (responses, value, whoSeed, element) => {
      const who = whoSeed % responses.length;
      const broken = responses.map((r, i) => (i === who ? r.map((a, e) => (e === element ? value : a)) : r));
      const result = computeIkm(broken as IkmResponse[]);
      assert.isFalse(result.ok);
      if (!result.ok) {
        assert.equal(result.error.code, 'survey.answer-invalid');
        assert.equal(result.error.path, `responses.${who}.${IKM_ELEMENT_CODES[element] ?? ''}`);
      }
    }), { numRuns: 200 });
  });
});
