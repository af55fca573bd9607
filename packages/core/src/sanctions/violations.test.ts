import { describe, it } from 'node:test';
import { assert } from 'chai';
import { SANCTION_VIOLATION_KINDS, findViolationKind } from './violations.js';

describe('violation kinds (B98 Pasal 48–50)', () => {
  const classOf = (id: string) => SANCTION_VIOLATION_KINDS.find((k) => k.id === id)?.class;

  it('SAN-01 the eight light violations of Pasal 48 ayat (1) huruf a–h are light', () => {
    const light = SANCTION_VIOLATION_KINDS.filter((k) => k.class === 'light');
    assert.lengthOf(light, 8);
    assert.deepEqual(light.map((k) => k.source.article.slice(-7)), ['huruf a', 'huruf b', 'huruf c', 'huruf d', 'huruf e', 'huruf f', 'huruf g', 'huruf h']);
    assert.isTrue(light.every((k) => k.source.regulation === 'B98' && k.source.article.startsWith('Pasal 48 ayat (1)')));
    assert.equal(classOf('lkpm-missing-two-periods'), 'light');
    assert.equal(classOf('lkpm-nil-four-periods'), 'light');
    assert.equal(classOf('pollution-not-endangering'), 'light');
  });

  it('SAN-02 pollution endangering public safety and breach of law are medium; an uncorrected light violation is medium', () => {
    assert.equal(classOf('pollution-endangering-public'), 'medium');
    assert.equal(classOf('breach-of-law'), 'medium');
    assert.equal(classOf('light-not-corrected'), 'medium');
    assert.lengthOf(SANCTION_VIOLATION_KINDS.filter((k) => k.class === 'medium'), 3);
  });

  it('SAN-03 activity not matching the licence, proven danger and breach of licensing law are heavy; an uncorrected medium violation is heavy', () => {
    for (const id of ['activity-not-matching-licence', 'proven-danger', 'breach-of-licensing-law', 'medium-not-corrected']) {
      assert.equal(classOf(id), 'heavy', id);
    }
    assert.lengthOf(SANCTION_VIOLATION_KINDS.filter((k) => k.class === 'heavy'), 4);
  });

  it('SAN-02 SAN-03 a case cannot be opened for a kind that only arises by escalation, nor for an unknown kind', () => {
    for (const id of ['light-not-corrected', 'medium-not-corrected']) {
      const found = findViolationKind(id);
      assert.isFalse(found.ok);
      if (!found.ok) assert.equal(found.error.code, 'sanction.violation-from-escalation');
    }
    for (const bad of ['speeding', '', undefined, 42, { id: 'breach-of-law' }]) {
      const found = findViolationKind(bad);
      assert.isFalse(found.ok);
      if (!found.ok) {
        assert.equal(found.error.code, 'sanction.violation-unknown');
        assert.equal(found.error.path, 'violation');
        assert.include(found.error.message.en, 'lkpm-missing-two-periods');
        assert.notInclude(found.error.message.en, 'light-not-corrected');
      }
    }
  });
});
