import type { FeeAssessment, LocalizedText, SpError } from '@satupintu/core';
import { ApiError } from '../client/errors.js';

/** What the service's answer to `POST /fees/quote` means for the form's fee preview. */
export type FeeQuoteOutcome =
  /** The service's assessment (core's `calculateFee` with the municipality's settings). */
  | { readonly kind: 'ok'; readonly assessment: FeeAssessment }
  /** Core refused the value of a field the form asks: shown at that field. */
  | { readonly kind: 'field'; readonly key: string; readonly message: LocalizedText }
  /** Core cannot compute it from what the form asks (a portal's input, a setting the city lacks): the office will. */
  | { readonly kind: 'office' }
  /** No answer: the office computes the fee; the applicant may try again. */
  | { readonly kind: 'offline' }
  /** The service failed (overloaded, down): its message and a retry. */
  | { readonly kind: 'error'; readonly error: SpError };

const UNEXPECTED: SpError = {
  code: 'unexpected', message: { id: 'Terjadi kesalahan. Silakan coba lagi.', en: 'Something went wrong. Please try again.' },
};

/** The field of `askedKeys` a core error path points at (`areaM2`, `areaM2.value` → `areaM2`). */
function askedKeyOf(path: string | undefined, askedKeys: readonly string[]): string | undefined {
  return path === undefined ? undefined : askedKeys.find((key) => path === key || path.startsWith(`${key}.`) || path === `input.${key}` || path.startsWith(`input.${key}.`));
}

/** Classifies a failed quote: a refusal of the input (400/422) at an asked field or not, no answer, or a failure. */
export function feeQuoteOutcome(error: unknown, askedKeys: readonly string[]): FeeQuoteOutcome {
  if (!(error instanceof ApiError)) return { kind: 'error', error: UNEXPECTED };
  if (error.isNetworkError) return { kind: 'offline' };
  if (error.status === 400 || error.status === 422) {
    const key = askedKeyOf(error.error.path, askedKeys);
    return key === undefined ? { kind: 'office' } : { kind: 'field', key, message: error.error.message };
  }
  return { kind: 'error', error: error.error };
}
