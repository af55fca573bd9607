import { fail, ok, type Result } from '../result.js';
import { checkApplicant } from './applicant.js';
import type { Application } from './application.js';
import { createLifecycleContext, type LifecycleContext } from './context.js';
import { requirementsFor, type ApplicationDetails } from './dependencies.js';
import { parseInstant } from './instant.js';
import { checkRecord } from './input-checks.js';

/** Input of {@link createApplication}. */
export interface NewApplication {
  /** The application's id: letters, digits and `. _ / -`, at most 64 characters (it names the audit subject and the SKRD). */
  readonly id: string;
  readonly permitType: string;
  readonly applicant: unknown;
  /** Facts the permit type declares (`{ areaM2: 24 }`), checked against the catalog. */
  readonly details?: unknown;
  /** When the draft was started (ISO instant with offset). */
  readonly createdAt: string;
}

// The narrower of the audit subject's and the SKRD's id alphabets, so the id fits both.
const ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

let defaultContext: LifecycleContext | undefined;

/** The national context (default catalog, national calendar, default settings), built once. */
export function nationalContext(): LifecycleContext {
  defaultContext ??= (createLifecycleContext() as { ok: true; value: LifecycleContext }).value;
  return defaultContext;
}

/**
 * A new application in the `draft` state (step 1 of APP-01, registration under way): the applicant and details are
 * checked, the permit type's fee-bearing flag is read from the catalog and the municipality's signature mode fixed.
 * @example
 * ```ts
 * const draft = createApplication({ id: 'app-1', permitType: 'imb', createdAt: '2026-03-02T08:00:00+07:00',
 *   applicant: { kind: 'person', name: 'Siti Rahma', nik: '3576014108900003', phone: '081234567890', email: 'siti@example.id' } });
 * ```
 */
export function createApplication(input: NewApplication, context: LifecycleContext = nationalContext()): Result<Application> {
  const record = checkRecord(input, 'application');
  if (!record.ok) return record;
  if (typeof input.id !== 'string' || !ID.test(input.id)) {
    return fail('application.id-invalid', {
      id: 'Nomor permohonan: huruf, angka dan . _ / - saja, paling panjang 64.',
      en: 'The application id: letters, digits and . _ / - only, at most 64 long.',
    }, 'id');
  }
  const created = parseInstant(input.createdAt, 'createdAt');
  if (!created.ok) return created;
  const type = context.catalog.permitTypes.find((t) => t.id === input.permitType);
  if (type === undefined) {
    return fail('application.permit-type-unknown', {
      id: `Jenis izin "${String(input.permitType).slice(0, 64)}" tidak ada dalam katalog.`,
      en: `The permit type "${String(input.permitType).slice(0, 64)}" is not in the catalog.`,
    }, 'permitType');
  }
  const applicant = checkApplicant(input.applicant, 'applicant');
  if (!applicant.ok) return applicant;
  // The catalog checks the details against what the permit type declares (unknown keys, types, ranges).
  const details = input.details === undefined ? {} : input.details;
  const checked = requirementsFor(type.id, applicant.value.kind, { catalog: context.catalog, details: details as ApplicationDetails });
  if (!checked.ok) return checked;
  return ok({
    id: input.id,
    permitType: type.id,
    feeBearing: type.fee.bearing,
    signatureMode: context.settings.signatureMode,
    applicant: applicant.value,
    details: { ...(details as ApplicationDetails) },
    documents: [],
    state: 'draft',
    createdAt: input.createdAt,
    corrections: [],
    survey: { remindersSent: [] },
    pauses: [],
    sanctions: [],
    deadlineNotices: [],
    history: [],
  });
}
