import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';
import type { HiburanFeeInput } from './hiburan.js';

const hiburan = (input: HiburanFeeInput, settings?: Parameters<typeof calculateFee>[2]) => unwrap(calculateFee('hiburan', input, settings));
const area = (areaM2: number) => hiburan({ areaM2 }).total;

describe('Recreation and entertainment fee (FEE-05)', () => {
  it('FEE-05 hiburan: the whole area at its bracket rate, upper bounds inclusive (50 / 100 / 200 m²)', () => {
    assert.equal(area(1), 1_000);
    assert.equal(area(50), 50_000); // 50 × 1,000
    assert.equal(area(51), 102_000); // 51 × 2,000
    assert.equal(area(100), 200_000); // 100 × 2,000
    assert.equal(area(101), 303_000); // 101 × 3,000
    assert.equal(area(200), 600_000); // 200 × 3,000
    assert.equal(area(201), 1_005_000); // 201 × 5,000
  });

  it('FEE-05 hiburan: a fractional m² of premises rounds up to a whole m² (50.01 → 51 m² at Rp 2,000)', () => {
    assert.equal(area(50.01), 102_000);
    assert.equal(area(0.3), 1_000);
  });

  it('FEE-05 hiburan: every unit charge of Lampiran II angka 8 at its rate', () => {
    const cases: [string, number, number][] = [
      ['recreation-park', 2, 200_000], ['bathing-place', 1, 100_000], ['fishing-pond', 3, 225_000],
      ['beauty-salon', 4, 200_000], ['barber', 3, 75_000], ['cinema', 200, 1_000_000], ['karaoke', 5, 500_000],
      ['game-hall', 10, 250_000], ['health-centre', 2, 100_000],
    ];
    for (const [item, count, amount] of cases) {
      const assessment = hiburan({ areaM2: 50, units: { [item]: count } });
      assert.equal(assessment.total, 50_000 + amount, item);
      assert.equal(assessment.lines[1]?.amount, amount, item);
      assert.deepEqual(assessment.lines[1]?.source, { regulation: 'M13', article: 'Lampiran II angka 8 kolom 5' });
    }
  });

  it('FEE-05 hiburan: per-area units round up to whole blocks (facilities per 1,000 m², meeting hall per 500 m²)', () => {
    const blocks = (item: 'facilities' | 'meeting-hall', m2: number) => hiburan({ areaM2: 50, units: { [item]: m2 } }).lines[1]?.quantity;
    assert.equal(blocks('facilities', 1), 1);
    assert.equal(blocks('facilities', 1_000), 1);
    assert.equal(blocks('facilities', 1_000.5), 2);
    assert.equal(blocks('facilities', 2_001), 3);
    assert.equal(blocks('meeting-hall', 500), 1);
    assert.equal(blocks('meeting-hall', 501), 2);
    assert.equal(hiburan({ areaM2: 50, units: { 'meeting-hall': 1_500 } }).total, 50_000 + 3 * 500_000);
  });

  it('FEE-05 hiburan: the marginal reading is a setting (120 m² → 50×1,000 + 50×2,000 + 20×3,000)', () => {
    const marginal = { hiburan: { areaCharging: 'marginal' as const } };
    assert.equal(hiburan({ areaM2: 120 }, marginal).total, 210_000);
    assert.equal(hiburan({ areaM2: 250 }, marginal).total, 700_000);
    assert.equal(hiburan({ areaM2: 50 }, marginal).total, 50_000);
  });

  it('FEE-05 hiburan: refuses unknown units, fractional counts, negative quantities and bad areas with paths', () => {
    const unknown = errorOf(calculateFee('hiburan', { areaM2: 50, units: { casino: 1 } }));
    assert.equal(unknown.code, 'fee.unknown-item');
    assert.equal(unknown.path, 'units.casino');
    assert.equal(errorOf(calculateFee('hiburan', { areaM2: 50, units: { '<b>': 1 } })).path, 'units');
    const fractional = errorOf(calculateFee('hiburan', { areaM2: 50, units: { karaoke: 1.5 } }));
    assert.equal(fractional.code, 'fee.quantity-invalid');
    assert.equal(fractional.path, 'units.karaoke');
    assert.equal(errorOf(calculateFee('hiburan', { areaM2: 50, units: { facilities: -1 } })).path, 'units.facilities');
    assert.equal(errorOf(calculateFee('hiburan', { areaM2: 0 })).code, 'fee.area-invalid');
    assert.equal(errorOf(calculateFee('hiburan', { areaM2: 50, units: [] as never })).path, 'units');
    assert.equal(errorOf(calculateFee('hiburan', { areaM2: 50, units: { cinema: 1e300 } })).code, 'fee.quantity-invalid');
    assert.equal(errorOf(calculateFee('hiburan', { areaM2: 50, units: { cinema: 9_007_199_254_740 } })).code, 'fee.amount-too-large');
  });
});
