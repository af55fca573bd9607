import type { LocalizedText, SpError } from '../../result.js';
import { issue } from '../../issues.js';
import { textFailure, textProblem, type TextCodes } from '../../text-input.js';
import { decimalOf, MAX_DECIMALS } from './exact.js';

/** Joins a field path: `joinPath('siteWorks', 'road')` → `siteWorks.road`; an empty parent gives the key alone. */
export function joinPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

const PLAIN_KEY = /^[\w-]{1,40}$/;

/** The path of a caller-chosen key (`units.karaoke`); a key that is not plain is left out of the path, never echoed. */
export function keyPath(parent: string, key: string): string {
  return PLAIN_KEY.test(key) ? joinPath(parent, key) : parent;
}

/** How one numeric field is checked: its error code, its name for people and what kind of number it must be. */
export interface NumberRuleOptions {
  /** The code of every refusal of this field except "too large" money, e.g. `fee.area-invalid`. */
  readonly code: string;
  /** The field's name in messages, e.g. `{ id: 'Luas gudang', en: 'Warehouse area' }`. */
  readonly what: LocalizedText;
  /** A whole number is required (counts, rupiah). */
  readonly integer?: boolean;
  /** Zero is refused too. */
  readonly positive?: boolean;
  /** An amount of rupiah: beyond `Number.MAX_SAFE_INTEGER` it is refused with `fee.amount-too-large`. */
  readonly money?: boolean;
  /** A largest sensible value below `Number.MAX_SAFE_INTEGER` (a period, a percentage). */
  readonly max?: number;
}

/** A {@link NumberRuleOptions} with every field present, so every rule has one shape (a fast property read). */
export type NumberRule = Required<NumberRuleOptions>;

/** Builds a {@link NumberRule}. */
export function numberRule(options: NumberRuleOptions): NumberRule {
  return {
    code: options.code, what: options.what, integer: options.integer ?? false, positive: options.positive ?? false,
    money: options.money ?? false, max: options.max ?? Number.MAX_SAFE_INTEGER,
  };
}

/**
 * Checks one numeric field. Returns `undefined` when `value` is acceptable (so hot paths allocate nothing), else the
 * error: missing, not a number, NaN/Infinity, negative, zero when positive, fractional when whole, too many decimals,
 * or beyond `Number.MAX_SAFE_INTEGER`.
 */
export function checkNumber(value: unknown, path: string, rule: NumberRule): SpError | undefined {
  if (typeof value === 'number' && value >= 0 && value <= rule.max && (value > 0 || !rule.positive)) {
    if (Number.isInteger(value)) return undefined;
    if (!rule.integer && decimalOf(value) !== undefined) return undefined;
  }
  return numberError(value, path, rule);
}

/**
 * {@link checkNumber} for a field inside a keyed list (`units.karaoke`): the path is built only when the value is
 * refused, so the hot path allocates no string.
 */
export function checkKeyedNumber(value: unknown, parent: string, key: string, rule: NumberRule): SpError | undefined {
  const error = checkNumber(value, '', rule);
  return error ? { ...error, path: joinPath(parent, key) } : undefined;
}

function numberError(value: unknown, path: string, rule: NumberRule): SpError {
  const { id, en } = rule.what;
  if (value === undefined || value === null) return issue(rule.code, path, `${id} wajib diisi.`, `${en} is required.`);
  if (typeof value !== 'number') return issue(rule.code, path, `${id} harus berupa angka.`, `${en} must be a number.`);
  if (!Number.isFinite(value)) return issue(rule.code, path, `${id} harus berupa angka yang terhingga.`, `${en} must be a finite number.`);
  if (value < 0) return issue(rule.code, path, `${id} tidak boleh negatif.`, `${en} must not be negative.`);
  if (value > Number.MAX_SAFE_INTEGER) {
    return issue(rule.money ? 'fee.amount-too-large' : rule.code, path,
      `${id} terlalu besar (paling besar ${Number.MAX_SAFE_INTEGER}).`, `${en} is too large (at most ${Number.MAX_SAFE_INTEGER}).`);
  }
  if (value > rule.max) {
    return issue(rule.code, path, `${id} paling besar ${rule.max}.`, `${en} is at most ${rule.max}.`);
  }
  if (value === 0) return issue(rule.code, path, `${id} harus lebih dari 0.`, `${en} must be greater than 0.`);
  if (rule.integer) return issue(rule.code, path, `${id} harus bilangan bulat.`, `${en} must be a whole number.`);
  return issue(rule.code, path, `${id} paling banyak ${MAX_DECIMALS} angka di belakang koma.`,
    `${en} may have at most ${MAX_DECIMALS} decimal places.`);
}

/** The error for an input that is not an object where one is expected. */
export function notAnObject(path: string, what: LocalizedText): SpError {
  return issue('fee.input-invalid', path,
    `${what.id} harus berupa objek.`, `${what.en} must be an object.`);
}

const TEXT_CODES: TextCodes = { required: 'fee.text-invalid', tooLong: 'fee.text-invalid', unsafe: 'fee.text-invalid' };

/**
 * Checks a free-text field shown to people (a cost description): a non-empty string of at most `maxLength`
 * characters without markup, control characters or script URLs; every refusal has the code `fee.text-invalid`.
 */
export function checkText(value: unknown, path: string, what: LocalizedText, maxLength = 200): SpError | undefined {
  const problem = textProblem(value, maxLength);
  return problem === undefined ? undefined : textFailure(problem, path, { maxLength, what, codes: TEXT_CODES }).error;
}
