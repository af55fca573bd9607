import { describe, it } from 'node:test';
import { assert } from 'chai';
import { cite } from '../citation.js';
import { ruleInForce, type EffectiveRule } from './effective.js';

const lkpmDueDay: EffectiveRule<number>[] = [
  { from: '2021-04-02', until: '2025-10-01', value: 10, source: cite('Peraturan BKPM 5/2021', 'Pasal 32') },
  { from: '2025-10-01', value: 15, source: cite('Peraturan BKPM 5/2025', 'Pasal 35') },
];

describe('effective-dated rules', () => {
  it('CAL-06 picks the version in force on the date: the LKPM due day moved from the 10th to the 15th on 1 Oct 2025', () => {
    const pick = (date: string) => {
      const rule = ruleInForce(lkpmDueDay, date, 'LKPM due day');
      return rule.ok ? rule.value.value : rule.error.code;
    };
    assert.equal(pick('2025-09-30'), 10);
    assert.equal(pick('2025-10-01'), 15, 'from is inclusive');
    assert.equal(pick('2030-01-01'), 15, 'open-ended');
    assert.equal(pick('2020-01-01'), 'rule.not-in-force');
  });

  it('CAL-06 overlapping versions are an error, not a silent choice', () => {
    const overlapping = [...lkpmDueDay, { from: '2025-01-01', value: 12, source: cite('x', 'y') }];
    const result = ruleInForce(overlapping, '2025-10-05', 'LKPM due day');
    assert.isFalse(result.ok);
    if (!result.ok) {
      assert.equal(result.error.code, 'rule.overlapping-versions');
      assert.include(result.error.message.en, 'LKPM due day');
    }
  });
});
