import { parseNpwp } from '../identity/index.js';
import { atPath, fail, ok, type Result } from '../result.js';
import { checkContactPerson } from './applicant.js';
import type { ContactPerson } from './application.js';
import { checkDocuments, type ApplicationDocument } from './documents.js';
import { checkRecord, checkText } from './input-checks.js';
import { parseInstant } from './instant.js';

/** A request for an access right (a user account), checked (ACC-01, M18 Pasal 8 ayat (4)). */
export interface AccessRequest {
  readonly kind: 'person' | 'business';
  /** The person responsible: name, NIK, mobile phone (E.164), e-mail. */
  readonly registrant: ContactPerson;
  readonly companyName?: string;
  /** The company's NPWP (16 digits) for a business. */
  readonly companyNpwp?: string;
  /** Whether the registrant leads the company (else a power of attorney is required). */
  readonly registrantIsLeader?: boolean;
  readonly documents: readonly ApplicationDocument[];
  readonly requestedAt: string;
}

/** The documents ACC-01 requires of each kind of registrant, by document key. */
export function requiredAccessDocuments(kind: 'person' | 'business', registrantIsLeader: boolean): string[] {
  if (kind === 'person') return ['ktp'];
  return ['company-npwp', 'deed-of-establishment', ...(registrantIsLeader ? [] : ['power-of-attorney'])];
}

/**
 * Checks a request for an access right (ACC-01): mobile phone, e-mail and NIK of the person responsible; for a
 * person the KTP; for a business entity the company's NPWP (number and card), the deed of establishment, and a power
 * of attorney when the registrant is not the company's leader. Identifiers are validated with the identity module.
 * @example checkAccessRequest({ kind: 'person', registrant: { name, nik, phone, email }, documents: [ktp], requestedAt })
 */
export function checkAccessRequest(input: unknown): Result<AccessRequest> {
  const record = checkRecord(input, 'request');
  if (!record.ok) return record;
  const value = record.value;
  if (value.kind !== 'person' && value.kind !== 'business') {
    return fail('access.kind-invalid', {
      id: 'Jenis pemohon harus perorangan ("person") atau badan usaha ("business").', en: 'The registrant must be a person ("person") or a business ("business").',
    }, 'kind');
  }
  const registrant = checkContactPerson(value.registrant, 'registrant');
  if (!registrant.ok) return registrant;
  const requestedAt = parseInstant(value.requestedAt, 'requestedAt');
  if (!requestedAt.ok) return requestedAt;
  const documents = checkDocuments(value.documents, 'documents');
  if (!documents.ok) return documents;
  let business: Pick<AccessRequest, 'companyName' | 'companyNpwp' | 'registrantIsLeader'> = {};
  if (value.kind === 'business') {
    const companyName = checkText(value.companyName, 'companyName', 200);
    if (!companyName.ok) return companyName;
    const npwp = atPath(parseNpwp(value.companyNpwp), 'companyNpwp');
    if (!npwp.ok) return { ok: false, error: { ...npwp.error, path: 'companyNpwp' } };
    if (typeof value.registrantIsLeader !== 'boolean') {
      return fail('access.leader-flag-required', {
        id: 'Nyatakan apakah pendaftar adalah pimpinan perusahaan (registrantIsLeader: true/false).',
        en: 'State whether the registrant leads the company (registrantIsLeader: true/false).',
      }, 'registrantIsLeader');
    }
    business = { companyName: companyName.value, companyNpwp: npwp.value.npwp, registrantIsLeader: value.registrantIsLeader };
  }
  const missing = requiredAccessDocuments(value.kind, business.registrantIsLeader ?? true).filter((key) => !documents.value.some((d) => d.key === key));
  if (missing.length > 0) {
    return fail('access.document-missing', {
      id: `Dokumen wajib permohonan hak akses belum diunggah: ${missing.join(', ')}.`,
      en: `Required documents of the access request are missing: ${missing.join(', ')}.`,
    }, 'documents');
  }
  return ok({ kind: value.kind, registrant: registrant.value, ...business, documents: documents.value, requestedAt: value.requestedAt as string });
}
