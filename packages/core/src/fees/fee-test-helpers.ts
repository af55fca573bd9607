import type { Result, SpError } from '../result.js';

/**
 * The error of a result the test expects to have failed; throws (failing the test) when it succeeded. For the
 * fee module's tests only: `index.ts` does not export it.
 */
export function errorOf<T>(result: Result<T>): SpError {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}
