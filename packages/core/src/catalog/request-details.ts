import { failWithIssues, type IssuesSummary } from '../issues.js';
import { fail, ok, type Result, type SpError } from '../result.js';
import { REPRESENTATIVE_DETAIL } from './conditions.js';
import { copyPlainJson } from './plain-json.js';
import type { ApplicationDetails, PermitType } from './types.js';

/** The largest number a detail may carry (an area in m², say): far above any real value, far below float trouble. */
export const MAX_DETAIL_NUMBER = 1e9;

/** Where a detail's problem is reported: `details.leasedShop`, or a top-level option such as `areaM2`. */
export type DetailPath = (key: string) => string;

const inDetails: DetailPath = (key) => `details.${key}`;

/** The error that stands for several invalid details (one invalid detail is its own error). */
const detailsInvalid = (all: readonly SpError[]): IssuesSummary => ({
  code: 'catalog.details-invalid',
  path: 'details',
  message: { id: `${all.length} detail permohonan tidak sah.`, en: `${all.length} details of the application are invalid.` },
});

/**
 * Checks the details of one application against what its permit type declares and fills in declared defaults.
 * Unknown keys, wrong types, negative, non-finite or huge numbers are refused with the detail's path.
 */
export function readDetails(type: PermitType, input: unknown, pathOf: DetailPath = inDetails): Result<ApplicationDetails> {
  if (input === undefined) input = {};
  const copy = copyPlainJson(input, { maxDepth: 2, maxNodes: 200 });
  if (copy.fatal || copy.value === null || typeof copy.value !== 'object' || Array.isArray(copy.value)) {
    return fail('catalog.details-invalid', { id: 'Detail permohonan harus berupa objek.', en: 'The details of the application must be an object.' }, 'details');
  }
  const raw = copy.value; // non-JSON values (NaN, functions) arrive as null and are refused below
  const declared = new Map(type.details.map((d) => [d.key, d]));
  const issues: SpError[] = [];
  const details: Record<string, boolean | number> = {};
  for (const [key, value] of Object.entries(raw)) {
    const declaration = declared.get(key);
    if (declaration === undefined) {
      const builtIn = key === REPRESENTATIVE_DETAIL;
      issues.push({
        code: 'catalog.detail-unknown',
        path: pathOf(key),
        message: builtIn
          ? { id: 'Nyatakan penunjukan kuasa pada pemohon (applicant.representative).', en: 'State an appointed representative on the applicant (applicant.representative).' }
          : { id: `Jenis izin ${type.id} tidak memakai detail "${key}".`, en: `The permit type ${type.id} does not use the detail "${key}".` },
      });
    } else if (declaration.type === 'boolean' ? typeof value !== 'boolean' : typeof value !== 'number' || value < 0 || value > MAX_DETAIL_NUMBER) {
      issues.push({
        code: 'catalog.detail-invalid',
        path: pathOf(key),
        message: declaration.type === 'boolean'
          ? { id: `"${key}" harus ya/tidak (true/false).`, en: `"${key}" must be yes/no (true/false).` }
          : { id: `"${key}" harus angka antara 0 dan ${MAX_DETAIL_NUMBER}.`, en: `"${key}" must be a number from 0 to ${MAX_DETAIL_NUMBER}.` },
      });
    } else {
      details[key] = value as boolean | number;
    }
  }
  if (issues.length > 0) return failWithIssues(issues, detailsInvalid);
  for (const d of type.details) {
    if (!Object.hasOwn(details, d.key) && d.default !== undefined) details[d.key] = d.default;
  }
  return ok(details);
}
