import { SatupintuError, ok, type Result } from '../result.js';

/**
 * Runs a `WorkCalendar` computation and turns the `SatupintuError` it throws for a date outside its coverage
 * (`calendar.out-of-range`) into a failed Result, so Result-returning functions never throw at their callers.
 */
export function fromCalendar<T>(compute: () => T, path: string): Result<T> {
  try {
    return ok(compute());
  } catch (error) {
    if (error instanceof SatupintuError) return { ok: false, error: { ...error.toJSON(), path } };
    throw error;
  }
}
