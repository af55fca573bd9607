import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { calculateFee } from './calculate-fee.js';
import type { FeeSettingsInput } from './settings.js';
import { PERMIT_FEE_TYPES, type FeeAssessment, type PermitFeeType } from './types.js';

const CITY: FeeSettingsInput = {
  imb: { basePricePerM2: 12_345 },
  reklame: { taxRatePercent: 25 },
  'jasa-konstruksi': { fieldFees: [{ field: 'sipil', label: { id: 'Sipil', en: 'Civil' }, fee: 500_000, source: { regulation: 'X', article: '1' } }] },
};

/** Total is a non-negative safe integer equal to the sum of the line amounts, each a safe integer. */
function assertWellFormed(assessment: FeeAssessment): void {
  assert.isTrue(Number.isSafeInteger(assessment.total) && assessment.total >= 0, String(assessment.total));
  let sum = 0;
  for (const line of assessment.lines) {
    assert.isTrue(Number.isSafeInteger(line.amount) && line.amount >= 0, JSON.stringify(line));
    assert.isString(line.source.regulation);
    sum += line.amount;
  }
  assert.equal(assessment.total, sum);
}

function total(type: PermitFeeType, input: unknown): number | undefined {
  const result = calculateFee(type, input as never, CITY);
  if (!result.ok) return undefined;
  assertWellFormed(result.value);
  return result.value.total;
}

/** A measured quantity with at most two decimals, as users type it. */
const measure = (max: number) => fc.integer({ min: 1, max: max * 100 }).map((cents) => cents / 100);
const pairOf = (max: number) => fc.tuple(measure(max), measure(max)).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));

describe('fee properties (FEE-01 … FEE-05, FEE-09)', () => {
  it('FEE-09 totals are non-negative safe integers equal to the sum of the lines, for every table-driven type', () => {
    fc.assert(fc.property(measure(10_000), fc.integer({ min: 1, max: 5 }), fc.constantFrom('social', 'housing', 'education'),
      fc.record({ 'land-fill': measure(500), drainage: measure(500), road: measure(500) }, { requiredKeys: [] }),
      (areaM2, storeys, use, siteWorks) => {
        assert.isDefined(total('imb', { areaM2, storeys, use, siteWorks }));
        assert.isDefined(total('tdg', { areaM2 }));
        assert.isDefined(total('hiburan', { areaM2, units: { karaoke: storeys, facilities: areaM2 } }));
      }), { numRuns: 300 });
    fc.assert(fc.property(fc.integer({ min: 5_000_000, max: Number.MAX_SAFE_INTEGER }), (investmentValue) => {
      assert.isDefined(total('tdi', { investmentValue }));
    }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10 ** 12 }), measure(120), fc.integer({ min: 0, max: 10 ** 12 }),
      (installationCost, maintenanceCost, economicLife, strategicValue) => {
        assert.isDefined(total('reklame', { installationCost, maintenanceCost, economicLife, strategicValue }));
      }));
  });

  it('FEE-01 IMB total never decreases as the floor area grows (same storeys and use)', () => {
    fc.assert(fc.property(pairOf(5_000), fc.integer({ min: 1, max: 5 }), fc.constantFrom('social', 'housing'), ([small, large], storeys, use) => {
      const a = total('imb', { areaM2: small, storeys, use }) as number;
      const b = total('imb', { areaM2: large, storeys, use }) as number;
      assert.isAtMost(a, b, `${small} m² → ${a}, ${large} m² → ${b}`);
    }), { numRuns: 500 });
  });

  it('FEE-03 TDI fee never decreases as the investment grows', () => {
    fc.assert(fc.property(fc.integer({ min: 5_000_000, max: 10 ** 12 }), fc.integer({ min: 0, max: 10 ** 12 }), (value, extra) => {
      assert.isAtMost(total('tdi', { investmentValue: value }) as number, total('tdi', { investmentValue: value + extra }) as number);
    }));
  });

  it('FEE-04 TDG fee never decreases as the area grows', () => {
    fc.assert(fc.property(pairOf(100_000), ([small, large]) => {
      assert.isAtMost(total('tdg', { areaM2: small }) as number, total('tdg', { areaM2: large }) as number);
    }), { numRuns: 500 });
  });

  it('FEE-05 hiburan fee never decreases as the premises area or a per-area unit grows', () => {
    fc.assert(fc.property(pairOf(2_000), ([small, large]) => {
      assert.isAtMost(total('hiburan', { areaM2: small }) as number, total('hiburan', { areaM2: large }) as number);
      assert.isAtMost(total('hiburan', { areaM2: 10, units: { 'meeting-hall': small } }) as number,
        total('hiburan', { areaM2: 10, units: { 'meeting-hall': large } }) as number);
    }), { numRuns: 500 });
  });

  it('FEE-09 any input at all gives a Result — never a throw, NaN or a failure without code and path', () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -1, 1e300, 2 ** 53, '12', '<script>', null));
    fc.assert(fc.property(fc.constantFrom(...PERMIT_FEE_TYPES), fc.dictionary(
      fc.constantFrom('areaM2', 'storeys', 'use', 'siteWorks', 'size', 'exemption', 'investmentValue', 'units', 'installationCost',
        'maintenanceCost', 'economicLife', 'strategicValue', 'landRental', 'fields', 'items', 'quantities'), junk), (type, input) => {
      const result = calculateFee(type, input as never, CITY);
      if (result.ok) assertWellFormed(result.value);
      else {
        assert.match(result.error.code, /^fee\.[a-z-]+$/);
        assert.isString(result.error.path);
        assert.isNotEmpty(result.error.message.id);
        assert.isNotEmpty(result.error.message.en);
        assert.notInclude(result.error.message.en, '<script>');
      }
    }), { numRuns: 2000 });
  });

  it('FEE-09 an unknown permit type or malformed settings are refused with a path', () => {
    for (const type of ['ho', 'toString', '__proto__', '', 5]) {
      const result = calculateFee(type as never, {} as never);
      assert.isFalse(result.ok);
      if (!result.ok) assert.equal(result.error.path, 'permitType');
    }
    const bad = calculateFee('tdg', { areaM2: 40 }, { tdg: 'cheap' } as never);
    assert.isFalse(bad.ok);
    if (!bad.ok) assert.equal(bad.error.path, 'settings.tdg');
  });
});
