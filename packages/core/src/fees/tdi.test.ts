import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';

const tdi = (investmentValue: number) => unwrap(calculateFee('tdi', { investmentValue })).total;

describe('TDI fee (FEE-03)', () => {
  it('FEE-03 TDI: Rp 5,000,000 is the lowest value in the table and pays Rp 50,000', () => {
    assert.equal(tdi(5_000_000), 50_000);
  });

  it('FEE-03 TDI: Rp 200,000,000 is the upper bound of the lowest bracket; one rupiah more pays Rp 100,000', () => {
    assert.equal(tdi(199_999_999), 50_000);
    assert.equal(tdi(200_000_000), 50_000);
    assert.equal(tdi(200_000_001), 100_000);
  });

  it('FEE-03 TDI: Rp 500,000,000 is the upper bound of the middle bracket; above it Rp 200,000', () => {
    assert.equal(tdi(500_000_000), 100_000);
    assert.equal(tdi(500_000_001), 200_000);
    assert.equal(tdi(90_000_000_000_000), 200_000);
  });

  it('FEE-03 TDI: below Rp 5,000,000 is outside the table', () => {
    for (const value of [4_999_999, 1, 0]) {
      const error = errorOf(calculateFee('tdi', { investmentValue: value }));
      assert.equal(error.code, 'fee.outside-table');
      assert.equal(error.path, 'investmentValue');
      assert.include(error.message.id, 'Rp 5.000.000');
      assert.include(error.message.en, 'Rp 5,000,000');
    }
  });

  it('FEE-03 TDI: the line cites Lampiran II angka 6 and says the bracket', () => {
    const { lines } = unwrap(calculateFee('tdi', { investmentValue: 300_000_000 }));
    assert.lengthOf(lines, 1);
    assert.deepEqual(lines[0]?.source, { regulation: 'M13', article: 'Lampiran II angka 6 kolom 3 dan 5 huruf b' });
    assert.equal(lines[0]?.label.id, 'TDI, nilai investasi Rp 200.000.000 – Rp 500.000.000');
  });

  it('FEE-03 TDI: upper bounds can be made exclusive by a municipality (Interpretation setting)', () => {
    const settings = { tdi: { upperBoundInclusive: false } };
    assert.equal(unwrap(calculateFee('tdi', { investmentValue: 200_000_000 }, settings)).total, 100_000);
    assert.equal(unwrap(calculateFee('tdi', { investmentValue: 199_999_999 }, settings)).total, 50_000);
  });

  it('FEE-03 TDI: refuses fractional, negative, non-numeric and unsafe investment values with the field path', () => {
    const cases: [unknown, string][] = [
      [5_000_000.5, 'fee.investment-invalid'], [-1, 'fee.investment-invalid'], [Number.NaN, 'fee.investment-invalid'],
      [Number.POSITIVE_INFINITY, 'fee.investment-invalid'], ['200000000', 'fee.investment-invalid'], [undefined, 'fee.investment-invalid'],
      [2 ** 53, 'fee.amount-too-large'], [1e300, 'fee.amount-too-large'],
    ];
    for (const [value, code] of cases) {
      const error = errorOf(calculateFee('tdi', { investmentValue: value as number }));
      assert.equal(error.code, code, String(value));
      assert.equal(error.path, 'investmentValue');
    }
    assert.equal(errorOf(calculateFee('tdi', null as never)).code, 'fee.input-invalid');
  });
});
