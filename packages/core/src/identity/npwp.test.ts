import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { formatNpwp, parseNpwp } from './npwp.js';

/**
 * Real NPWPs published online, collected as test data by python-stdnum
 * (arthurdejong/python-stdnum, tests/test_id_npwp.doctest), in the punctuation found there.
 */
const PUBLISHED_NPWPS = [
  '01.000.161.8-092.000', '01.105.197.6-424.000', '010692903641000', '01.349.129-5-054-000', '01.544.009.2.543.000',
  '02.173.740.8-002.000', '21.078.367.6-424.000', '31.154.173.4-411.000', '317784585606000', '66.487.591.1-071.000',
  '90.004.581.6-201.000', '02 . 433 . 917 . 8 - 011 . 000', '017048299643001',
];

/** Luhn written out as in the NPWP layout: weights 1,2,1,2,… from the left over nine digits, digit sums of products. */
function checkDigitByHand(eightDigits: string): string {
  let sum = 0;
  [...eightDigits].forEach((char, index) => {
    const product = Number(char) * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 10) + (product % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

function code(input: unknown): string {
  const result = parseNpwp(input);
  return result.ok ? 'ok' : result.error.code;
}

describe('parseNpwp and formatNpwp', () => {
  it('IDN-02 old form: 01.312.166.0-091.000 splits into type, serial, check digit, tax office and branch', () => {
    const result = parseNpwp('01.312.166.0-091.000');
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.deepEqual(result.value, {
      npwp: '0013121660091000',
      display: '01.312.166.0-091.000',
      form: 'npwp15',
      basis: 'old-structure',
      oldStructure: { taxpayerType: '01', serial: '312166', checkDigit: '0', taxOffice: '091', branch: '000' },
      headOffice: true,
    });
  });

  it('IDN-02 old form: published numbers pass the Luhn check in any punctuation', () => {
    for (const npwp of PUBLISHED_NPWPS) assert.equal(code(npwp), 'ok', npwp);
    const branch = parseNpwp('017048299643001');
    assert.isTrue(branch.ok && branch.value.headOffice === false && branch.value.oldStructure?.branch === '001');
    assert.isTrue(branch.ok && branch.value.npwp === '0017048299643001');
  });

  it('IDN-02 old form: the 9th digit is a Luhn check digit over the first nine (09.876.543.1 by hand)', () => {
    // 0·1 + 9·2→9 + 8·1 + 7·2→5 + 6·1 + 5·2→1 + 4·1 + 3·2 = 39, so the check digit is 1.
    assert.equal(checkDigitByHand('09876543'), '1');
    assert.equal(code('09.876.543.1-123.000'), 'ok');
    for (const wrong of ['0', '2', '3', '9']) assert.equal(code(`09.876.543.${wrong}-123.000`), 'npwp.check-digit', wrong);
    assert.equal(code('01.451.869.7-054.000'), 'npwp.check-digit');
    assert.equal(code('01.451.869.0-054.000'), 'ok');
  });

  it('IDN-02 refuses the 00.000.000.0-000.000 stand-in although its check digit adds up', () => {
    assert.equal(code('00.000.000.0-000.000'), 'npwp.placeholder');
    assert.equal(code('0000000000000000'), 'npwp.placeholder');
  });

  it('IDN-02 new form: 0 + the old 15 digits, with the same check; a 16-digit number without 0 is a NIK', () => {
    const sixteen = parseNpwp('0013121660091000');
    assert.isTrue(sixteen.ok && sixteen.value.form === 'npwp16' && sixteen.value.display === '0013121660091000');
    assert.equal(code('0014518697054000'), 'npwp.check-digit');
    const nik = parseNpwp('3578015208900003');
    assert.isTrue(nik.ok);
    if (!nik.ok) return;
    assert.equal(nik.value.form, 'nik');
    assert.equal(nik.value.basis, 'nik');
    assert.equal(nik.value.npwp, '3578015208900003');
    assert.equal(nik.value.nik?.birthDate, '1990-08-12');
    assert.isUndefined(nik.value.oldStructure);
  });

  it('IDN-02 a NIK-form NPWP that is no valid NIK is refused with the NIK error inside', () => {
    const result = parseNpwp('9978015208900003');
    assert.isFalse(result.ok);
    if (result.ok) return;
    assert.equal(result.error.code, 'npwp.nik-invalid');
    assert.equal(result.error.path, 'npwp');
    assert.equal(result.error.issues?.[0]?.code, 'nik.province');
    assert.equal(code('3578013208900003'), 'npwp.nik-invalid');
  });

  it('IDN-02 NITKU: 16-digit NPWP + 6 digits for the place of business, 000000 = head office', () => {
    const head = parseNpwp('0013121660091000000000');
    assert.isTrue(head.ok);
    if (!head.ok) return;
    assert.deepEqual(
      [head.value.npwp, head.value.nitku, head.value.place, head.value.headOffice, head.value.form],
      ['0013121660091000', '0013121660091000000000', '000000', true, 'nitku'],
    );
    const branch = parseNpwp('3578015208900003000123');
    assert.isTrue(branch.ok && branch.value.headOffice === false && branch.value.place === '000123' && branch.value.basis === 'nik');
    assert.equal(code('0014518697054000000000'), 'npwp.check-digit');
  });

  it('IDN-02 refuses other lengths, letters and non-strings with distinct codes at path npwp', () => {
    for (const length of [9, 14, 17, 21, 23]) assert.equal(code('1'.repeat(length)), 'npwp.length', String(length));
    assert.equal(code('01.312.166.O-091.000'), 'npwp.characters');
    assert.equal(code(13121660091000), 'npwp.type');
    assert.equal(code(undefined), 'npwp.required');
    const result = parseNpwp('12');
    assert.isTrue(!result.ok && result.error.path === 'npwp' && result.error.message.en.includes('15, 16 or 22'));
  });

  it('IDN-02 formatNpwp writes the given form, the 16 digits or the dotted old form', () => {
    assert.deepEqual(formatNpwp('013121660091000'), { ok: true, value: '01.312.166.0-091.000' });
    assert.deepEqual(formatNpwp('013121660091000', 'npwp16'), { ok: true, value: '0013121660091000' });
    assert.deepEqual(formatNpwp('0013121660091000', 'npwp15'), { ok: true, value: '01.312.166.0-091.000' });
    assert.deepEqual(formatNpwp('0013121660091000000001', 'npwp16'), { ok: true, value: '0013121660091000' });
    const nik = formatNpwp('3578015208900003', 'npwp15');
    assert.isTrue(!nik.ok && nik.error.code === 'npwp.no-old-form');
    const bad = formatNpwp('01.451.869.7-054.000');
    assert.isTrue(!bad.ok && bad.error.code === 'npwp.check-digit');
  });

  it('IDN-02 property: formatNpwp and parseNpwp round-trip every valid old-layout number in every form', () => {
    const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    const numbers = fc.record({ head: digits(8), office: digits(3), branch: digits(3), place: digits(6) })
      .filter(({ head }) => head !== '00000000');
    fc.assert(fc.property(numbers, ({ head, office, branch, place }) => {
      const old = `${head}${checkDigitByHand(head)}${office}${branch}`;
      const dotted = `${old.slice(0, 2)}.${old.slice(2, 5)}.${old.slice(5, 8)}.${old[8]}-${old.slice(9, 12)}.${old.slice(12)}`;
      assert.deepEqual(formatNpwp(old), { ok: true, value: dotted });
      for (const given of [old, dotted, `0${old}`, `0${old}${place}`]) {
        const parsed = parseNpwp(given);
        assert.isTrue(parsed.ok, given);
        if (!parsed.ok) return;
        assert.equal(parsed.value.npwp, `0${old}`);
        for (const style of ['given', 'npwp16', 'npwp15'] as const) {
          const written = formatNpwp(given, style);
          assert.isTrue(written.ok, `${given} ${style}`);
          if (!written.ok) return;
          const again = parseNpwp(written.value);
          assert.isTrue(again.ok && again.value.npwp === `0${old}`, `${given} ${style} → ${written.value}`);
        }
      }
      // Any other check digit is refused.
      const wrongCheck = `${head}${(Number(checkDigitByHand(head)) + 1) % 10}${office}${branch}`;
      assert.equal(code(wrongCheck), 'npwp.check-digit');
    }), { numRuns: 500 });
  });
});
