import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';

describe('SIUP fee (FEE-02)', () => {
  it('FEE-02 SIUP: small Rp 50,000, medium Rp 100,000, large Rp 200,000', () => {
    assert.equal(unwrap(calculateFee('siup', { size: 'small' })).total, 50_000);
    assert.equal(unwrap(calculateFee('siup', { size: 'medium' })).total, 100_000);
    assert.equal(unwrap(calculateFee('siup', { size: 'large' })).total, 200_000);
    assert.deepEqual(unwrap(calculateFee('siup', { size: 'large' })).lines[0]?.source, { regulation: 'M13', article: 'Lampiran II angka 5 kolom 5' });
  });

  it('FEE-02 SIUP: each of the four exemptions gives a zero total with the reason as data', () => {
    const expected = {
      'branch-office': 'SIUP perusahaan pusat',
      'equivalent-licence': 'Dinas Teknis',
      'state-owned-enterprise': 'BUMN/BUMD',
      'small-individual-trader': 'pedagang kaki lima',
    };
    for (const [exemption, words] of Object.entries(expected)) {
      const assessment = unwrap(calculateFee('siup', { size: 'large', exemption }));
      assert.equal(assessment.total, 0);
      assert.equal(assessment.exemption?.reason, exemption);
      assert.include(assessment.exemption?.label.id, words);
      assert.deepEqual(assessment.exemption?.source, { regulation: 'M13', article: 'Lampiran II angka 5 kolom 3' });
      assert.equal(assessment.lines[0]?.kind, 'exemption');
      assert.equal(assessment.lines[0]?.amount, 0);
    }
  });

  it('FEE-02 SIUP: refuses an unknown class or exemption and never echoes script-like input', () => {
    const size = errorOf(calculateFee('siup', { size: 'huge' }));
    assert.equal(size.code, 'fee.size-invalid');
    assert.equal(size.path, 'size');
    assert.include(size.message.en, '"huge"');
    const script = errorOf(calculateFee('siup', { size: '<script>alert(1)</script>' }));
    assert.notInclude(script.message.en, '<script>');
    assert.equal(errorOf(calculateFee('siup', { size: 'small', exemption: 'friend-of-mayor' })).code, 'fee.exemption-invalid');
    assert.equal(errorOf(calculateFee('siup', { size: 'small', exemption: 3 as never })).path, 'exemption');
    assert.equal(errorOf(calculateFee('siup', {} as never)).code, 'fee.size-invalid');
  });

  it('FEE-02 SIUP: a municipality can replace the tariff table', () => {
    const settings = { siup: { tariffs: [{ size: 'micro', label: { id: 'SIUP Mikro', en: 'SIUP, micro' }, fee: 10_000, source: { regulation: 'Perwali X', article: '2' } }] } };
    assert.equal(unwrap(calculateFee('siup', { size: 'micro' }, settings)).total, 10_000);
    assert.equal(errorOf(calculateFee('siup', { size: 'small' }, settings)).code, 'fee.size-invalid');
  });
});
