import { describe, it } from 'node:test';
import { assert } from 'chai';
import { checkChoice, checkOptionalChoice, shownValue } from './choice-input.js';

const WHAT = { id: 'Tingkat risiko', en: 'risk level' };
const LEVELS = ['low', 'high'] as const;

describe('choice input checks shared by every module', () => {
  it('accepts one of the choices and refuses anything else with the caller\'s code, path and every choice', () => {
    assert.deepEqual(checkChoice('high', LEVELS, 'risk', 'x.risk-invalid', WHAT), { ok: true, value: 'high' });
    const refused = checkChoice('extreme', LEVELS, 'activities.0.risk', 'x.risk-invalid', WHAT);
    assert.isFalse(refused.ok);
    if (!refused.ok) {
      assert.equal(refused.error.code, 'x.risk-invalid');
      assert.equal(refused.error.path, 'activities.0.risk');
      assert.equal(refused.error.message.en, 'Unknown risk level "extreme"; choose one of: low, high.');
      assert.equal(refused.error.message.id, 'Tingkat risiko "extreme" tidak dikenal; pilihan: low, high.');
    }
    for (const value of [undefined, 1, { risk: 'low' }, 'LOW']) assert.isFalse(checkChoice(value, LEVELS, 'r', 'c', WHAT).ok);
    assert.deepEqual(checkOptionalChoice(undefined, LEVELS, 'r', 'c', WHAT), { ok: true, value: undefined });
  });

  it('never quotes markup or long input back in a message', () => {
    assert.equal(shownValue('<script>alert(1)</script>'), '');
    assert.equal(shownValue('x'.repeat(41)), '');
    assert.equal(shownValue(42), ' 42');
    assert.equal(shownValue(Number.NaN), '');
    const refused = checkChoice('<img src=x onerror=alert(1)>', LEVELS, 'r', 'c', WHAT);
    if (!refused.ok) assert.notInclude(refused.error.message.en, '<img');
  });
});
