import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { EXPECTED_FREQUENCY, SCALE_COLUMNS, expectedFrequency } from './expected-frequency.fixture.js';
import { COMPLIANCE_FREQUENCY_CAPS, ROUTINE_INSPECTION_FREQUENCY } from './frequency-rules.js';
import { inspectionFrequency, locationInspections } from './inspection-frequency.js';
import { BUSINESS_SCALES, COMPLIANCE_RATINGS, RISK_LEVELS, RISK_LEVEL_IDS, type ComplianceRating, type RiskLevel } from './levels.js';

describe('inspection frequency (B98 Pasal 11, 23, 26, 28)', () => {
  it('SUP-01 knows exactly the four risk levels, lowest first, each with its citation', () => {
    assert.deepEqual(RISK_LEVEL_IDS, ['low', 'medium-low', 'medium-high', 'high']);
    for (const row of RISK_LEVELS) assert.match(row.source.article, /^Pasal 11 ayat \(2\) huruf [ab]$/);
    const bad = inspectionFrequency({ risk: 'very-high' as RiskLevel });
    assert.isFalse(bad.ok);
    if (!bad.ok) {
      assert.equal(bad.error.code, 'supervision.risk-invalid');
      assert.equal(bad.error.path, 'risk');
      assert.include(bad.error.message.id, 'Tingkat risiko');
    }
  });

  it('SUP-02 low and medium-low at most once, medium-high and high at most twice a year per location', () => {
    const expected: Record<RiskLevel, [number, string]> = {
      'low': [1, 'Pasal 11 ayat (2) huruf a'],
      'medium-low': [1, 'Pasal 11 ayat (2) huruf a'],
      'medium-high': [2, 'Pasal 11 ayat (2) huruf b'],
      'high': [2, 'Pasal 11 ayat (2) huruf b'],
    };
    for (const risk of RISK_LEVEL_IDS) {
      const result = inspectionFrequency({ risk });
      assert.isTrue(result.ok);
      if (!result.ok) continue;
      assert.equal(result.value.maxPerYear, expected[risk][0], risk);
      assert.lengthOf(result.value.reasons, 1);
      assert.deepEqual(result.value.reasons[0]?.source, { regulation: 'B98', article: expected[risk][1] });
    }
  });

  it('SUP-03 every risk × compliance × scale (80 combinations) matches the hand-written table', () => {
    let checked = 0;
    for (const risk of RISK_LEVEL_IDS) {
      for (const compliance of [undefined, ...COMPLIANCE_RATINGS]) {
        for (const scale of SCALE_COLUMNS) {
          const result = inspectionFrequency({ risk, ...(compliance ? { compliance } : {}), ...(scale ? { scale } : {}) });
          assert.isTrue(result.ok);
          if (result.ok) assert.equal(result.value.maxPerYear, expectedFrequency(risk, compliance, scale), `${risk}/${compliance}/${scale}`);
          checked++;
        }
      }
    }
    assert.equal(checked, 80);
    assert.lengthOf(Object.keys(EXPECTED_FREQUENCY), 4);
  });

  it('SUP-03 cites Pasal 23(3)(a) when a very good low-risk inspection may be skipped, and 23(7) for compliant small businesses', () => {
    const skipped = inspectionFrequency({ risk: 'medium-low', compliance: 'very-good' });
    assert.isTrue(skipped.ok);
    if (skipped.ok) assert.deepEqual(skipped.value.reasons.map((r) => r.source.article), ['Pasal 11 ayat (2) huruf a', 'Pasal 23 ayat (3) huruf a']);
    const once = inspectionFrequency({ risk: 'high', compliance: 'very-good', scale: 'large' });
    if (once.ok) assert.deepEqual(once.value.reasons.map((r) => r.source.article), ['Pasal 11 ayat (2) huruf b', 'Pasal 23 ayat (3) huruf b']);
    const small = inspectionFrequency({ risk: 'high', compliance: 'good', scale: 'small' });
    assert.isTrue(small.ok);
    if (small.ok) {
      assert.equal(small.value.maxPerYear, 0);
      assert.equal(small.value.reasons[1]?.source.article, 'Pasal 23 ayat (7); Pasal 26 huruf e');
    }
    // A poor rating or an unrated business keeps the SUP-02 maximum.
    const poorMicro = inspectionFrequency({ risk: 'high', compliance: 'poor', scale: 'micro' });
    if (poorMicro.ok) assert.equal(poorMicro.value.maxPerYear, 2);
  });

  it('SUP-03 a municipality can replace the tables (a stricter city inspects high risk only once)', () => {
    const routine = ROUTINE_INSPECTION_FREQUENCY.map((row) => (row.risk === 'high' ? { ...row, maxPerYear: 1 } : row));
    const result = inspectionFrequency({ risk: 'high' }, { routine, complianceCaps: COMPLIANCE_FREQUENCY_CAPS });
    if (result.ok) assert.equal(result.value.maxPerYear, 1);
    const missing = inspectionFrequency({ risk: 'high' }, { routine: [], complianceCaps: [] });
    assert.isFalse(missing.ok);
    if (!missing.ok) assert.equal(missing.error.code, 'supervision.frequency-row-missing');
  });

  it('SUP-03 refuses unknown ratings and scales with code, path and both languages', () => {
    for (const [input, code, path] of [
      [{ risk: 'low', compliance: 'excellent' }, 'supervision.compliance-invalid', 'compliance'],
      [{ risk: 'low', scale: 'huge' }, 'supervision.scale-invalid', 'scale'],
      [{ risk: 42 }, 'supervision.risk-invalid', 'risk'],
      [{ risk: '<script>' }, 'supervision.risk-invalid', 'risk'],
    ] as const) {
      const result = inspectionFrequency(input as never);
      assert.isFalse(result.ok);
      if (!result.ok) {
        assert.equal(result.error.code, code);
        assert.equal(result.error.path, path);
        assert.isNotEmpty(result.error.message.en);
      }
    }
    assert.isFalse(inspectionFrequency(null as never).ok);
  });

  it('SUP-04 a location with several activities is supervised once per risk level present', () => {
    const result = locationInspections([{ risk: 'low', kbli: '47111' }, { risk: 'high', kbli: '20111' }, { risk: 'low', kbli: '56101' }]);
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.deepEqual(result.value.map((r) => [r.risk, r.maxPerYear, r.activities]), [['low', 1, [0, 2]], ['high', 2, [1]]]);
    const rated = locationInspections([{ risk: 'medium-low' }, { risk: 'medium-high' }], { compliance: 'very-good', scale: 'medium' });
    if (rated.ok) assert.deepEqual(rated.value.map((r) => r.maxPerYear), [0, 1]);
    const empty = locationInspections([]);
    assert.isFalse(empty.ok);
    if (!empty.ok) assert.equal(empty.error.path, 'activities');
    const bad = locationInspections([{ risk: 'low' }, { risk: 'extreme' as RiskLevel }]);
    if (!bad.ok) assert.equal(bad.error.path, 'activities.1.risk');
    else assert.fail('an unknown risk level must be refused');
  });

  it('SUP-02/SUP-03 property: a compliance rating never raises the frequency above the SUP-02 row', () => {
    fc.assert(fc.property(
      fc.constantFrom(...RISK_LEVEL_IDS), fc.option(fc.constantFrom(...COMPLIANCE_RATINGS), { nil: undefined }), fc.option(fc.constantFrom(...BUSINESS_SCALES), { nil: undefined }),
      (risk, compliance: ComplianceRating | undefined, scale) => {
        const base = inspectionFrequency({ risk });
        const rated = inspectionFrequency({ risk, ...(compliance ? { compliance } : {}), ...(scale ? { scale } : {}) });
        assert.isTrue(base.ok && rated.ok);
        if (base.ok && rated.ok) assert.isAtMost(rated.value.maxPerYear, base.value.maxPerYear);
      },
    ));
  });
});
