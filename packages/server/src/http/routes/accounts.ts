import { randomUUID } from 'node:crypto';
import { accessDecisionDue, checkAccessRequest, decideAccess, type AccessRequest } from '@satupintu/core';
import { hashPassword } from '../../auth/password.js';
import { checkFields, identityChecksFromConfig, type IdentityCheckResult, type IdentityChecks } from '../../identity-checks/index.js';
import type { AccountRecord } from '../../store/types.js';
import { callerOf } from '../access.js';
import type { AppContext } from '../context.js';
import { perHour } from '../plugins/rate-limit.js';
import { coreValue, problem } from '../problem.js';
import { ACCOUNT, ACCOUNT_FOR_STAFF, accountForStaff, accountView } from '../schemas/account.js';
import { problemResponses, ref, type SharedSchema } from '../schemas/common.js';
import type { RouteModule } from './route-module.js';

/** Who decides on access requests (ACC-02). */
const DECIDERS = ['admin-officer', 'head-of-office'] as const;

const DOCUMENT: SharedSchema = {
  $id: 'DocumentRecord',
  type: 'object',
  required: ['key', 'fileName', 'mediaType', 'size', 'sha256'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', maxLength: 64 },
    fileName: { type: 'string', maxLength: 255 },
    mediaType: { type: 'string', maxLength: 128 },
    size: { type: 'integer', minimum: 1 },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  },
};

const REGISTRATION: SharedSchema = {
  $id: 'AccessRequest',
  type: 'object',
  required: ['kind', 'name', 'email', 'phone', 'password', 'nik', 'documents'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['person', 'business'] },
    name: { type: 'string', maxLength: 200, description: 'The person responsible' },
    email: { type: 'string', maxLength: 254 },
    phone: { type: 'string', maxLength: 32, description: 'A mobile number that receives SMS' },
    password: { type: 'string', minLength: 10, maxLength: 200 },
    nik: { type: 'string', maxLength: 32 },
    companyName: { type: 'string', maxLength: 200 },
    npwp: { type: 'string', maxLength: 32 },
    registrantIsLeader: { type: 'boolean' },
    documents: { type: 'array', maxItems: 10, items: ref('DocumentRecord') },
  },
};

interface Registration {
  readonly kind: 'person' | 'business';
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly password: string;
  readonly nik: string;
  readonly companyName?: string;
  readonly npwp?: string;
  readonly registrantIsLeader?: boolean;
  readonly documents: AccessRequest['documents'];
}

/** The access request core checks (ACC-01) from the registration body. */
function accessRequestOf(body: Registration, requestedAt: string): AccessRequest {
  return coreValue(checkAccessRequest({
    kind: body.kind,
    registrant: { name: body.name, nik: body.nik, phone: body.phone, email: body.email },
    ...(body.companyName === undefined ? {} : { companyName: body.companyName }),
    ...(body.npwp === undefined ? {} : { companyNpwp: body.npwp }),
    ...(body.registrantIsLeader === undefined ? {} : { registrantIsLeader: body.registrantIsLeader }),
    documents: body.documents,
    requestedAt,
  }));
}

/** The access request of a stored account, as core's decision needs it. */
function storedRequest(account: AccountRecord): AccessRequest {
  return {
    kind: account.kind,
    registrant: { name: account.name, nik: account.identity.nik ?? '', phone: account.phone, email: account.email },
    documents: [],
    requestedAt: account.createdAt,
  };
}

/** The registry checks of a registration (P106 Pasal 6 ayat (4)): the registrant's NIK, and the company's NPWP. */
async function identityCheckResults(checks: IdentityChecks, request: AccessRequest, at: string): Promise<IdentityCheckResult[]> {
  const population = checks.population({ nik: request.registrant.nik, name: request.registrant.name }, at);
  const tax = request.companyNpwp === undefined ? undefined : checks.taxStatus({ npwp: request.companyNpwp }, at);
  return (await Promise.all([population, tax])).filter((r): r is IdentityCheckResult => r !== undefined);
}

async function register(context: AppContext, checks: IdentityChecks, body: Registration) {
  const now = context.now();
  const request = accessRequestOf(body, now);
  const checked = await identityCheckResults(checks, request, now);
  const { context: lifecycle } = context.config.municipality;
  const decisionDue = coreValue(accessDecisionDue(now, lifecycle.calendar, lifecycle.settings));
  const passwordHash = await hashPassword(body.password);
  const id = randomUUID();
  const identity: Record<string, string> = { nik: request.registrant.nik };
  if (request.companyName !== undefined) identity.companyName = request.companyName;
  if (request.companyNpwp !== undefined) identity.npwp = request.companyNpwp;
  if (request.registrantIsLeader !== undefined) identity.registrantIsLeader = String(request.registrantIsLeader);
  Object.assign(identity, checkFields(checked));
  const account = await context.store.transaction(async (tx) => {
    const created = await tx.accounts.create({
      id, kind: request.kind, name: request.registrant.name, email: request.registrant.email, phone: request.registrant.phone,
      roles: ['applicant'], passwordHash, status: 'pending', identity, createdAt: now,
    });
    coreValue(await tx.audit.append({
      at: now, actor: { id, role: 'applicant' }, action: 'account.requested', subject: { type: 'account', id },
      before: null,
      after: {
        kind: request.kind, status: 'pending', decisionDue, documents: request.documents.map((d) => ({ key: d.key, sha256: d.sha256 })),
        identityChecks: checked.map((c) => ({ check: c.check, verified: c.verified, checkedBy: c.checkedBy, outcome: c.outcome })),
      },
    }), 500);
    return created;
  });
  return { account: accountView(account), decisionDue };
}

/**
 * `/accounts`: an access-right request (ACC-01, public; the account starts `pending` as an applicant, whatever the
 * body says), the staff's list of requests, and the decision on one (ACC-02, with its SMS and e-mail queued).
 */
export const accountRoutes: RouteModule = {
  name: 'accounts',
  schemas: [ACCOUNT, ACCOUNT_FOR_STAFF, DOCUMENT, REGISTRATION],
  register(app, context) {
    const checks = identityChecksFromConfig(context.config.identityChecks);
    app.post('/accounts', {
      config: { access: 'public', rateLimit: perHour(context.config.rateLimits.registration) },
      schema: {
        summary: 'Request an access right (ACC-01)',
        tags: ['accounts'],
        body: ref('AccessRequest'),
        response: {
          201: {
            type: 'object', required: ['account', 'decisionDue'], additionalProperties: false,
            properties: { account: ref('Account'), decisionDue: { type: 'string', format: 'date' } },
          },
          ...problemResponses(400, 409, 429),
        },
      },
    }, async (request, reply) => reply.code(201).send(await register(context, checks, request.body as Registration)));

    app.get('/accounts', {
      config: { access: DECIDERS },
      schema: {
        summary: 'Accounts, oldest first, with the identity and identity checks of their access request (staff)',
        tags: ['accounts'],
        querystring: {
          type: 'object', additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['pending', 'active', 'refused', 'blocked'] },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: { 200: { type: 'array', items: ref('AccountForStaff') }, ...problemResponses(400, 401, 403) },
      },
    }, async (request) => {
      const query = request.query as { status?: AccountRecord['status']; limit: number; offset: number };
      const { context: lifecycle } = context.config.municipality;
      // A date beyond the holiday table has no due date to show: the decision itself then answers calendar.out-of-range.
      const decisionDue = (account: AccountRecord) => {
        if (account.status !== 'pending') return undefined;
        const due = accessDecisionDue(account.createdAt, lifecycle.calendar, lifecycle.settings);
        return due.ok ? due.value : undefined;
      };
      return (await context.store.accounts.list(query)).map((account) => accountForStaff(account, decisionDue(account)));
    });

    app.post('/accounts/:id/decision', {
      config: { access: DECIDERS },
      schema: {
        summary: 'Grant or refuse an access request (ACC-02)',
        tags: ['accounts'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
        body: {
          type: 'object', required: ['granted'], additionalProperties: false,
          properties: { granted: { type: 'boolean' }, reason: { type: 'string', maxLength: 500 } },
        },
        response: {
          200: {
            type: 'object', required: ['account', 'due', 'late'], additionalProperties: false,
            properties: { account: ref('Account'), due: { type: 'string', format: 'date' }, late: { type: 'boolean' }, reason: { type: 'string' } },
          },
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    }, async (request) => {
      const caller = callerOf(request);
      const { id } = request.params as { id: string };
      const body = request.body as { granted: boolean; reason?: string };
      const now = context.now();
      const { context: lifecycle } = context.config.municipality;
      return context.store.transaction(async (tx) => {
        const account = await tx.accounts.get(id);
        if (account === undefined) throw problem(404, 'account.not-found', 'Akun tidak ditemukan.', 'No such account.', 'id');
        if (account.status !== 'pending') {
          throw problem(409, 'access.already-decided', 'Permohonan hak akses ini sudah diputuskan.', 'This access request was decided already.');
        }
        const decision = coreValue(decideAccess(storedRequest(account), { ...body, at: now, by: caller.account.id }, lifecycle.calendar, lifecycle.settings));
        const updated = await tx.accounts.update(id, account.version, { status: decision.granted ? 'active' : 'refused' }, now);
        await tx.outbox.enqueueAll(decision.notifications
          .map((note) => ({ channel: note.channel, recipient: note.to, message: note.text, subjectId: id, at: now })));
        const role = caller.roles.find((r) => (DECIDERS as readonly string[]).includes(r)) ?? 'admin-officer';
        coreValue(await tx.audit.append({
          at: now, actor: { id: caller.account.id, role }, action: decision.granted ? 'account.granted' : 'account.refused',
          subject: { type: 'account', id }, before: { status: account.status }, after: { status: updated.status },
          ...(decision.reason === undefined ? {} : { reason: decision.reason }),
        }), 500);
        return { account: accountView(updated), due: decision.due, late: decision.late, ...(decision.reason === undefined ? {} : { reason: decision.reason }) };
      });
    });
  },
};
