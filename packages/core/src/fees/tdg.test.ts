import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';

const tdg = (areaM2: number, settings?: Parameters<typeof calculateFee>[2]) => unwrap(calculateFee('tdg', { areaM2 }, settings)).total;

describe('TDG fee (FEE-04)', () => {
  it('FEE-04 TDG: a warehouse of 36 m² pays Rp 25,000', () => {
    assert.equal(tdg(36), 25_000);
  });

  it('FEE-04 TDG: each m² beyond 36 adds Rp 1,000 (37 → 26,000; 100 → 89,000; 1,000 → 989,000)', () => {
    assert.equal(tdg(37), 26_000);
    assert.equal(tdg(100), 89_000);
    assert.equal(tdg(1_000), 989_000);
  });

  it('FEE-04 TDG: below 36 m² the fee is Rp 25,000 (Interpretation)', () => {
    assert.equal(tdg(35), 25_000);
    assert.equal(tdg(0.5), 25_000);
    assert.lengthOf(unwrap(calculateFee('tdg', { areaM2: 20 })).lines, 1);
  });

  it('FEE-04 TDG: a fractional m² rounds up (36.01 → 37 m², 40.2 → 41 m²) (Interpretation)', () => {
    assert.equal(tdg(36.01), 26_000);
    assert.equal(tdg(40.2), 30_000);
    assert.equal(tdg(36.000001), 26_000);
  });

  it('FEE-04 TDG: the Interpretations are settings (half-up area rounding; refusing areas below 36 m²)', () => {
    assert.equal(tdg(40.4, { tdg: { areaRounding: 'half-up' } }), 29_000);
    assert.equal(tdg(40.5, { tdg: { areaRounding: 'half-up' } }), 30_000);
    const error = errorOf(calculateFee('tdg', { areaM2: 35 }, { tdg: { belowBaseArea: 'outside-table' } }));
    assert.equal(error.code, 'fee.outside-table');
    assert.equal(error.path, 'areaM2');
  });

  it('FEE-04 TDG: refuses zero, negative, NaN, text, too many decimals; a huge area gives fee.amount-too-large', () => {
    for (const bad of [0, -1, Number.NaN, Number.NEGATIVE_INFINITY, '40', null, 36.0000001]) {
      const error = errorOf(calculateFee('tdg', { areaM2: bad as number }));
      assert.equal(error.code, 'fee.area-invalid', String(bad));
      assert.equal(error.path, 'areaM2');
    }
    assert.equal(errorOf(calculateFee('tdg', { areaM2: 9_100_000_000_000 })).code, 'fee.amount-too-large');
    assert.equal(errorOf(calculateFee('tdg', { areaM2: 1e300 })).code, 'fee.area-invalid');
  });
});
