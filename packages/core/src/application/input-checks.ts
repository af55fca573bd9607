import { checkChoice as sharedCheckChoice } from '../choice-input.js';
import { isRecord } from '../is-record.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { checkOptionalText as checkOptionalSharedText, checkText as sharedCheckText, type TextCodes, type TextRules } from '../text-input.js';

// Application fields keep the codes the module published; tabs and line breaks are allowed, as they always were.
const TEXT_CODES: TextCodes = { required: 'application.text-required', tooLong: 'application.text-too-long', unsafe: 'application.text-unsafe' };
const textRules = (maxLength: number): TextRules => ({ maxLength, multiline: true, codes: TEXT_CODES });

/** A non-blank string of at most `max` characters without markup, script URLs or control characters. */
export function checkText(value: unknown, path: string, max = 500): Result<string> {
  return sharedCheckText(value, path, textRules(max));
}

/** Absent, or a text that passes {@link checkText}. */
export function checkOptionalText(value: unknown, path: string, max = 500): Result<string | undefined> {
  return checkOptionalSharedText(value, path, textRules(max));
}

/** A whole number in [min, max] (a safe integer). */
export function checkInteger(value: unknown, path: string, what: LocalizedText, min = 0, max = Number.MAX_SAFE_INTEGER): Result<number> {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return ok(value);
  return fail('application.number-invalid', {
    id: `${what.id} harus bilangan bulat antara ${min} dan ${max}.`,
    en: `${what.en} must be a whole number from ${min} to ${max}.`,
  }, path);
}

/** One of `allowed`, naming them all when it is not (code `application.choice-invalid`). */
export function checkChoice<T extends string>(value: unknown, allowed: readonly T[], path: string, what: LocalizedText): Result<T> {
  return sharedCheckChoice(value, allowed, path, 'application.choice-invalid', what);
}

/** Refuses a value that is not a plain object. */
export function checkRecord(value: unknown, path: string): Result<Record<string, unknown>> {
  return isRecord(value)
    ? ok(value)
    : fail('application.object-required', { id: 'Isian ini harus berupa objek.', en: 'This field must be an object.' }, path);
}
