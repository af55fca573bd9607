import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';
import type { ReklameFeeInput } from './reklame.js';

const BASE: ReklameFeeInput = { installationCost: 0, maintenanceCost: 0, economicLife: 1, strategicValue: 0 };
const reklame = (input: Partial<ReklameFeeInput>, taxRatePercent = 25) =>
  unwrap(calculateFee('reklame', { ...BASE, ...input }, { reklame: { taxRatePercent } }));

describe('Reklame fee (FEE-06)', () => {
  it('FEE-06 reklame: the tax rate is a required setting, named when missing', () => {
    const error = errorOf(calculateFee('reklame', BASE));
    assert.equal(error.code, 'fee.setting-missing');
    assert.equal(error.path, 'settings.reklame.taxRatePercent');
  });

  it('FEE-06 reklame: tax = rate × ((installation + maintenance) / economic life + strategic value), plus land rental Rp 3,000/m²/month', () => {
    // (10,000,000 + 2,000,000) / 12 = 1,000,000; NSR = 1,000,000 + 1,000,000; 25 % → 500,000 in two lines of 250,000;
    // land rental 4.5 m² × 3,000 × 12 months = 162,000.
    const assessment = reklame({ installationCost: 10_000_000, maintenanceCost: 2_000_000, economicLife: 12, strategicValue: 1_000_000, landRental: { areaM2: 4.5, months: 12 } });
    assert.deepEqual(assessment.lines.map((line) => line.amount), [250_000, 250_000, 162_000]);
    assert.equal(assessment.total, 662_000);
    assert.deepEqual(assessment.lines[2]?.source, { regulation: 'M13', article: 'Lampiran II angka 9 kolom 5 (retribusi sewa tanah)' });
  });

  it('FEE-06 reklame: a division that does not end is kept exact (1,000,000 / 3 × 25 % = 83,333 1/3 → Rp 83,333)', () => {
    const assessment = reklame({ installationCost: 1_000_000, economicLife: 3 });
    assert.equal(assessment.lines[0]?.exactAmount, '83333 1/3');
    assert.equal(assessment.lines[1]?.kind, 'rounding');
    assert.equal(assessment.lines[1]?.exactAmount, '1/3');
    assert.equal(assessment.total, 83_333);
  });

  it('FEE-06 reklame: rounded half up once, at the end (0.4 + 0.4 → Rp 1; 0.5 → Rp 1)', () => {
    const twoFractions = reklame({ installationCost: 4, strategicValue: 4 }, 10);
    assert.deepEqual(twoFractions.lines.map((line) => line.amount), [0, 0, 1]);
    assert.equal(twoFractions.total, 1);
    assert.equal(reklame({ installationCost: 5 }, 10).total, 1);
    assert.equal(reklame({ installationCost: 4 }, 10).total, 0);
  });

  it('FEE-06 reklame: refuses bad costs, periods and settings with their paths', () => {
    const cases: [Partial<ReklameFeeInput>, string, string][] = [
      [{ installationCost: -1 }, 'fee.amount-invalid', 'installationCost'],
      [{ maintenanceCost: 0.5 }, 'fee.amount-invalid', 'maintenanceCost'],
      [{ economicLife: 0 }, 'fee.quantity-invalid', 'economicLife'],
      [{ economicLife: 1_001 }, 'fee.quantity-invalid', 'economicLife'],
      [{ strategicValue: Number.NaN }, 'fee.amount-invalid', 'strategicValue'],
      [{ landRental: { areaM2: 2, months: 1.5 } }, 'fee.quantity-invalid', 'landRental.months'],
      [{ landRental: { areaM2: -2, months: 1 } }, 'fee.area-invalid', 'landRental.areaM2'],
      [{ installationCost: 9_007_199_254_740_991, maintenanceCost: 1 }, 'fee.amount-too-large', 'maintenanceCost'],
    ];
    for (const [input, code, path] of cases) {
      const error = errorOf(calculateFee('reklame', { ...BASE, ...input }, { reklame: { taxRatePercent: 25 } }));
      assert.equal(error.code, code, JSON.stringify(input));
      assert.equal(error.path, path);
    }
    for (const rate of [0, 101, -5]) {
      const error = errorOf(calculateFee('reklame', BASE, { reklame: { taxRatePercent: rate } }));
      assert.equal(error.code, 'fee.setting-invalid');
      assert.equal(error.path, 'settings.reklame.taxRatePercent');
    }
  });
});
