import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';
import type { JasaKonstruksiFieldFee } from './jasa-konstruksi.js';

const SOURCE = { regulation: 'Perwali Mojokerto (tarif IUJK)', article: 'Pasal 2' };
const field = (name: string, fee: number): JasaKonstruksiFieldFee => ({ field: name, label: { id: `Bidang ${name}`, en: `${name} field` }, fee, source: SOURCE });
const settings = (...fieldFees: JasaKonstruksiFieldFee[]) => ({ 'jasa-konstruksi': { fieldFees } });

describe('Construction-services fee (FEE-07)', () => {
  it('FEE-07 jasa konstruksi: without the fee per field the setting is named as missing', () => {
    const error = errorOf(calculateFee('jasa-konstruksi', { fields: ['sipil'] }));
    assert.equal(error.code, 'fee.setting-missing');
    assert.equal(error.path, 'settings.jasa-konstruksi.fieldFees');
  });

  it('FEE-07 jasa konstruksi: each licensed field pays its set amount; the bounds Rp 100,000 and Rp 2,000,000 are allowed', () => {
    const city = settings(field('sipil', 2_000_000), field('arsitektur', 100_000), field('elektrikal', 750_000));
    assert.equal(unwrap(calculateFee('jasa-konstruksi', { fields: ['sipil'] }, city)).total, 2_000_000);
    assert.equal(unwrap(calculateFee('jasa-konstruksi', { fields: ['arsitektur'] }, city)).total, 100_000);
    const two = unwrap(calculateFee('jasa-konstruksi', { fields: ['sipil', 'elektrikal'] }, city));
    assert.equal(two.total, 2_750_000);
    assert.deepEqual(two.lines.map((line) => line.source), [SOURCE, SOURCE]);
  });

  it('FEE-07 jasa konstruksi: an amount outside Rp 100,000 … 2,000,000 is refused as a setting', () => {
    for (const fee of [99_999, 2_000_001, 0]) {
      const error = errorOf(calculateFee('jasa-konstruksi', { fields: ['sipil'] }, settings(field('sipil', fee))));
      assert.equal(error.code, 'fee.setting-invalid', String(fee));
      assert.equal(error.path, 'settings.jasa-konstruksi.fieldFees.0.fee');
      assert.include(error.message.en, 'Rp 100,000');
    }
  });

  it('FEE-07 jasa konstruksi: refuses an empty, unknown or repeated field', () => {
    const city = settings(field('sipil', 500_000));
    assert.equal(errorOf(calculateFee('jasa-konstruksi', { fields: [] }, city)).path, 'fields');
    assert.equal(errorOf(calculateFee('jasa-konstruksi', { fields: ['sipil', 'tambang'] }, city)).path, 'fields.1');
    assert.equal(errorOf(calculateFee('jasa-konstruksi', { fields: ['sipil', 'sipil'] }, city)).code, 'fee.field-invalid');
    assert.equal(errorOf(calculateFee('jasa-konstruksi', { fields: 'sipil' as never }, city)).path, 'fields');
  });
});
