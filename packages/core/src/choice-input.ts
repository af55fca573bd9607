import { fail, ok, type LocalizedText, type Result } from './result.js';

// A refused value is quoted back only when it is short and harmless: a message never carries a caller's markup.
const SAFE_ECHO = /^[\w .,+-]{1,40}$/u;

/** A caller's value as it may be quoted in a message (` "kecil"`, ` 42`), or `''` when it is not safe to show. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return SAFE_ECHO.test(value) ? ` "${value}"` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return ` ${value}`;
  return '';
}

/**
 * Checks that `value` is one of `allowed`; otherwise fails with `code` at `path`, naming the field (`what`), the
 * value when it is safe to show, and every choice.
 *
 * @example
 * ```ts
 * checkChoice('high', RISK_LEVEL_IDS, 'risk', 'adm.risk-invalid', { id: 'Tingkat risiko', en: 'risk level' }); // ok('high')
 * checkChoice('extreme', RISK_LEVEL_IDS, 'risk', 'adm.risk-invalid', { id: 'Tingkat risiko', en: 'risk level' });
 * // fails: "Unknown risk level "extreme"; choose one of: low, medium-low, medium-high, high."
 * ```
 */
export function checkChoice<T extends string>(value: unknown, allowed: readonly T[], path: string, code: string, what: LocalizedText): Result<T> {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return ok(value as T);
  const list = allowed.join(', ');
  const shown = shownValue(value);
  return fail(code, {
    id: `${what.id}${shown} tidak dikenal; pilihan: ${list}.`,
    en: `Unknown ${what.en}${shown}; choose one of: ${list}.`,
  }, path);
}

/** Like {@link checkChoice} for an optional field: `undefined` stays `undefined`. */
export function checkOptionalChoice<T extends string>(value: unknown, allowed: readonly T[], path: string, code: string, what: LocalizedText): Result<T | undefined> {
  return value === undefined ? ok(undefined) : checkChoice(value, allowed, path, code, what);
}
