import type { Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import { evaluateCondition, missingDetails } from './conditions.js';
import type { DetailPath } from './request-details.js';
import type { ApplicationDetails, PermitType } from './types.js';

/** The completion time that applies to one application (CAT-03). */
export interface ResolvedCompletionTime {
  readonly workingDays: number;
  /** The regulation's wording. */
  readonly text: string;
  /** The case that applied, for a time that depends on the application. */
  readonly case?: LocalizedText;
  readonly interpretation?: LocalizedText;
  readonly source: Citation;
}

/**
 * The completion time of `type` for an application with `details`. Cases are tried in order; a case that cannot be
 * decided before one holds is an error naming the missing detail (`catalog.detail-missing`), never a guess. A time
 * the municipality has not set is `catalog.completion-time-unset`.
 */
export function resolveCompletionTime(type: PermitType, details: ApplicationDetails, pathOf: DetailPath): Result<ResolvedCompletionTime> {
  const time = type.completionTime;
  const optional = (interpretation: LocalizedText | undefined) => (interpretation === undefined ? {} : { interpretation });
  switch (time.kind) {
    case 'setting-required':
      return fail('catalog.completion-time-unset', {
        id: `Waktu penyelesaian ${type.id} belum ditetapkan kota. ${time.reason.id}`,
        en: `The completion time of ${type.id} has not been set by the municipality. ${time.reason.en}`,
      }, 'permitType');
    case 'fixed':
      return ok({ workingDays: time.workingDays, text: time.text, ...optional(time.interpretation), source: time.source });
    case 'by-case':
      for (const c of time.cases) {
        const holds = evaluateCondition(c.when, details);
        if (holds === true) {
          return ok({ workingDays: c.workingDays, text: time.text, case: c.label, ...optional(time.interpretation), source: time.source });
        }
        if (holds === undefined) {
          const needs = missingDetails(c.when, details);
          const labels = needs.map((key) => type.details.find((d) => d.key === key)?.label ?? { id: key, en: key });
          return fail('catalog.detail-missing', {
            id: `Waktu penyelesaian ${type.id} bergantung pada: ${labels.map((l) => l.id).join(', ')}.`,
            en: `The completion time of ${type.id} depends on: ${labels.map((l) => l.en).join(', ')}.`,
          }, pathOf(needs[0] ?? ''));
        }
      }
      return fail('catalog.no-completion-case', {
        id: `Tidak ada kasus waktu penyelesaian ${type.id} yang berlaku.`,
        en: `No completion-time case of ${type.id} applies.`,
      }, 'details');
  }
}
