import { ok, type Result } from '../result.js';
import { deepFreeze } from '../deep-freeze.js';
import type { FeeAssessment, PermitFeeType } from './types.js';

/**
 * One permit type's fee rule: its default settings (the Lampiran II table with citations), how a settings section
 * is validated and prepared (`compile`), and the calculation itself on an input that has not been checked yet.
 */
export interface FeeCalculator<S extends object, C> {
  readonly permitType: PermitFeeType;
  readonly defaults: S;
  compile(settings: S, path: string): Result<C>;
  calculate(input: unknown, compiled: C): Result<FeeAssessment>;
}

// Sections that were validated and frozen here, with their prepared form; anything else is validated on each use.
const prepared = new WeakMap<object, Result<unknown>>();

/** Validates a complete section, freezes it and remembers its prepared form, so later calls skip validation. */
export function trustSection<S extends object, C>(calculator: FeeCalculator<S, C>, section: S, path: string): Result<S> {
  const compiled = calculator.compile(section, path);
  if (!compiled.ok) return compiled;
  const frozen = deepFreeze(section);
  prepared.set(frozen, compiled);
  return ok(frozen);
}

/** A section with a caller's overrides laid over the defaults; keys given as `undefined` keep the default. */
export function mergeSection<S extends object>(defaults: S, overrides: Partial<S> | undefined): S {
  if (overrides === undefined) return defaults;
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  return merged as S;
}

/** The prepared form of a section: remembered when the section was trusted, else validated now. */
export function preparedSection<S extends object, C>(calculator: FeeCalculator<S, C>, overrides: Partial<S> | undefined,
  path: string): Result<C> {
  const section = overrides ?? calculator.defaults;
  const known = prepared.get(section) as Result<C> | undefined;
  if (known) return known;
  return calculator.compile(mergeSection(calculator.defaults, overrides), path);
}
