import { ok, type LocalizedText, type Result } from '../result.js';
import { readDigits, refuseLength, type DigitFieldSpec } from './digits.js';
import { IDENTITY_SOURCES } from './sources.js';

/** The facts of the NIB (IDN-03), with where they come from. */
export const NIB_RULES = {
  /** 13 random digits; the "security feature" is the OSS electronic signature, not a public check digit. */
  length: 13,
  source: IDENTITY_SOURCES.nib,
} as const;

/** A NIB of the right shape. */
export interface Nib {
  /** The 13 digits, separators removed. */
  readonly nib: string;
}

const LABEL: LocalizedText = { id: 'NIB', en: 'The NIB' };
const SPEC: DigitFieldSpec = { field: 'nib', label: LABEL, separators: '.-', maxInputLength: 64 };

/**
 * Reads a NIB (Nomor Induk Berusaha, IDN-03): 13 digits issued by OSS, one per business. Only the shape is
 * checkable: the digits are random and carry no public check digit, so whether the number was really issued can
 * only be confirmed with OSS. Spaces, dots and dashes between groups are dropped.
 *
 * Codes (path `nib`): `nib.required`, `nib.type`, `nib.characters`, `nib.unicode-digits`, `nib.length`.
 *
 * @example
 * ```ts
 * parseNib('9120 0012 3456 7'); // → ok({ nib: '9120001234567' })
 * ```
 */
export function parseNib(input: unknown): Result<Nib> {
  const digits = readDigits(input, SPEC);
  if (!digits.ok) return digits;
  if (digits.value.length !== NIB_RULES.length) return refuseLength('nib', LABEL, '13', digits.value.length);
  return ok({ nib: digits.value });
}
