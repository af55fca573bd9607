import { parseIsoDate, type IsoDate } from '../calendar/index.js';
import { fail, ok, type Result } from '../result.js';
import { mod37_36CheckCharacter, passesMod37_36 } from './check-character.js';
import { checkInteger } from './input-checks.js';

/**
 * A registration receipt number (APP-03), e.g. `MJK-20260302-000017-Q`: the office code (2–6 letters or digits),
 * the registration date, a 6-digit running number of that day and an ISO/IEC 7064 MOD 37,36 check character over
 * the characters before it, so a mistyped number is refused before any request is made.
 */
export interface ReceiptNumberParts {
  readonly office: string;
  readonly date: IsoDate;
  readonly sequence: number;
}

const OFFICE = /^[A-Z0-9]{2,6}$/;
const SHAPE = /^([A-Z0-9]{2,6})(\d{8})(\d{6})([0-9A-Z])$/;

/**
 * Builds the receipt number of a registration.
 * @example formatReceiptNumber({ office: 'MJK', date: '2026-03-02', sequence: 17 }) // ok('MJK-20260302-000017-…')
 */
export function formatReceiptNumber(parts: ReceiptNumberParts): Result<string> {
  if (typeof parts.office !== 'string' || !OFFICE.test(parts.office)) {
    return fail('receipt.office-invalid', {
      id: 'Kode kantor harus 2–6 huruf besar atau angka.',
      en: 'The office code must be 2–6 capital letters or digits.',
    }, 'office');
  }
  const date = parseIsoDate(parts.date, 'date');
  if (!date.ok) return date;
  const sequence = checkInteger(parts.sequence, 'sequence', { id: 'Nomor urut', en: 'The running number' }, 1, 999_999);
  if (!sequence.ok) return sequence;
  const ymd = date.value.replaceAll('-', '');
  const serial = String(sequence.value).padStart(6, '0');
  const check = mod37_36CheckCharacter(`${parts.office}${ymd}${serial}`) as string;
  return ok(`${parts.office}-${ymd}-${serial}-${check}`);
}

/** The compact form: upper case, spaces and dashes removed. */
function compact(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/**
 * Whether a typed receipt number is well-formed and its check character matches (case, spaces and dashes do not
 * matter). Pure and cheap: a tracking form calls it on every keystroke.
 * @example isValidReceiptNumber('mjk 20260302 000017 q')
 */
export function isValidReceiptNumber(text: unknown): boolean {
  return parseReceiptNumber(text).ok;
}

/** Reads a receipt number into its parts; refuses a malformed one (`receipt.malformed`) or a wrong check (`receipt.check-failed`). */
export function parseReceiptNumber(text: unknown): Result<ReceiptNumberParts> {
  const path = 'receiptNumber';
  const match = typeof text === 'string' && text.length <= 40 ? SHAPE.exec(compact(text)) : null;
  const [, office, ymd, serial] = match ?? [];
  const date = ymd === undefined ? undefined : parseIsoDate(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`, path);
  if (office === undefined || serial === undefined || date === undefined || !date.ok || serial === '000000') {
    return fail('receipt.malformed', {
      id: 'Nomor tanda terima tidak berbentuk KANTOR-TTTTBBHH-NNNNNN-K.',
      en: 'The receipt number does not have the form OFFICE-YYYYMMDD-NNNNNN-C.',
    }, path);
  }
  if (!passesMod37_36(compact(text as string))) {
    return fail('receipt.check-failed', {
      id: 'Nomor tanda terima salah ketik: karakter pemeriksanya tidak cocok.',
      en: 'The receipt number is mistyped: its check character does not match.',
    }, path);
  }
  return ok({ office, date: date.value, sequence: Number(serial) });
}
