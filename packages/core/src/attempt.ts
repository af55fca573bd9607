import { SatupintuError, type Result } from './result.js';

/**
 * Runs `compute` and turns a {@link SatupintuError} it throws (a `WorkCalendar` asked about a date outside its
 * holiday table throws `calendar.out-of-range`) into a failed Result, at `path` when one is given, so functions
 * that return a Result never throw at their callers. Any other exception is a bug and is thrown on.
 *
 * @example
 * ```ts
 * attempt(() => ok(indonesiaCalendar.addWorkingDays(on, 5)), 'on'); // fails with calendar.out-of-range for 2031
 * ```
 */
export function attempt<T>(compute: () => Result<T>, path?: string): Result<T> {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof SatupintuError)) throw error;
    const failure = error.toJSON();
    return { ok: false, error: path === undefined ? failure : { ...failure, path } };
  }
}
