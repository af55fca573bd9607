import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { refuseNonString, refuseTooLong } from './digits.js';
import { IDENTITY_SOURCES } from './sources.js';

/** The limits and choices of e-mail syntax (IDN-04), with where they come from. */
export const EMAIL_RULES = {
  /** RFC 5321 §4.5.3.1.3: a path is at most 256 octets including the angle brackets, so an address 254. */
  maxLength: 254,
  /** RFC 5321 §4.5.3.1.1. */
  maxLocalPartLength: 64,
  /** RFC 1035 §2.3.4. */
  maxLabelLength: 63,
  /**
   * Interpretation: an applicant's address must be reachable on the internet, so the domain needs a dot
   * (`name@localhost` passes a browser's check but is refused here unless a municipality allows it).
   */
  requireDotInDomain: true,
  source: IDENTITY_SOURCES.email,
} as const;

/** Settings for {@link parseEmail}. */
export interface EmailOptions {
  /** Accept single-label domains such as `user@intranet` (default false, see {@link EMAIL_RULES}). */
  readonly allowSingleLabelDomain?: boolean;
}

/** A syntactically valid e-mail address. */
export interface EmailAddress {
  /** The address with the domain in lower case; the local part is kept as typed (it may be case-sensitive). */
  readonly address: string;
  readonly localPart: string;
  /** The domain in lower case. */
  readonly domain: string;
}

const LABEL: LocalizedText = { id: 'Alamat e-mail', en: 'The e-mail address' };
/** Longest input looked at, before trimming surrounding whitespace. */
const MAX_INPUT = 320;
/** RFC 5322 atext: the characters a dot-atom local part may use besides letters, digits and dots. */
const ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

function isAsciiLetterOrDigit(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9');
}

/**
 * Checks an e-mail address (IDN-04) the way a browser checks `<input type="email">` (the WHATWG "valid e-mail
 * address"), narrowed to a true subset of RFC 5322: one `@`; a local part of 1–64 characters from letters, digits,
 * `.` and ``!#$%&'*+/=?^_`{|}~-``, with no dot at either end and no two dots in a row; a domain of dot-separated
 * labels of 1–63 letters, digits and hyphens, no hyphen at either end of a label, a top-level label that is not all
 * digits and, by default, at least one dot; at most 254 characters in all. Surrounding whitespace is trimmed as a
 * browser does. Quoted local parts, address literals (`[1.2.3.4]`), comments and non-ASCII characters (SMTPUTF8)
 * are refused: an internationalised domain must be written in its `xn--` form. The scan is one linear pass with
 * no regular expression, so no input can make it slow.
 *
 * Codes (path `email`): `email.required`, `email.type`, `email.length`, `email.non-ascii`, `email.at-sign`,
 * `email.local-part`, `email.domain`.
 *
 * @example
 * ```ts
 * parseEmail(' Siti.Rahma@Mojokertokota.GO.ID ');
 * // → ok({ address: 'Siti.Rahma@mojokertokota.go.id', localPart: 'Siti.Rahma', domain: 'mojokertokota.go.id' })
 * ```
 */
export function parseEmail(input: unknown, options: EmailOptions = {}): Result<EmailAddress> {
  // Plain-JavaScript callers may pass null; treat it as "no settings" rather than throwing.
  const settings: EmailOptions = options ?? {};
  if (typeof input !== 'string') return refuseNonString(input, 'email', LABEL);
  if (input.length > MAX_INPUT) return refuseTooLong('email', LABEL, MAX_INPUT);
  const text = trimAsciiWhitespace(input);
  if (text === '') return refuseNonString('', 'email', LABEL);
  if (text.length > EMAIL_RULES.maxLength) return refuseTooLong('email', LABEL, EMAIL_RULES.maxLength);
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > 0x7e) {
      return refuse('email.non-ascii', {
        id: 'Alamat e-mail hanya boleh memakai huruf Latin tanpa diakritik, angka, dan tanda baca ASCII; tulis domain internasional dalam bentuk xn--.',
        en: 'The e-mail address may use only unaccented Latin letters, digits and ASCII punctuation; write an international domain in its xn-- form.',
      });
    }
  }
  const at = text.indexOf('@');
  if (at < 0 || text.indexOf('@', at + 1) >= 0) {
    return refuse('email.at-sign', {
      id: 'Alamat e-mail harus memuat tepat satu tanda @, misalnya nama@contoh.go.id.',
      en: 'The e-mail address must contain exactly one @ sign, for example name@example.go.id.',
    });
  }
  const localPart = text.slice(0, at);
  const localProblem = checkLocalPart(localPart);
  if (localProblem) return refuse('email.local-part', localProblem);
  const domain = text.slice(at + 1).toLowerCase();
  const domainProblem = checkDomain(domain, settings.allowSingleLabelDomain ?? !EMAIL_RULES.requireDotInDomain);
  if (domainProblem) return refuse('email.domain', domainProblem);
  return ok({ address: `${localPart}@${domain}`, localPart, domain });
}

function refuse(code: string, message: LocalizedText): Result<never> {
  return fail(code, message, 'email');
}

/** Removes the ASCII whitespace (tab, LF, FF, CR, space) that HTML strips from an e-mail input's value. */
function trimAsciiWhitespace(text: string): string {
  const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

function checkLocalPart(local: string): LocalizedText | undefined {
  if (local.length === 0 || local.length > EMAIL_RULES.maxLocalPartLength) {
    return {
      id: `Bagian sebelum @ harus 1–${EMAIL_RULES.maxLocalPartLength} karakter.`,
      en: `The part before the @ must be 1–${EMAIL_RULES.maxLocalPartLength} characters long.`,
    };
  }
  for (const char of local) {
    if (!isAsciiLetterOrDigit(char) && char !== '.' && !ATEXT_SYMBOLS.includes(char)) {
      return {
        id: `Bagian sebelum @ memuat karakter yang tidak diizinkan: hanya huruf, angka, titik, dan ${ATEXT_SYMBOLS}.`,
        en: `The part before the @ contains a character that is not allowed: only letters, digits, dots and ${ATEXT_SYMBOLS}.`,
      };
    }
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return {
      id: 'Bagian sebelum @ tidak boleh diawali atau diakhiri titik, atau memuat dua titik berturut-turut.',
      en: 'The part before the @ cannot start or end with a dot or contain two dots in a row.',
    };
  }
  return undefined;
}

function checkDomain(domain: string, allowSingleLabel: boolean): LocalizedText | undefined {
  const labels = domain.split('.');
  for (const label of labels) {
    const problem = checkLabel(label);
    if (problem) return problem;
  }
  if (labels.length < 2 && !allowSingleLabel) {
    return {
      id: 'Domain setelah @ harus lengkap, misalnya contoh.go.id.',
      en: 'The domain after the @ must be complete, for example example.go.id.',
    };
  }
  const topLevel = labels[labels.length - 1] ?? '';
  if ([...topLevel].every((char) => char >= '0' && char <= '9')) {
    return {
      id: 'Bagian terakhir domain tidak boleh hanya angka (alamat IP tidak diterima).',
      en: 'The last part of the domain cannot be all digits (IP addresses are not accepted).',
    };
  }
  return undefined;
}

function checkLabel(label: string): LocalizedText | undefined {
  if (label.length === 0 || label.length > EMAIL_RULES.maxLabelLength) {
    return {
      id: `Domain setelah @ terdiri atas bagian-bagian 1–${EMAIL_RULES.maxLabelLength} karakter yang dipisah titik (tanpa titik di awal, di akhir, atau berturut-turut).`,
      en: `The domain after the @ is made of parts of 1–${EMAIL_RULES.maxLabelLength} characters separated by single dots (none at either end).`,
    };
  }
  for (const char of label) {
    if (!isAsciiLetterOrDigit(char) && char !== '-') {
      return {
        id: 'Domain setelah @ hanya boleh berisi huruf, angka, tanda hubung, dan titik.',
        en: 'The domain after the @ may contain only letters, digits, hyphens and dots.',
      };
    }
  }
  if (label.startsWith('-') || label.endsWith('-')) {
    return {
      id: 'Bagian domain tidak boleh diawali atau diakhiri tanda hubung.',
      en: 'A part of the domain cannot start or end with a hyphen.',
    };
  }
  return undefined;
}
