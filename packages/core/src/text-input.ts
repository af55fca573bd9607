import { fail, ok, type Failure, type LocalizedText, type Result } from './result.js';

/** Why a free-text field is refused: missing or blank, longer than allowed, or holding markup, script or controls. */
export type TextProblem = 'required' | 'too-long' | 'unsafe';

/** The error code for each {@link TextProblem}; a module may keep its own published codes. */
export interface TextCodes {
  readonly required: string;
  readonly tooLong: string;
  readonly unsafe: string;
}

/** `text.required`, `text.too-long`, `text.unsafe`: the codes of modules that publish no codes of their own. */
export const DEFAULT_TEXT_CODES: TextCodes = { required: 'text.required', tooLong: 'text.too-long', unsafe: 'text.unsafe' };

/** How one free-text field is checked. */
export interface TextRules {
  /** At most this many UTF-16 code units; 200 when absent. */
  readonly maxLength?: number;
  /** Whether tabs and line breaks are allowed (notes, descriptions); refused like other control characters when not. */
  readonly multiline?: boolean;
  /** The codes to refuse with; {@link DEFAULT_TEXT_CODES} when absent. */
  readonly codes?: TextCodes;
  /** The field's name in messages ("Uraian biaya" / "The cost description"); "Isian ini" / "This field" when absent. */
  readonly what?: LocalizedText;
}

const DEFAULT_MAX_LENGTH = 200;
const THIS_FIELD: LocalizedText = { id: 'Isian ini', en: 'This field' };

// Markup, script URLs and control characters never belong in a name, an id or a note: they are refused rather
// than escaped, so nothing stored can turn into script in a portal that forgets to escape it. The URL test runs
// only on text that holds a colon, so the common case stays one pass without a regular expression.
const SCRIPT_URL = /\b(?:javascript|vbscript|data):/iu;

// The characters String.prototype.trim() removes: a text made of these alone is blank.
function isTrimmedSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isTrimmedSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * What is wrong with a free-text field, or `undefined` when it is fine: `required` for a non-string or blank text,
 * then `too-long`, then `unsafe` for `<`, `>`, a `javascript:`/`vbscript:`/`data:` URL or a control character
 * (C0, DEL, C1; tab, line feed and carriage return are allowed when `multiline`). Allocates nothing, so it suits
 * inputs of hundreds of thousands of fields.
 */
export function textProblem(value: unknown, maxLength = DEFAULT_MAX_LENGTH, multiline = false): TextProblem | undefined {
  if (typeof value !== 'string') return 'required';
  if (value.length > maxLength) return isBlank(value) ? 'required' : 'too-long';
  let blank = true;
  let unsafe = false;
  let colon = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isTrimmedSpace(code)) {
      if (code < 0x20 && !(multiline && (code === 0x09 || code === 0x0a || code === 0x0d))) unsafe = true;
      continue;
    }
    blank = false;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x3c || code === 0x3e) unsafe = true;
    else if (code === 0x3a) colon = true;
  }
  if (blank) return 'required';
  return unsafe || (colon && SCRIPT_URL.test(value)) ? 'unsafe' : undefined;
}

/** Whether {@link checkText} would accept `value` with this length and line rule; allocates nothing. */
export function isSafeText(value: unknown, maxLength = DEFAULT_MAX_LENGTH, multiline = false): value is string {
  return textProblem(value, maxLength, multiline) === undefined;
}

/** The refusal of a text field for `problem`, with the code of `rules` and a message in both languages. */
export function textFailure(problem: TextProblem, path: string, rules: TextRules = {}): Failure {
  const codes = rules.codes ?? DEFAULT_TEXT_CODES;
  const what = rules.what ?? THIS_FIELD;
  const maxLength = rules.maxLength ?? DEFAULT_MAX_LENGTH;
  switch (problem) {
    case 'required':
      return fail(codes.required, { id: `${what.id} wajib diisi dengan teks.`, en: `${what.en} must be filled in with text.` }, path);
    case 'too-long':
      return fail(codes.tooLong, { id: `${what.id} paling banyak ${maxLength} karakter.`, en: `${what.en} takes at most ${maxLength} characters.` }, path);
    case 'unsafe':
      return fail(codes.unsafe, {
        id: `${what.id} memuat tanda < >, skrip atau karakter kendali yang tidak diperbolehkan.`,
        en: `${what.en} contains < >, script or control characters, which are not allowed.`,
      }, path);
  }
}

/**
 * Checks a free-text field (an id, a name, an officer, a note): a string that is not blank, at most
 * `rules.maxLength` characters (200 by default), with no markup, script URL or control character.
 *
 * @example
 * ```ts
 * checkText('Dinas PMPTSP', 'office');                        // ok('Dinas PMPTSP')
 * checkText('<b>x</b>', 'office');                            // fails: text.unsafe at 'office'
 * checkText('a\nb', 'note', { multiline: true, maxLength: 2000 }); // ok('a\nb')
 * ```
 */
export function checkText(value: unknown, path: string, rules: TextRules = {}): Result<string> {
  const problem = textProblem(value, rules.maxLength, rules.multiline);
  return problem === undefined ? ok(value as string) : textFailure(problem, path, rules);
}

/** Checks an optional free-text field: absent is fine, present must pass {@link checkText}. */
export function checkOptionalText(value: unknown, path: string, rules: TextRules = {}): Result<string | undefined> {
  return value === undefined ? ok(undefined) : checkText(value, path, rules);
}
