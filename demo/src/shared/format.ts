// How the portal writes money and dates: whole rupiah, dates in the page's language, instants in WIB.
import { language } from './text.js';

function locale(): string {
  return language() === 'id' ? 'id-ID' : 'en-GB';
}

/** Whole rupiah, e.g. "Rp 39.000" (amounts are integers: FEE rules never use fractions). */
export function rupiah(amount: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}

/** A calendar date (`YYYY-MM-DD`), e.g. "Senin, 2 Maret 2026". */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** An instant as the office's clock shows it, e.g. "2 Maret 2026 10.15 WIB". */
export function officeTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(date)} WIB`;
}
