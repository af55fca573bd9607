// Fixtures shared by this folder's tests (not exported from the package).
import { cite } from '../citation.js';
import { unwrap } from '../result.js';
import type { Application } from './application.js';
import { createApplication } from './create-application.js';
import { createLifecycleContext, type LifecycleContext } from './context.js';
import type { Delegation } from './delegations.js';
import type { ApplicationDocument } from './documents.js';
import type { ApplicationEvent } from './events.js';
import { applyEvent } from './apply-event.js';
import type { Actor } from './roles.js';
import type { FeeAssessment } from './dependencies.js';
import type { LifecycleSettings } from './settings.js';

/** A woman born 12 Aug 1990, registered in Kota Surabaya (day 12 + 40 = 52). */
export const PERSON = { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' } as const;

/** A company with an old-form NPWP 01.234.567.4-123.000 (Luhn check digit 4) given in its 16-digit form. */
export const BUSINESS = {
  kind: 'business', companyName: 'PT Maju Jaya', npwp: '0012345674123000',
  contact: { name: 'Budi Santoso', nik: '3578011503850001', phone: '+62 813 1111 2222', email: 'budi@majujaya.co.id' }, representative: false,
} as const;

export function doc(key: string, overrides: Partial<ApplicationDocument> = {}): ApplicationDocument {
  return { key, fileName: `${key}.pdf`, mediaType: 'application/pdf', size: 120_000, sha256: 'ab'.repeat(32), ...overrides };
}

/** The uploads the default catalog requires of a person for an IMB (M13 Lampiran I no. 1). */
export const IMB_PERSON_DOCUMENTS = ['application-form', 'building-drawings', 'land-title', 'ktp', 'pbb-receipt'].map((k) => doc(k));
export const IMB_DETAILS = { multiStorey: false, businessBuilding: false };

export const DELEGATIONS: readonly Delegation[] = [
  { officialId: 'kabid-perizinan', permitTypes: 'all', from: '2024-01-01', mandate: '800/017/417.302/2024', source: cite('T11', 'Pasal 10') },
  { officialId: 'kasi-reklame', permitTypes: ['reklame'], from: '2024-01-01', until: '2026-12-31', mandate: '800/018/417.302/2024', source: cite('T11', 'Pasal 10') },
];

export const SKRD_SETTINGS = { receivingAccount: { bank: 'Bank Jatim', accountNumber: '0011223344', accountName: 'RKUD Kota Mojokerto' } };

export const ACTORS = {
  applicant: { id: 'u-siti', role: 'applicant' },
  admin: { id: 'adm-1', role: 'admin-officer' },
  technical: { id: 'tek-1', role: 'technical-officer' },
  signer: { id: 'kabid-perizinan', role: 'signing-official' },
  head: { id: 'kadis', role: 'head-of-office' },
  supervisor: { id: 'pengawas-1', role: 'supervisor' },
  system: { id: 'scheduler', role: 'system' },
  bank: { id: 'bank-jatim', role: 'bank' },
} as const satisfies Record<string, Actor>;

/** An instant in WIB. */
export const wib = (date: string, time = '09:00') => `${date}T${time}:00+07:00`;

export function testContext(settings: Partial<LifecycleSettings> = {}, catalog?: unknown): LifecycleContext {
  return unwrap(createLifecycleContext({ settings: { officeCode: 'MJK', ...settings }, delegations: DELEGATIONS, skrd: SKRD_SETTINGS, ...(catalog === undefined ? {} : { catalog }) }));
}

export function imbDraft(context: LifecycleContext, createdAt = wib('2026-03-02', '08:00')): Application {
  return unwrap(createApplication({ id: 'IMB-2026-0001', permitType: 'imb', applicant: PERSON, details: IMB_DETAILS, createdAt }, context));
}

/** Applies events in turn, failing the test on the first refusal. */
export function run(application: Application, events: readonly ApplicationEvent[], context: LifecycleContext): Application {
  return events.reduce((app, event) => unwrap(applyEvent(app, event, context)).application, application);
}

const SUBMIT = (at: string): ApplicationEvent => ({ type: 'submit', actor: ACTORS.applicant, at, documents: IMB_PERSON_DOCUMENTS, declaration: true, receiptSequence: 1 });

/** An IMB filed Monday 2 March 2026 and carried to the decision (verified 3 March, validated 3 March, recommended 4 March). */
export function imbAwaitingDecision(context: LifecycleContext): Application {
  return run(imbDraft(context), [
    SUBMIT(wib('2026-03-02')),
    { type: 'verify', actor: ACTORS.admin, at: wib('2026-03-03') },
    { type: 'validate', actor: ACTORS.admin, at: wib('2026-03-03', '10:00') },
    { type: 'recommend', actor: ACTORS.technical, at: wib('2026-03-04'), favourable: true },
  ], context);
}

export { SUBMIT as submitImb };

/**
 * The IMB fee of 120 m² of housing on one storey at a base price of Rp 50,000/m², computed by hand (FEE-01):
 * 120 × 50,000 × 1.50 (area ≤ 250 m²) × 1.00 (1 storey) × 1.00 (housing) = Rp 9,000,000.
 */
export const IMB_ASSESSMENT: FeeAssessment = {
  permitType: 'imb',
  total: 9_000_000,
  lines: [{
    kind: 'charge', label: { id: 'Bangunan', en: 'Building' }, quantity: 120, unit: { id: 'm²', en: 'm²' }, rate: 50_000, amount: 9_000_000,
    source: cite('M13', 'Lampiran II angka 1'),
  }],
};
