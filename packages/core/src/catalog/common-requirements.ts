import type { Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import { requirement, type RequirementOptions } from './builders.js';
import type { Requirement } from './types.js';

/** A document several permit types ask for; `label` keeps each Lampiran row's own wording where it differs. */
const shared = (key: string, defaultLabel: LocalizedText, defaults: RequirementOptions = {}) =>
  (source: Citation, label: LocalizedText = defaultLabel, options: RequirementOptions = {}): Requirement =>
    requirement(key, label, source, { ...defaults, ...options });

/** Copy of the identity card (KTP). */
export const ktp = shared('ktp', { id: 'Fotokopi KTP', en: 'Copy of the identity card (KTP)' });

/** Copy of the deed of establishment: only a business entity has one. */
export const deedOfEstablishment = shared(
  'deed-of-establishment',
  { id: 'Fotokopi Akta Pendirian Perusahaan', en: 'Copy of the deed of establishment of the company' },
  { appliesTo: 'business' },
);

/** Copy of the taxpayer number (NPWP). */
export const npwp = shared('npwp', { id: 'Fotokopi NPWP', en: 'Copy of the taxpayer number (NPWP)' });

/** Copy of the nuisance permit (Ijin Gangguan, permit type 2). */
export const nuisancePermit = shared('ijin-gangguan', { id: 'Fotokopi Ijin Gangguan', en: 'Copy of the nuisance permit (Ijin Gangguan)' });

/** The application form acknowledged by the village head and the district head. */
export const acknowledgedApplicationForm = shared('application-form', {
  id: 'Blanko permohonan yang diketahui Lurah dan Camat',
  en: 'Application form acknowledged by the village head (Lurah) and the district head (Camat)',
});

/** Certificate of Indonesian citizenship. */
export const citizenshipCertificate = shared('citizenship-certificate', {
  id: 'Fotokopi Surat Keterangan WNI', en: 'Copy of the certificate of Indonesian citizenship (SKWNI)',
});

/** Duty stamps brought to the counter. */
export const dutyStamps = shared(
  'duty-stamps',
  { id: 'Materai secukupnya (4 lembar)', en: 'Duty stamps as needed (4 sheets)' },
  { submission: 'in-person' },
);

/** A plain application letter. */
export const applicationLetter = shared('application-letter', { id: 'Surat permohonan', en: 'Application letter' });
