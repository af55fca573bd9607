// Helpers of the application-route tests (not exported from the package): a server with a signing mandate, one
// signed-in account per role, and the applicant's steps over real HTTP.
import { randomUUID } from 'node:crypto';
import { createLifecycleContext, unwrap, type Role } from '@satupintu/core';
import type { ServerConfigInput } from '../config.js';
import type { CreateServerOptions } from '../server.js';
import { signIn, startTestServer, type TestServer, type TestSession } from './test-support.js';

/** The payment callback secret of the tests. */
export const CALLBACK_SECRET = 'callback-secret-callback-secret-0123456789';

/** The signing official holding a mandate for every permit type (APP-07). */
export const SIGNING_OFFICIAL_ID = 'kabid-perizinan-1';

/** A TDG application of a person: one upload (`director-id`), fee-bearing (FEE-04). */
export const TDG_DRAFT = {
  permitType: 'tdg',
  applicant: { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' },
  details: { nuisanceActApplies: false },
} as const;

/** The smallest bytes that pass the PDF content check. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A signed-in caller: headers for its requests. */
export interface Caller {
  readonly id: string;
  readonly session: TestSession;
  headers(extra?: Record<string, string>): Record<string, string>;
}

/** The server and a caller per role. */
export interface ApplicationServer {
  readonly server: TestServer;
  readonly as: Readonly<Record<Role | 'other-applicant', Caller>>;
  close(): Promise<void>;
}

const ROLES: readonly (Role | 'other-applicant')[] = [
  'applicant', 'other-applicant', 'admin-officer', 'technical-officer', 'signing-official', 'head-of-office', 'supervisor',
];

/** Starts a test server (signing mandate, callback secret) and signs in one account per role. */
export async function startApplicationServer(overrides: ServerConfigInput = {}, options: CreateServerOptions = {}): Promise<ApplicationServer> {
  const server = await startTestServer({ paymentCallbackSecret: CALLBACK_SECRET, rateLimits: { login: 1000, tracking: 1000, pin: 1000 }, ...overrides }, options, (config) => {
    const context = config.municipality.context;
    const delegations = [{ officialId: SIGNING_OFFICIAL_ID, permitTypes: 'all' as const, from: '2020-01-01', mandate: 'SK-12/2026', source: { regulation: 'M18', article: 'Pasal 13 ayat (4)' } }];
    const withMandate = unwrap(createLifecycleContext({ catalog: context.catalog, calendar: context.calendar, settings: context.settings, skrd: context.skrd, delegations }));
    return { ...config, municipality: { ...config.municipality, context: withMandate } };
  });
  const as: Partial<Record<Role | 'other-applicant', Caller>> = {};
  for (const role of ROLES) {
    const roles = role === 'other-applicant' ? ['applicant'] : [role];
    const { account, password } = await server.createAccount({ roles, ...(role === 'signing-official' ? { id: SIGNING_OFFICIAL_ID } : {}) });
    const session = await signIn(server, account.email, password);
    as[role] = {
      id: account.id, session,
      headers: (extra = {}) => ({ cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...extra }),
    };
  }
  return { server, as: as as ApplicationServer['as'], close: () => server.close() };
}

/** `POST /applications` as `caller`; the body is parsed. */
export async function createDraft(app: ApplicationServer, caller: Caller = app.as.applicant): Promise<{ id: string; version: number }> {
  const response = await app.server.request('/applications', { method: 'POST', headers: caller.headers(), json: TDG_DRAFT });
  if (response.status !== 201) throw new Error(`draft: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; version: number };
}

/** Uploads the TDG draft's one document. */
export async function uploadDocuments(app: ApplicationServer, id: string, caller: Caller = app.as.applicant): Promise<Response> {
  return app.server.request(`/applications/${id}/documents/director-id`, {
    method: 'PUT', headers: caller.headers({ 'content-type': 'application/pdf', 'x-file-name': 'ktp-direktur.pdf' }), body: PDF,
  });
}

/** `POST /applications/{id}/submit` with an idempotency key (a new one unless given). */
export function submit(app: ApplicationServer, id: string, key: string = randomUUID(), caller: Caller = app.as.applicant, declaration = true): Promise<Response> {
  return app.server.request(`/applications/${id}/submit`, { method: 'POST', headers: caller.headers({ 'idempotency-key': key }), json: { declaration } });
}

/** `POST /applications/{id}/events` as `caller` with `If-Match: version`. */
export function postEvent(app: ApplicationServer, id: string, version: number, caller: Caller, event: Record<string, unknown>): Promise<Response> {
  return app.server.request(`/applications/${id}/events`, { method: 'POST', headers: caller.headers({ 'if-match': `"${version}"` }), json: event });
}
