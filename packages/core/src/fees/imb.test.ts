import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';
import { IMB_FEE_DEFAULTS, type ImbFeeInput } from './imb.js';
import type { FeeSettingsInput } from './settings.js';

const CITY: FeeSettingsInput = { imb: { basePricePerM2: 10_000 } };
const imb = (input: ImbFeeInput, settings: FeeSettingsInput = CITY) => unwrap(calculateFee('imb', input, settings));
const housing = (areaM2: number, storeys = 1) => imb({ areaM2, storeys, use: 'housing' }).total;

describe('IMB fee (FEE-01)', () => {
  it('FEE-01 IMB: the base price per m² is a required setting, named when missing', () => {
    const error = errorOf(calculateFee('imb', { areaM2: 100, storeys: 1, use: 'housing' }));
    assert.equal(error.code, 'fee.setting-missing');
    assert.equal(error.path, 'settings.imb.basePricePerM2');
    assert.include(error.message.en, 'settings.imb.basePricePerM2');
  });

  it('FEE-01 IMB: floor-area coefficient at every bracket bound (base Rp 10,000, 1 storey, housing)', () => {
    const cases: [number, number][] = [
      [100, 1_000_000], // 100 × 10,000 × 1.00
      [101, 1_515_000], // 101 × 10,000 × 1.50
      [250, 3_750_000], // 250 × 10,000 × 1.50
      [251, 6_275_000], // 251 × 10,000 × 2.50
      [500, 12_500_000],
      [501, 17_535_000], // × 3.50
      [1_000, 35_000_000],
      [1_001, 40_040_000], // × 4.00
      [2_000, 80_000_000],
      [2_001, 90_045_000], // × 4.50
      [3_000, 135_000_000],
      [3_001, 150_050_000], // × 5.00
    ];
    for (const [area, total] of cases) assert.equal(housing(area), total, `${area} m²`);
    assert.equal(housing(100.01), 1_500_150); // 100.01 × 10,000 × 1.50: just past the bound
  });

  it('FEE-01 IMB: storey coefficients 1.00 / 1.50 / 2.50 / 3.00 / 5.00; 6 storeys is outside the table', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((storeys) => housing(100, storeys)), [1_000_000, 1_500_000, 2_500_000, 3_000_000, 5_000_000]);
    const error = errorOf(calculateFee('imb', { areaM2: 100, storeys: 6, use: 'housing' }, CITY));
    assert.equal(error.code, 'fee.outside-table');
    assert.equal(error.path, 'storeys');
    assert.equal(errorOf(calculateFee('imb', { areaM2: 100, storeys: 1.5, use: 'housing' }, CITY)).code, 'fee.storeys-invalid');
  });

  it('FEE-01 IMB: use coefficients social 0.50, housing / public facility / education 1.00; further uses are a setting', () => {
    const total = (use: string, settings?: FeeSettingsInput) => imb({ areaM2: 100, storeys: 1, use }, settings).total;
    assert.equal(total('social'), 500_000);
    assert.equal(total('housing'), 1_000_000);
    assert.equal(total('public-facility'), 1_000_000);
    assert.equal(total('education'), 1_000_000);
    const error = errorOf(calculateFee('imb', { areaM2: 100, storeys: 1, use: 'commercial' }, CITY));
    assert.equal(error.code, 'fee.use-invalid');
    assert.equal(error.path, 'use');
    const withCommercial: FeeSettingsInput = { imb: { basePricePerM2: 10_000, useCoefficients: [...IMB_FEE_DEFAULTS.useCoefficients,
      { use: 'commercial', label: { id: 'Bangunan usaha', en: 'commercial' }, coefficient: 1.25, source: { regulation: 'Perwali X', article: '3' } }] } };
    assert.equal(total('commercial', withCommercial), 1_250_000);
  });

  it('FEE-01 IMB: site works — land fill Rp 1,000, drainage Rp 500, road Rp 150 per m³', () => {
    const assessment = imb({ areaM2: 100, storeys: 1, use: 'housing', siteWorks: { 'land-fill': 10, drainage: 4, road: 20 } });
    assert.deepEqual(assessment.lines.map((line) => line.amount), [1_000_000, 10_000, 2_000, 3_000]);
    assert.equal(assessment.total, 1_015_000);
    assert.deepEqual(assessment.lines[1]?.source, { regulation: 'M13', article: 'Lampiran II angka 1 kolom 5' });
    const unknown = errorOf(calculateFee('imb', { areaM2: 100, storeys: 1, use: 'housing', siteWorks: { fence: 1 } as never }, CITY));
    assert.equal(unknown.code, 'fee.unknown-item');
    assert.equal(unknown.path, 'siteWorks.fence');
    assert.equal(errorOf(calculateFee('imb', { areaM2: 100, storeys: 1, use: 'housing', siteWorks: { road: -2 } }, CITY)).path, 'siteWorks.road');
  });

  it('FEE-01 IMB: exact arithmetic, rounded half up once — 10.2 m² × Rp 12,345 × 0.50 = 62,959.5 → Rp 62,960, where float math gives 62,959', () => {
    const naive = Math.round(10.2 * 12_345 * 1.0 * 1.0 * 0.5);
    assert.equal(naive, 62_959); // the float product is 62959.49999999999
    const assessment = imb({ areaM2: 10.2, storeys: 1, use: 'social' }, { imb: { basePricePerM2: 12_345 } });
    assert.equal(assessment.total, 62_960);
    assert.equal(assessment.lines[0]?.exactAmount, '62959.5');
    assert.equal(assessment.lines[0]?.amount, 62_959);
    assert.equal(assessment.lines[1]?.kind, 'rounding');
    assert.equal(assessment.lines[1]?.amount, 1);
  });

  it('FEE-01 IMB: the fractions of all lines are rounded together, once (0.4 + 0.3 → 1 rupiah, not 0)', () => {
    // Building 1.01 m² × Rp 10,001 × 1.00 × 1.00 × 0.50 = 5,050.505 → whole 5,050, fraction 0.505;
    // road 0.002 m³ × Rp 150 = 0.3 → fraction 0.3. Sum of fractions 0.805 → rounds to 1; exact total 5,050.805 → 5,051.
    const assessment = imb({ areaM2: 1.01, storeys: 1, use: 'social', siteWorks: { road: 0.002 } }, { imb: { basePricePerM2: 10_001 } });
    assert.deepEqual(assessment.lines.map((line) => line.amount), [5_050, 0, 1]);
    assert.equal(assessment.total, 5_051);
    assert.equal(assessment.lines[2]?.exactAmount, '0.805');
    const down = imb({ areaM2: 1.01, storeys: 1, use: 'social', siteWorks: { road: 0.002 } }, { imb: { basePricePerM2: 10_001, rounding: 'down' } });
    assert.equal(down.total, 5_050);
  });

  it('FEE-01 IMB: the building line shows quantity, base price and each coefficient with its citation', () => {
    const line = imb({ areaM2: 300, storeys: 2, use: 'education' }).lines[0];
    assert.equal(line?.quantity, 300);
    assert.equal(line?.rate, 10_000);
    assert.deepEqual(line?.factors?.map((f) => [f.numerator, f.denominator]), [[250, 100], [150, 100], [100, 100]]);
    assert.deepEqual(line?.factors?.map((f) => f.source.article), [
      'Lampiran II angka 1 kolom 3 huruf a dan kolom 4', 'Lampiran II angka 1 kolom 3 huruf b dan kolom 4', 'Lampiran II angka 1 kolom 3 huruf c dan kolom 4',
    ]);
    assert.equal(line?.amount, 11_250_000); // 300 × 10,000 × 2.50 × 1.50 × 1.00
  });

  it('FEE-01 IMB: refuses bad settings — a coefficient with three decimals, a non-integer base price', () => {
    const coefficient = errorOf(calculateFee('imb', { areaM2: 1, storeys: 1, use: 'housing' },
      { imb: { basePricePerM2: 1, storeyCoefficients: [{ storeys: 1, coefficient: 1.555, source: { regulation: 'X', article: '1' } }] } }));
    assert.equal(coefficient.code, 'fee.setting-invalid');
    assert.equal(coefficient.path, 'settings.imb.storeyCoefficients.0.coefficient');
    assert.equal(errorOf(calculateFee('imb', { areaM2: 1, storeys: 1, use: 'housing' }, { imb: { basePricePerM2: 99.5 } })).path, 'settings.imb.basePricePerM2');
  });

  it('FEE-01 IMB: an amount beyond Number.MAX_SAFE_INTEGER is refused, not rounded', () => {
    const error = errorOf(calculateFee('imb', { areaM2: 9_000_000_000, storeys: 5, use: 'housing' }, { imb: { basePricePerM2: 1_000_000 } }));
    assert.equal(error.code, 'fee.amount-too-large');
  });
});
