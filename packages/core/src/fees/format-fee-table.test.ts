import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee, type FeeInputs } from './calculate-fee.js';
import { formatFeeTable } from './format-fee-table.js';
import type { Language } from './shared/format.js';
import type { FeeSettingsInput } from './settings.js';
import type { PermitFeeType } from './types.js';

const S = { regulation: 'Perwali X', article: '2' };

function table<T extends PermitFeeType>(type: T, input: FeeInputs[T], language: Language, settings?: FeeSettingsInput): string {
  return formatFeeTable(unwrap(calculateFee(type, input, settings)), language);
}

// Every expected table below was worked out by hand from M13 Lampiran II; the comments show the arithmetic.
describe('fee lines as a plain-text table (FEE-09)', () => {
  it('FEE-09 FEE-01 IMB: 120.3 m² × Rp 10,000 × 1.50 × 1.50 × 0.50 + land fill 2.5 m³ + road 0.33 m³, one rounding', () => {
    // 120.3 × 10,000 × 1.5 × 1.5 × 0.5 = 1,353,375; 2.5 × 1,000 = 2,500; 0.33 × 150 = 49.5; 1,355,924.5 → 1,355,925.
    assert.equal(table('imb', { areaM2: 120.3, storeys: 2, use: 'social', siteWorks: { 'land-fill': 2.5, road: 0.33 } }, 'id', { imb: { basePricePerM2: 10_000 } }), [
      'Uraian                                                         | Banyaknya | Satuan | Tarif (Rp) | Faktor            | Biaya (Rp) | Nilai tepat (Rp)',
      'Bangunan gedung                                                |     120,3 | m²     |     10.000 | ×1,50 ×1,50 ×0,50 |  1.353.375 |',
      'Tanah urugan                                                   |       2,5 | m³     |      1.000 |                   |      2.500 |',
      'Jalan                                                          |      0,33 | m³     |        150 |                   |         49 |             49,5',
      'Pembulatan pecahan rupiah, setengah ke atas (sekali, di akhir) |         1 | rupiah |          1 |                   |          1 |              0,5',
      'JUMLAH                                                         |           |        |            |                   |  1.355.925 |',
    ].join('\n'));
  });

  it('FEE-09 FEE-02 SIUP: medium Rp 100,000; a small individual trader is exempt', () => {
    assert.equal(table('siup', { size: 'medium' }, 'id'), [
      'Uraian        | Banyaknya | Satuan | Tarif (Rp) | Biaya (Rp)',
      'SIUP Menengah |         1 | izin   |    100.000 |    100.000',
      'JUMLAH        |           |        |            |    100.000',
    ].join('\n'));
    assert.equal(table('siup', { size: 'small', exemption: 'small-individual-trader' }, 'en'), [
      'Item                                                                     | Quantity | Unit   | Rate (Rp) | Amount (Rp)',
      'Exempt: a small individual trader (itinerant, street or roadside vendor) |        1 | permit |         0 |           0',
      'TOTAL                                                                    |          |        |           |           0',
    ].join('\n'));
  });

  it('FEE-09 FEE-03 TDI: Rp 750,000,000 is above Rp 500,000,000 → Rp 200,000', () => {
    assert.equal(table('tdi', { investmentValue: 750_000_000 }, 'en'), [
      'Item                                       | Quantity | Unit   | Rate (Rp) | Amount (Rp)',
      'TDI, investment value above Rp 500,000,000 |        1 | permit |   200,000 |     200,000',
      'TOTAL                                      |          |        |           |     200,000',
    ].join('\n'));
  });

  it('FEE-09 FEE-04 TDG: 40.2 m² → 41 m², Rp 25,000 + 5 × Rp 1,000', () => {
    assert.equal(table('tdg', { areaM2: 40.2 }, 'id'), [
      'Uraian                          | Banyaknya | Satuan | Tarif (Rp) | Biaya (Rp)',
      'TDG, gudang sampai dengan 36 m² |         1 | izin   |     25.000 |     25.000',
      'Luas selebihnya dari 36 m²      |         5 | m²     |      1.000 |      5.000',
      'JUMLAH                          |           |        |            |     30.000',
    ].join('\n'));
  });

  it('FEE-09 FEE-05 hiburan: 120 m² × Rp 3,000 + 2 barber chairs + 3 karaoke rooms + 1,500 m² facilities (2 blocks)', () => {
    assert.equal(table('hiburan', { areaM2: 120, units: { karaoke: 3, facilities: 1_500, barber: 2 } }, 'en'), [
      'Item                              | Quantity | Unit              | Rate (Rp) | Amount (Rp)',
      'Premises area, bracket 100–200 m² |      120 | m²                |     3,000 |     360,000',
      'Barber                            |        2 | chair             |    25,000 |      50,000',
      'Karaoke                           |        3 | room              |   100,000 |     300,000',
      'Facilities (1,500 m²)             |        2 | block of 1,000 m² |   500,000 |   1,000,000',
      'TOTAL                             |          |                   |           |   1,710,000',
    ].join('\n'));
  });

  it('FEE-09 FEE-06 reklame: 25 % × ((1,000,000 + 200,000) / 12 + 150,000) + 2.5 m² × Rp 3,000 × 6 months', () => {
    // 1,200,000 / 12 × 0.25 = 25,000; 150,000 × 0.25 = 37,500; 2.5 × 3,000 × 6 = 45,000.
    assert.equal(table('reklame', { installationCost: 1_000_000, maintenanceCost: 200_000, economicLife: 12, strategicValue: 150_000,
      landRental: { areaM2: 2.5, months: 6 } }, 'id', { reklame: { taxRatePercent: 25 } }), [
      'Uraian                                                                     | Banyaknya | Satuan  | Tarif (Rp) | Faktor      | Biaya (Rp)',
      'Pajak reklame atas (biaya pemasangan + biaya pemeliharaan) ÷ umur ekonomis |         1 | reklame |  1.200.000 | ×1/12 ×0,25 |     25.000',
      'Pajak reklame atas nilai strategis                                         |         1 | reklame |    150.000 | ×0,25       |     37.500',
      'Retribusi sewa tanah                                                       |       2,5 | m²      |      3.000 | ×6          |     45.000',
      'JUMLAH                                                                     |           |         |            |             |    107.500',
    ].join('\n'));
  });

  it('FEE-09 FEE-07 jasa konstruksi: two fields at the amounts the city set', () => {
    const fieldFees = [
      { field: 'sipil', label: { id: 'Bidang sipil', en: 'Civil works' }, fee: 1_500_000, source: S },
      { field: 'elektrikal', label: { id: 'Bidang elektrikal', en: 'Electrical works' }, fee: 750_000, source: S },
    ];
    assert.equal(table('jasa-konstruksi', { fields: ['sipil', 'elektrikal'] }, 'en', { 'jasa-konstruksi': { fieldFees } }), [
      'Item             | Quantity | Unit   | Rate (Rp) | Amount (Rp)',
      'Civil works      |        1 | permit | 1,500,000 |   1,500,000',
      'Electrical works |        1 | permit |   750,000 |     750,000',
      'TOTAL            |          |        |           |   2,250,000',
    ].join('\n'));
  });

  it('FEE-09 FEE-08 ijin lokasi (actual costs) and ijin gangguan (a tariff the city set)', () => {
    assert.equal(table('ijin-lokasi', { items: [{ description: 'Pengukuran lapangan', amount: 750_000 }, { description: 'Rapat koordinasi', amount: 1_250_000 }] }, 'id'), [
      'Uraian              | Banyaknya | Satuan      | Tarif (Rp) | Biaya (Rp)',
      'Pengukuran lapangan |         1 | biaya nyata |    750.000 |    750.000',
      'Rapat koordinasi    |         1 | biaya nyata |  1.250.000 |  1.250.000',
      'JUMLAH              |           |             |            |  2.000.000',
    ].join('\n'));
    const tariff = [
      { item: 'permit', label: { id: 'Ijin gangguan', en: 'Nuisance permit' }, basis: 'flat' as const, unit: { id: 'izin', en: 'permit' }, rate: 100_000, source: S },
      { item: 'area-m2', label: { id: 'Luas ruang usaha', en: 'Business floor area' }, basis: 'per-unit' as const, unit: { id: 'm²', en: 'm²' }, rate: 500, source: S },
    ];
    assert.equal(table('ijin-gangguan', { quantities: { 'area-m2': 120 } }, 'id', { 'ijin-gangguan': { tariff } }), [
      'Uraian           | Banyaknya | Satuan | Tarif (Rp) | Biaya (Rp)',
      'Ijin gangguan    |         1 | izin   |    100.000 |    100.000',
      'Luas ruang usaha |       120 | m²     |        500 |     60.000',
      'JUMLAH           |           |        |            |    160.000',
    ].join('\n'));
  });
});
