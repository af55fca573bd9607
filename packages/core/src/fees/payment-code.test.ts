import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { isValidPaymentCode, paymentCodeCheckDigits } from './payment-code.js';

/** Every code that differs from `code` by one digit. */
function singleSubstitutions(code: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < code.length; i++) {
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) !== code[i]) variants.push(`${code.slice(0, i)}${digit}${code.slice(i + 1)}`);
    }
  }
  return variants;
}

/** Every code made by swapping two adjacent, different digits of `code`. */
function adjacentTranspositions(code: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < code.length; i++) {
    if (code[i] !== code[i + 1]) variants.push(`${code.slice(0, i)}${code[i + 1]}${code[i]}${code.slice(i + 2)}`);
  }
  return variants;
}

describe('payment code check digits (ISO 7064 MOD 97-10)', () => {
  it('APP-05 matches the ISO 7064 MOD 97-10 worked example: 794 → check digits 44', () => {
    // 79400 mod 97 = 54 and 98 - 54 = 44; 79444 mod 97 = 1.
    assert.equal(paymentCodeCheckDigits('794'), '44');
    assert.isTrue(isValidPaymentCode('79444'));
  });

  it('APP-05 agrees with the IBAN check of GB82 WEST 1234 5698 7654 32 (the same MOD 97-10)', () => {
    // IBAN: move the country code and check digits to the end, letters to numbers (W=32, E=14, S=28, T=29, G=16, B=11).
    const body = '32142829123456987654321611';
    assert.equal(paymentCodeCheckDigits(body), '82');
    assert.isTrue(isValidPaymentCode('3214282912345698765432161182'));
  });

  it('APP-05 refuses every single-digit substitution and every adjacent transposition of a valid payment code', () => {
    for (const body of ['20260700004', '357620260100001', '20261199999', '00000000000', '9999999999']) {
      const code = `${body}${paymentCodeCheckDigits(body)}`;
      assert.isTrue(isValidPaymentCode(code), code);
      for (const wrong of singleSubstitutions(code)) assert.isFalse(isValidPaymentCode(wrong), `substitution ${wrong}`);
      for (const wrong of adjacentTranspositions(code)) assert.isFalse(isValidPaymentCode(wrong), `transposition ${wrong}`);
    }
  });

  it('APP-05 property: for any body, the code is valid and no single error or adjacent swap passes', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,24}$/), (body) => {
      const code = `${body}${paymentCodeCheckDigits(body)}`;
      assert.isTrue(isValidPaymentCode(code));
      for (const wrong of singleSubstitutions(code)) assert.isFalse(isValidPaymentCode(wrong), wrong);
      for (const wrong of adjacentTranspositions(code)) assert.isFalse(isValidPaymentCode(wrong), wrong);
    }), { numRuns: 300 });
  });

  it('APP-05 refuses what is not a code of digits', () => {
    for (const bad of [undefined, null, 79444, '', '12', '7944 4', '79444a', '٧٩٤٤٤', '1'.repeat(35)]) {
      assert.isFalse(isValidPaymentCode(bad), String(bad));
    }
    assert.throws(() => paymentCodeCheckDigits('12a'), /payment-code.invalid/);
  });
});
