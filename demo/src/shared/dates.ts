// Dates as the office reads them: its day in Jakarta, and dates written in the page's language.
import { say } from './text.js';

/** A date (YYYY-MM-DD) in the page's language, e.g. "12 Jan 2027". */
export function shortDate(date: string | undefined): string {
  if (date === undefined) return '—';
  return new Intl.DateTimeFormat(say({ id: 'id-ID', en: 'en-GB' }), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** Today in Jakarta (the office's day), YYYY-MM-DD. */
export function todayInJakarta(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}
