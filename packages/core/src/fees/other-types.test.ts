import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import type { ConfiguredTariffRow } from './configured-tariff.js';
import { errorOf } from './fee-test-helpers.js';

const SOURCE = { regulation: 'Perda Kota Mojokerto Nomor 12 Tahun 2002', article: 'Pasal 8' };

describe('Ijin Lokasi and the permit types whose fee row the text lost (FEE-08)', () => {
  it('FEE-08 ijin lokasi: the itemised actual costs, each a line citing Lampiran II angka 11', () => {
    const assessment = unwrap(calculateFee('ijin-lokasi', { items: [
      { description: 'Pengukuran lapangan', amount: 750_000 },
      { description: 'Rapat koordinasi tim', amount: 1_250_000 },
    ] }));
    assert.equal(assessment.total, 2_000_000);
    assert.deepEqual(assessment.lines.map((line) => [line.label.id, line.amount]), [['Pengukuran lapangan', 750_000], ['Rapat koordinasi tim', 1_250_000]]);
    assert.deepEqual(assessment.lines[0]?.source, { regulation: 'M13', article: 'Lampiran II angka 11 kolom 5' });
    assert.equal(unwrap(calculateFee('ijin-lokasi', { items: [] })).total, 0);
  });

  it('FEE-08 ijin lokasi: refuses script-like descriptions, fractional amounts and a missing list', () => {
    const script = errorOf(calculateFee('ijin-lokasi', { items: [{ description: '<script>alert(1)</script>', amount: 1 }] }));
    assert.equal(script.code, 'fee.text-invalid');
    assert.equal(script.path, 'items.0.description');
    assert.equal(errorOf(calculateFee('ijin-lokasi', { items: [{ description: 'Ukur', amount: 10.5 }] })).path, 'items.0.amount');
    assert.equal(errorOf(calculateFee('ijin-lokasi', { items: [{ description: 'a\u0000b', amount: 1 }] })).code, 'fee.text-invalid');
    assert.equal(errorOf(calculateFee('ijin-lokasi', {} as never)).path, 'items');
  });

  it('FEE-08 ijin gangguan, ijin trayek, IUI: without a tariff setting the missing setting is named', () => {
    for (const type of ['ijin-gangguan', 'ijin-trayek', 'iui'] as const) {
      const error = errorOf(calculateFee(type, {}));
      assert.equal(error.code, 'fee.setting-missing');
      assert.equal(error.path, `settings.${type}.tariff`);
    }
  });

  it('FEE-08 ijin trayek: a configured tariff with a flat row and a per-unit row', () => {
    const tariff: ConfiguredTariffRow[] = [
      { item: 'permit', label: { id: 'Ijin trayek', en: 'Route permit' }, basis: 'flat', unit: { id: 'izin', en: 'permit' }, rate: 50_000, source: SOURCE },
      { item: 'vehicle', label: { id: 'Kartu pengawasan per kendaraan', en: 'Supervision card per vehicle' }, basis: 'per-unit', unit: { id: 'kendaraan', en: 'vehicle' }, rate: 15_000, source: SOURCE },
    ];
    const settings = { 'ijin-trayek': { tariff } };
    const assessment = unwrap(calculateFee('ijin-trayek', { quantities: { vehicle: 3 } }, settings));
    assert.deepEqual(assessment.lines.map((line) => line.amount), [50_000, 45_000]);
    assert.equal(assessment.total, 95_000);
    assert.equal(errorOf(calculateFee('ijin-trayek', {}, settings)).code, 'fee.quantity-missing');
    assert.equal(errorOf(calculateFee('ijin-trayek', { quantities: { vehicle: 3, permit: 2 } }, settings)).path, 'quantities.permit');
    assert.equal(errorOf(calculateFee('ijin-trayek', { quantities: { vehicle: 2.5 } }, settings)).path, 'quantities.vehicle');
    assert.equal(errorOf(calculateFee('ijin-trayek', { quantities: { vehicle: 1, boat: 1 } }, settings)).code, 'fee.unknown-item');
    const bad = errorOf(calculateFee('ijin-trayek', { quantities: { vehicle: 1 } }, { 'ijin-trayek': { tariff: [{ ...tariff[0], rate: -1 } as ConfiguredTariffRow] } }));
    assert.equal(bad.path, 'settings.ijin-trayek.tariff.0.rate');
  });
});
