import type { ApplicationDetails, Condition } from './types.js';

/** The built-in detail every permit type knows: the applicant acts through an appointed representative (kuasa). */
export const REPRESENTATIVE_DETAIL = 'representative';

/**
 * The outcome of a condition over details that may be incomplete: `true`, `false`, or `undefined` when an unknown
 * detail decides it. An `anyOf` with one true member is true and an `allOf` with one false member is false even
 * when other members are unknown.
 */
export function evaluateCondition(condition: Condition, details: ApplicationDetails): boolean | undefined {
  if ('anyOf' in condition) {
    const outcomes = condition.anyOf.map((c) => evaluateCondition(c, details));
    return outcomes.includes(true) ? true : outcomes.includes(undefined) ? undefined : false;
  }
  if ('allOf' in condition) {
    const outcomes = condition.allOf.map((c) => evaluateCondition(c, details));
    return outcomes.includes(false) ? false : outcomes.includes(undefined) ? undefined : true;
  }
  const actual = Object.hasOwn(details, condition.detail) ? details[condition.detail] : undefined;
  if (actual === undefined) return undefined;
  switch (condition.op) {
    case 'eq': return actual === condition.value;
    case 'gt': return typeof actual === 'number' && actual > condition.value;
    case 'gte': return typeof actual === 'number' && actual >= condition.value;
    case 'lt': return typeof actual === 'number' && actual < condition.value;
    case 'lte': return typeof actual === 'number' && actual <= condition.value;
  }
}

/** Every detail key a condition mentions, in order of first mention. */
export function conditionDetails(condition: Condition): string[] {
  const keys: string[] = [];
  const visit = (c: Condition): void => {
    if ('anyOf' in c) c.anyOf.forEach(visit);
    else if ('allOf' in c) c.allOf.forEach(visit);
    else if (!keys.includes(c.detail)) keys.push(c.detail);
  };
  visit(condition);
  return keys;
}

/** The detail keys whose absence leaves a condition undecided. */
export function missingDetails(condition: Condition, details: ApplicationDetails): string[] {
  return conditionDetails(condition).filter((key) => !Object.hasOwn(details, key));
}
