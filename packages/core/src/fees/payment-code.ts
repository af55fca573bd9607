import { cite, type Citation } from '../citation.js';
import { SatupintuError } from '../result.js';

/** The payment code's check: ISO 7064 MOD 97-10, the scheme of IBAN, which catches every single wrong digit and every swap of two adjacent digits. */
export const PAYMENT_CODE_CHECK: Citation = cite('ISO/IEC 7064:2003', 'MOD 97-10');

const DIGITS = /^\d+$/;

/** The remainder of a decimal digit string of any length modulo 97, taken in chunks that stay within safe integers. */
function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) {
    remainder = Number(`${remainder}${digits.slice(i, i + 7)}`) % 97;
  }
  return remainder;
}

/**
 * The two ISO 7064 MOD 97-10 check digits for a string of digits: appended to it, the whole number ≡ 1 (mod 97).
 * Throws a {@link SatupintuError} (`payment-code.invalid`) when `body` is not decimal digits.
 *
 * @example
 * ```ts
 * paymentCodeCheckDigits('794'); // '44', so '79444' is valid
 * ```
 */
export function paymentCodeCheckDigits(body: string): string {
  if (!DIGITS.test(body)) {
    throw new SatupintuError({ code: 'payment-code.invalid', path: 'body', message: { id: 'Badan kode bayar harus berupa angka.', en: 'The payment code body must be decimal digits.' } });
  }
  return String(98 - mod97(`${body}00`)).padStart(2, '0');
}

/**
 * Whether `code` is a payment code with correct ISO 7064 MOD 97-10 check digits (its last two): digits only, 3 to 34
 * of them. A code with one digit mistyped or two adjacent digits swapped is always refused.
 *
 * @example
 * ```ts
 * isValidPaymentCode('79444'); // true
 * isValidPaymentCode('79445'); // false
 * ```
 */
export function isValidPaymentCode(code: unknown): boolean {
  return typeof code === 'string' && code.length >= 3 && code.length <= 34 && DIGITS.test(code) && mod97(code) === 1;
}
