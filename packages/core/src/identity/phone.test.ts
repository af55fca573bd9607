import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { parsePhone, type PhoneOptions } from './phone.js';

function read(input: unknown, options: PhoneOptions = {}): string {
  const result = parsePhone(input, options);
  return result.ok ? `${result.value.e164} ${result.value.national} ${result.value.kind}` : result.error.code;
}

describe('parsePhone', () => {
  it('IDN-04 phone: 0, +62 and 62 prefixes all give the same E.164 number', () => {
    const expected = '+6281234567890 081234567890 mobile';
    for (const typed of ['081234567890', '0812-3456-7890', '0812 3456 7890', '+62 812 3456 7890', '+62-812-3456-7890',
      '6281234567890', '62 812 3456 7890', '+62 (0)812 3456 7890', '(0812) 3456.7890', ' +6281234567890 ']) {
      assert.equal(read(typed), expected, typed);
    }
  });

  it('IDN-04 phone: tells mobile (08[1-35-9]) from fixed lines (area codes) and special ranges', () => {
    assert.equal(read('(021) 5550 1234'), '+622155501234 02155501234 fixed-line');
    assert.equal(read('0361 234567'), '+62361234567 0361234567 fixed-line');
    assert.equal(read('+62 31 5678 910'), '+62315678910 0315678910 fixed-line');
    assert.equal(read('0811 234 567'), '+62811234567 0811234567 mobile');
    assert.equal(read('0895 1234 5678'), '+6289512345678 089512345678 mobile');
    assert.equal(read('0800 1 234 567'), '+628001234567 08001234567 toll-free');
    assert.equal(read('0804 1 234 567'), '+628041234567 08041234567 shared-cost');
    assert.equal(read('0809 1 234 567'), '+628091234567 08091234567 premium-rate');
    assert.equal(read('0807 1 123 456'), '+628071123456 08071123456 universal-access');
    // 084… and 080 outside 0800/0804/0807 1/0809 are not in use.
    assert.equal(read('0841 2345 6789'), 'phone.range');
    assert.equal(read('0802 1234 567'), 'phone.range');
  });

  it('IDN-04 phone: refuses impossible lengths (mobile 10–13 digits with the 0, fixed lines 8–12)', () => {
    assert.equal(read('0811 234 56'), 'phone.length');
    assert.equal(read('0812 3456 7890 12'), 'phone.length');
    assert.equal(read('021 1234'), 'phone.length');
    assert.equal(read('021 1234 5678 90'), 'phone.length');
    assert.equal(read('0800 1234 567 890'), 'phone.length');
    const result = parsePhone('0811 234 56');
    assert.isTrue(!result.ok && result.error.message.en.includes('10–13 digits including the leading 0'));
  });

  it('IDN-04 phone: refuses foreign numbers, numbers with no prefix and stray characters', () => {
    assert.equal(read('+1 202 555 0100'), 'phone.country');
    assert.equal(read('+65 6123 4567'), 'phone.country');
    assert.equal(read('812 3456 7890'), 'phone.prefix');
    assert.equal(read('0062 812 3456 7890'), 'phone.prefix');
    assert.equal(read('+62'), 'phone.prefix');
    assert.equal(read('0'), 'phone.prefix');
    assert.equal(read('0812+3456+7890'), 'phone.characters');
    assert.equal(read('0812 3456 789O'), 'phone.characters');
    assert.equal(read('0812/3456/7890'), 'phone.characters');
    assert.equal(read(81234567890), 'phone.type');
    assert.equal(read(''), 'phone.required');
  });

  it('IDN-04 phone: a form can require a mobile number (for SMS) with options.kinds', () => {
    assert.equal(read('0812 3456 7890', { kinds: ['mobile'] }), '+6281234567890 081234567890 mobile');
    const fixed = parsePhone('(021) 5550 1234', { kinds: ['mobile'] });
    assert.isTrue(!fixed.ok && fixed.error.code === 'phone.kind' && fixed.error.message.id.includes('seluler'));
  });

  it('IDN-04 phone property: the national and international forms of any mobile number agree and fit E.164', () => {
    const mobile = fc.record({
      second: fc.constantFrom('1', '2', '3', '5', '6', '7', '8', '9'),
      rest: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 7, maxLength: 10 }),
    });
    fc.assert(fc.property(mobile, ({ second, rest }) => {
      const nsn = `8${second}${rest}`;
      const national = parsePhone(`0${nsn}`);
      const international = parsePhone(`+62 ${nsn}`);
      assert.deepEqual(national, international);
      assert.isTrue(national.ok && national.value.e164 === `+62${nsn}` && national.value.kind === 'mobile');
      assert.isAtMost(`+62${nsn}`.length - 1, 15);
    }), { numRuns: 500 });
  });
});
