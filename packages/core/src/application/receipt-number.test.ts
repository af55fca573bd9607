import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { unwrap } from '../result.js';
import { MOD_37_36_ALPHABET, mod37_36CheckCharacter, passesMod37_36 } from './check-character.js';
import { formatReceiptNumber, isValidReceiptNumber, parseReceiptNumber } from './receipt-number.js';

describe('receipt numbers', () => {
  it('APP-03 ISO/IEC 7064 MOD 37,36 agrees with published test vectors', () => {
    // Valid strings from the MOD 37,36 tests of the xbib/standardnumber project (ISAN/GRid-style identifiers).
    for (const valid of ['A12425GABC1234002M', 'B159D8FA01240000K', '188166C7342000003']) {
      assert.isTrue(passesMod37_36(valid), valid);
      assert.equal(mod37_36CheckCharacter(valid.slice(0, -1)), valid.slice(-1));
    }
    assert.isFalse(passesMod37_36('A12425GABC1234002N'));
    assert.isUndefined(mod37_36CheckCharacter('abc'));
    assert.isUndefined(mod37_36CheckCharacter(''));
  });

  it('APP-03 a receipt number carries office, date, running number and check character; typos are caught', () => {
    const number = unwrap(formatReceiptNumber({ office: 'MJK', date: '2026-03-16', sequence: 17 }));
    assert.equal(number, 'MJK-20260316-000017-G');
    assert.isTrue(isValidReceiptNumber(number));
    assert.isTrue(isValidReceiptNumber(' mjk 20260316 000017 g '), 'case, spaces and dashes do not matter');
    assert.deepEqual(unwrap(parseReceiptNumber(number)), { office: 'MJK', date: '2026-03-16', sequence: 17 });
    assert.equal((parseReceiptNumber('MJK-20260316-000018-G') as { error: { code: string } }).error.code, 'receipt.check-failed');
    assert.equal((parseReceiptNumber('MJK-20260230-000017-G') as { error: { code: string } }).error.code, 'receipt.malformed');
    for (const bad of [null, 42, '', 'MJK', 'MJK-20260316-000000-0', 'x'.repeat(1000)]) assert.isFalse(isValidReceiptNumber(bad), String(bad));
    assert.isFalse(formatReceiptNumber({ office: 'mjk', date: '2026-03-16', sequence: 1 }).ok);
    assert.isFalse(formatReceiptNumber({ office: 'MJK', date: '2026-03-16', sequence: 0 }).ok);
    assert.isFalse(formatReceiptNumber({ office: 'MJK', date: '2026-02-30', sequence: 1 }).ok);
  });

  it('APP-03 property: every single mistyped character is caught', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    const office = fc.stringMatching(/^[A-Z0-9]{2,6}$/);
    fc.assert(fc.property(office, day, fc.integer({ min: 1, max: 999_999 }), fc.nat(), fc.nat({ max: 34 }), (o, date, sequence, at, delta) => {
      const number = unwrap(formatReceiptNumber({ office: o, date, sequence }));
      assert.isTrue(isValidReceiptNumber(number));
      const compact = number.replaceAll('-', '');
      const i = at % compact.length;
      const replaced = MOD_37_36_ALPHABET[(MOD_37_36_ALPHABET.indexOf(compact[i] as string) + 1 + delta) % 36] as string;
      assert.isFalse(passesMod37_36(compact.slice(0, i) + replaced + compact.slice(i + 1)));
    }), { numRuns: 1000 });
  });

  it('APP-03 swapped neighbours are caught in more than 99.5 % of cases (a hybrid system misses a few)', () => {
    let swaps = 0;
    let missed = 0;
    for (let sequence = 1; sequence <= 3000; sequence++) {
      const compact = unwrap(formatReceiptNumber({ office: 'MJK', date: '2026-03-16', sequence })).replaceAll('-', '');
      for (let j = 0; j < compact.length - 1; j++) {
        if (compact[j] === compact[j + 1]) continue;
        swaps++;
        if (passesMod37_36(compact.slice(0, j) + compact[j + 1] + compact[j] + compact.slice(j + 2))) missed++;
      }
    }
    assert.isAbove(swaps, 10_000);
    assert.isBelow(missed / swaps, 0.005);
  });
});
