import type { SpError } from '../result.js';
import { issue } from '../issues.js';

// Letters, digits and the punctuation of office and permit names; no markup or control characters.
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._:/()&,'-]{0,99}$/u;

/**
 * Checks a service unit or permit type name (1–100 characters, starting with a letter or digit, no markup). Adds a
 * `survey.name-invalid` problem at `path` when it is not; returns whether it is valid.
 */
export function checkName(value: unknown, path: string, problems: SpError[]): value is string {
  if (typeof value === 'string' && NAME_PATTERN.test(value)) return true;
  problems.push(issue('survey.name-invalid', path,
    'Nama harus 1–100 karakter huruf, angka atau tanda baca biasa, diawali huruf atau angka.',
    'A name must be 1–100 letters, digits or plain punctuation, starting with a letter or digit.'));
  return false;
}
