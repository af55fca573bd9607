import { localDate } from '../calendar/index.js';
import { fail, ok, type Result } from '../result.js';

/** Milliseconds since the epoch of an ISO instant with offset (`2026-03-02T09:00:00+07:00`); refuses anything else. */
export function parseInstant(value: unknown, path: string): Result<number> {
  const checked = localDate(value, 'Asia/Jakarta', path);
  if (!checked.ok) return checked;
  const millis = Date.parse(value as string);
  return Number.isFinite(millis)
    ? ok(millis)
    : fail('instant.invalid', { id: 'Waktu tidak valid.', en: 'Invalid instant.' }, path);
}

/** The instant `millis` as an ISO timestamp in UTC. */
export function formatInstant(millis: number): string {
  return new Date(millis).toISOString();
}
