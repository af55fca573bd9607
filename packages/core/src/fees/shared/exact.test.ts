import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { addFractions, decimalOf, formatFraction, roundFraction, roundQuotient, type RoundingMode } from './exact.js';

const MODES: RoundingMode[] = ['half-up', 'half-even', 'down', 'up'];

describe('exact rupiah arithmetic (FEE-01, FEE-06)', () => {
  it('FEE-01 reads a number as the decimal people typed: 120.3 is 1203/10; more than 6 decimals is refused', () => {
    assert.deepEqual(decimalOf(120.3), { units: 1203, scale: 1 });
    assert.deepEqual(decimalOf(0.000001), { units: 1, scale: 6 });
    assert.deepEqual(decimalOf(8_589_934_592.5), { units: 85_899_345_925, scale: 1 });
    assert.isUndefined(decimalOf(0.1 + 0.2));
    assert.isUndefined(decimalOf(1e-7));
  });

  it('FEE-01 decimalOf agrees with the shortest printed form for every value of at most 6 decimals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 6 }), (units, scale) => {
      const value = units / 10 ** scale;
      const decimal = decimalOf(value);
      const printed = String(value);
      const places = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
      if (printed.includes('e') || places > 6) return;
      assert.deepEqual(decimal, { units: Number(printed.replace('.', '')), scale: places });
    }), { numRuns: 2000 });
  });

  it('FEE-01 rounding modes: 2.5 → 3 (half-up), 2 (half-even), 2 (down), 3 (up); 3.5 half-even → 4', () => {
    assert.deepEqual(MODES.map((mode) => roundFraction({ n: 5, d: 2 }, mode)), [3, 2, 2, 3]);
    assert.equal(roundFraction({ n: 7, d: 2 }, 'half-even'), 4);
    assert.equal(roundFraction({ bn: 5n, bd: 2n }, 'half-even'), 2n);
    assert.equal(roundQuotient(1_000.5, 1_000, 'up'), 2);
    assert.equal(roundQuotient(1_000, 1_000, 'up'), 1);
  });

  it('FEE-06 number and bigint arithmetic agree: formatting, rounding and sums', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }),
      fc.integer({ min: 1, max: 1_000 }), fc.constantFrom(...MODES), (n, d, m, e, mode) => {
        const small = { n, d };
        const big = { bn: BigInt(n), bd: BigInt(d) };
        assert.equal(formatFraction(small), formatFraction(big));
        assert.equal(BigInt(roundFraction(small, mode)), roundFraction(big, mode));
        const sum = addFractions(small, { n: m, d: e });
        const bigSum = addFractions(big, { bn: BigInt(m), bd: BigInt(e) });
        assert.equal(formatFraction(sum), formatFraction(bigSum));
      }), { numRuns: 1000 });
    assert.equal(formatFraction({ n: 1_000_000, d: 3 }), '333333 1/3');
    assert.equal(formatFraction({ n: 1, d: 3 }), '1/3');
    assert.equal(formatFraction({ n: 99, d: 200 }), '0.495');
    assert.equal(formatFraction({ n: 4950, d: 100 }), '49.5');
  });
});
