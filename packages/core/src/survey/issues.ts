import { failWithIssues as sharedFailWithIssues } from '../issues.js';
import type { Failure, SpError } from '../result.js';

/** How many problems one failed call lists at most, so garbage input cannot make a huge error. */
export const MAX_ISSUES = 50;

/** A failure for one or more problems (see the shared {@link sharedFailWithIssues}), listing at most {@link MAX_ISSUES}. */
export function failWithIssues(problems: readonly SpError[]): Failure {
  return sharedFailWithIssues(problems.slice(0, MAX_ISSUES));
}
