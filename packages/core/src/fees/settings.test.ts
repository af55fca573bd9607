import { describe, it } from 'node:test';
import { assert } from 'chai';
import { unwrap } from '../result.js';
import { calculateFee } from './calculate-fee.js';
import { errorOf } from './fee-test-helpers.js';
import { DEFAULT_FEE_SETTINGS, defineFeeSettings } from './settings.js';
import { PERMIT_FEE_TYPES } from './types.js';

describe('fee settings', () => {
  it('FEE-09 the default settings are the Lampiran II tables, frozen, every row with its citation', () => {
    assert.isTrue(Object.isFrozen(DEFAULT_FEE_SETTINGS));
    assert.isTrue(Object.isFrozen(DEFAULT_FEE_SETTINGS.tdi.brackets[0]));
    assert.deepEqual(Object.keys(DEFAULT_FEE_SETTINGS).sort(), [...PERMIT_FEE_TYPES].sort());
    for (const row of [...DEFAULT_FEE_SETTINGS.imb.areaCoefficients, ...DEFAULT_FEE_SETTINGS.hiburan.unitCharges, ...DEFAULT_FEE_SETTINGS.siup.tariffs]) {
      assert.equal(row.source.regulation, 'M13');
      assert.match(row.source.article, /^Lampiran II angka \d+/);
    }
    assert.isUndefined(DEFAULT_FEE_SETTINGS.imb.basePricePerM2);
    assert.isUndefined(DEFAULT_FEE_SETTINGS.reklame.taxRatePercent);
  });

  it('FEE-01 defineFeeSettings validates once and gives complete, frozen settings that calculateFee uses', () => {
    const city = unwrap(defineFeeSettings({ imb: { basePricePerM2: 10_000 }, tdg: { ratePerExtraM2: 2_000 } }));
    assert.isTrue(Object.isFrozen(city.imb));
    assert.equal(city.imb.areaCoefficients, DEFAULT_FEE_SETTINGS.imb.areaCoefficients);
    assert.equal(unwrap(calculateFee('imb', { areaM2: 100, storeys: 1, use: 'housing' }, city)).total, 1_000_000);
    assert.equal(unwrap(calculateFee('tdg', { areaM2: 40 }, city)).total, 33_000); // 25,000 + 4 × 2,000
  });

  it('FEE-07 defineFeeSettings refuses an invalid setting with its path, and an unknown section', () => {
    const error = errorOf(defineFeeSettings({ hiburan: { areaBrackets: [{ upTo: 50, ratePerM2: 1_000, source: { regulation: 'M13', article: 'x' } }, { upTo: 40, ratePerM2: 2_000, source: { regulation: 'M13', article: 'x' } }] } }));
    assert.equal(error.code, 'fee.setting-invalid');
    assert.equal(error.path, 'settings.hiburan.areaBrackets.1.upTo');
    assert.equal(errorOf(defineFeeSettings({ tdi: { minimumInvestment: -5 } })).path, 'settings.tdi.minimumInvestment');
    assert.equal(errorOf(defineFeeSettings({ tdg: { areaRounding: 'sideways' as never } })).path, 'settings.tdg.areaRounding');
    assert.equal(errorOf(defineFeeSettings({ parking: {} } as never)).path, 'settings');
    assert.equal(errorOf(defineFeeSettings({ siup: { tariffs: [] } })).path, 'settings.siup.tariffs');
    assert.equal(errorOf(defineFeeSettings({ siup: { exemptions: [{ exemption: 'x', label: { id: '<b>', en: 'x' }, source: { regulation: 'M13', article: '1' } }] } })).path,
      'settings.siup.exemptions.0.label.id');
  });

  it('FEE-09 an override object that was not defined first is validated on every call', () => {
    const brackets = [{ upTo: 100, ratePerM2: 1_000, source: { regulation: 'M13', article: 'x' } }, { ratePerM2: -1, source: { regulation: 'M13', article: 'x' } }];
    const error = errorOf(calculateFee('hiburan', { areaM2: 10 }, { hiburan: { areaBrackets: brackets } }));
    assert.equal(error.path, 'settings.hiburan.areaBrackets.1.ratePerM2');
  });
});
